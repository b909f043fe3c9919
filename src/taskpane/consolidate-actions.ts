/** Tổng hợp: list the candidate sheets, import files, consolidate the ticked sheets into owned sheets. */
import { createAgencyMatcher } from "../core/agency";
import { consolidateSubmissions } from "../core/consolidate";
import type { Consolidation, Replacement, SubmissionRef } from "../core/consolidate";
import { toYmd, yearInterval } from "../core/day";
import type { DayNumber } from "../core/day";
import { DIRECTORY_SHEET_NAME } from "../core/directory-sheet";
import { readFingerprint } from "../core/loop/fingerprint";
import { compareTaskLines } from "../core/loop/changes";
import {
  isBlankTemplate,
  pairTemplateReadings,
  readingFor,
  withoutPlanNumberingGaps,
} from "../core/loop/recognition";
import { changesPlan } from "../core/plans/changes-plan";
import { consolidationPlans, OWNED_SHEETS } from "../core/plans/consolidation-plans";
import { readTaskLines, taskLinesOf } from "../core/plans/data-lines";
import type { SheetPlan } from "../core/sheet-plan";
import type { Lang, SheetReport } from "../core/report-types";
import { assignSubmissions } from "../core/submissions";
import { validateSheet } from "../core/validate";
import type { ReadResult, WorkbookHost } from "../office/host";
import {
  PaneError,
  updateWith,
  workbookDirectory,
  workbookDirectoryWithProblems,
  workbookOptions,
} from "./action-support";
import { STRINGS } from "./i18n";

/** `blankTemplate`: a unit's template made here and not filled in yet (not ticked by default). */
export type SubmissionStatus = "ok" | "problems" | "empty" | "noTable" | "blankTemplate";

export interface SubmissionRow {
  readonly sheet: string;
  readonly file?: string;
  readonly unit?: string;
  readonly tasks: number;
  readonly errors: number;
  readonly warnings: number;
  readonly status: SubmissionStatus;
  /** The date the report states (ISO), which decides which of a unit's submissions is the later. */
  readonly reportDate?: string;
}

export interface SubmissionList {
  readonly rows: readonly SubmissionRow[];
  /** Units with several sheets with a task table: the one that counts unless the clerk chooses, the others. */
  readonly resubmissions: readonly Replacement[];
}

/**
 * Sheets that can be submissions: not the add-in's own sheets (but its sample report, to try Tổng hợp on),
 * not the directory, not hidden ones.
 */
export function submissionSheetNames(read: ReadResult): string[] {
  return read.sheetList
    .filter(
      (s) =>
        s.visible &&
        (s.owner === undefined || s.owner === "example") &&
        s.name !== read.directory?.sheet &&
        s.name !== DIRECTORY_SHEET_NAME,
    )
    .map((s) => s.name);
}

function submissionRow(report: SheetReport, blankTemplate: boolean): SubmissionRow {
  const errors = report.findings.filter((f) => f.severity === "error").length;
  const warnings = report.findings.filter((f) => f.severity === "warning").length;
  const status: SubmissionStatus = blankTemplate
    ? "blankTemplate"
    : report.empty
      ? "empty"
      : !report.table
        ? "noTable"
        : errors + warnings > 0
          ? "problems"
          : "ok";
  return {
    sheet: report.sheet,
    tasks: report.tasks,
    errors,
    warnings,
    status,
    ...(report.file !== undefined ? { file: report.file } : {}),
    ...(report.unit !== undefined ? { unit: report.unit } : {}),
    ...(report.reportDate !== undefined ? { reportDate: report.reportDate } : {}),
  };
}

/**
 * Tổng hợp, on open or *Đọc lại danh sách*: every candidate sheet with its unit, tasks and status, and the
 * units that submitted more than once (among the sheets with a task table, ticked by default). Two reads:
 * the first learns the sheet names (the contract reads sheets by name), the second reads them.
 */
export async function listSubmissions(host: WorkbookHost, today: DayNumber): Promise<SubmissionList> {
  const names = submissionSheetNames(await host.read({ directory: true }));
  if (names.length === 0) return { rows: [], resubmissions: [] };
  const read = await host.read({ sheets: names, directory: true, extra: { hidden: true } });
  const directory = workbookDirectory(read);
  const { options } = workbookOptions(read.settings, today, directory);
  const matcher = createAgencyMatcher(directory);
  const reports = read.sheets.map((snapshot) => validateSheet(snapshot, options, matcher));
  const fingerprints = (read.extra ?? []).flatMap((s) => readFingerprint([s]) ?? []);
  const readings = pairTemplateReadings(
    read.sheets.map((snapshot, i) => {
      const unit = reports[i]?.unit;
      return { snapshot, ...(unit === undefined ? {} : { unit }) };
    }),
    fingerprints,
  );
  const blank = new Set(
    readings
      .filter((r) => read.sheets.some((s) => s.sheet === r.sheet && isBlankTemplate(s, r)))
      .map((r) => r.sheet),
  );
  const { replacements } = assignSubmissions(
    reports.filter((r) => r.table !== undefined && !blank.has(r.sheet)),
    matcher,
  );
  return { rows: reports.map((r) => submissionRow(r, blank.has(r.sheet))), resubmissions: replacements };
}

export interface ConsolidationResult {
  readonly consolidation: Consolidation;
  readonly written: readonly string[];
  /** What is wrong with the workbook's directory sheet (the default directory is used when unreadable). */
  readonly directoryProblems: readonly string[];
}

/**
 * Tổng hợp: reads the ticked sheets, consolidates them and writes the owned summary sheets (one update).
 * `keep`: the submissions the clerk chose among a unit's several; `more` adds sheets built from the same
 * consolidation (the units' feedback sheets, issue 11). Returned templates are read by task id (their
 * fingerprints sit in the workbook's hidden sheets); when the workbook holds the data sheet of an earlier
 * run, `Thay đổi` compares against it, read before it is replaced.
 */
export async function consolidateSheets(
  host: WorkbookHost,
  sheets: readonly string[],
  today: DayNumber,
  lang: Lang,
  extra: {
    readonly keep?: readonly SubmissionRef[];
    readonly more?: (consolidation: Consolidation) => readonly SheetPlan[];
  } = {},
): Promise<ConsolidationResult> {
  const request = { sheets, directory: true, extra: { hidden: true, names: [OWNED_SHEETS.data] } };
  const { value, written } = await updateWith(host, request, (read) => {
    const { directory, problems } = workbookDirectoryWithProblems(read, lang);
    const { options } = workbookOptions(read.settings, today, directory);
    const matcher = createAgencyMatcher(directory);
    const validated = read.sheets.map((snapshot) => ({
      snapshot,
      report: validateSheet(snapshot, options, matcher),
    }));
    const fingerprints = (read.extra ?? []).flatMap((s) => readFingerprint([s]) ?? []);
    const templates = pairTemplateReadings(
      validated.map(({ snapshot, report }) => ({
        snapshot,
        ...(report.unit === undefined ? {} : { unit: report.unit }),
      })),
      fingerprints,
    );
    // An empty sheet is nobody's submission (DESIGN §6: skipped silently). A template keeps the plan's
    // numbering, gaps included.
    const reports = validated
      .map(({ report }) => (readingFor(templates, report) ? withoutPlanNumberingGaps(report) : report))
      .filter((r) => !r.empty);
    const unreadable = read.missing.map((file) => ({
      file,
      message: STRINGS[lang].consolidate.sheetMissing,
    }));
    const period = options.period ?? reports[0]?.period ?? yearInterval(toYmd(options.asOf).year);
    const consolidation = consolidateSubmissions(
      {
        reports,
        unreadable,
        directory,
        period,
        asOf: options.asOf,
        keep: extra.keep ?? [],
        templates,
        ...(options.dueSoonDays !== undefined ? { dueSoonDays: options.dueSoonDays } : {}),
      },
      matcher,
    );
    const plans = [
      ...consolidationPlans(consolidation, lang, { sourceInWorkbook: true }),
      ...changesAgainstEarlier(read, consolidation, lang),
      ...(extra.more?.(consolidation) ?? []),
    ];
    const summary = plans.find((p) => p.owner === "summary") ?? plans[0];
    return {
      write: { plans, ...(summary ? { activate: summary.name } : {}) },
      value: { consolidation, directoryProblems: problems },
    };
  });
  return { ...value, written };
}

/** `Thay đổi` against the data sheet an earlier run left in the workbook (known by its owner marker). */
function changesAgainstEarlier(read: ReadResult, consolidation: Consolidation, lang: Lang): SheetPlan[] {
  const owned = new Set(read.sheetList.filter((s) => s.owner === "data").map((s) => s.name));
  const earlier = read.extra?.find((s) => owned.has(s.sheet));
  const before = earlier && readTaskLines(earlier);
  if (!before) return [];
  return [changesPlan(compareTaskLines(before, taskLinesOf(consolidation, lang)), lang)];
}

/** A file's bytes as base64 (what insertWorkbook takes). */
export function readFileBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error("FileReader"));
    reader.readAsDataURL(file);
  });
}

export interface InsertOutcome {
  readonly inserted: readonly string[];
  /** Files that could not be added, with why (worded when shown, in the pane's language then). */
  readonly failures: readonly { readonly name: string; readonly error: unknown }[];
}

const WORKBOOK_FILE = /\.xls[xm]$/i;

/** Thêm tệp…: inserts each file's sheets (one host call per file); a bad file does not stop the others. */
export async function insertFiles(
  host: WorkbookHost,
  files: readonly File[],
  onFile?: (name: string) => void,
): Promise<InsertOutcome> {
  const inserted: string[] = [];
  const failures: { name: string; error: unknown }[] = [];
  for (const file of files) {
    onFile?.(file.name);
    // Excel only inserts sheets from .xlsx/.xlsm; anything else would come back as an opaque error code.
    if (!WORKBOOK_FILE.test(file.name)) {
      failures.push({ name: file.name, error: new PaneError("notWorkbook") });
      continue;
    }
    try {
      inserted.push(...(await host.insertWorkbook(file.name, await readFileBase64(file))));
    } catch (error) {
      failures.push({ name: file.name, error });
    }
  }
  return { inserted, failures };
}
