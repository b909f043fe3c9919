/**
 * Owner markers: the add-in recognises its own sheets by a worksheet custom property (ExcelApi 1.12),
 * not by name, so a user's sheet that happens to be called `Tổng hợp` is never replaced.
 */
import type { SheetPlan } from "../core/sheet-plan";

/** Worksheet custom property key holding the owner kind (`annex`, `summary`, …). */
export const OWNER_PROPERTY_KEY = "TaskAnnexOwner";

export type OwnerKind = NonNullable<SheetPlan["owner"]>;

const OWNER_KINDS: readonly OwnerKind[] = ["annex", "summary", "data", "findings", "directory"];

/** The owner kind stored in a marker value, or undefined for anything else (a user's property). */
export function parseOwnerMarker(value: unknown): OwnerKind | undefined {
  return OWNER_KINDS.find((kind) => kind === value);
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
