/**
 * Column widths that share A4 landscape's printable width among the annex's columns by their content, so
 * the table prints at 100 % instead of being shrunk to fit (7–8 fixed-width columns printed at 75–89 %).
 */
import type { PlanValue } from "../sheet-plan";
import { textWidthPoints } from "./font-metrics";

/** A4 landscape (297 mm) less the annex's left 30 mm and right 15 mm margins. */
export const PRINTABLE_MM = 252;

// Excel and LibreOffice draw a column of w width units as 7 w + 5 pixels (96 per inch); ~4 px of it are the
// cell's margins. A bit of room is kept so rounding in either program never pushes the table past the page.
const PIXELS_PER_UNIT = 7;
const COLUMN_PADDING_PX = 5;
const TEXT_MARGIN_PX = 4;
const SAFETY_PX = 8;
const POINTS_PER_PIXEL = 0.75;
const MIN_UNITS = 4;
const SHORT_CELL_POINTS = 60;

function unitsFor(points: number): number {
  return (points / POINTS_PER_PIXEL + TEXT_MARGIN_PX - COLUMN_PADDING_PX) / PIXELS_PER_UNIT;
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
  const words = (text: string, bold: boolean) => text.split(/\s+/).map((w) => textWidthPoints(w, size, bold));
  const headerWord = Math.max(0, ...header.flatMap((t) => words(t, true)));
  const bodyWord = Math.max(0, ...body.flatMap((t) => words(t, false)));
  // A column's own label (not a group label above it) on one line if the room allows.
  const longestLine = Math.max(
    ...header.map((t) => textWidthPoints(t, size, true)),
    ...body.flatMap((t) => t.split(/\r\n|\r|\n/).map((line) => textWidthPoints(line, size))),
  );
  const demand = body.reduce((n, t) => n + textWidthPoints(t, size), 0);
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
  const budget = (pixels - COLUMN_PADDING_PX * count) / PIXELS_PER_UNIT;
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
  return widths.map(round);
}

function round(width: number): number {
  return Math.floor(width * 100) / 100;
}
