/**
 * Fixes the clerk asks for from a finding: a suggested name or time written into its own cell (one host call
 * to write, one to re-check the rows it changed: recheck.ts), or an unknown agency's name added to the
 * workbook's agency directory.
 */
import type { DayNumber } from "../core/day";
import { directorySheetPlan, directoryWithNamesInUse } from "../core/directory-sheet";
import type { Finding, FindingCode } from "../core/findings";
import type { Cell, SheetSnapshot } from "../core/snapshot";
import { tidyText } from "../core/text";
import type { WorkbookHost } from "../office/host";
import { checkSnapshot, PaneError, replaceName, suggestedFix, type SheetCheck } from "./actions";
import { recheckChanges, type Recheck } from "./recheck";

/** The cells a fix of these findings writes (each finding's own cell), with the text it replaces there. */
export function fixTargets(findings: readonly Finding[]): Map<string, string> {
  const byCell = new Map<string, string>();
  for (const finding of findings) {
    const fix = suggestedFix(finding);
    if (fix && finding.cell !== undefined) byCell.set(finding.cell, fix.from);
  }
  return byCell;
}

/**
 * Sửa theo gợi ý: writes `to` in place of each finding's name, in its own cell only (one host call), then
 * re-checks the rows changed (a second) so the list shows what is left. Returns the cells changed.
 */
export async function applySuggestion(
  host: WorkbookHost,
  check: SheetCheck,
  findings: readonly Finding[],
  to: string,
  today: DayNumber,
): Promise<{ readonly changed: number; readonly recheck: Recheck }> {
  const byCell = fixTargets(findings);
  const changed = await host.editCells(check.report.sheet, [...byCell.keys()], (address, text) => {
    const from = byCell.get(address);
    return from === undefined ? undefined : replaceName(text, from, to);
  });
  const changes = [...byCell.keys()].map((address) => ({ address, changeType: "RangeEdited" }));
  return { changed, recheck: await recheckChanges(host, check, changes, today) };
}

/** The finding kinds whose name can be added to the directory: an agency the directory does not know. */
const UNKNOWN_AGENCY: ReadonlySet<FindingCode> = new Set(["LEAD_UNKNOWN", "SUPPORT_UNKNOWN"]);

/**
 * The name an unknown-agency finding offers to add to the directory, as the cell has it. None when the
 * message shortened it (`…`): only the whole name can go into the directory.
 */
export function nameToAdd(finding: Finding): string | undefined {
  if (!UNKNOWN_AGENCY.has(finding.code)) return undefined;
  const name = finding.params["name"];
  if (typeof name !== "string") return undefined;
  const tidy = tidyText(name);
  return tidy === "" || tidy.endsWith("…") ? undefined : tidy;
}

/** What Thêm tên này vào Danh mục cơ quan did, or why it stopped. */
export type AddNameOutcome =
  /** The workbook has no directory sheet: the clerk is asked before one is added. */
  | { readonly kind: "needsDirectorySheet" }
  | {
      readonly kind: "added";
      readonly sheet: string;
      readonly row: number;
      readonly created: boolean;
      readonly check: SheetCheck;
    };

/**
 * Thêm tên này vào Danh mục cơ quan: one row with the name below the last row of the workbook's directory
 * sheet (its other rows and columns untouched; an empty Loại reads as Cơ quan, an empty Phải nộp as
 * Không). A workbook without one gets the add-in's directory sheet, the directory in use plus the name,
 * only when `mayCreate` says the clerk agreed. One host call; the rows are then checked again against the
 * directory as written (the sheet as last read, with the directory's new row), with no second read.
 */
export async function addNameToDirectory(
  host: WorkbookHost,
  check: SheetCheck,
  name: string,
  mayCreate: boolean,
  today: DayNumber,
): Promise<AddNameOutcome> {
  const { read, snapshot } = check.basis;
  let directory: SheetSnapshot;
  let row: number;
  let created = false;
  if (check.directorySheet && read.directory) {
    const { name: sheet, column } = check.directorySheet;
    row = await host.appendRow(sheet, [{ column, text: name }]);
    const rows: (readonly Cell[])[] = [...read.directory.rows];
    while (rows.length < row - 1) rows.push([]);
    rows[row - 1] = Array.from({ length: column }, (_, c) => (c === column - 1 ? name : null));
    directory = { ...read.directory, sheet, rows };
  } else if (read.directory) {
    // The workbook has a directory sheet the check could not use: a second one would not be read either.
    throw new PaneError("directoryUnreadable", read.directory.sheet);
  } else {
    if (!mayCreate) return { kind: "needsDirectorySheet" };
    const entry = { name, aliases: [], kind: "agency" as const, mustSubmit: false };
    const inUse = directoryWithNamesInUse(check.directory, check.report.resolved);
    const plan = directorySheetPlan({ ...inUse, entries: [...inUse.entries, entry] });
    const { written } = await host.update({ directory: true }, () => ({ plans: [plan] }));
    const sheet = written[0] ?? plan.name;
    directory = {
      sheet,
      rows: plan.values.map((line) => line.map((v) => (typeof v === "string" ? v : null))),
      merges: [],
    };
    row = plan.values.length;
    created = true;
  }
  const next = checkSnapshot({ ...read, directory }, snapshot, today);
  return { kind: "added", sheet: directory.sheet, row, created, check: next };
}
