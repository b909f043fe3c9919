/**
 * The web page's three jobs over picked files, with the CLI's own steps: loadReports decides which sheets
 * are submissions, consolidation and the sheet plans come from core, the bytes from the file adapter.
 * Nothing here touches the DOM, so the same functions are tested in Node on the example workbooks.
 */
import { holdsTasks } from "../core/owner-marker";
import { loadReports } from "../cli/load-reports";
import { texts } from "../cli/cli-text";
import { runPeriod } from "../cli/report-json";
import type { AgencyDirectory } from "../core/agency-types";
import { consolidateSubmissions, type Consolidation } from "../core/consolidate";
import type { DayInterval, DayNumber } from "../core/day";
import { DEFAULT_DIRECTORY } from "../core/default-directory";
import { findDirectorySheet, readDirectorySheet } from "../core/directory-sheet";
import { resolveValidateInput } from "../core/options";
import { buildAnnexPlan, defaultAnnexOptions } from "../core/plans/annex-plan";
import { consolidationPlans } from "../core/plans/consolidation-plans";
import type { Lang, SheetReport, ValidateOptions } from "../core/report-types";
import type { SheetPlan } from "../core/sheet-plan";
import { readLegacyText } from "../core/legacy-encoding";
import { readAnnexTable } from "../core/table/index";
import { isEmptySheet } from "../core/validate";
import { readWorkbookBytes, type ReadWorkbookResult, workbookBuffer } from "../file/browser";

/** A workbook the user picked or dropped: its name (with its folder, when picked as one) and bytes. */
export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The page's settings, as typed: empty means "read from the sheet title" / "today". */
export interface RunSettings {
  readonly period: string;
  readonly asOf: string;
  readonly lang: Lang;
}

export interface CheckRun {
  readonly reports: readonly SheetReport[];
  /** Files that could not be read or hold no submission, with the sentence saying why. */
  readonly problems: readonly { readonly file: string; readonly message: string }[];
  readonly notes: readonly string[];
  /** The picked file used as the agency directory, if one holds nothing else. */
  readonly directoryFile?: string;
  readonly directory: AgencyDirectory;
  readonly options: ValidateOptions;
  readonly period: DayInterval;
  readonly lang: Lang;
}

export type Checked =
  { readonly ok: true; readonly run: CheckRun } | { readonly ok: false; readonly errors: string[] };

const ANNEX_SHEET_NAME = "Phụ lục";

/** Reads each picked file once (the directory search and the submissions read the same result). */
async function readAll(files: readonly PickedFile[], lang: Lang): Promise<Map<string, ReadWorkbookResult>> {
  const read = new Map<string, ReadWorkbookResult>();
  for (const file of files) read.set(file.name, await readWorkbookBytes(file.bytes, file.name, { lang }));
  return read;
}

/** A file whose only non-empty sheet is a `Danh mục cơ quan` sheet: the run's directory (the CLI's --directory). */
function directoryOf(
  read: ReadonlyMap<string, ReadWorkbookResult>,
  lang: Lang,
): { file: string; directory: AgencyDirectory; problems: readonly string[] } | undefined {
  for (const [file, workbook] of read) {
    if (!workbook.ok) continue;
    const sheet = findDirectorySheet(workbook.sheets, workbook.owners);
    if (!sheet || workbook.sheets.some((s) => s !== sheet && !isEmptySheet(s))) continue;
    const { directory, problems } = readDirectorySheet(sheet, lang);
    if (directory) return { file, directory: { ...directory, source: file }, problems };
  }
  return undefined;
}

/** Kiểm tra: validates every submission sheet of the picked files, as `annex validate` does. */
export async function checkFiles(
  files: readonly PickedFile[],
  settings: RunSettings,
  today: DayNumber,
): Promise<Checked> {
  const { lang } = settings;
  const read = await readAll(files, lang);
  const own = directoryOf(read, lang);
  const directory = own?.directory ?? DEFAULT_DIRECTORY;
  const period = settings.period.trim();
  const asOf = settings.asOf.trim();
  const resolved = resolveValidateInput(
    {
      ...(period === "" ? {} : /^\d{4}$/.test(period) ? { year: period } : { period }),
      ...(asOf === "" ? {} : { asOf }),
      lang,
    },
    today,
    directory,
  );
  if (!resolved.ok) return { ok: false, errors: resolved.errors };
  const names = files.map((f) => f.name).filter((name) => name !== own?.file);
  const loaded = await loadReports(names, resolved.options, own !== undefined, lang, async (name) => {
    return read.get(name) ?? (await readWorkbookBytes(new Uint8Array(), name, { lang }));
  });
  const say = texts(lang);
  return {
    ok: true,
    run: {
      reports: loaded.reports,
      problems: loaded.problems.map(({ file, message }) => ({ file, message })),
      notes: [...(own?.problems ?? []).map((p) => say.directoryProblem(own?.file ?? "", p)), ...loaded.notes],
      ...(own ? { directoryFile: own.file } : {}),
      directory,
      options: resolved.options,
      period: runPeriod(resolved.options.period, loaded.reports, resolved.options.asOf),
      lang,
    },
  };
}

export interface ConsolidatedRun {
  readonly consolidation: Consolidation;
  /** `[Tổng hợp, Dữ liệu tổng hợp, Kiểm tra]`, as the CLI writes them. */
  readonly plans: readonly SheetPlan[];
  readonly bytes: Uint8Array;
}

/** Tổng hợp: consolidates a check's submissions into the three sheets, and their .xlsx bytes. */
export async function consolidateRun(run: CheckRun): Promise<ConsolidatedRun> {
  const consolidation = consolidateSubmissions({
    reports: run.reports,
    unreadable: run.problems,
    directory: run.directory,
    period: run.period,
    asOf: run.options.asOf,
  });
  const plans = consolidationPlans(consolidation, run.lang, { sourceInWorkbook: false });
  return { consolidation, plans, bytes: await workbookBuffer(plans) };
}

export type AnnexResult =
  | { readonly file: string; readonly sheet: string; readonly plan: SheetPlan; readonly bytes: Uint8Array }
  | { readonly file: string; readonly message: string };

/**
 * Phụ lục: for each picked workbook, the official annex of its first sheet with a task table (not the
 * directory, not a sheet this tool wrote), as `annex format` builds it, and its .xlsx bytes.
 */
export async function buildAnnexes(files: readonly PickedFile[], lang: Lang): Promise<AnnexResult[]> {
  const read = await readAll(files, lang);
  const results: AnnexResult[] = [];
  for (const [file, workbook] of read) {
    if (!workbook.ok) {
      results.push({ file, message: workbook.message });
      continue;
    }
    const directory = findDirectorySheet(workbook.sheets, workbook.owners);
    const chosen = workbook.sheets
      .filter((s) => s !== directory && holdsTasks(workbook.owners[s.sheet]) && !isEmptySheet(s))
      // Text typed in a TCVN3 or VNI font is built into the annex as Unicode, as checking reads it.
      .map((source) => readLegacyText(source).snapshot)
      .map((sheet) => ({ sheet, table: readAnnexTable(sheet) }))
      .find((c) => c.table !== undefined);
    if (!chosen?.table) {
      // A file holding only the agency directory has no annex to build: it is simply not listed.
      if (directory === undefined) results.push({ file, message: texts(lang).noTable(file) });
      continue;
    }
    const plan = buildAnnexPlan(chosen.sheet, chosen.table, {
      ...defaultAnnexOptions(chosen.sheet, chosen.table),
      sheetName: ANNEX_SHEET_NAME,
      lang,
    });
    results.push({ file, sheet: chosen.sheet.sheet, plan, bytes: await workbookBuffer([plan]) });
  }
  return results;
}
