import type { Cell } from "../../../src/core/snapshot";
import type { FindingCode } from "../../../src/core/findings";
import { yearInterval } from "../../../src/core/day";
import { HEADER, STATUS_HEADER, found, grid, run, section, task } from "./sheet-grid";

// Rows start at sheet row 2 (row 1 is the header). Columns: C start, D end.
type Case = readonly [string, readonly (readonly Cell[])[], FindingCode, readonly string[]];

const cases: readonly Case[] = [
  ["unreadable finish", [task("1", "abc xyz")], "TIME_UNPARSEABLE", ["D2"]],
  ["unreadable start", [task("1", "Quý IV", undefined, undefined, "abc xyz")], "TIME_UNPARSEABLE", ["C2"]],
  [
    "readable times",
    [task("1", "Quý IV"), task("2", "Trước 20/12/2024", undefined, undefined, null)],
    "TIME_UNPARSEABLE",
    [],
  ],
  ["Quý V", [task("1", "Quý V")], "QUARTER_INVALID", ["D2"]],
  [
    "decomposed Unicode and invisible spaces",
    [task("1", "Quý\u00a0IV\u200b".normalize("NFD"), undefined, undefined, "Quý I".normalize("NFD"))],
    "TIME_UNPARSEABLE",
    [],
  ],
  ["Quý V is not also unparseable", [task("1", "Quý V")], "TIME_UNPARSEABLE", []],
  ["Quý IV", [task("1", "Quý IV")], "QUARTER_INVALID", []],
  ["31/02/2024", [task("1", "31/02/2024", undefined, undefined, null)], "DATE_INVALID", ["D2"]],
  ["29/02/2024 exists", [task("1", "29/02/2024", undefined, undefined, null)], "DATE_INVALID", []],
  ["blank finish", [task("1", null)], "END_MISSING", ["D2"]],
  ["unreadable finish is not also missing", [task("1", "???")], "END_MISSING", []],
  [
    "finish inherited from the section",
    [["I", "Mục", "Quý I", "Quý IV", null, null], task("1", null, undefined, undefined, null)],
    "END_MISSING",
    [],
  ],
  [
    "sub-item inherits its task's finish",
    [task("1", "Quý IV"), task("a)", null, undefined, undefined, null)],
    "END_MISSING",
    [],
  ],
  ["section without time gives nothing", [section("I"), task("1", null)], "END_MISSING", ["D3"]],
  [
    "quarter finish, blank start",
    [task("1", "Quý III", undefined, undefined, null)],
    "START_MISSING",
    ["C2"],
  ],
  [
    "one-off deadline needs no start",
    [task("1", "Trước 20/12/2024", undefined, undefined, null)],
    "START_MISSING",
    [],
  ],
  [
    "a date needs no start",
    [task("1", { date: "2024-10-10" }, undefined, undefined, null)],
    "START_MISSING",
    [],
  ],
  [
    "a range in the finish cell needs no start",
    [task("1", "Quý I - Quý IV", undefined, undefined, null)],
    "START_MISSING",
    [],
  ],
  ["start given", [task("1", "Quý III", undefined, undefined, "Quý I")], "START_MISSING", []],
  [
    "start inherited from the section",
    [["I", "Mục", "Quý I", "Quý IV", null, null], task("1", "Quý III", undefined, undefined, null)],
    "START_MISSING",
    [],
  ],
  ["Quý III → Quý I", [task("1", "Quý I", undefined, undefined, "Quý III")], "RANGE_REVERSED", ["C2"]],
  ["Quý II → Quý II", [task("1", "Quý II", undefined, undefined, "Quý II")], "RANGE_REVERSED", []],
  [
    "reversed range in one cell",
    [task("1", "Quý III - Quý I", undefined, undefined, null)],
    "RANGE_REVERSED",
    ["D2"],
  ],
  [
    "deadline in the year before",
    [task("1", "Trước 20/12/2023", undefined, undefined, null)],
    "DEADLINE_OUTSIDE_PERIOD",
    ["D2"],
  ],
  ["finish the year after", [task("1", "Quý I/2025")], "DEADLINE_OUTSIDE_PERIOD", ["D2"]],
  ["Quý I of the plan year", [task("1", "Quý I", undefined, undefined, null)], "DEADLINE_OUTSIDE_PERIOD", []],
  ["recurring is never outside", [task("1", "Thường xuyên")], "DEADLINE_OUTSIDE_PERIOD", []],
  ["Thường xuyên", [task("1", "Thường xuyên")], "DEADLINE_VAGUE", ["D2"]],
  ["Theo kế hoạch", [task("1", "Theo kế hoạch")], "DEADLINE_VAGUE", ["D2"]],
  ["Quý IV", [task("1", "Quý IV")], "DEADLINE_VAGUE", []],
  [
    "task after its section's range",
    [["I", "Mục", "Quý I", "Quý II", null, null], task("1", "Quý IV", undefined, undefined, "Quý III")],
    "OUTSIDE_SECTION_RANGE",
    ["D3"],
  ],
  [
    "task starting before its section",
    [["I", "Mục", "Quý III", "Quý IV", null, null], task("1", "Quý IV", undefined, undefined, "Quý I")],
    "OUTSIDE_SECTION_RANGE",
    ["C3"],
  ],
  [
    "task inside its section",
    [["I", "Mục", "Quý I", "Quý IV", null, null], task("1", "Quý III", undefined, undefined, "Quý II")],
    "OUTSIDE_SECTION_RANGE",
    [],
  ],
  ["section without a range", [section("I"), task("1", "Quý IV")], "OUTSIDE_SECTION_RANGE", []],
  [
    "a deadline stated in a sentence is read, not an error",
    [task("1", "Ban hành trong quý I năm 2024. Thực hiện rà soát, điều chỉnh (nếu có)")],
    "TIME_UNPARSEABLE",
    [],
  ],
  [
    "a deadline stated in a sentence is information",
    [task("1", "Ban hành trong quý I năm 2024. Thực hiện rà soát, điều chỉnh (nếu có)")],
    "TIME_IN_TEXT",
    ["D2"],
  ],
  [
    "a start stated in a sentence",
    [task("1", "Quý IV", undefined, undefined, "Khảo sát từ tháng 3/2024, sau đó triển khai")],
    "TIME_IN_TEXT",
    ["C2"],
  ],
  ["a cell that is a time is not read from a sentence", [task("1", "Quý IV/2024")], "TIME_IN_TEXT", []],
  ["a status written in the finish cell", [task("1", "Đã hoàn thành")], "TIME_IS_STATUS", ["D2"]],
  ["a status in the finish cell is not an error", [task("1", "Đã hoàn thành")], "TIME_UNPARSEABLE", []],
  ["a status in the finish cell is not also missing", [task("1", "Đang thực hiện")], "END_MISSING", []],
  ["an unknown word is not a status", [task("1", "abc xyz")], "TIME_IS_STATUS", []],
  [
    "a session of the National Assembly",
    [task("1", "Kỳ họp thứ nhất Quốc hội khóa XVI")],
    "DEADLINE_VAGUE",
    ["D2"],
  ],
  ["in the course of the work", [task("1", "Trong quá trình thực hiện Đề án")], "DEADLINE_VAGUE", ["D2"]],
  [
    "in the course of the work is not an error",
    [task("1", "Trong quá trình thực hiện Đề án")],
    "TIME_UNPARSEABLE",
    [],
  ],
  ["Nhiệm vụ thường xuyên is recurring", [task("1", "Nhiệm vụ thường xuyên")], "DEADLINE_VAGUE", ["D2"]],
  ["Nhiệm vụ thường xuyên is not an error", [task("1", "Nhiệm vụ thường xuyên")], "TIME_UNPARSEABLE", []],
  [
    "a sentence with no time in it",
    [task("1", "Thực hiện Kế hoạch số 145/KH-UBND ngày 20/3/2024 của UBND tỉnh")],
    "TIME_UNPARSEABLE",
    ["D2"],
  ],
  [
    "Quý V inside a sentence",
    [task("1", "Hoàn thành dự thảo trong Quý V năm 2024, báo cáo UBND tỉnh")],
    "QUARTER_INVALID",
    ["D2"],
  ],
  [
    "Quý V inside a sentence is one finding",
    [task("1", "Hoàn thành dự thảo trong Quý V năm 2024, báo cáo UBND tỉnh")],
    "TIME_IN_TEXT",
    [],
  ],
  [
    "31/02/2024 inside a sentence",
    [task("1", "Tổ chức hội nghị trước ngày 31/02/2024 tại hội trường", undefined, undefined, null)],
    "DATE_INVALID",
    ["D2"],
  ],
  [
    "a deadline read from a sentence is checked against the plan like any other",
    [task("1", "Xây dựng dự thảo, trình UBND tỉnh trước ngày 30/9/2025", undefined, undefined, null)],
    "DEADLINE_OUTSIDE_PERIOD",
    ["D2"],
  ],
];

describe("time rules", () => {
  it.each(cases.map(([name, rows, code, cells]) => [`${code}: ${name}`, rows, code, cells] as const))(
    "%s",
    (_name, rows, code, cells) => {
      expect(found(run(grid(rows)), code)).toEqual(cells.map((cell) => `${code}@${cell}`));
    },
  );

  it("TIME_IN_TEXT is information naming the part read and the deadline it gives", () => {
    const report = run(
      grid([task("1", "Ban hành trong quý I năm 2024. Thực hiện rà soát, điều chỉnh (nếu có)")]),
    );
    const finding = report.findings.find((f) => f.code === "TIME_IN_TEXT");
    expect(finding?.severity).toBe("info");
    expect(finding?.params).toEqual({
      text: "Ban hành trong quý I năm 2024. Thực hiện rà soát, điều chỉnh (nếu có)",
      field: "end",
      read: "quý I năm 2024",
      date: "31/03/2024",
    });
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("a register whose deadlines are mostly still blank: one note for the column, not an error per row", () => {
    const rows = Array.from({ length: 12 }, (_, i) => task(String(i + 1), i < 4 ? "Quý IV" : null));
    const report = run(grid(rows));
    expect(found(report, "END_MISSING")).toEqual([]);
    const notes = report.findings.filter((f) => f.code === "DEADLINES_MOSTLY_MISSING");
    expect(notes.map((f) => [f.cell, f.severity, f.params])).toEqual([
      ["D1", "info", { missing: 8, tasks: 12 }],
    ]);
  });

  it("a few blank deadlines among dated tasks are each END_MISSING", () => {
    const rows = Array.from({ length: 12 }, (_, i) => task(String(i + 1), i < 9 ? "Quý IV" : null));
    const report = run(grid(rows));
    expect(found(report, "END_MISSING")).toEqual(["END_MISSING@D11", "END_MISSING@D12", "END_MISSING@D13"]);
    expect(found(report, "DEADLINES_MOSTLY_MISSING")).toEqual([]);
  });

  it("a short table with two tasks of three undated keeps its END_MISSING errors", () => {
    const rows = [task("1", null), task("2", null), task("3", "Quý IV")];
    expect(found(run(grid(rows)), "END_MISSING")).toEqual(["END_MISSING@D2", "END_MISSING@D3"]);
  });

  it("a row marked as not to be handled (kept as it is) needs no deadline; the others still do", () => {
    const header = [...HEADER, "Giữ nguyên, không xử lý", "Ghi chú"];
    const rows = [
      [...task("1", null), "x", null],
      [...task("2", null), null, "Đề xuất không xử lý do ảnh hưởng đến pháp lý"],
      [...task("3", null), null, null],
      [...task("4", "Quý IV"), null, null],
    ];
    expect(found(run(grid(rows, header)), "END_MISSING")).toEqual(["END_MISSING@D4"]);
  });

  it("a mark under a column of some other handling (Bãi bỏ) does not excuse a missing deadline", () => {
    const header = [...HEADER, "Bãi bỏ"];
    const rows = [
      [...task("1", null), "x"],
      [...task("2", "Quý IV"), null],
    ];
    expect(found(run(grid(rows, header)), "END_MISSING")).toEqual(["END_MISSING@D2"]);
  });

  it("a combined time column splits: a range gives both ends, a single deadline has no start", () => {
    const header = ["STT", "Nội dung nhiệm vụ", "Thời gian thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp"];
    const report = run(
      grid(
        [
          ["1", "Việc một", "Quý I - Quý IV", "Phòng Văn hóa và Thông tin", null],
          ["2", "Việc hai", "Trước 20/12/2023", "Phòng Văn hóa và Thông tin", null],
          ["3", "Việc ba", "Quý III - Quý I", "Phòng Văn hóa và Thông tin", null],
          ["4", "Việc bốn", null, "Phòng Văn hóa và Thông tin", null],
        ],
        header,
      ),
    );
    expect(found(report, "COLUMN_MISSING")).toEqual([]);
    expect(
      found(report, "DEADLINE_OUTSIDE_PERIOD", "RANGE_REVERSED", "END_MISSING", "START_MISSING"),
    ).toEqual(["DEADLINE_OUTSIDE_PERIOD@C3", "RANGE_REVERSED@C4", "END_MISSING@C5"]);
  });

  it("a multi-year plan flags a task due before it starts (2025 in 2026–2030)", () => {
    const report = run(
      grid([
        task("1", "2025", undefined, undefined, null),
        task("2", "2026-2030", undefined, undefined, null),
      ]),
      {
        period: { from: Date.UTC(2026, 0, 1) / 86_400_000, to: Date.UTC(2030, 11, 31) / 86_400_000 },
      },
    );
    expect(found(report, "DEADLINE_OUTSIDE_PERIOD")).toEqual(["DEADLINE_OUTSIDE_PERIOD@D2"]);
    const finding = report.findings.find((f) => f.code === "DEADLINE_OUTSIDE_PERIOD");
    expect(finding?.params).toEqual({ text: "2025", deadline: "31/12/2025", period: "2026–2030" });
  });

  it("no time column: one COLUMN_MISSING, no END_MISSING per task", () => {
    const report = run(
      grid([["1", "Việc", "Phòng Văn hóa và Thông tin"]], ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì"]),
    );
    expect(found(report, "COLUMN_MISSING", "END_MISSING")).toEqual([
      "COLUMN_MISSING@row1",
      "COLUMN_MISSING@row1",
      "COLUMN_MISSING@row1",
    ]);
    expect(
      report.findings.filter((f) => f.code === "COLUMN_MISSING").map((f) => [f.field, f.severity]),
    ).toEqual([
      ["end", "error"],
      ["start", "info"],
      ["support", "info"],
    ]);
  });

  it("the status header does not change the time rules", () => {
    const rows = [task("1", "Quý V")];
    expect(found(run(grid(rows, STATUS_HEADER)), "QUARTER_INVALID")).toEqual(
      found(run(grid(rows, HEADER)), "QUARTER_INVALID"),
    );
  });
});

// A correction is offered only when it is certain; `fix: undefined` means RANGE_REVERSED without one.
interface FixCase {
  readonly name: string;
  readonly cell: string;
  readonly fix: string | undefined;
  readonly years?: readonly [number, number];
}
const fixCases: readonly FixCase[] = [
  { name: "quarters the other way round", cell: "Quý IV - Quý II", fix: "Quý II - Quý IV" },
  { name: "no spaces around the dash", cell: "Quý III-Quý I", fix: "Quý I - Quý III" },
  { name: "the quarter word left out of the finish", cell: "Quý III-I", fix: "Quý I - Quý III" },
  { name: "months", cell: "Tháng 12 - Tháng 3", fix: "Tháng 3 - Tháng 12" },
  { name: "dates with their years", cell: "01/12/2024 - 01/10/2024", fix: "01/10/2024 - 01/12/2024" },
  {
    name: "both ends with the plan year",
    cell: "Quý IV/2024 - Quý II/2024",
    fix: "Quý II/2024 - Quý IV/2024",
  },
  {
    name: "ends in different years: which is wrong is not known",
    cell: "Quý IV/2024 - Quý II/2023",
    fix: undefined,
  },
  {
    name: "a multi-year plan: it may run into the next year",
    cell: "Quý IV - Quý II",
    fix: undefined,
    years: [2024, 2025],
  },
  { name: "ends in another year than the plan", cell: "01/12/2023 - 01/10/2023", fix: undefined },
];

describe("RANGE_REVERSED offers the range the right way round only when certain", () => {
  it.each(fixCases)("$name", ({ cell, fix, years }) => {
    const period = years ? { from: yearInterval(years[0]).from, to: yearInterval(years[1]).to } : undefined;
    const report = run(grid([task("1", cell, undefined, undefined, null)]), period ? { period } : {});
    const reversed = report.findings.filter((f) => f.code === "RANGE_REVERSED");
    expect(reversed.map((f) => f.cell)).toEqual(["D2"]);
    const finding = reversed[0];
    expect(finding?.suggestions).toEqual(fix === undefined ? undefined : [fix]);
    if (fix !== undefined) expect(finding?.params["text"]).toBe(cell);
    if (fix !== undefined) {
      // The correction itself is a valid range: checking it again finds nothing reversed.
      const again = run(grid([task("1", fix, undefined, undefined, null)]), period ? { period } : {});
      expect(found(again, "RANGE_REVERSED")).toEqual([]);
    }
  });

  it("a reversed start and finish in two cells gets no one-cell correction", () => {
    const report = run(grid([task("1", "Quý I", undefined, undefined, "Quý III")]));
    expect(report.findings.find((f) => f.code === "RANGE_REVERSED")?.suggestions).toBeUndefined();
  });
});
