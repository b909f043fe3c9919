/**
 * Column widths that share A4 landscape's printable width among the annex's columns by their content, so
 * the table prints at 100 % instead of being shrunk to fit (7–8 fixed-width columns printed at 75–89 %).
 */
import type { PlanValue } from "../sheet-plan";
import {
  COLUMN_PADDING_PX,
  PIXELS_PER_WIDTH_UNIT,
  POINTS_PER_PIXEL,
  columnTextPoints,
  textWidthPoints,
  widthForTextPoints,
  wrappedLinesAt,
} from "./font-metrics";

/** A4 landscape (297 mm) less the annex's left 30 mm and right 15 mm margins. */
export const PRINTABLE_MM = 252;

// A bit of room is kept so rounding in either program never pushes the table past the page.
const SAFETY_PX = 8;
// A word given exactly its width may still wrap after the width is rounded to whole pixels, or where a
// client's cell margins are a pixel wider.
const WORD_SAFETY_PX = 2;
const MIN_UNITS = 4;
const SHORT_CELL_POINTS = 60;

function unitsFor(points: number): number {
  return widthForTextPoints(points + WORD_SAFETY_PX * POINTS_PER_PIXEL);
}

function textOf(value: PlanValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "date" in value ? "00/00/0000" : "";
}

interface Need {
  /** Below this a word would break mid-word. */
  readonly min: number;
  /** Past this no line gets shorter. */
  readonly max: number;
  /** How much text the column holds: where the room goes. */
  readonly demand: number;
}

function needOf(header: readonly string[], body: readonly string[], size: number): Need {
  // Loops, not Math.max(...all words): a long annex has more words than a call can take arguments.
  let headerWord = 0;
  let longestLine = 0;
  for (const label of header) {
    longestLine = Math.max(longestLine, textWidthPoints(label, size, true));
    for (const word of label.split(/\s+/))
      headerWord = Math.max(headerWord, textWidthPoints(word, size, true));
  }
  let bodyWord = 0;
  let demand = 0;
  for (const text of body) {
    demand += textWidthPoints(text, size);
    for (const word of text.split(/\s+/)) bodyWord = Math.max(bodyWord, textWidthPoints(word, size));
    // A column's own label (not a group label above it) on one line if the room allows.
    for (const line of text.split(/\r\n|\r|\n/))
      longestLine = Math.max(longestLine, textWidthPoints(line, size));
  }
  // Short cells (`Quý IV`, `Bắt đầu`, a date) stay on one line; a long word may wrap past 90 pt.
  const shortest = Math.min(longestLine, SHORT_CELL_POINTS);
  const min = Math.max(MIN_UNITS, unitsFor(Math.max(headerWord, Math.min(bodyWord, 90), shortest)));
  return { min, max: Math.max(min, unitsFor(longestLine)), demand: Math.max(demand, 1) };
}

/**
 * Widths (Excel units) for columns labelled `header[r][c]` (their own labels, not the group labels above)
 * with body cells `body[r][c]`, filling
 * the printable width: each column gets its longest word, then the room left goes by the amount of text,
 * no column wider than its longest line while another still wraps.
 */
export function fitColumnWidths(
  header: readonly (readonly PlanValue[])[],
  body: readonly (readonly PlanValue[])[],
  count: number,
  size: number,
  printableMm: number = PRINTABLE_MM,
): number[] {
  const pixels = (printableMm / 25.4) * 96 - SAFETY_PX;
  const budget = (pixels - COLUMN_PADDING_PX * count) / PIXELS_PER_WIDTH_UNIT;
  const needs = Array.from({ length: count }, (_, c) =>
    needOf(
      header.map((row) => textOf(row[c])),
      body.map((row) => textOf(row[c])).filter((t) => t !== ""),
      size,
    ),
  );
  const widths = needs.map((n) => n.min);
  const used = widths.reduce((a, b) => a + b, 0);
  if (used >= budget) return widths.map((w) => round(w * (budget / used)));
  let left = budget - used;
  // Water-filling: share what is left by demand among columns still below their longest line.
  for (let pass = 0; pass < count && left > 0.01; pass++) {
    const open = needs.map((n, c) => (widths[c]! < n.max ? n.demand : 0));
    const total = open.reduce((a, b) => a + b, 0);
    if (total === 0) break;
    let given = 0;
    needs.forEach((n, c) => {
      const share = (left * open[c]!) / total;
      const next = Math.min(n.max, widths[c]! + share);
      given += next - widths[c]!;
      widths[c] = next;
    });
    left -= given;
  }
  // Every line fits and room is left: it goes by demand too, so the table spans the page.
  if (left > 0.01) {
    const total = needs.reduce((a, n) => a + n.demand, 0);
    needs.forEach((n, c) => (widths[c] = widths[c]! + (left * n.demand) / total));
  }
  const cells = sampleRows(body).map((row) => Array.from({ length: count }, (_, c) => textOf(row[c])));
  return shortenTable(widths.map(round), needs, cells, size);
}

/** Rows the height search measures: all of a usual annex, an even sample of a very long one. */
const MEASURED_ROWS = 400;

function sampleRows<T>(rows: readonly T[]): readonly T[] {
  if (rows.length <= MEASURED_ROWS) return rows;
  const step = rows.length / MEASURED_ROWS;
  return Array.from({ length: MEASURED_ROWS }, (_, i) => rows[Math.floor(i * step)]!);
}

// Steps of width moved between two columns while the table gets shorter, coarse then fine.
const MOVES = [4, 2, 1, 0.5];
const MAX_MOVES = 400;

/**
 * Sharing by amount of text leaves rows whose height one column decides (five lines of supporting agencies
 * beside four of task text). This moves width from column to column, a step at a time, while the table's
 * printed height (each row as tall as its tallest cell, in lines) gets shorter; no column goes below the
 * room its longest word needs, and the total width stays the same.
 */
function shortenTable(
  start: readonly number[],
  needs: readonly Need[],
  cells: readonly (readonly string[])[],
  size: number,
): number[] {
  const widths = [...start];
  const linesCache = new Map<string, Int32Array>();
  const linesOf = (column: number, width: number): Int32Array => {
    const key = `${column}:${width}`;
    let lines = linesCache.get(key);
    if (!lines) {
      const room = columnTextPoints(width);
      lines = Int32Array.from(cells, (row) => (row[column] ? wrappedLinesAt(row[column], room, size) : 1));
      linesCache.set(key, lines);
    }
    return lines;
  };
  const heightWith = (candidate: readonly number[]): number => {
    const columns = candidate.map((w, c) => linesOf(c, w));
    let total = 0;
    for (let r = 0; r < cells.length; r++) {
      let tallest = 1;
      for (const lines of columns) tallest = Math.max(tallest, lines[r]!);
      total += tallest;
    }
    return total;
  };
  let height = heightWith(widths);
  for (let moves = 0; moves < MAX_MOVES; moves++) {
    let best: { widths: number[]; height: number } | undefined;
    for (const step of MOVES) {
      for (let from = 0; from < widths.length; from++) {
        if (widths[from]! - step < needs[from]!.min) continue;
        for (let to = 0; to < widths.length; to++) {
          if (to === from) continue;
          const candidate = [...widths];
          candidate[from] = round(widths[from]! - step);
          candidate[to] = round(widths[to]! + step);
          const h = heightWith(candidate);
          if (h < (best?.height ?? height)) best = { widths: candidate, height: h };
        }
      }
      if (best) break;
    }
    if (!best) break;
    widths.splice(0, widths.length, ...best.widths);
    height = best.height;
  }
  return widths;
}

function round(width: number): number {
  return Math.floor(width * 100) / 100;
}
