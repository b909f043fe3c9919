/**
 * Issue 10 item 6: a report with very many findings (20 000 tasks with findings, 190 000 consolidated
 * rows) crashed with `RangeError: Maximum call stack size exceeded` (lines pushed as spread arguments).
 */
import { humanReport, MAX_FINDINGS_PRINTED_PER_SHEET } from "../../src/cli/report-human";
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

it("prints a report on a sheet with 200 000 findings, counting them all", () => {
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
  // A sheet prints at most MAX_FINDINGS_PRINTED_PER_SHEET findings (findings-limit.test.ts); all are counted.
  const printed = MAX_FINDINGS_PRINTED_PER_SHEET;
  expect(text.split("\n").filter((line) => line.includes("(LEAD_MISSING)"))).toHaveLength(printed + 1_000);
  expect(text).toContain(`còn ${FINDINGS - printed} phát hiện nữa không in ra`);
  expect(text).toContain(`${FINDINGS} nhiệm vụ; ${FINDINGS + 1_000} lỗi`);
});
