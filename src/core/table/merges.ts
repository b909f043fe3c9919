/** Lookups over a sheet's merged areas, built once per sheet so row loops stay linear. */
import type { Cell, MergeArea, SheetSnapshot } from "../snapshot";
import { cellAt } from "../snapshot";

// Excel's widest sheet has 16 384 columns; row * 16384 + column is an exact integer key for any sheet.
const MAX_COLUMNS = 16384;

/** A numeric key for 0-based grid coordinates. */
export function gridKey(r: number, c: number): number {
  return r * MAX_COLUMNS + c;
}

/** Every covered cell (0-based) of the merges that touch rows `fromRow..toRow` (0-based), → its merge. */
export function mergeCoverage(
  merges: readonly MergeArea[],
  fromRow: number,
  toRow: number,
): ReadonlyMap<number, MergeArea> {
  const covered = new Map<number, MergeArea>();
  for (const merge of merges) {
    const top = Math.max(merge.top - 1, fromRow);
    const bottom = Math.min(merge.bottom - 1, toRow);
    for (let r = top; r <= bottom; r++) {
      for (let c = merge.left - 1; c <= merge.right - 1; c++) covered.set(gridKey(r, c), merge);
    }
  }
  return covered;
}

/**
 * Values that vertical merges spread down: for each merge taller than one row, the cells of its left
 * column below the top-left take the top-left value (a merged STT or lead applies to every row it covers).
 * Horizontal spread is deliberately not done: a section title merged across the row is not a time or lead.
 */
export function verticalFill(snapshot: SheetSnapshot): ReadonlyMap<number, Cell> {
  const filled = new Map<number, Cell>();
  for (const merge of snapshot.merges) {
    if (merge.bottom <= merge.top) continue;
    const value = cellAt(snapshot, merge.top - 1, merge.left - 1);
    if (value === null) continue;
    for (let r = merge.top; r <= merge.bottom - 1; r++) filled.set(gridKey(r, merge.left - 1), value);
  }
  return filled;
}
