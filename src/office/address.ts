/** A1 addresses ↔ 1-based coordinates, for what Office.js returns (`Sheet1!A1:B2`, `'My sheet'!$C$3`). */
import type { MergeArea } from "../core/snapshot";
import { cellAddress } from "../core/snapshot";
import type { PlanRange } from "../core/sheet-plan";

const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;
const AREA_IN_LIST = /!(\$?[A-Z]{1,3}\$?\d{1,7}(?::\$?[A-Z]{1,3}\$?\d{1,7})?)(?=\s*,|\s*$)/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `B12` (optionally with `$` and a sheet prefix) → 1-based row and column; undefined if not a cell. */
export function parseCellAddress(address: string): { row: number; column: number } | undefined {
  const local = address.slice(address.lastIndexOf("!") + 1).toUpperCase();
  const m = CELL.exec(local);
  if (!m || m[1] === undefined || m[2] === undefined) return undefined;
  return { row: Number(m[2]), column: columnNumber(m[1]) };
}

/** `Sheet1!A1:C3` or `B2` → an inclusive 1-based area; undefined if not a cell range. */
export function parseAreaAddress(address: string): MergeArea | undefined {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const [first, second] = local.split(":");
  const start = first === undefined ? undefined : parseCellAddress(first);
  const end = second === undefined ? start : parseCellAddress(second);
  if (!start || !end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

/**
 * The areas of a RangeAreas address (`Sheet1!A1:B2, Sheet1!D1:D4`). Matching `!area` at each list
 * boundary keeps sheet names containing commas (quoted by Excel) from splitting an entry.
 */
export function parseAreaList(address: string): MergeArea[] {
  if (!address.includes("!")) {
    return address
      .split(",")
      .map((part) => parseAreaAddress(part.trim()))
      .filter((area): area is MergeArea => area !== undefined);
  }
  const areas: MergeArea[] = [];
  for (const m of address.matchAll(AREA_IN_LIST)) {
    const area = m[1] === undefined ? undefined : parseAreaAddress(m[1]);
    if (area) areas.push(area);
  }
  return areas;
}

/** `A1:C3` for a plan range (`A1` for one cell). */
export function rangeAddress(range: PlanRange): string {
  const start = cellAddress(range.top, range.left);
  if (range.top === range.bottom && range.left === range.right) return start;
  return `${start}:${cellAddress(range.bottom, range.right)}`;
}
