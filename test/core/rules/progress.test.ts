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
];

describe("status rules", () => {
  it.each(cases.map(([name, rows, code, cells]) => [`${code}: ${name}`, rows, code, cells] as const))(
    "%s",
    (_name, rows, code, cells) => {
      expect(found(run(grid(rows, STATUS_HEADER)), code)).toEqual(cells.map((cell) => `${code}@${cell}`));
    },
  );

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
