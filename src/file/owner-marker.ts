/**
 * The file adapter's ownership marker (SheetPlan.owner): a hidden workbook-level defined name
 * `TaskAnnexOwner_<kind>_<n>` that refers to A1 of the owned sheet. A defined name survives renaming the
 * sheet (Excel rewrites the reference), is invisible in the Name Manager's default view (hidden="1"),
 * and needs nothing in the cells, so the sheet's content stays exactly the plan. The format lives in
 * core/owner-marker.ts, shared with the add-in, which recognises these names too.
 */
export {
  isOwnerMarkerName,
  ownerMarkerName,
  ownerMarkerSheet as sheetOfRange,
  parseOwnerMarkerName as ownerKindOfName,
  type OwnerKind,
} from "../core/owner-marker";
