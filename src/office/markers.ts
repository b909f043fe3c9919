/**
 * Owner markers: the add-in recognises its own sheets by a worksheet custom property (ExcelApi 1.12),
 * not by name, so a user's sheet that happens to be called `Tổng hợp` is never replaced. Sheets the CLI
 * wrote carry the file adapter's marker instead, a hidden workbook name (core/owner-marker.ts): the
 * add-in recognises both, and marks the sheets it writes with both, so the CLI (which cannot read custom
 * properties) does not take them for submissions.
 */
import {
  ownerMarkerName,
  ownerMarkerSheet,
  parseOwnerKind,
  parseOwnerMarkerName,
  type OwnerKind,
} from "../core/owner-marker";
import { sheetReference } from "../core/sheet-plan";

export type { OwnerKind } from "../core/owner-marker";

/** Worksheet custom property key holding the owner kind (`annex`, `summary`, …). */
export const OWNER_PROPERTY_KEY = "TaskAnnexOwner";

/** The owner kind stored in a marker value, or undefined for anything else (a user's property). */
export function parseOwnerMarker(value: unknown): OwnerKind | undefined {
  return parseOwnerKind(value);
}

/** Queues reading the owner marker of a worksheet; read `.isNullObject`/`.value` after the sync. */
export function loadOwnerMarker(sheet: Excel.Worksheet): Excel.WorksheetCustomProperty {
  const property = sheet.customProperties.getItemOrNullObject(OWNER_PROPERTY_KEY);
  property.load("value");
  return property;
}

/** The owner kind of a loaded marker property. */
export function ownerOf(property: Excel.WorksheetCustomProperty): OwnerKind | undefined {
  return property.isNullObject ? undefined : parseOwnerMarker(property.value);
}

/** Queues writing the owner marker on a sheet the add-in just created. */
export function writeOwnerMarker(sheet: Excel.Worksheet, owner: OwnerKind): void {
  sheet.customProperties.add(OWNER_PROPERTY_KEY, owner);
}

/**
 * Queues loading the workbook-level names (hidden ones included), in the same request as the sheet list,
 * to find the file adapter's markers. `formula` (`='Tổng hợp'!$A$1`) follows renames, as Excel rewrites it.
 */
export function loadNameMarkers(workbook: Excel.Workbook): Excel.NamedItemCollection {
  return workbook.names.load("items/name,items/formula");
}

/** A sheet marked by the file adapter: its kind and the marker names (to remove when it is replaced). */
export interface NameMarker {
  readonly owner: OwnerKind;
  readonly names: readonly string[];
}

const sheetKey = (name: string): string => name.normalize("NFC").toLowerCase();

/** The file adapter's markers of a loaded name collection, by sheet (look up with `nameMarkerOf`). */
export function nameMarkersOf(names: Excel.NamedItemCollection): ReadonlyMap<string, NameMarker> {
  const markers = new Map<string, NameMarker>();
  for (const item of names.items) {
    const owner = parseOwnerMarkerName(item.name);
    const formula: unknown = owner === undefined ? undefined : item.formula;
    const sheet = typeof formula === "string" ? ownerMarkerSheet(formula) : undefined;
    if (owner === undefined || sheet === undefined) continue;
    const found = markers.get(sheetKey(sheet));
    // Two kinds on one sheet cannot come from one write; the first wins, all names go on replacing.
    markers.set(sheetKey(sheet), {
      owner: found?.owner ?? owner,
      names: [...(found?.names ?? []), item.name],
    });
  }
  return markers;
}

/** The file adapter's marker on a sheet (Excel sheet names compare without case). */
export function nameMarkerOf(
  markers: ReadonlyMap<string, NameMarker>,
  sheet: string,
): NameMarker | undefined {
  return markers.get(sheetKey(sheet));
}

/** Queues removing a replaced sheet's name markers, before the sheet goes (else they turn `#REF!`). */
export function removeNameMarkers(workbook: Excel.Workbook, names: readonly string[]): void {
  for (const name of names) workbook.names.getItem(name).delete();
}

/**
 * Queues adding the file adapter's hidden-name marker to a sheet the add-in just wrote (and named), with
 * the first `n` no workbook name in `taken` (lower case) has; the chosen name is added to `taken`.
 */
export function writeNameMarker(
  workbook: Excel.Workbook,
  sheetName: string,
  owner: OwnerKind,
  taken: Set<string>,
): void {
  let n = 1;
  while (taken.has(ownerMarkerName(owner, n).toLowerCase())) n++;
  const name = ownerMarkerName(owner, n);
  taken.add(name.toLowerCase());
  const item = workbook.names.add(name, `=${sheetReference(sheetName, "$A$1")}`, "Task Annex");
  // Hidden, like the CLI's: not offered in the Name Box or Name Manager for the user to pick or delete.
  item.visible = false;
}
