/**
 * Reads the workbooks of a run and validates every submission sheet. The directory sheet, the sheets this
 * tool wrote itself (summary, data, findings) and hidden sheets without a task table are not submissions;
 * empty sheets are skipped silently. A workbook holding only a directory (`Danh mục cơ quan`) is the run's
 * directory when `--directory` was not given, and never a submission.
 */
import { createAgencyMatcher, type AgencyMatcher } from "../core/agency";
import type { AgencyDirectory } from "../core/agency-types";
import { findDirectorySheet, readDirectorySheet } from "../core/directory-sheet";
import { holdsTasks } from "../core/owner-marker";
import type { Lang, SheetReport, ValidateOptions } from "../core/report-types";
import { readFingerprint, rowIdsOf } from "../core/loop/fingerprint";
import { readingFor, withoutPlanNumberingGaps, type TemplateReading } from "../core/loop/recognition";
import { createCaches, projectReport, type Caches, type Projection } from "../core/consolidate-tasks";
import { reportUnit } from "../core/submissions";
import { DEFAULT_DUE_SOON_DAYS } from "../core/task-grid";
import { memo } from "../core/memo";
import type { SheetSnapshot } from "../core/snapshot";
import { readAnnexTable } from "../core/table/index";
import { isEmptySheet, validateSheet } from "../core/validate";
import { fileProblemMessage } from "../file/file-messages";
import type { ReadWorkbookResult } from "../file/read-package";
import { texts } from "./cli-text";
import type { InputProblem } from "./inputs";

export interface LoadedReports {
  readonly reports: readonly SheetReport[];
  /** Files that could not be read, in input order. */
  readonly problems: readonly InputProblem[];
  /** Workbooks read successfully. */
  readonly files: number;
  /** Notes on workbooks' own directory sheets (rows ignored and why). */
  readonly notes: readonly string[];
  /** Returned templates: their fingerprint and the task id of each row (issue 11). */
  readonly templates: readonly TemplateReading[];
  /** Directory workbooks among the inputs, in input order; the first readable one is `found`. */
  readonly directories: readonly string[];
  /** The directory read from the first directory workbook among the inputs. */
  readonly found?: { readonly file: string; readonly directory: AgencyDirectory };
  /** When each submission file was last changed (milliseconds since 1970): of two, the later counts. */
  readonly fileTimes: Readonly<Record<string, number>>;
  /** `keep: "projected"`: the tasks of each report that comes without its rows, for consolidation. */
  readonly projected: ReadonlyMap<SheetReport, Projection>;
}

/** Reads one workbook by its name: from disk for the CLI, from a picked file's bytes on the web page. */
export type WorkbookReader = (file: string, lang: Lang) => Promise<ReadWorkbookResult>;

/** When a file was last changed (milliseconds since 1970), when the platform knows: of two, the later counts. */
export type FileTimeReader = (file: string) => Promise<number | undefined>;

/**
 * Asked before each workbook is read: the memory limit (bytes) when the run holds so much that it must
 * stop reading, else undefined (memory-guard.ts on Node).
 */
export type MemoryCheck = () => { readonly limitBytes: number } | undefined;

/**
 * What each report keeps once checked: `rows` all of it; `printed` what the printout shows (asPrinted);
 * `projected` what the printout shows, its tasks projected for consolidation (projectReport) as soon as it
 * is checked — but a returned template's report keeps its rows, which recognising it reads.
 */
export type Keep = "rows" | "printed" | "projected";

/**
 * Validates each readable workbook; `directoryGiven` means `--directory` wins over workbook sheets.
 * Platform-free: `read` and `modified` are the only I/O. Each workbook is read, validated and let go
 * before the next is read, so a run holds one workbook's cells at a time; a directory workbook found
 * after some submissions applies to them too (they are read and validated again). `keep: "printed"`
 * keeps of each report only what the printout shows (asPrinted), for a run that prints and consolidates
 * nothing.
 */
export async function loadReports(
  workbooks: readonly string[],
  options: ValidateOptions,
  directoryGiven: boolean,
  lang: Lang,
  read: WorkbookReader,
  modified?: FileTimeReader,
  keep: Keep = "rows",
  memoryFull?: MemoryCheck,
): Promise<LoadedReports> {
  const readProblems: InputProblem[] = [];
  const directoryNotes: string[] = [];
  const matcherFor = memo((directory: AgencyDirectory): AgencyMatcher => createAgencyMatcher(directory));
  const checked: Checked[] = [];
  const directories: string[] = [];
  let found: LoadedReports["found"];
  let runOptions = options;
  const cachesFor = memo((matcher: AgencyMatcher): Caches => createCaches(matcher));
  const check = (file: string, workbook: ReadWorkbook): Checked => {
    const checked = checkWorkbook(file, workbook, runOptions, directoryGiven, lang, matcherFor);
    if (keep === "rows") return checked;
    if (keep === "printed") return { ...checked, reports: checked.reports.map(asPrinted) };
    // The consolidation's directory is the run's (a workbook's own directory sheet checks its sheets only).
    const matcher = matcherFor(runOptions.directory);
    const when = { asOf: runOptions.asOf, dueSoonDays: runOptions.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS };
    const projections = new Map<SheetReport, Projection>();
    const reports = checked.reports.map((report) => {
      if (!report.table || readingFor(checked.templates, report)) return report;
      const printed = asPrinted(report);
      const unit = reportUnit(report, matcher).name;
      projections.set(printed, projectReport(report, unit, cachesFor(matcher), when));
      return printed;
    });
    return { ...checked, reports, projections };
  };
  for (const [index, file] of workbooks.entries()) {
    const full = memoryFull?.();
    if (full) {
      // Every file not read is named, each with why: they count as received but unread.
      for (const left of workbooks.slice(index)) {
        const message = fileProblemMessage("memoryLimit", left, lang, full.limitBytes);
        readProblems.push({ file: left, message, submission: true });
      }
      break;
    }
    const workbook = await read(file, lang);
    if (!workbook.ok) {
      readProblems.push({ file, message: workbook.message, submission: true });
      continue;
    }
    // Every sheet empty: the unit sent something, but nothing to check (not "not submitted").
    if (workbook.sheets.every(isEmptySheet)) {
      readProblems.push({ file, message: fileProblemMessage("noData", file, lang), submission: true });
      continue;
    }
    const directorySheet = directoryOnly(workbook);
    if (!directorySheet) {
      checked.push(check(file, workbook));
      continue;
    }
    directories.push(file);
    if (found || directoryGiven) continue;
    const own = readDirectorySheet(directorySheet, lang);
    for (const problem of own.problems) directoryNotes.push(texts(lang).directoryProblem(file, problem));
    if (!own.directory) continue;
    found = { file, directory: { ...own.directory, source: file } };
    runOptions = { ...options, directory: found.directory };
    // The submissions before it were checked against the built-in directory: again, against this one.
    for (let i = 0; i < checked.length; i++) {
      const again = await read(checked[i]!.file, lang);
      if (again.ok) checked[i] = check(checked[i]!.file, again);
    }
  }
  const reports: SheetReport[] = [];
  const problems: InputProblem[] = [...readProblems];
  const notes: string[] = [...directoryNotes];
  const templates: TemplateReading[] = [];
  const fileTimes: Record<string, number> = {};
  const projected = new Map<SheetReport, Projection>();
  let files = 0;
  for (const result of checked) {
    notes.push(...result.notes);
    templates.push(...result.templates);
    if (result.problem) {
      problems.push(result.problem);
      continue;
    }
    files += 1;
    const time = await modified?.(result.file);
    if (time !== undefined) fileTimes[result.file] = time;
    for (const report of result.reports) {
      reports.push(report);
      const projection = result.projections?.get(report);
      if (projection) projected.set(report, projection);
    }
  }
  return {
    reports,
    problems,
    files,
    notes,
    templates,
    directories,
    ...(found ? { found } : {}),
    fileTimes,
    projected,
  };
}

/** A report as the printout reads it: its table's header and title, without its rows and tasks. */
export function asPrinted(report: SheetReport): SheetReport {
  if (!report.table) return report;
  const { resolved: _resolved, ...printed } = report;
  return { ...printed, table: { ...report.table, rows: [] } };
}

/** One workbook's submission sheets, checked: its reports, or the problem that it is not a submission. */
interface Checked {
  readonly file: string;
  readonly reports: readonly SheetReport[];
  readonly templates: readonly TemplateReading[];
  readonly notes: readonly string[];
  readonly problem?: InputProblem;
  /** `keep: "projected"`: the projection of each report that comes without its rows. */
  readonly projections?: ReadonlyMap<SheetReport, Projection>;
}

/** Validates the submission sheets of one workbook (not a directory-only one). */
function checkWorkbook(
  file: string,
  workbook: ReadWorkbook,
  runOptions: ValidateOptions,
  directoryGiven: boolean,
  lang: Lang,
  matcherFor: (directory: AgencyDirectory) => AgencyMatcher,
): Checked {
  const notes: string[] = [];
  const templates: TemplateReading[] = [];
  const directorySheet = findDirectorySheet(workbook.sheets, workbook.owners);
  let directory = runOptions.directory;
  if (directorySheet && !directoryGiven) {
    const own = readDirectorySheet(directorySheet, lang);
    for (const problem of own.problems) notes.push(`${file}: ${problem}`);
    if (own.directory) directory = own.directory;
  }
  const fingerprint = readFingerprint(workbook.sheets);
  const sheetOptions = directory === runOptions.directory ? runOptions : { ...runOptions, directory };
  const ownSheets: string[] = [];
  const reports: SheetReport[] = [];
  for (const sheet of workbook.sheets) {
    if (sheet === directorySheet) continue;
    const owner = workbook.owners[sheet.sheet];
    if (!holdsTasks(owner)) {
      if (!isEmptySheet(sheet)) ownSheets.push(sheet.sheet);
      continue;
    }
    let report = validateSheet(sheet, sheetOptions, matcherFor(directory));
    if (report.empty) continue;
    const rowIds = fingerprint ? rowIdsOf(sheet, fingerprint) : undefined;
    // The template's own sheet, or another sheet holding its ids (the ward renamed or copied it).
    if (fingerprint && rowIds && report.table && (rowIds.size > 0 || sheet.sheet === fingerprint.sheet)) {
      templates.push({ file, sheet: sheet.sheet, fingerprint, rowIds });
      report = withoutPlanNumberingGaps(report);
    }
    // A hidden sheet with no task table (the lists behind drop-downs) is not a submission: the user
    // cannot see it, and HEADER_NOT_FOUND on it would fail a clean report.
    if (!report.table && workbook.hidden.includes(sheet.sheet)) continue;
    reports.push(report);
  }
  // Sheets this tool wrote (a summary) are never a unit's report, but never skipped unsaid either: a
  // file of nothing else is a problem, an unreadable submission once someone has edited it.
  if (ownSheets.length > 0 && reports.length === 0) {
    const problem = workbook.untouchedOutput ? "ownOutput" : "ownSheetsOnly";
    const message = fileProblemMessage(problem, file, lang);
    return {
      file,
      reports,
      templates,
      notes,
      problem: { file, message, submission: problem === "ownSheetsOnly" },
    };
  }
  if (ownSheets.length > 0) notes.push(texts(lang).ownSheetsSkipped(file, ownSheets));
  return { file, reports, templates, notes };
}

type ReadWorkbook = Extract<ReadWorkbookResult, { ok: true }>;

/**
 * The directory sheet of a workbook that holds nothing else to check: every other sheet is empty, hidden
 * or has no task table. Such a workbook is a directory, not a unit's submission.
 */
function directoryOnly(workbook: ReadWorkbook): SheetSnapshot | undefined {
  const sheet = findDirectorySheet(workbook.sheets, workbook.owners);
  if (!sheet) return undefined;
  const others = workbook.sheets.filter(
    (s) => s !== sheet && !isEmptySheet(s) && !workbook.hidden.includes(s.sheet),
  );
  return others.some((s) => readAnnexTable(s) !== undefined) ? undefined : sheet;
}
