/**
 * The workbook's standard font (Excel's Normal style), which sets the unit of every column width: one
 * digit of that font, in whole pixels in Excel, unrounded in LibreOffice. With exceljs's Calibri 11 the
 * two disagree (7 px against 7.43 px), so a table that fills the page in Excel is shrunk to ~94 % by
 * LibreOffice. Times New Roman 12's digit is exactly 8 px (0.5 em of 16 px) in both: a workbook whose
 * sheets all use it as their base font gets it as the standard font, and its widths are converted so each
 * column keeps the physical width its plan gave in 7-px units.
 */
import { PIXELS_PER_WIDTH_UNIT, POINTS_PER_PIXEL, textWidthPoints } from "../core/plans/font-metrics";
import type { SheetPlan } from "../core/sheet-plan";

const TIMES = "Times New Roman";

export interface StandardFont {
  readonly size: number;
  /** Pixels of one width unit in this font: the same in Excel and LibreOffice. */
  readonly digitPx: number;
}

/**
 * The standard font the plans share, or none (exceljs's Calibri 11 stays): every plan's base font is the
 * same Times New Roman size (its widths are known, font-metrics.ts) whose digit is a whole pixel.
 */
export function sharedStandardFont(plans: readonly SheetPlan[]): StandardFont | undefined {
  const first = plans[0]?.font;
  if (!first || first.name !== TIMES) return undefined;
  if (!plans.every((p) => p.font?.name === TIMES && p.font.size === first.size)) return undefined;
  const digit = textWidthPoints("0", first.size) / POINTS_PER_PIXEL;
  if (Math.abs(digit - Math.round(digit)) > 1e-9) return undefined;
  return { size: first.size, digitPx: Math.round(digit) };
}

/** A plan's width (in 7-px units) in the units of the workbook's standard font, same width on the page. */
export function widthInUnits(width: number, font: StandardFont | undefined): number {
  if (!font) return width;
  return Math.round(((width * PIXELS_PER_WIDTH_UNIT) / font.digitPx) * 100) / 100;
}

/** styles.xml with its first font (the Normal style's) set to the standard font. */
export function withStandardFont(styles: string, font: StandardFont): string {
  return styles.replace(
    /<font>[\s\S]*?<\/font>/,
    `<font><sz val="${font.size}"/><color theme="1"/><name val="${TIMES}"/><family val="1"/></font>`,
  );
}
