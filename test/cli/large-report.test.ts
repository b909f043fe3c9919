/**
 * Issue 10 item 6: a report with very many findings (20 000 tasks with findings, 190 000 consolidated
 * rows) crashed with `RangeError: Maximum call stack size exceeded` (lines pushed as spread arguments).
 */
import { humanReport } from "../../src/cli/report-human";
import { dayNumber, yearInterval } from "../../src/core/day";
import type { Finding } from "../../src/core/findings";
import type { SheetReport } from "../../src/core/report-types";

const FINDINGS = 200_000;

function leadMissing(row: number): Finding {
  return {
    code: "LEAD_MISSING",
    severity: "error",
    row,
    cell: `E${row}`,
    field: "lead",
    params: {},
  } as Finding;
}

it("prints a sheet with 200 000 findings, one line each", () => {
  const findings = Array.from({ length: FINDINGS }, (_, i) => leadMissing(i + 5));
  const report: SheetReport = {
    file: "lon.xlsx",
    sheet: "Phụ lục",
    period: yearInterval(2024),
    periodSource: "options",
    tasks: FINDINGS,
    findings,
    empty: false,
  };
  const text = humanReport({
    reports: [report],
    setFindings: findings.slice(0, 1_000),
    errors: [],
    notes: [],
    files: 1,
    unreadable: 0,
    period: yearInterval(2024),
    asOf: dayNumber(2024, 11, 20),
    exitCode: 1,
    lang: "vi",
  });
  expect(text.split("\n").filter((line) => line.includes("(LEAD_MISSING)"))).toHaveLength(FINDINGS + 1_000);
  expect(text).toContain(`${FINDINGS} nhiệm vụ`);
});
