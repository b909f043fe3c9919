/**
 * Reads the workbooks of a run and validates every submission sheet. The directory sheet, the sheets this
 * tool wrote itself (summary, data, findings) and hidden sheets without a task table are not submissions;
 * empty sheets are skipped silently.
 */
import { createAgencyMatcher, type AgencyMatcher } from "../core/agency";
import type { AgencyDirectory } from "../core/agency-types";
import { findDirectorySheet, readDirectorySheet } from "../core/directory-sheet";
import type { Lang, SheetReport, ValidateOptions } from "../core/report-types";
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
}

/** Reads one workbook by its name: from disk for the CLI, from a picked file's bytes on the web page. */
export type WorkbookReader = (file: string, lang: Lang) => Promise<ReadWorkbookResult>;

/**
 * Validates each readable workbook; `directoryGiven` means `--directory` wins over workbook sheets.
 * Platform-free: `read` is the only I/O.
 */
export async function loadReports(
  workbooks: readonly string[],
  options: ValidateOptions,
  directoryGiven: boolean,
  lang: Lang,
  read: WorkbookReader,
): Promise<LoadedReports> {
  const reports: SheetReport[] = [];
  const problems: InputProblem[] = [];
  const notes: string[] = [];
  const matchers = new Map<AgencyDirectory, AgencyMatcher>();
  const matcherFor = (directory: AgencyDirectory): AgencyMatcher => {
    let matcher = matchers.get(directory);
    if (!matcher) matchers.set(directory, (matcher = createAgencyMatcher(directory)));
    return matcher;
  };
  let files = 0;
  for (const file of workbooks) {
    const workbook = await read(file, lang);
    if (!workbook.ok) {
      problems.push({ file, message: workbook.message, submission: true });
      continue;
    }
    // Every sheet empty: the unit sent something, but nothing to check (not "not submitted").
    if (workbook.sheets.every(isEmptySheet)) {
      problems.push({ file, message: fileProblemMessage("noData", file, lang), submission: true });
      continue;
    }
    const directorySheet = findDirectorySheet(workbook.sheets, workbook.owners);
    let directory = options.directory;
    if (directorySheet && !directoryGiven) {
      const own = readDirectorySheet(directorySheet, lang);
      for (const problem of own.problems) notes.push(`${file}: ${problem}`);
      if (own.directory) directory = own.directory;
    }
    const sheetOptions = directory === options.directory ? options : { ...options, directory };
    const ownSheets: string[] = [];
    const fileReports: SheetReport[] = [];
    for (const sheet of workbook.sheets) {
      if (sheet === directorySheet) continue;
      const owner = workbook.owners[sheet.sheet];
      if (owner && owner !== "annex") {
        if (!isEmptySheet(sheet)) ownSheets.push(sheet.sheet);
        continue;
      }
      const report = validateSheet(sheet, sheetOptions, matcherFor(directory));
      if (report.empty) continue;
      // A hidden sheet with no task table (the lists behind drop-downs) is not a submission: the user
      // cannot see it, and HEADER_NOT_FOUND on it would fail a clean report.
      if (!report.table && workbook.hidden.includes(sheet.sheet)) continue;
      fileReports.push(report);
    }
    // Sheets this tool wrote (a summary) are never a unit's report, but never skipped unsaid either: a
    // file of nothing else is a problem, an unreadable submission once someone has edited it.
    if (ownSheets.length > 0 && fileReports.length === 0) {
      const problem = workbook.untouchedOutput ? "ownOutput" : "ownSheetsOnly";
      problems.push({
        file,
        message: fileProblemMessage(problem, file, lang),
        submission: problem === "ownSheetsOnly",
      });
      continue;
    }
    if (ownSheets.length > 0) notes.push(texts(lang).ownSheetsSkipped(file, ownSheets));
    files += 1;
    for (const report of fileReports) reports.push(report);
  }
  return { reports, problems, files, notes };
}
