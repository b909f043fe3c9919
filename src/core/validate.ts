/** `annex validate` for one sheet (DESIGN §5, §6): table, plan period, unit, and every finding. */
import { createAgencyMatcher, type AgencyMatcher } from "./agency";
import { yearInterval, toYmd, type DayInterval } from "./day";
import type { Finding } from "./findings";
import { readLegacyText } from "./legacy-encoding";
import { planPeriodFromText } from "./plan-period";
import type { PeriodSource, SheetReport, ValidateOptions } from "./report-types";
import { runTableRules, sortFindings } from "./rules/index";
import { toFinding } from "./rules/context";
import { cellText, isErrorCell, type SheetSnapshot } from "./snapshot";
import { readAnnexTable } from "./table/index";
import { readReportDate } from "./table/report-date";
import { detectUnit, type UnitGuess } from "./table/unit";
import type { TitleBlock } from "./table-types";
import { normalizeText } from "./text";

/** Validates one sheet; pass a matcher to share its memo cache across the sheets of a workbook. */
export function validateSheet(
  source: SheetSnapshot,
  options: ValidateOptions,
  matcher: AgencyMatcher = createAgencyMatcher(options.directory),
): SheetReport {
  // Legacy-font text is read as the Unicode it stands for, by everything below (the source is untouched).
  const { snapshot, finding: legacy } = readLegacyText(source);
  const base = { sheet: snapshot.sheet, ...(snapshot.file !== undefined ? { file: snapshot.file } : {}) };
  if (isEmptySheet(snapshot)) {
    const { period, periodSource } = resolvePeriod(options, undefined);
    return { ...base, period, periodSource, tasks: 0, findings: [], empty: true };
  }
  const sheetFindings: Finding[] = [];
  if (snapshot.truncated) {
    sheetFindings.push(
      toFinding(
        { code: "SHEET_TRUNCATED", params: { rows: snapshot.rows.length } },
        snapshot.sheet,
        snapshot.file,
      ),
    );
  }
  if (legacy) sheetFindings.push(legacy);
  const table = readAnnexTable(snapshot, options.columnOverrides);
  if (!table) {
    const { period, periodSource } = resolvePeriod(options, undefined);
    const noHeader = toFinding({ code: "HEADER_NOT_FOUND" }, snapshot.sheet, snapshot.file);
    const unit = unitFields(detectUnit(snapshot, undefined, matcher));
    return {
      ...base,
      ...unit,
      ...reportDateField(snapshot, undefined),
      period,
      periodSource,
      tasks: 0,
      findings: [noHeader, ...sheetFindings],
      empty: false,
    };
  }
  const { period, periodSource } = resolvePeriod(options, table.title);
  const unit = detectUnit(snapshot, table.title, matcher);
  const { findings, resolved } = runTableRules({
    snapshot,
    table,
    period,
    asOf: options.asOf,
    matcher,
    ...(unit.unit !== undefined ? { unit: unit.unit } : {}),
    ...(options.dueSoonDays !== undefined ? { dueSoonDays: options.dueSoonDays } : {}),
  });
  return {
    ...base,
    ...unitFields(unit),
    ...reportDateField(snapshot, table.header.row),
    period,
    periodSource,
    tasks: table.rows.reduce((n, row) => (row.kind === "task" ? n + 1 : n), 0),
    table,
    resolved,
    findings: sortFindings([...sheetFindings, ...findings]),
    empty: false,
  };
}

/** True when no cell holds anything visible (a workbook's unused `Sheet2`): skipped silently. */
export function isEmptySheet(snapshot: SheetSnapshot): boolean {
  for (const row of snapshot.rows) {
    for (const cell of row) {
      if (cell === null || cell === undefined) continue;
      if (typeof cell !== "string") {
        if (isErrorCell(cell) || cellText(cell) !== "") return false;
        continue;
      }
      if (cell !== "" && normalizeText(cell) !== "") return false;
    }
  }
  return true;
}

/** The plan period: the options', else the title's (title line, then `Kèm theo…` line), else the as-of year. */
function resolvePeriod(
  options: ValidateOptions,
  title: TitleBlock | undefined,
): { period: DayInterval; periodSource: PeriodSource } {
  if (options.period) return { period: options.period, periodSource: "options" };
  for (const text of [title?.title, title?.attachedTo]) {
    const period = text === undefined ? undefined : planPeriodFromText(text);
    if (period) return { period, periodSource: "title" };
  }
  return { period: yearInterval(toYmd(options.asOf).year), periodSource: "asOf" };
}

function reportDateField(
  snapshot: SheetSnapshot,
  headerRow: number | undefined,
): Pick<SheetReport, "reportDate"> {
  const reportDate = readReportDate(snapshot, headerRow);
  return reportDate === undefined ? {} : { reportDate };
}

/** The report's unit fields from the unit guess (source and text renamed). */
function unitFields(guess: UnitGuess): Pick<SheetReport, "unit" | "unitSource" | "unitText"> {
  return {
    ...(guess.unit !== undefined ? { unit: guess.unit } : {}),
    ...(guess.source !== undefined ? { unitSource: guess.source } : {}),
    ...(guess.text !== undefined ? { unitText: guess.text } : {}),
  };
}
