/** Times New Roman's character widths, to size the annex's columns and rows without the font at hand. */
import { keptMemo } from "../memo";

const BOLD_FACTOR = 1.06;

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

const measured = new Map<string, number>();

/** Width in em of one character of Times New Roman (remembered: a long annex measures millions). */
function charEm(ch: string): number {
  let em = measured.get(ch);
  if (em === undefined) measured.set(ch, (em = measureChar(ch)));
  return em;
}

function measureChar(ch: string): number {
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
  return textEms(text) * size * (bold ? BOLD_FACTOR : 1);
}

// Row heights measure every word of a large sheet: its words (syllables) repeat, so each is kept.
const textEms = keptMemo((text: string) => {
  let em = 0;
  for (const ch of text.normalize("NFC")) em += charEm(ch);
  return em;
}, 50_000);

// A width unit is one '0' of the workbook's standard font, 7 px (the file adapter keeps that physical width
// whatever its standard font: standard-font.ts), plus 5 px of cell padding per column; 96 px = 72 pt. Of a
// column's pixels ~4 go to the cell's margins, not the text. Plans state widths in these units; both
// adapters and the annex's width sharing convert them here.
export const PIXELS_PER_WIDTH_UNIT = 7;
export const COLUMN_PADDING_PX = 5;
const TEXT_MARGIN_PX = 4;
export const POINTS_PER_PIXEL = 0.75;

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

/** A column of `width` Excel width units, in points (Excel's `format.columnWidth`). */
export function columnPoints(width: number): number {
  return (width * PIXELS_PER_WIDTH_UNIT + COLUMN_PADDING_PX) * POINTS_PER_PIXEL;
}

/** The width (Excel units, before rounding to pixels) whose room for text is `points`: columnTextPoints's inverse. */
export function widthForTextPoints(points: number): number {
  return (points / POINTS_PER_PIXEL + TEXT_MARGIN_PX - COLUMN_PADDING_PX) / PIXELS_PER_WIDTH_UNIT;
}

/** The room for text in a column of `width` Excel width units, in points. */
export function columnTextPoints(width: number): number {
  const pixels = Math.trunc(width * PIXELS_PER_WIDTH_UNIT + COLUMN_PADDING_PX) - TEXT_MARGIN_PX;
  return Math.max(1, pixels) * POINTS_PER_PIXEL;
}
