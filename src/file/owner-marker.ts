/**
 * The file adapter's ownership marker (SheetPlan.owner): a hidden workbook-level defined name
 * `TaskAnnexOwner_<kind>_<n>` that refers to A1 of the owned sheet. A defined name survives renaming the
 * sheet (Excel rewrites the reference), is invisible in the Name Manager's default view (hidden="1"),
 * and needs nothing in the cells, so the sheet's content stays exactly the plan.
 */
import type { SheetPlan } from "../core/sheet-plan";

export type OwnerKind = NonNullable<SheetPlan["owner"]>;

const OWNER_KINDS: readonly OwnerKind[] = ["annex", "summary", "data", "findings", "directory"];
const PREFIX = "TaskAnnexOwner_";
const NAME_PATTERN = /^TaskAnnexOwner_([a-z]+)_\d+$/;

/** The defined name marking the n-th owned sheet (n keeps names unique when kinds repeat). */
export function ownerMarkerName(kind: OwnerKind, n: number): string {
  return `${PREFIX}${kind}_${n}`;
}

/** True for a defined name this adapter writes (used to hide it after writing). */
export function isOwnerMarkerName(name: string): boolean {
  return name.startsWith(PREFIX);
}

/** The kind a defined name marks, or undefined when it is not an owner marker. */
export function ownerKindOfName(name: string): OwnerKind | undefined {
  const kind = NAME_PATTERN.exec(name)?.[1];
  return OWNER_KINDS.find((k) => k === kind);
}

/** The sheet a defined-name range such as `'Tổng hợp'!$A$1` refers to. */
export function sheetOfRange(range: string): string | undefined {
  const bang = range.lastIndexOf("!");
  if (bang <= 0) return undefined;
  const sheet = range.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}
