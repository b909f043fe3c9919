/**
 * Issue 10, "Clear messages": limits as Frictionless sets them — at most 1 000 findings are printed per
 * sheet (its `limit_errors`); hitting the limit is said, with how many are left out and where to see them
 * all, and the totals still count every finding.
 */
import { humanReport, MAX_FINDINGS_PRINTED_PER_SHEET } from "../../src/cli/report-human";
import { dayNumber, yearInterval } from "../../src/core/day";
import type { Finding } from "../../src/core/findings";
import type { Lang, SheetReport } from "../../src/core/report-types";

function endMissing(row: number): Finding {
  return { code: "END_MISSING", severity: "error", row, cell: `D${row}`, field: "end", params: {} };
}

function reportText(count: number, lang: Lang): string {
  const findings = Array.from({ length: count }, (_, i) => endMissing(i + 5));
  const report: SheetReport = {
    file: "lon.xlsx",
    sheet: "Phụ lục",
    period: yearInterval(2024),
    periodSource: "options",
    tasks: count,
    findings,
    empty: false,
  };
  return humanReport({
    reports: [report],
    setFindings: [],
    errors: [],
    notes: [],
    files: 1,
    unreadable: 0,
    period: yearInterval(2024),
    asOf: dayNumber(2024, 11, 20),
    exitCode: 1,
    lang,
  });
}

const printed = (text: string): number => text.split("\n").filter((l) => l.includes("(END_MISSING)")).length;

it("is 1 000, as Frictionless's limit_errors", () => {
  expect(MAX_FINDINGS_PRINTED_PER_SHEET).toBe(1_000);
});

it("a sheet with 5 000 findings prints 1 000, says the rest is left out, and counts all 5 000", () => {
  const text = reportText(5_000, "vi");
  expect(printed(text)).toBe(1_000);
  expect(text).toContain("còn 4000 phát hiện nữa không in ra (giới hạn 1000 phát hiện mỗi trang tính");
  expect(text).toContain("--json");
  expect(text).toContain("5000 lỗi");
});

it("says so in English", () => {
  expect(reportText(1_001, "en")).toContain("1 more finding not printed (limit: 1000 findings per sheet");
});

it("a sheet at the limit prints every finding and no note", () => {
  const text = reportText(1_000, "vi");
  expect(printed(text)).toBe(1_000);
  expect(text).not.toContain("không in ra");
});
