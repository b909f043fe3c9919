/**
 * Reports projected as they are read (the CLI lets each report's rows go once it is checked) consolidate
 * exactly as the same reports with their rows: same tasks, units, findings, extra columns, replacements.
 */
import { createAgencyMatcher } from "../../src/core/agency";
import { consolidateSubmissions, type Consolidation } from "../../src/core/consolidate";
import { createCaches, projectReport, type Projection } from "../../src/core/consolidate-tasks";
import { dayNumber, yearInterval } from "../../src/core/day";
import type { Finding } from "../../src/core/findings";
import type { SheetReport } from "../../src/core/report-types";
import { reportUnit } from "../../src/core/submissions";
import { DEFAULT_DUE_SOON_DAYS } from "../../src/core/task-grid";
import { DIRECTORY, annexTable, sheetReport } from "./plans/fixtures";

const AS_OF = dayNumber(2024, 7, 1);
const COLUMNS = { stt: 1, content: 2, end: 3, lead: 4 };

function table(label: string, tasks: number, note: string) {
  const specs = Array.from({ length: tasks }, (_, i) => ({
    kind: "task" as const,
    stt: String(i + 1),
    cells: { content: `Việc ${note} ${i + 1}`, end: i % 2 ? "Quý I" : "Quý IV", lead: "Phòng VH-TT" },
    extras: { 5: `${note} ${i + 1}` },
  }));
  return annexTable(COLUMNS, specs, { extras: [{ column: 5, label }] });
}

const lateLead = (row: number): Finding => ({
  code: "LEAD_UNKNOWN",
  severity: "warning",
  sheet: "Báo cáo",
  row,
  cell: `D${row}`,
  field: "lead",
  params: { name: "Ban Lạ" },
});

function report(file: string, unit: string, reportDate: string, label: string, note: string): SheetReport {
  return {
    ...sheetReport("Báo cáo", table(label, 3, note), { file, unit, findings: [lateLead(2)] }),
    reportDate,
  };
}

// Nam Sơn sent twice: the first (replaced) spelled the extra column "Ghi Chú", the later "ghi chú"; Bắc
// Sơn wrote "Ghi chú". The data sheet shows one column, as the first counted report spelled it.
const REPORTS = [
  report("a/nam-son.xlsx", "Phường Nam Sơn", "2024-06-01", "Ghi Chú", "cũ"),
  report("b/nam-son.xlsx", "Phường Nam Sơn", "2024-06-20", "ghi  chú", "mới"),
  report("c/bac-son.xlsx", "Phường Bắc Sơn", "2024-06-20", "Ghi chú", "Bắc Sơn"),
  sheetReport("Ghi chép", undefined, { file: "c/bac-son.xlsx" }),
];

function consolidate(
  reports: readonly SheetReport[],
  projected?: Map<SheetReport, Projection>,
): Consolidation {
  return consolidateSubmissions(
    {
      reports,
      unreadable: [],
      directory: DIRECTORY,
      period: yearInterval(2024),
      asOf: AS_OF,
      ...(projected ? { projected } : {}),
    },
    createAgencyMatcher(DIRECTORY),
  );
}

describe("consolidating reports projected as they were read", () => {
  const full = consolidate(REPORTS);
  const matcher = createAgencyMatcher(DIRECTORY);
  const caches = createCaches(matcher);
  const projected = new Map<SheetReport, Projection>();
  const printed = REPORTS.map((r) => {
    if (!r.table) return r;
    const without = { ...r, table: { ...r.table, rows: [] } };
    const unit = reportUnit(r, matcher).name;
    projected.set(
      without,
      projectReport(r, unit, caches, { asOf: AS_OF, dueSoonDays: DEFAULT_DUE_SOON_DAYS }),
    );
    return without;
  });
  const fromProjections = consolidate(printed, projected);

  it("gives the same consolidation as the reports with their rows", () => {
    expect(full.tasks).toHaveLength(6);
    expect(full.replaced).toHaveLength(1);
    expect(fromProjections).toEqual(full);
  });

  it("labels extra values as the first counted report spelled the column", () => {
    expect(new Set(fromProjections.tasks.flatMap((t) => Object.keys(t.extras)))).toEqual(
      new Set(["ghi chú"]),
    );
    expect(fromProjections.tasks.map((t) => t.extras["ghi chú"])).toEqual([
      "mới 1",
      "mới 2",
      "mới 3",
      "Bắc Sơn 1",
      "Bắc Sơn 2",
      "Bắc Sơn 3",
    ]);
  });

  it("without its projection, a report without rows has no tasks to give", () => {
    expect(consolidate(printed).tasks).toEqual([]);
  });
});
