/**
 * What the pane's buttons do: plain async functions over a WorkbookHost and the pure core. One host call
 * per user action (a few need a second one, noted where they do). No React and no Office here.
 */
import { createAgencyMatcher } from "../core/agency";
import type { AgencyDirectory } from "../core/agency-types";
import type { DayNumber } from "../core/day";
import { DEFAULT_DIRECTORY } from "../core/default-directory";
import { DIRECTORY_SHEET_NAME, directorySheetPlan, directoryWithNamesInUse } from "../core/directory-sheet";
import type { Finding } from "../core/findings";
import { OWNER_KINDS, TASK_SHEET_OWNERS, type OwnerKind } from "../core/owner-marker";
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
  /** What the check was made from: the workbook read (directory, settings) and the sheet as read. */
  readonly basis: { readonly read: ReadResult; readonly snapshot: SheetSnapshot };
}

/** The add-in's own sheets that hold no task rows: checking their numbers as tasks would be nonsense. */
const NOT_TASK_SHEETS: readonly OwnerKind[] = OWNER_KINDS.filter((kind) => !TASK_SHEET_OWNERS.includes(kind));

/** What Kiểm tra found: the sheet's check, or that the sheet open is one the add-in itself wrote. */
export type CheckOutcome =
  | { readonly kind: "checked"; readonly check: SheetCheck }
  | { readonly kind: "owned"; readonly sheet: string; readonly owner: OwnerKind };

/**
 * Kiểm tra: reads the active sheet and the directory, validates with the workbook's settings. The add-in's
 * own summary, data, findings and directory sheets (by owner marker, not name) are named as such instead.
 */
export async function checkActiveSheet(host: WorkbookHost, today: DayNumber): Promise<CheckOutcome> {
  const read = await host.read({ active: true, directory: true });
  const owner = read.sheetList.find((s) => s.name === read.activeName)?.owner;
  if (owner !== undefined && NOT_TASK_SHEETS.includes(owner)) {
    return { kind: "owned", sheet: read.activeName, owner };
  }
  return { kind: "checked", check: checkSnapshot(read, activeSnapshot(read), today) };
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
    basis: { read, snapshot: active },
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

/** The name a finding says is wrong and the names it suggests instead (agency findings). */
export function suggestedFix(
  finding: Finding,
): { readonly from: string; readonly to: readonly string[] } | undefined {
  // A time finding's correction stands for the whole cell, whose text as checked is `text`.
  const timed = finding.field === "start" || finding.field === "end";
  const from = timed ? finding.params["text"] : finding.params["name"];
  if (typeof from !== "string" || from === "" || finding.cell === undefined) return undefined;
  const successor = finding.params["successor"];
  const to =
    finding.code === "AGENCY_RENAMED" && typeof successor === "string"
      ? [successor]
      : (finding.suggestions ?? []);
  return to.length > 0 ? { from, to } : undefined;
}

/**
 * The cell's text with `from` replaced by `to` — only that name, so the other agencies of a supporting
 * cell stay as they are. Undefined when the cell no longer holds the name (edited since the check).
 */
export function replaceName(cellText: string, from: string, to: string): string | undefined {
  const text = normalizeText(cellText);
  const name = normalizeText(from);
  const at = text.indexOf(name);
  if (name === "" || at < 0) return undefined;
  return text.slice(0, at) + to + text.slice(at + name.length);
}

/** The inline list of agency names, or undefined when Excel could not hold it inline. */
export function inlineAgencyList(directory: AgencyDirectory): string[] | undefined {
  const names = directory.entries.map((e) => e.name);
  // Excel separates inline list items by commas, so a name with a comma would split in two.
  if (names.some((n) => n.includes(","))) return undefined;
  return names.join(",").length <= INLINE_LIST_LIMIT ? names : undefined;
}

/** What Thêm danh sách chọn did, or why it stopped. */
export type DropdownsOutcome =
  | { readonly kind: "noTable" }
  /** The names need a `Danh mục cơ quan` sheet the workbook lacks: the clerk is asked before it is added. */
  | { readonly kind: "needsDirectorySheet" }
  | { readonly kind: "added"; readonly columns: number; readonly directoryCreated?: string };

/**
 * Thêm danh sách chọn: agency lists on lead/support, quarters on start/end — lists to pick from, never
 * refusing what the clerk types (`Trước 20/12/2024`, several agencies in one cell). When the workbook has no
 * directory sheet and the names do not fit inline, the directory sheet is written first (a second call),
 * and only when `mayAddDirectorySheet` says the clerk agreed.
 */
export async function addAgencyDropdowns(
  host: WorkbookHost,
  check: SheetCheck,
  mayAddDirectorySheet: boolean,
): Promise<DropdownsOutcome> {
  const table = check.report.table;
  if (!table) return { kind: "noTable" };
  const { columns, combinedTime } = table.header;
  const agencyColumns = (["lead", "support"] as const).flatMap((field) => columns[field] ?? []);
  let agencies: DropdownRequest["columns"][number]["list"] = [];
  let directoryCreated: string | undefined;
  if (agencyColumns.length === 0) {
    // No agency column: the directory is not needed, whatever its size.
  } else if (check.directorySheet) {
    const { name, column, firstRow, lastRow } = check.directorySheet;
    const letter = columnLetter(column);
    agencies = { reference: sheetReference(name, `$${letter}$${firstRow}:$${letter}$${lastRow}`) };
  } else {
    const inline = inlineAgencyList(check.directory);
    if (inline) {
      agencies = inline;
    } else {
      if (!mayAddDirectorySheet) return { kind: "needsDirectorySheet" };
      const plan = directorySheetPlan(directoryWithNamesInUse(check.directory, check.report.resolved));
      const { written } = await host.update({ directory: true }, () => ({ plans: [plan] }));
      directoryCreated = written[0] ?? plan.name;
      agencies = { reference: sheetReference(directoryCreated, `$A$2:$A$${plan.values.length}`) };
    }
  }
  const wanted: DropdownRequest["columns"][number][] = agencyColumns.map((column) => ({
    column,
    list: agencies,
    allowOther: true,
  }));
  // A combined `Thời gian thực hiện` cell holds a range (`Quý I - Quý IV`): one quarter would not fit.
  if (!combinedTime) {
    for (const field of ["start", "end"] as const) {
      const column = columns[field];
      if (column !== undefined) wanted.push({ column, list: [...QUARTERS], allowOther: true });
    }
  }
  const done = (n: number): DropdownsOutcome => ({
    kind: "added",
    columns: n,
    ...(directoryCreated !== undefined ? { directoryCreated } : {}),
  });
  if (wanted.length === 0) return done(0);
  const bodyRows = table.rows.filter((r) => r.kind !== "note" && r.kind !== "blank").map((r) => r.row);
  const firstRow = table.header.dataRow;
  const lastRow = Math.max(firstRow, ...bodyRows);
  await host.addDropdowns({ sheet: check.report.sheet, firstRow, lastRow, columns: wanted });
  return done(wanted.length);
}

export function saveSettings(host: WorkbookHost, settings: WorkbookSettings): Promise<void> {
  return host.writeSettings(settings);
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
