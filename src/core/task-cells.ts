/**
 * How a table's cells are read before they become tasks: a field's cell on a row, normalised text and
 * parsed times (both memoised per sheet), and the chain of rows each row inherits from.
 */
import { toYmd, type DayInterval } from "./day";
import type { Field } from "./fields";
import { cellText, type Cell } from "./snapshot";
import type { AnnexRow, AnnexTable } from "./table-types";
import { normalizeText } from "./text";
import { parseTimeExpression } from "./time-expression";
import type { TimeContext, TimeResult } from "./time-types";

// Wide enough for Excel's 16 384 columns.
const COLUMN_SPAN = 20_000;

/** One number per cell, for sets of cells. */
export function cellKey(row: number, column: number): number {
  return row * COLUMN_SPAN + column;
}

/** A field's cell on a row, as the rules and the resolved tasks read it. */
export interface FieldCell {
  readonly cell: Cell;
  /** 1-based sheet column; undefined when the sheet has no column for the field. */
  readonly column: number | undefined;
  /** Normalised text ("" when blank or flagged). */
  readonly text: string;
  /** Already reported by a cell rule (an error value, formula text): read as nothing more. */
  readonly flagged: boolean;
}

/** What reading a table's cells needs: the cells the cell rules reported, and memoised readers. */
export interface CellReaders {
  readonly table: AnnexTable;
  readonly flagged: ReadonlySet<number>;
  /** A cell's normalised text; cached by content for the sheet. */
  readonly text: (cell: Cell) => string;
  /** Parses a time cell; cached by cell content for the sheet. */
  readonly parseTime: (cell: Cell) => TimeResult;
}

/** The cell of `field` on `row`. */
export function readFieldCell(readers: CellReaders, row: AnnexRow, field: Field): FieldCell {
  const column = readers.table.header.columns[field];
  const cell = row.cells[field] ?? null;
  const flagged = column !== undefined && readers.flagged.has(cellKey(row.row, column));
  return { cell, column, text: flagged ? "" : readers.text(cell), flagged };
}

// Texts longer than this are content, unique per row: caching them would only cost memory.
const TEXT_CACHE_MAX_LENGTH = 200;

/** A per-sheet normaliser of cell text (NFC, invisible characters gone, spaces collapsed), memoised. */
export function cellTextNormaliser(): (cell: Cell) => string {
  const cache = new Map<string, string>();
  return (cell) => {
    if (cell === null) return "";
    if (typeof cell !== "string") return normalizeText(cellText(cell));
    if (cell.length > TEXT_CACHE_MAX_LENGTH) return normalizeText(cell);
    let text = cache.get(cell);
    if (text === undefined) {
      text = normalizeText(cell);
      cache.set(cell, text);
    }
    return text;
  };
}

/**
 * A time parser for one plan period, cached by cell content. The cache is shared by every sheet of that
 * period in a run: sheets repeat the same few times, and the reports of one plan repeat each other's.
 */
export function timeParser(period: DayInterval): (cell: Cell) => TimeResult {
  const ctx: TimeContext = { defaultYear: toYmd(period.from).year, period };
  const shared = periodCache(period);
  // Long texts (a sentence in a time cell) are kept for this sheet only.
  const own = new Map<string, TimeResult>();
  return (cell) => {
    const key = timeCacheKey(cell);
    if (key === undefined) return parseTimeExpression(cell, ctx);
    const cache = key.length > TEXT_CACHE_MAX_LENGTH ? own : shared;
    let result = cache.get(key);
    if (result === undefined) {
      result = parseTimeExpression(cell, ctx);
      if (cache.size >= TIMES_KEPT) cache.clear();
      cache.set(key, result);
    }
    return result;
  };
}

// Bounded: a run with many distinct times (or periods) keeps only the recent ones.
const TIMES_KEPT = 20_000;
const PERIODS_KEPT = 16;
const timesByPeriod = new Map<string, Map<string, TimeResult>>();

function periodCache(period: DayInterval): Map<string, TimeResult> {
  const key = `${period.from}:${period.to}`;
  let cache = timesByPeriod.get(key);
  if (cache === undefined) {
    if (timesByPeriod.size >= PERIODS_KEPT) timesByPeriod.clear();
    timesByPeriod.set(key, (cache = new Map()));
  }
  return cache;
}

function timeCacheKey(cell: Cell): string | undefined {
  if (typeof cell === "string") return `s${cell}`;
  if (typeof cell === "number") return `n${cell}`;
  if (cell !== null && typeof cell === "object" && "date" in cell) return `d${cell.date}`;
  return undefined;
}

/**
 * The row each row inherits from (by index; -1 for none): a sub-item's parent task, a task's section,
 * a section's enclosing part. Always an earlier row, so chains are walked without cycles.
 */
export function inheritanceLinks(table: AnnexTable): Int32Array {
  const up = new Int32Array(table.rows.length).fill(-1);
  table.rows.forEach((row, i) => {
    const next = row.parent ?? row.section ?? row.part;
    if (next !== undefined && next >= 0 && next < i) up[i] = next;
  });
  return up;
}

/** For every row, the nearest row up its inheritance chain for which `has` holds, or -1. */
export function nearestUp(up: Int32Array, has: (index: number) => boolean): Int32Array {
  const nearest = new Int32Array(up.length).fill(-1);
  for (let i = 0; i < up.length; i++) {
    const next = up[i] ?? -1;
    if (next >= 0) nearest[i] = has(next) ? next : (nearest[next] ?? -1);
  }
  return nearest;
}

/** Rows that carry task data (and may own time or agencies): tasks, sub-items, sections, parts. */
export function isStructuralRow(row: AnnexRow): boolean {
  return row.kind === "task" || row.kind === "subitem" || row.kind === "section" || row.kind === "part";
}
