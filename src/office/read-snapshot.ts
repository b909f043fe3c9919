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

/**
 * Cells loaded per request. Excel on the web caps a response at 5 MB; values, number formats and value
 * types of 60 000 cells of annex text stay well under it (a 5 000-row annex is one request).
 */
export const DEFAULT_READ_CELLS = 60_000;

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

/** A block of rows of a sheet's grid, loaded in one request. */
export interface GridChunk {
  /** 0-based first row. */
  readonly top: number;
  readonly rows: number;
  range?: Excel.Range;
}

/** What the content phases load: the grid from A1 to the used range's end (capped), in row chunks. */
export interface SheetContent {
  readonly probe: SheetProbe;
  readonly rows: number;
  readonly columns: number;
  readonly chunks: GridChunk[];
  readonly truncated: boolean;
}

/** The grid of a probed sheet (after the probe's sync), cut into chunks of at most `chunkCells` cells. */
export function planContent(probe: SheetProbe, rowCap: number, chunkCells: number): SheetContent {
  if (probe.used.isNullObject) return { probe, rows: 0, columns: 0, chunks: [], truncated: false };
  const lastRow = probe.used.rowIndex + probe.used.rowCount;
  // Reading from A1 pads the grid as the snapshot contract requires.
  const rows = Math.min(lastRow, rowCap);
  const columns = probe.used.columnIndex + probe.used.columnCount;
  const step = Math.max(1, Math.floor(chunkCells / columns));
  const chunks: GridChunk[] = [];
  for (let top = 0; top < rows; top += step) chunks.push({ top, rows: Math.min(step, rows - top) });
  return { probe, rows, columns, chunks, truncated: lastRow > rowCap };
}

/** Queues loading one chunk (no sync). */
export function queueChunk(content: SheetContent, chunk: GridChunk): void {
  chunk.range = content.probe.sheet.getRangeByIndexes(chunk.top, 0, chunk.rows, content.columns);
  chunk.range.load("values,numberFormat,valueTypes");
}

/** A chunk cut in two (when Excel says the response was too large). */
export function splitChunk(chunk: GridChunk): GridChunk[] {
  if (chunk.rows < 2) return [chunk];
  const half = Math.ceil(chunk.rows / 2);
  return [
    { top: chunk.top, rows: half },
    { top: chunk.top + half, rows: chunk.rows - half },
  ];
}

/** Queues loading the merged areas of a sheet's grid (a phase of its own: it fails past 512 areas). */
export function queueMerges(content: SheetContent): Excel.RangeAreas | undefined {
  if (content.rows === 0) return undefined;
  const merged = content.probe.sheet
    .getRangeByIndexes(0, 0, content.rows, content.columns)
    .getMergedAreasOrNullObject();
  merged.load("address");
  return merged;
}

/** Merged areas from a loaded RangeAreas (none when null or not loaded). */
export function mergesOf(merged: Excel.RangeAreas | undefined): MergeArea[] {
  if (!merged || merged.isNullObject) return [];
  return parseAreaList(merged.address);
}

/** The snapshot of a loaded sheet (chunks in row order). */
export function snapshotOf(content: SheetContent, merges: readonly MergeArea[]): SheetSnapshot {
  const rows: Cell[][] = [];
  for (const chunk of [...content.chunks].sort((a, b) => a.top - b.top)) {
    if (!chunk.range) continue;
    const { values, numberFormat, valueTypes } = chunk.range;
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
