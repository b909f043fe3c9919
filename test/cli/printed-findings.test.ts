/**
 * After consolidating, the printout's reports hold the consolidation's copies of their findings (one set
 * of findings for a large run, not two), and print exactly as with their own.
 */
import { createAgencyMatcher } from "../../src/core/agency";
import { printedSharingFindings } from "../../src/cli/consolidate-command";
import { asPrinted } from "../../src/cli/load-reports";
import { humanReport } from "../../src/cli/report-human";
import { consolidateSubmissions } from "../../src/core/consolidate";
import { dayNumber, yearInterval } from "../../src/core/day";
import type { Finding } from "../../src/core/findings";
import type { SheetReport } from "../../src/core/report-types";
import { DIRECTORY, annexTable, sheetReport } from "../core/plans/fixtures";

const task = (stt: string) =>
  ({ kind: "task", stt, cells: { content: `Việc ${stt}`, end: "Quý IV", lead: "Phòng VH-TT" } }) as const;
const TABLE = annexTable({ stt: 1, content: 2, end: 3, lead: 4 }, [task("1"), task("2")]);

const finding = (sheet: string, row: number, name: string): Finding => ({
  code: "LEAD_UNKNOWN",
  severity: "warning",
  sheet,
  row,
  cell: `D${row}`,
  field: "lead",
  params: { name },
});

function report(file: string, unit: string, reportDate: string, findings: Finding[]): SheetReport {
  return { ...sheetReport("Báo cáo", TABLE, { file, unit, findings }), reportDate };
}

describe("printedSharingFindings", () => {
  // Nam Sơn sent twice (the first file is replaced by the later date); Bắc Sơn once; a clean report.
  const replaced = report("a/nam-son.xlsx", "Phường Nam Sơn", "2024-06-01", [
    finding("Báo cáo", 5, "Ban Cũ"),
  ]);
  const kept = report("b/nam-son.xlsx", "Phường Nam Sơn", "2024-06-20", [
    finding("Báo cáo", 5, "Ban Lạ"),
    finding("Báo cáo", 6, "Ban Khác"),
  ]);
  const clean = report("c/dong-hoa.xlsx", "Phường Đồng Hòa", "2024-06-20", []);
  const other = report("d/bac-son.xlsx", "Phường Bắc Sơn", "2024-06-20", [finding("Báo cáo", 6, "Tổ Lạ")]);
  const reports = [replaced, kept, clean, other];
  const c = consolidateSubmissions(
    {
      reports,
      unreadable: [],
      directory: DIRECTORY,
      period: yearInterval(2024),
      asOf: dayNumber(2024, 7, 1),
    },
    createAgencyMatcher(DIRECTORY),
  );
  const printed = printedSharingFindings(reports, c);

  it("gives each counted report the consolidation's own findings, with unit and file", () => {
    expect(c.replaced).toHaveLength(1);
    const located = c.findings.slice(c.setFindings.length);
    expect(printed[1]!.findings).toHaveLength(2);
    expect(printed[1]!.findings.every((f, i) => f === located[i])).toBe(true);
    expect(printed[3]!.findings[0]).toBe(located[2]);
    expect(printed[3]!.findings[0]).toMatchObject({ unit: "Phường Bắc Sơn", file: "d/bac-son.xlsx" });
  });

  it("leaves a replaced report its own findings, and drops every report's rows", () => {
    expect(printed[0]!.findings).toBe(replaced.findings);
    expect(printed.every((r) => r.table?.rows.length === 0 && r.resolved === undefined)).toBe(true);
  });

  it("prints exactly what the reports' own findings print", () => {
    const print = (rs: readonly SheetReport[], lang: "vi" | "en") =>
      humanReport({
        reports: rs,
        setFindings: c.setFindings,
        errors: [],
        notes: [],
        files: 4,
        unreadable: 0,
        period: yearInterval(2024),
        asOf: dayNumber(2024, 7, 1),
        exitCode: 0,
        lang,
      });
    for (const lang of ["vi", "en"] as const) {
      expect(print(printed, lang)).toBe(print(reports.map(asPrinted), lang));
    }
  });
});
