/**
 * Issue 10 (scale): a consolidation of more tasks or findings than an Excel sheet has rows (1 048 576)
 * still writes a workbook Excel opens: each full sheet keeps as many rows as fit, and its last row says how
 * many were left out and where to see them. The limit is a parameter here, so a few rows show it.
 */
import { consolidateSubmissions } from "../../../src/core/consolidate";
import { dayNumber, yearInterval } from "../../../src/core/day";
import type { Finding } from "../../../src/core/findings";
import { consolidationPlans } from "../../../src/core/plans/consolidation-plans";
import { EXCEL_MAX_ROWS, recordsThatFit } from "../../../src/core/plans/plan-style";
import { DIRECTORY, annexTable, sheetReport } from "./fixtures";

const TASKS = 30;

function consolidation() {
  const table = annexTable(
    { stt: 1, content: 2, end: 3, lead: 4 },
    Array.from({ length: TASKS }, (_, i) => ({
      kind: "task" as const,
      stt: String(i + 1),
      cells: { content: `Việc ${i + 1}`, end: "Quý IV", lead: "Phòng VH-TT" },
    })),
  );
  const findings: Finding[] = Array.from({ length: TASKS }, (_, i) => ({
    code: "END_MISSING",
    severity: "error",
    row: i + 2,
    cell: `C${i + 2}`,
    field: "end",
    params: {},
  }));
  return consolidateSubmissions({
    reports: [sheetReport("Nam Sơn", table, { unit: "Phường Nam Sơn", findings })],
    unreadable: [],
    directory: DIRECTORY,
    period: yearInterval(2024),
    asOf: dayNumber(2024, 7, 1),
  });
}

it("is Excel's", () => {
  expect(EXCEL_MAX_ROWS).toBe(1_048_576);
});

it("a table that fits is whole; one that does not keeps all but one row for the note", () => {
  expect(recordsThatFit(9, 0, 10)).toEqual({ shown: 9, leftOut: 0 });
  expect(recordsThatFit(10, 0, 10)).toEqual({ shown: 8, leftOut: 2 });
  // A block of 3 rows above and a blank row: 6 rows left for the header and the records.
  expect(recordsThatFit(5, 3, 10)).toEqual({ shown: 5, leftOut: 0 });
  expect(recordsThatFit(6, 3, 10)).toEqual({ shown: 4, leftOut: 2 });
});

it.each([
  ["vi", "… còn 22 dòng không ghi được: Excel chỉ chứa 10 dòng mỗi trang tính"],
  ["en", "… 22 more rows not written: Excel holds 10 rows per sheet"],
] as const)("the full data sheet says how many tasks are left out (%s)", (lang, note) => {
  const [, data] = consolidationPlans(consolidation(), lang, { sourceInWorkbook: false, maxRows: 10 });
  expect(data!.values).toHaveLength(10);
  expect(data!.values[8]![6]).toBe("Việc 8");
  expect(String(data!.values[9]![0])).toContain(note);
  expect(data!.rowsLeftOut).toBe(TASKS - 8);
  expect(data!.tables![0]!.range.bottom).toBe(10);
});

it("the full findings sheet counts its block above the table", () => {
  const [, , findings] = consolidationPlans(consolidation(), "vi", { sourceInWorkbook: false, maxRows: 12 });
  expect(findings!.values).toHaveLength(12);
  const leftOut = findings!.rowsLeftOut!;
  const table = findings!.tables![0]!.range;
  // Set-level findings (a missing unit of the directory) come first; every finding is shown or counted.
  const shown = table.bottom - table.top - 1;
  expect(shown + leftOut).toBe(consolidation().findings.length);
  expect(String(findings!.values[11]![0])).toContain(`… còn ${leftOut} dòng không ghi được`);
});

it("a consolidation that fits has no note and nothing left out", () => {
  const plans = consolidationPlans(consolidation(), "vi", { sourceInWorkbook: false });
  expect(plans.map((p) => p.rowsLeftOut)).toEqual([undefined, undefined, undefined]);
  expect(plans[1]!.values).toHaveLength(TASKS + 1);
});
