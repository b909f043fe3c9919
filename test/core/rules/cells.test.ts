import type { Cell } from "../../../src/core/snapshot";
import type { FindingCode } from "../../../src/core/findings";
import { found, grid, run, task } from "./sheet-grid";

type Case = readonly [string, readonly (readonly Cell[])[], FindingCode, readonly string[]];

const cases: readonly Case[] = [
  [
    "content starting with =",
    [task("1", "Quý IV", undefined, undefined, "Quý I", "=Tuyên truyền")],
    "FORMULA_TEXT",
    ["B2"],
  ],
  ["=SUM in the support column", [task("1", "Quý IV", undefined, "=SUM(A1:A3)")], "FORMULA_TEXT", ["F2"]],
  [
    "bullets - and + are not findings",
    [task("1", "Quý IV", undefined, undefined, "Quý I", "- Tuyên truyền\n+ Hội nghị")],
    "FORMULA_TEXT",
    [],
  ],
  [
    "= inside the text is fine",
    [task("1", "Quý IV", undefined, undefined, "Quý I", "Tỷ lệ = 50%")],
    "FORMULA_TEXT",
    [],
  ],
  ["#REF! in the lead", [task("1", "Quý IV", { error: "#REF!" })], "CELL_ERROR_VALUE", ["E2"]],
  [
    "#REF! lead is not also missing or unknown",
    [task("1", "Quý IV", { error: "#REF!" })],
    "LEAD_MISSING",
    [],
  ],
  ["#N/A finish is not also unparseable or missing", [task("1", { error: "#N/A" })], "TIME_UNPARSEABLE", []],
  ["#N/A finish: no END_MISSING", [task("1", { error: "#N/A" })], "END_MISSING", []],
  [
    "#VALUE! content is not also missing",
    [task("1", "Quý IV", undefined, undefined, "Quý I", { error: "#VALUE!" })],
    "CONTENT_MISSING",
    [],
  ],
  ["=Quý I finish is only formula text", [task("1", "=Quý I")], "TIME_UNPARSEABLE", []],
  // An error value pasted as text (or written as text by an earlier copy) is the same broken value.
  ["#REF! typed as text in the lead", [task("1", "Quý IV", "#REF!")], "CELL_ERROR_VALUE", ["E2"]],
  ["#N/A typed as text in the finish", [task("1", " #N/A ")], "CELL_ERROR_VALUE", ["D2"]],
  ["#REF! text lead is not also unknown", [task("1", "Quý IV", "#REF!")], "LEAD_UNKNOWN", []],
  ["#N/A text finish is not also unparseable", [task("1", "#N/A")], "TIME_UNPARSEABLE", []],
  [
    "a hashtag is not an error value",
    [task("1", "Quý IV", undefined, "#ChuyenDoiSo")],
    "CELL_ERROR_VALUE",
    [],
  ],
];

describe("cell rules", () => {
  it.each(cases.map(([name, rows, code, cells]) => [`${code}: ${name}`, rows, code, cells] as const))(
    "%s",
    (_name, rows, code, cells) => {
      expect(found(run(grid(rows)), code)).toEqual(cells.map((cell) => `${code}@${cell}`));
    },
  );

  it("each error cell is reported exactly once, with its field", () => {
    const report = run(grid([task("1", { error: "#REF!" }, { error: "#REF!" })]));
    expect(report.findings.filter((f) => f.row === 2).map((f) => `${f.code}@${f.cell}:${f.field}`)).toEqual([
      "CELL_ERROR_VALUE@D2:end",
      "CELL_ERROR_VALUE@E2:lead",
    ]);
  });
});
