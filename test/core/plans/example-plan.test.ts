/** Mở ví dụ's sheet plan is the content of examples/phuong-lam-ha.xlsx, built in code. */
import path from "path";
import { dayNumber } from "../../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../../src/core/default-directory";
import { EXAMPLE_SHEET_NAME, exampleReportPlan } from "../../../src/core/plans/example-plan";
import type { Cell, SheetSnapshot } from "../../../src/core/snapshot";
import { validateSheet } from "../../../src/core/validate";
import { readWorkbook } from "../../../src/file/read-workbook";

const FILE = path.resolve(__dirname, "../../../examples/phuong-lam-ha.xlsx");

/** Rows without their trailing empty cells, and no trailing empty rows. */
function trimmed(rows: readonly (readonly Cell[])[]): Cell[][] {
  const out = rows.map((row) => {
    const cells = [...row];
    while (cells.length > 0 && (cells.at(-1) === null || cells.at(-1) === "")) cells.pop();
    return cells;
  });
  while (out.length > 0 && out.at(-1)?.length === 0) out.pop();
  return out;
}

function planSnapshot(): SheetSnapshot {
  const plan = exampleReportPlan();
  return {
    sheet: plan.name,
    rows: plan.values.map((row) => row.map((v) => (typeof v === "string" ? v : null))),
    merges: plan.merges,
  };
}

let file: SheetSnapshot;
beforeAll(async () => {
  const read = await readWorkbook(FILE, "phuong-lam-ha.xlsx");
  if (!read.ok) throw new Error(read.message);
  const sheet = read.sheets[0];
  if (!sheet) throw new Error("no sheet");
  file = sheet;
});

describe("the example report plan", () => {
  it("holds the example file's cells and merged areas", () => {
    expect(trimmed(planSnapshot().rows)).toEqual(trimmed(file.rows));
    const key = (m: { top: number; left: number; bottom: number; right: number }) =>
      `${m.top},${m.left},${m.bottom},${m.right}`;
    expect(planSnapshot().merges.map(key).sort()).toEqual(file.merges.map(key).sort());
  });

  it("is owned by the add-in as its example, under the example's name", () => {
    expect(exampleReportPlan()).toMatchObject({ name: EXAMPLE_SHEET_NAME, owner: "example" });
    expect(EXAMPLE_SHEET_NAME.length).toBeLessThanOrEqual(31);
  });

  it("gives the same findings as the file: something for every kind of fix to try", () => {
    const options = { asOf: dayNumber(2024, 11, 20), directory: DEFAULT_DIRECTORY };
    const codes = (s: SheetSnapshot) =>
      validateSheet(s, options).findings.map((f) => `${f.code}@${f.cell ?? ""}`);
    expect(codes(planSnapshot())).toEqual(codes({ ...file, sheet: EXAMPLE_SHEET_NAME }));
    expect(codes(planSnapshot())).toEqual(
      expect.arrayContaining(["DEADLINE_OUTSIDE_PERIOD@D9", "FORMULA_TEXT@B14"]),
    );
  });
});
