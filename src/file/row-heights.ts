/**
 * Row heights for wrapped text. Excel and LibreOffice do not re-measure rows of a file they open, so a
 * wrapped cell written without a height shows one line and hides the rest (the Office adapter can ask
 * Excel to autofit; a file cannot). This counts the lines each cell needs by wrapping its words at the
 * column's width with Times New Roman's real character widths (the annex's font), then gives each line
 * the font's line spacing: no spare blank lines below the text.
 */
import type { PlanStyle, SheetPlan } from "../core/sheet-plan";

const DEFAULT_WIDTH = 8.43;
const DEFAULT_FONT_SIZE = 11;
// A width unit is one '0' of the workbook's default font, 7 px, plus 5 px of cell padding per column;
// 96 px = 72 pt. Of a column's pixels ~4 go to the cell's margins, not the text.
const PIXELS_PER_WIDTH_UNIT = 7;
const COLUMN_PADDING_PX = 5;
const TEXT_MARGIN_PX = 4;
const POINTS_PER_PIXEL = 0.75;
// Times New Roman's line spacing is 1.15 em (ascent 0.891 + descent 0.216 + gap 0.042); a row keeps
// ~2 pt below the last line.
const LINE_HEIGHT = 1.15;
const PADDING_POINTS = 2;
const BOLD_FACTOR = 1.06;
const EXCEL_DEFAULT_HEIGHT = 15;
/** Excel's maximum row height in points. */
const MAX_HEIGHT = 409;

/**
 * Advance widths of Times New Roman (in em) for the letters, digits and marks a Vietnamese annex uses;
 * a toned or hooked letter is as wide as its base letter (the marks sit above or below). Anything else
 * counts as a wide letter (0.72 em), so an odd character can only make a row taller, never clip it.
 */
const NARROW: Readonly<Record<string, number>> = {
  " ": 0.25,
  ".": 0.25,
  ",": 0.25,
  ":": 0.278,
  ";": 0.278,
  "'": 0.18,
  "!": 0.333,
  "|": 0.2,
  "-": 0.333,
  "(": 0.333,
  ")": 0.333,
  "/": 0.278,
  "[": 0.333,
  "]": 0.333,
  '"': 0.408,
  "“": 0.444,
  "”": 0.444,
  "…": 1,
  "–": 0.5,
  "—": 1,
  "%": 0.833,
  "&": 0.778,
  "+": 0.564,
  "=": 0.564,
  "*": 0.5,
  a: 0.444,
  b: 0.5,
  c: 0.444,
  d: 0.5,
  e: 0.444,
  f: 0.333,
  g: 0.5,
  h: 0.5,
  i: 0.278,
  j: 0.278,
  k: 0.5,
  l: 0.278,
  m: 0.778,
  n: 0.5,
  o: 0.5,
  p: 0.5,
  q: 0.5,
  r: 0.333,
  s: 0.389,
  t: 0.278,
  u: 0.5,
  v: 0.5,
  w: 0.722,
  x: 0.5,
  y: 0.5,
  z: 0.444,
  đ: 0.5,
  A: 0.722,
  B: 0.667,
  C: 0.667,
  D: 0.722,
  E: 0.611,
  F: 0.556,
  G: 0.722,
  H: 0.722,
  I: 0.333,
  J: 0.389,
  K: 0.722,
  L: 0.611,
  M: 0.889,
  N: 0.722,
  O: 0.722,
  P: 0.556,
  Q: 0.722,
  R: 0.667,
  S: 0.556,
  T: 0.611,
  U: 0.722,
  V: 0.722,
  W: 0.944,
  X: 0.722,
  Y: 0.722,
  Z: 0.611,
  Đ: 0.722,
};
const DIGIT = 0.5;
const OTHER = 0.72;

/** Width in em of one character of Times New Roman. */
function charEm(ch: string): number {
  const known = NARROW[ch];
  if (known !== undefined) return known;
  if (ch >= "0" && ch <= "9") return DIGIT;
  // Strip tone marks and hooks: `ệ` is as wide as `e`, `Ư` as `U`.
  const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  const baseWidth = base.length === 1 ? NARROW[base] : undefined;
  if (baseWidth !== undefined) return baseWidth;
  if (ch === "ư" || ch === "ơ") return 0.5;
  if (ch === "Ư" || ch === "Ơ") return 0.722;
  return OTHER;
}

/** Width in points of a text in Times New Roman at `size` points. */
export function textWidthPoints(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text.normalize("NFC")) em += charEm(ch);
  return em * size * (bold ? BOLD_FACTOR : 1);
}

/** Lines a text needs when words wrap at `width` points, measured with the font's own widths. */
export function wrappedLinesAt(text: string, width: number, size: number, bold = false): number {
  const space = textWidthPoints(" ", size, bold);
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      let length = textWidthPoints(word, size, bold);
      if (used > 0 && used + space + length <= width) {
        used += space + length;
        continue;
      }
      if (used > 0) lines += 1;
      // A word longer than a line breaks across lines.
      while (length > width) {
        lines += 1;
        length -= width;
      }
      used = length;
    }
  }
  return lines;
}

/** The room for text in a column of `width` Excel width units, in points. */
export function columnTextPoints(width: number): number {
  const pixels = Math.trunc(width * PIXELS_PER_WIDTH_UNIT + COLUMN_PADDING_PX) - TEXT_MARGIN_PX;
  return Math.max(1, pixels) * POINTS_PER_PIXEL;
}

/** Lines a text needs when words wrap at `capacity` characters per line. */
export function wrappedLines(text: string, capacity: number): number {
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      const length = [...word].length;
      if (used === 0) {
        used = length;
      } else if (used + 1 + length <= capacity) {
        used += 1 + length;
      } else {
        lines += 1;
        used = length;
      }
      // A word longer than a line breaks across lines.
      while (used > capacity) {
        lines += 1;
        used -= capacity;
      }
    }
  }
  return lines;
}

interface Area {
  readonly width: number;
  readonly rows: number;
}

function mergedAreas(plan: SheetPlan, widthOf: (column: number) => number): Map<number, Area | "covered"> {
  const areas = new Map<number, Area | "covered">();
  for (const m of plan.merges) {
    let width = 0;
    for (let c = m.left; c <= m.right; c++) width += widthOf(c);
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) areas.set(r * 16_384 + c, "covered");
    }
    areas.set(m.top * 16_384 + m.left, { width, rows: m.bottom - m.top + 1 });
  }
  return areas;
}

/** Heights (points) for rows whose text needs more than Excel's default height; plan heights win. */
export function estimateRowHeights(
  plan: SheetPlan,
  styleOf: (row: number, column: number) => PlanStyle | undefined,
): Map<number, number> {
  const widthOf = (column: number): number => plan.columnWidths[column - 1] || DEFAULT_WIDTH;
  const areas = mergedAreas(plan, widthOf);
  const baseSize = plan.font?.size ?? DEFAULT_FONT_SIZE;
  const heights = new Map<number, number>();
  plan.values.forEach((row, r0) => {
    const r = r0 + 1;
    if (plan.rowHeights?.[r] !== undefined) return;
    let height = 0;
    row.forEach((value, c0) => {
      if (value === null) return;
      const c = c0 + 1;
      const area = areas.get(r * 16_384 + c);
      // A multi-row merge has room of its own; covered cells show nothing.
      if (area === "covered" || (area && area.rows > 1)) return;
      const style = styleOf(r, c);
      const size = style?.fontSize ?? baseSize;
      let lines = 1;
      if (typeof value === "string" && style?.wrap) {
        const width = columnTextPoints(area ? area.width : widthOf(c));
        lines = wrappedLinesAt(value, width, size, style.bold === true);
      }
      height = Math.max(height, lines * size * LINE_HEIGHT + PADDING_POINTS);
    });
    if (height > EXCEL_DEFAULT_HEIGHT + 0.5) heights.set(r, Math.min(MAX_HEIGHT, Math.round(height * 4) / 4));
  });
  return heights;
}
