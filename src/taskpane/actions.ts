/**
 * What the pane's buttons do: plain async functions over a WorkbookHost and the pure core. One host call
 * per user action (a few need a second one, noted where they do). No React and no Office here.
 */
import { createAgencyMatcher } from "../core/agency";
import type { AgencyDirectory } from "../core/agency-types";
import type { DayNumber } from "../core/day";
import { DEFAULT_DIRECTORY } from "../core/default-directory";
import { DIRECTORY_SHEET_NAME, directorySheetPlan } from "../core/directory-sheet";
import type { Finding } from "../core/findings";
import type { SheetReport } from "../core/report-types";
import { sheetReference } from "../core/sheet-plan";
import { cellText, columnLetter } from "../core/snapshot";
import type { SheetSnapshot } from "../core/snapshot";
import { normalizeText } from "../core/text";
import { validateSheet } from "../core/validate";
import { highlightTargets } from "../office/highlight";
import type { DropdownRequest, ReadResult, WorkbookHost, WorkbookSettings } from "../office/host";
import { activeSnapshot, workbookDirectoryWithProblems, workbookOptions } from "./action-support";

export * from "./action-support";
export * from "./annex-actions";
export * from "./consolidate-actions";

export const QUARTERS = ["Quý I", "Quý II", "Quý III", "Quý IV"] as const;

/** Excel refuses an inline list longer than this (the comma-joined source of a list validation). */
export const INLINE_LIST_LIMIT = 255;

export interface SheetCheck {
  readonly report: SheetReport;
  readonly directory: AgencyDirectory;
  /**
   * The directory sheet and where its names are (1-based column, first and last row), when its directory
   * is the one used: the dropdowns reference that range.
   */
  readonly directorySheet?: {
    readonly name: string;
    readonly column: number;
    readonly firstRow: number;
    readonly lastRow: number;
  };
  /** What is wrong with the workbook's directory sheet, in the settings' language. */
  readonly directoryProblems: readonly string[];
}

/** Kiểm tra: reads the active sheet and the directory, validates with the workbook's settings. */
export async function checkActiveSheet(host: WorkbookHost, today: DayNumber): Promise<SheetCheck> {
  const read = await host.read({ active: true, directory: true });
  return checkSnapshot(read, activeSnapshot(read), today);
}

/** The check of one sheet, with the directory and settings of the workbook `read` (with `directory`). */
export function checkSnapshot(read: ReadResult, active: SheetSnapshot, today: DayNumber): SheetCheck {
  const { directory, fromSheet, problems } = workbookDirectoryWithProblems(read, read.settings.lang);
  const { options } = workbookOptions(read.settings, today, directory);
  const report = validateSheet(active, options, createAgencyMatcher(directory));
  return {
    report,
    directory,
    directoryProblems: problems,
    ...(read.directory && fromSheet
      ? { directorySheet: { name: read.directory.sheet, ...namesRange(read.directory, directory) } }
      : {}),
  };
}

/**
 * Where the names of a directory sheet are: the cell holding its first entry's name starts the range. The
 * user's sheet may have a title above the header or the names in another column than A.
 */
function namesRange(
  snapshot: SheetSnapshot,
  directory: AgencyDirectory,
): { readonly column: number; readonly firstRow: number; readonly lastRow: number } {
  const first = directory.entries[0]?.name;
  const lastRow = snapshot.rows.length;
  for (let r = 0; first !== undefined && r < snapshot.rows.length; r++) {
    const c = (snapshot.rows[r] ?? []).findIndex((cell) => normalizeText(cellText(cell)) === first);
    if (c >= 0) return { column: c + 1, firstRow: r + 1, lastRow };
  }
  return { column: 1, firstRow: 2, lastRow };
}

/** Findings that point at a cell, the only ones that can be highlighted or selected. */
export function cellFindings(report: SheetReport): Finding[] {
  return report.findings.filter((f) => f.cell !== undefined);
}

/** Đánh dấu: the cells marked, and how many the findings point at (more only past the host's cap). */
export async function highlightReport(
  host: WorkbookHost,
  report: SheetReport,
): Promise<{ readonly marked: number; readonly cells: number }> {
  const findings = cellFindings(report);
  const marked = await host.highlightFindings(report.sheet, findings);
  return { marked, cells: highlightTargets(findings, Infinity).size };
}

export function clearReportHighlights(host: WorkbookHost, sheet: string): Promise<number> {
  return host.clearHighlights(sheet);
}

export function selectFindingCell(host: WorkbookHost, sheet: string, cell: string): Promise<void> {
  return host.selectCell(sheet, cell);
}

/** The inline list of agency names, or undefined when Excel could not hold it inline. */
export function inlineAgencyList(directory: AgencyDirectory): string[] | undefined {
  const names = directory.entries.map((e) => e.name);
  // Excel separates inline list items by commas, so a name with a comma would split in two.
  if (names.some((n) => n.includes(","))) return undefined;
  return names.join(",").length <= INLINE_LIST_LIMIT ? names : undefined;
}

/**
 * Thêm danh sách chọn: agency lists on lead/support, quarters on start/end. When the workbook has no
 * directory sheet and the names do not fit inline, the directory sheet is written first (a second call).
 * Returns the number of columns that got a list, or undefined when no table was recognised.
 */
export async function addAgencyDropdowns(host: WorkbookHost, check: SheetCheck): Promise<number | undefined> {
  const table = check.report.table;
  if (!table) return undefined;
  let agencies: DropdownRequest["columns"][number]["list"];
  if (check.directorySheet) {
    const { name, column, firstRow, lastRow } = check.directorySheet;
    const letter = columnLetter(column);
    agencies = { reference: sheetReference(name, `$${letter}$${firstRow}:$${letter}$${lastRow}`) };
  } else {
    const inline = inlineAgencyList(check.directory);
    if (inline) {
      agencies = inline;
    } else {
      const plan = directorySheetPlan(check.directory);
      const { written } = await host.update({ directory: true }, () => ({ plans: [plan] }));
      const name = written[0] ?? plan.name;
      agencies = { reference: sheetReference(name, `$A$2:$A$${plan.values.length}`) };
    }
  }
  const { columns, combinedTime } = table.header;
  const wanted: DropdownRequest["columns"][number][] = [];
  for (const field of ["lead", "support"] as const) {
    const column = columns[field];
    if (column !== undefined) wanted.push({ column, list: agencies, allowOther: true });
  }
  // A combined `Thời gian thực hiện` cell holds a range (`Quý I - Quý IV`): one quarter would not fit.
  if (!combinedTime) {
    for (const field of ["start", "end"] as const) {
      const column = columns[field];
      if (column !== undefined) wanted.push({ column, list: [...QUARTERS], allowOther: true });
    }
  }
  if (wanted.length === 0) return 0;
  const bodyRows = table.rows.filter((r) => r.kind !== "note" && r.kind !== "blank").map((r) => r.row);
  const firstRow = table.header.dataRow;
  const lastRow = Math.max(firstRow, ...bodyRows);
  await host.addDropdowns({ sheet: check.report.sheet, firstRow, lastRow, columns: wanted });
  return wanted.length;
}

export function saveSettings(host: WorkbookHost, settings: WorkbookSettings): Promise<void> {
  return host.writeSettings(settings);
}

/** The workbook's settings, read when the pane opens. */
export async function loadSettings(host: WorkbookHost): Promise<WorkbookSettings> {
  return (await host.read({})).settings;
}

/**
 * Mở danh mục cơ quan: writes the default directory sheet when the workbook has none and activates it;
 * otherwise selects A1 of the existing one (a second call, since a plan-less update activates nothing).
 */
export async function openDirectorySheet(
  host: WorkbookHost,
): Promise<{ readonly sheet: string; readonly created: boolean }> {
  const { read, written } = await host.update({ directory: true }, (r) => {
    if (r.directory) return { plans: [] };
    const plan = directorySheetPlan(DEFAULT_DIRECTORY);
    return { plans: [plan], activate: plan.name };
  });
  if (read.directory) {
    await host.selectCell(read.directory.sheet, "A1");
    return { sheet: read.directory.sheet, created: false };
  }
  return { sheet: written[0] ?? DIRECTORY_SHEET_NAME, created: true };
}
