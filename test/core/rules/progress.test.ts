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
