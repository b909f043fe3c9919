/**
 * The eight real annexes (test/fixtures/real-annexes, public documents of late 2025): their real defects are
 * found, and a mostly correct document does not drown in errors.
 */
import { createAgencyMatcher } from "../../src/core/agency";
import { parseIsoDay, yearInterval, type DayInterval } from "../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import type { Finding } from "../../src/core/findings";
import type { SheetReport } from "../../src/core/report-types";
import { cellAddress } from "../../src/core/snapshot";
import { validateSheet } from "../../src/core/validate";
import {
  REAL_ANNEX_IDS,
  REAL_ANNEX_MAX_ERRORS,
  realAnnexSnapshot,
  type RealAnnexId,
  type TsvSnapshot,
} from "../helpers/snapshot-from-tsv";

const years = (first: number, last: number): DayInterval => ({
  from: yearInterval(first).from,
  to: yearInterval(last).to,
});

/**
 * Each document's plan period, from its title (the TSVs hold only the table): 05 and 07 are 2026–2030
 * plans (given as a title line, so the period is read as a user's sheet would give it); 02 runs to 2035,
 * 03, 06 and 08 to 2030; 01 and 04 are 2025 plans.
 */
const SPECS: Readonly<Record<RealAnnexId, { period?: DayInterval; title?: string }>> = {
  "01": { period: years(2025, 2025) },
  "02": { period: years(2025, 2035) },
  "03": { period: years(2025, 2030) },
  "04": { period: years(2025, 2025) },
  "05": { title: "KẾ HOẠCH PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH ĐỒNG NAI GIAI ĐOẠN 2026 - 2030" },
  "06": { period: years(2025, 2030) },
  "07": { title: "KẾ HOẠCH PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026-2030" },
  "08": { period: years(2025, 2030) },
};

const matcher = createAgencyMatcher(DEFAULT_DIRECTORY);
const asOf = parseIsoDay("2025-12-15") ?? 0;

function validate(id: RealAnnexId): { tsv: TsvSnapshot; report: SheetReport } {
  const spec = SPECS[id];
  const tsv = realAnnexSnapshot(id, spec.title !== undefined ? { title: [spec.title] } : {});
  const options = { asOf, directory: DEFAULT_DIRECTORY, ...(spec.period ? { period: spec.period } : {}) };
  return { tsv, report: validateSheet(tsv.snapshot, options, matcher) };
}

/** Sheet addresses of the cells in the column labelled `label` on the lines where `match` holds. */
function cellsWhere(tsv: TsvSnapshot, label: RegExp, match: (line: readonly string[]) => boolean): string[] {
  const column = tsv.layout.labels.findIndex((l) => label.test(l));
  if (column < 0) throw new Error(`no column ${label}`);
  return tsv.table.flatMap((line, i) =>
    match(line) ? [cellAddress(tsv.layout.lineRows[i] ?? 0, column + 1)] : [],
  );
}

const at = (findings: readonly Finding[], code: string): string[] =>
  findings.filter((f) => f.code === code).map((f) => f.cell ?? "");

describe("real annexes", () => {
  it.each(REAL_ANNEX_IDS)("%s: no flood of errors, tasks recognised", (id) => {
    const { report } = validate(id);
    const errors = report.findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeLessThanOrEqual(REAL_ANNEX_MAX_ERRORS[id]);
    expect(report.tasks).toBeGreaterThan(0);
    // Warnings are things to check, not noise: never more than one per task on average.
    expect(report.findings.filter((f) => f.severity === "warning").length).toBeLessThanOrEqual(report.tasks);
  });

  it("05: the second section IV is a duplicate (there is no V)", () => {
    const { tsv, report } = validate("05");
    const sectionsIV = cellsWhere(tsv, /^STT$/, (line) => line[0] === "IV");
    // Part A's IV, part B's IV twice (the second should be V), part C's IV.
    expect(sectionsIV).toHaveLength(4);
    expect(at(report.findings, "STT_DUPLICATE")).toEqual([sectionsIV[2]]);
  });

  it("05: tasks due 2025 in the 2026–2030 plan are outside the period, and nothing else is", () => {
    const { tsv, report } = validate("05");
    expect(report.periodSource).toBe("title");
    expect(report.period).toEqual(years(2026, 2030));
    const due2025 = cellsWhere(tsv, /^Thời gian/, (line) => line[4]?.trim() === "2025");
    expect(due2025.length).toBeGreaterThan(0);
    expect(at(report.findings, "DEADLINE_OUTSIDE_PERIOD")).toEqual(due2025);
  });

  it("05: `Sở Sở Công thương` is unknown, with `Sở Công Thương` suggested", () => {
    const { report } = validate("05");
    const typo = report.findings.find(
      (f) => f.code === "SUPPORT_UNKNOWN" && f.params["name"] === "Sở Sở Công thương",
    );
    expect(typo?.suggestions?.[0]).toBe("Sở Công Thương");
  });

  it("03: `Sở Khoa học và Công nghệ Sở Công Thương` (no separator) is split into the two departments", () => {
    const { tsv, report } = validate("03");
    const [cell] = cellsWhere(tsv, /phối hợp/, (line) => /Công nghệ Sở Công Thương/.test(line[3] ?? ""));
    expect(cell).toBeDefined();
    expect(report.findings.filter((f) => f.cell === cell && f.code === "SUPPORT_UNKNOWN")).toEqual([]);
    const names = matcher.mentions("Sở Khoa học và Công nghệ Sở Công Thương").map((m) => m.canonical);
    expect(names).toEqual(["Sở Khoa học và Công nghệ", "Sở Công Thương"]);
  });

  it("07: no time column → one COLUMN_MISSING error for the finish, no END_MISSING per task", () => {
    const { report } = validate("07");
    const missing = report.findings.filter((f) => f.code === "COLUMN_MISSING");
    expect(missing.filter((f) => f.severity === "error").map((f) => f.field)).toEqual(["end"]);
    expect(at(report.findings, "END_MISSING")).toEqual([]);
  });

  it("01: tasks numbered 1–11 straight through the sections are not gaps or duplicates", () => {
    const { report } = validate("01");
    expect(at(report.findings, "STT_GAP")).toEqual([]);
    expect(at(report.findings, "STT_DUPLICATE")).toEqual([]);
  });

  it("06: the three tasks that go on over a second row (STT merged down) count once, with no number finding", () => {
    const { report } = validate("06");
    // Sections I–VI number 4, 3, 6, 4, 3 and 5 tasks.
    expect(report.tasks).toBe(25);
    expect(at(report.findings, "STT_INVALID")).toEqual([]);
    expect(at(report.findings, "LEAD_MISSING")).toEqual([]);
    expect(at(report.findings, "END_MISSING")).toEqual([]);
  });

  it("08: `Năm 2025-2030` and `Tháng 12/2025` fit the 2025–2030 programme", () => {
    const { report } = validate("08");
    expect(at(report.findings, "DEADLINE_OUTSIDE_PERIOD")).toEqual([]);
    expect(at(report.findings, "TIME_UNPARSEABLE")).toEqual([]);
  });
});
