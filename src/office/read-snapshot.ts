/**
 * Reading worksheets into SheetSnapshots. Queuing and converting are separate so the adapter can load
 * every requested sheet before ONE sync per phase (probe → content → merges), whatever the number of
 * sheets or rows.
 */
import type { Cell, MergeArea, SheetSnapshot } from "../core/snapshot";
import { excelSerialToDay, formatIsoDay } from "../core/day";
import { parseAreaList } from "./address";

/** Rows read at most per sheet; beyond it the snapshot is marked `truncated` (DESIGN §9: 30 000-row sheets). */
export const DEFAULT_ROW_CAP = 100_000;

/** Largest Excel serial that is a date (31/12/9999). */
const MAX_DATE_SERIAL = 2_958_465;

/**
 * True when an Excel number format shows a date: after removing quoted text, escapes and bracketed
 * codes (`[$-42A]`, `[Red]`), the first section contains a day or year token. Time-only formats are not
 * dates (`m` alone could be minutes).
 */
export function isDateFormat(format: string | undefined | null): boolean {
  if (!format) return false;
  const section = format.split(";")[0] ?? "";
  const stripped = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_.|\*./g, "");
  return /[dy]/i.test(stripped) && !/^General$/i.test(stripped.trim());
}

/** The ISO day of an Excel serial (1900 date system). */
export function serialToIsoDay(serial: number): string {
  return formatIsoDay(excelSerialToDay(serial));
}

/** One cell from what Office.js returns for it (value, number format, value type). */
export function toCell(value: unknown, format: unknown, valueType: unknown): Cell {
  if (valueType === "Error") return { error: String(value) };
  if (value === null || value === undefined || value === "" || valueType === "Empty") return null;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") {
    const isDate =
      value >= 1 && value <= MAX_DATE_SERIAL && isDateFormat(typeof format === "string" ? format : "");
    return isDate ? { date: serialToIsoDay(value) } : value;
  }
  return String(value);
}

/** What the first phase loads for a sheet: its protection and where its values are. */
export interface SheetProbe {
  readonly name: string;
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly protection: Excel.WorksheetProtection;
}

/** Queues the probe of one sheet (no sync). */
export function queueProbe(name: string, sheet: Excel.Worksheet): SheetProbe {
  const protection = sheet.protection.load("protected");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  return { name, sheet, used, protection };
}

/** What the second phase loads: the grid from A1 to the used range's end (capped). */
export interface SheetContent {
  readonly probe: SheetProbe;
  readonly grid?: Excel.Range;
  readonly truncated: boolean;
}

/** Queues loading the values of a probed sheet (after the probe's sync; no sync here). */
export function queueContent(probe: SheetProbe, rowCap: number): SheetContent {
  if (probe.used.isNullObject) return { probe, truncated: false };
  const lastRow = probe.used.rowIndex + probe.used.rowCount;
  const rows = Math.min(lastRow, rowCap);
  const columns = probe.used.columnIndex + probe.used.columnCount;
  // Reading from A1 pads the grid as the snapshot contract requires.
  const grid = probe.sheet.getRangeByIndexes(0, 0, rows, columns);
  grid.load("values,numberFormat,valueTypes");
  return { probe, grid, truncated: lastRow > rowCap };
}

/** Queues loading the merged areas of a sheet's grid (a phase of its own: it fails past 512 areas). */
export function queueMerges(content: SheetContent): Excel.RangeAreas | undefined {
  if (!content.grid) return undefined;
  const merged = content.grid.getMergedAreasOrNullObject();
  merged.load("address");
  return merged;
}

/** Merged areas from a loaded RangeAreas (none when null or not loaded). */
export function mergesOf(merged: Excel.RangeAreas | undefined): MergeArea[] {
  if (!merged || merged.isNullObject) return [];
  return parseAreaList(merged.address);
}

/** The snapshot of a loaded sheet. */
export function snapshotOf(content: SheetContent, merges: readonly MergeArea[]): SheetSnapshot {
  const rows: Cell[][] = [];
  if (content.grid) {
    const { values, numberFormat, valueTypes } = content.grid;
    for (let r = 0; r < values.length; r++) {
      const valueRow = values[r] ?? [];
      const formatRow = numberFormat[r] ?? [];
      const typeRow = valueTypes[r] ?? [];
      rows.push(valueRow.map((value, c) => toCell(value, formatRow[c], typeRow[c])));
    }
  }
  return {
    sheet: content.probe.name,
    rows,
    merges,
    ...(content.probe.protection.protected ? { protected: true } : {}),
    ...(content.truncated ? { truncated: true } : {}),
  };
}
