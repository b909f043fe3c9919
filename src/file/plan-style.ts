/** PlanStyle → exceljs style objects; identical styles share one object (exceljs dedupes on write). */
import type { Alignment, Borders, Fill, Font, Style } from "exceljs";
import type { PlanStyle } from "../core/sheet-plan";

const THIN = { style: "thin", color: { argb: "FF000000" } } as const;

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/** Later styles override earlier ones property by property (a bold header row inside a bordered table). */
export function mergeStyles(base: PlanStyle | undefined, next: PlanStyle): PlanStyle {
  return base ? { ...base, ...next } : next;
}

export function toExcelStyle(style: PlanStyle, baseFont?: { name: string; size: number }): Partial<Style> {
  const font: Partial<Font> = {};
  const name = style.fontName ?? baseFont?.name;
  const size = style.fontSize ?? baseFont?.size;
  if (name) font.name = name;
  if (size) font.size = size;
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  const result: Partial<Style> = {};
  if (Object.keys(font).length > 0) result.font = font;
  if (style.fill) {
    const fill: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
    result.fill = fill;
  }
  const alignment: Partial<Alignment> = {};
  if (style.horizontal) alignment.horizontal = style.horizontal;
  if (style.vertical) alignment.vertical = style.vertical === "center" ? "middle" : style.vertical;
  if (style.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) result.alignment = alignment;
  if (style.border === "thin") {
    const border: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    result.border = border;
  }
  if (style.numberFormat) result.numFmt = style.numberFormat;
  if (style.locked === false) result.protection = { locked: false };
  return result;
}

/** Returned for a style that sets nothing, so callers can skip the cell. */
export const EMPTY_EXCEL_STYLE: Partial<Style> = Object.freeze({});

/**
 * Memoises toExcelStyle so a 100 000-row sheet holds a handful of style objects: by identity first (the
 * renderer reuses merged style objects), then by content.
 */
export function styleCache(baseFont?: { name: string; size: number }): (style: PlanStyle) => Partial<Style> {
  const byIdentity = new Map<PlanStyle, Partial<Style>>();
  const byContent = new Map<string, Partial<Style>>();
  return (style) => {
    let found = byIdentity.get(style);
    if (found) return found;
    const key = JSON.stringify(style);
    found = byContent.get(key);
    if (!found) {
      const built = toExcelStyle(style, baseFont);
      found = Object.keys(built).length === 0 ? EMPTY_EXCEL_STYLE : built;
      byContent.set(key, found);
    }
    byIdentity.set(style, found);
    return found;
  };
}
