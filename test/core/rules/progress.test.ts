import type { Cell } from "../../../src/core/snapshot";
import type { FindingCode } from "../../../src/core/findings";
import { HEADER, STATUS_HEADER, found, grid, run, task } from "./sheet-grid";

// As of 2024-06-30. Column G is the status.
type Case = readonly [string, readonly (readonly Cell[])[], FindingCode, readonly string[]];

const due = (end: Cell, status: Cell): Cell[] => [...task("1", end, undefined, undefined, null), status];

const cases: readonly Case[] = [
  ["Quý I not done", [due("Quý I", "Đang thực hiện")], "OVERDUE", ["G2"]],
  ["Quý I, blank status", [due("Quý I", null)], "OVERDUE", ["G2"]],
  ["Quý I, status not understood", [due("Quý I", "abc")], "OVERDUE", ["G2"]],
  ["Quý I done", [due("Quý I", "Đã hoàn thành")], "OVERDUE", []],
  ["Quý I done, 100%", [due("Quý I", "Đã hoàn thành 100%")], "OVERDUE", []],
  ["Quý III not yet due", [due("Quý III", "Chưa thực hiện")], "OVERDUE", []],
  ["recurring is never overdue", [due("Thường xuyên", null)], "OVERDUE", []],
  ["vague is never overdue", [due("Theo kế hoạch", null)], "OVERDUE", []],
  [
    "inherited deadline",
    [
      ["I", "Mục", null, "Quý I", null, null, null],
      [...task("1", null, undefined, undefined, null), null],
    ],
    "OVERDUE",
    ["G3"],
  ],
  ["status not understood", [due("Quý IV", "làm rồi nhưng chưa báo")], "STATUS_UNKNOWN", ["G2"]],
  ["status understood", [due("Quý IV", "Đang triển khai")], "STATUS_UNKNOWN", []],
  ["blank status is not unknown", [due("Quý IV", null)], "STATUS_UNKNOWN", []],
  ["done late is done", [due("Quý I", "Đã hoàn thành quá hạn")], "OVERDUE", []],
  ["done late is understood", [due("Quý I", "Đã hoàn thành quá hạn")], "STATUS_UNKNOWN", []],
  ["done and kept up is understood", [due("Quý I", "Đã hoàn thành, đang duy trì")], "STATUS_UNKNOWN", []],
  ["being completed is not done", [due("Quý I", "Đang hoàn thành")], "OVERDUE", ["G2"]],
  ["not due yet, but due", [due("Quý I", "Chưa đến hạn")], "OVERDUE", ["G2"]],
  ["cancelled work is not overdue", [due("Quý I", "Dừng thực hiện")], "OVERDUE", []],
  ["cancelled is understood", [due("Quý I", "Không thực hiện")], "STATUS_UNKNOWN", []],
];

// Column H is the result (`Kết quả thực hiện`).
const RESULT_HEADER = [...STATUS_HEADER, "Kết quả thực hiện"];
const reported = (end: Cell, status: Cell, result: Cell): Cell[] => [...due(end, status), result];

const resultCases: readonly Case[] = [
  [
    "blank status, the result says it was issued",
    [reported("Quý I", null, "Đã ban hành Kế hoạch số 12/KH-UBND ngày 10/3/2024")],
    "OVERDUE",
    [],
  ],
  [
    "blank status, the result says it was held",
    [reported("Quý I", null, "Đã tổ chức 02 hội nghị")],
    "OVERDUE",
    [],
  ],
  ["blank status, the result says done", [reported("Quý I", null, "Đã hoàn thành")], "OVERDUE", []],
  [
    "blank status, the result says under way",
    [reported("Quý I", null, "Đang xây dựng dự thảo")],
    "OVERDUE",
    ["G2"],
  ],
  [
    "blank status, the result says only a step was done",
    [reported("Quý I", null, "Đã trình UBND tỉnh dự thảo Quyết định")],
    "OVERDUE",
    ["G2"],
  ],
  ["blank status and blank result", [reported("Quý I", null, null)], "OVERDUE", ["G2"]],
  [
    "a result that says nothing about progress",
    [reported("Quý I", null, "Đa dạng hóa hình thức tuyên truyền")],
    "OVERDUE",
    ["G2"],
  ],
  [
    "the status column speaks first",
    [reported("Quý I", "Đang thực hiện", "Đã ban hành dự thảo")],
    "OVERDUE",
    ["G2"],
  ],
  [
    "an unreadable status is still reported beside a done result",
    [reported("Quý I", "abc", "Đã hoàn thành")],
    "STATUS_UNKNOWN",
    ["G2"],
  ],
  ["… but the task is done", [reported("Quý I", "abc", "Đã hoàn thành")], "OVERDUE", []],
  [
    "a real overdue task with a result column",
    [reported("Quý I", "Đang thực hiện", "Đang lấy ý kiến các sở")],
    "OVERDUE",
    ["G2"],
  ],
];

// A `Tình trạng` column of project stages (an investment list) is not a completion status.
const stages: readonly (readonly Cell[])[] = [
  due("Quý I", "Thực hiện mới"),
  [...task("2", "Quý I", undefined, undefined, null), "Chuyển tiếp"],
  [...task("3", "Quý I", undefined, undefined, null), "Dự án mới"],
  [...task("4", "Quý I", undefined, undefined, null), "Khởi công mới"],
  [...task("5", "Quý I", undefined, undefined, null), "Chuẩn bị đầu tư"],
  [...task("6", "Quý I", undefined, undefined, null), null],
];
const stageCases: readonly Case[] = [
  ["a stage column gives no overdue", stages, "OVERDUE", []],
  ["a stage column is not an unknown status", stages, "STATUS_UNKNOWN", []],
];

describe("status rules", () => {
  it.each(cases.map(([name, rows, code, cells]) => [`${code}: ${name}`, rows, code, cells] as const))(
    "%s",
    (_name, rows, code, cells) => {
      expect(found(run(grid(rows, STATUS_HEADER)), code)).toEqual(cells.map((cell) => `${code}@${cell}`));
    },
  );

  it.each(resultCases.map(([name, rows, code, cells]) => [`${code}: ${name}`, rows, code, cells] as const))(
    "with a result column, %s",
    (_name, rows, code, cells) => {
      expect(found(run(grid(rows, RESULT_HEADER)), code)).toEqual(cells.map((cell) => `${code}@${cell}`));
    },
  );

  it.each(stageCases.map(([name, rows, code, cells]) => [`${code}: ${name}`, rows, code, cells] as const))(
    "%s",
    (_name, rows, code, cells) => {
      expect(found(run(grid(rows, STATUS_HEADER)), code)).toEqual(cells.map((cell) => `${code}@${cell}`));
    },
  );

  it("a status column with one stage among statuses is still read as status", () => {
    const rows = [due("Quý I", "Đang thực hiện"), [...task("2", "Quý I"), "Chuyển tiếp"]];
    expect(found(run(grid(rows, STATUS_HEADER)), "OVERDUE", "STATUS_UNKNOWN")).toEqual([
      "OVERDUE@G2",
      "STATUS_UNKNOWN@G3",
      "OVERDUE@G3",
    ]);
  });

  it("without a status column nothing is overdue", () => {
    expect(found(run(grid([task("1", "Quý I")], HEADER)), "OVERDUE")).toEqual([]);
  });

  it("OVERDUE carries the deadline and the as-of date", () => {
    const report = run(grid([due("Quý I", "Đang thực hiện")], STATUS_HEADER));
    expect(report.findings.find((f) => f.code === "OVERDUE")?.params).toEqual({
      deadline: "31/03/2024",
      asOf: "30/06/2024",
      status: "Đang thực hiện",
    });
  });
});

// A `Tiến độ thực hiện` column of a provincial register: progress written as narrative.
const NARRATIVE_HEADER = [...HEADER, "Tiến độ thực hiện"];
const narrated = (stt: string, end: Cell, status: Cell): Cell[] => [
  ...task(stt, end, undefined, undefined, null),
  status,
];
const register = (...statuses: readonly (readonly [Cell, Cell])[]): Cell[][] =>
  statuses.map(([end, status], i) => narrated(String(i + 1), end, status));
const UNREADABLE = "Quyết định số 1188/QĐ-UBND ngày 13/04/2024 về danh mục thủ tục hành chính";
const narrativeCases: readonly Case[] = [
  [
    "narratives are read, not unknown",
    register(
      ["Quý IV", "Chưa triển khai xây dựng"],
      ["Quý IV", "Sở Tư pháp đã trình UBND tỉnh Dự thảo Quyết định bãi bỏ tại Tờ trình số 101/TTr-STP"],
      ["Quý IV", "UBND tỉnh đã ban hành Quyết định số 1188/QĐ-UBND ngày 13/04/2024"],
      ["Quý IV", "Đang lấy ý kiến góp ý đối với Dự thảo Quyết định bãi bỏ"],
    ),
    "STATUS_UNKNOWN",
    [],
  ],
  [
    "a step done is not the work done: overdue",
    register(
      ["Quý I", "Sở Tư pháp đã trình UBND tỉnh Dự thảo Quyết định bãi bỏ tại Tờ trình số 101/TTr-STP"],
      ["Quý I", "UBND tỉnh đã ban hành Quyết định số 1188/QĐ-UBND ngày 13/04/2024"],
      ["Quý I", "Chưa triền khai xây dựng Chưa triền khai xây dựng"],
    ),
    "OVERDUE",
    ["G2", "G4"],
  ],
  [
    "a narrative nobody can read is no warning in a narrative column",
    register(
      ["Quý IV", UNREADABLE],
      ["Quý IV", "Đã trình hồ sơ đề nghị thẩm định tại Công văn số 3015/SNV-NCC"],
      ["Quý IV", UNREADABLE],
    ),
    "STATUS_UNKNOWN",
    [],
  ],
  [
    "… but one info for the column",
    register(
      ["Quý IV", UNREADABLE],
      ["Quý IV", "Đã trình hồ sơ đề nghị thẩm định tại Công văn số 3015/SNV-NCC"],
      ["Quý IV", UNREADABLE],
    ),
    "STATUS_NARRATIVE",
    ["G2"],
  ],
  [
    "… and, not known to be done, it can be overdue",
    register(
      ["Quý I", UNREADABLE],
      ["Quý IV", "Đã xin ý kiến thành viên UBND tỉnh đối với dự thảo"],
      ["Quý IV", "Đã thẩm định Dự thảo. Tuy nhiên, UBND tỉnh đã đồng ý lùi thời gian"],
    ),
    "OVERDUE",
    ["G2"],
  ],
  [
    "a short unreadable status in a narrative column is still unknown",
    register(
      ["Quý IV", "abc"],
      ["Quý IV", "Đã gửi hồ sơ đề nghị Sở Tư pháp thẩm định"],
      ["Quý IV", "Công an tỉnh đã có văn bản đề nghị góp ý"],
    ),
    "STATUS_UNKNOWN",
    ["G2"],
  ],
  [
    "a long unreadable status among short statuses is still unknown",
    register(["Quý IV", UNREADABLE], ["Quý IV", "Đang thực hiện"], ["Quý IV", "Đã hoàn thành"]),
    "STATUS_UNKNOWN",
    ["G2"],
  ],
  [
    "no info when every narrative is read",
    register(
      ["Quý IV", "Chưa triển khai xây dựng"],
      ["Quý IV", "Đã lấy ý kiến góp ý với Dự thảo"],
      ["Quý IV", "Đã được chấp thuận chủ trương xây dựng văn bản mới tại Công văn số 12"],
    ),
    "STATUS_NARRATIVE",
    [],
  ],
];

describe("status written as progress narrative", () => {
  it.each(
    narrativeCases.map(([name, rows, code, cells]) => [`${code}: ${name}`, rows, code, cells] as const),
  )("%s", (_name, rows, code, cells) => {
    expect(found(run(grid(rows, NARRATIVE_HEADER)), code)).toEqual(cells.map((cell) => `${code}@${cell}`));
  });

  it("the info counts the tasks whose status is not known and shows one", () => {
    const rows = register(
      ["Quý IV", UNREADABLE],
      ["Quý IV", "Chưa triển khai xây dựng"],
      ["Quý IV", UNREADABLE],
    );
    const report = run(grid(rows, NARRATIVE_HEADER));
    expect(report.findings.find((f) => f.code === "STATUS_NARRATIVE")).toMatchObject({
      severity: "info",
      params: { count: 2, status: UNREADABLE },
    });
  });
});

describe("status written as progress narrative: one sheet's column", () => {
  it("one unreadable sentence does not make a column of narrative: still STATUS_UNKNOWN", () => {
    const rows = register(["Quý IV", UNREADABLE], ["Quý IV", "Đang thực hiện"]);
    expect(found(run(grid(rows, NARRATIVE_HEADER)), "STATUS_UNKNOWN", "STATUS_NARRATIVE")).toEqual([
      "STATUS_UNKNOWN@G2",
    ]);
  });
});

describe("status written as progress narrative: the task's own step", () => {
  const of = (stt: string, content: string, status: string): Cell[] => [
    ...task(stt, "Quý I", undefined, undefined, null, content),
    status,
  ];
  it.each<readonly [string, string, readonly string[]]>([
    ["Phê duyệt Đề án chuyển đổi số", "UBND tỉnh đã phê duyệt Đề án chuyển đổi số", []],
    [
      "Trình UBND tỉnh ban hành Quyết định bãi bỏ",
      "Sở Tư pháp đã trình UBND tỉnh Dự thảo Quyết định bãi bỏ",
      [],
    ],
    ["Ban hành Quyết định bãi bỏ", "Sở Tư pháp đã trình UBND tỉnh Dự thảo Quyết định bãi bỏ", ["OVERDUE@G2"]],
  ])("the task %p, progress %p", (content, status, expected) => {
    const rows = [
      of("1", content, status),
      of("2", "Rà soát văn bản", "Chưa triển khai xây dựng văn bản"),
      of("3", "Rà soát văn bản", "Chưa triển khai xây dựng văn bản"),
    ];
    const findings = found(run(grid(rows, NARRATIVE_HEADER)), "OVERDUE").filter((f) => f.endsWith("G2"));
    expect(findings).toEqual(expected);
  });
});
