/**
 * Plan values → what Office.js writes: a values matrix, a number-format matrix (`@` on every string so
 * text starting with `=`, `+`, `-` or `@` stays text), the formula cells, and a size estimate used to
 * keep each request under Excel on the web's 5 MB limit.
 */
import { PLAN_DATE_FORMAT, type PlanValue, type SheetPlan } from "../core/sheet-plan";
import { dayToExcelSerial, parseIsoDay } from "../core/day";

export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

export type WriteValue = string | number | boolean;

/** Request bytes of a one-cell formula write besides the formula itself. */
const FORMULA_COMMAND_BYTES = 150;

export interface RowCells {
  readonly values: WriteValue[];
  readonly formats: string[];
  /** 0-based column → formula, written after the values. */
  readonly formulas: ReadonlyMap<number, string>;
  /** Estimated request bytes for this row (values + formats), UTF-8 and JSON overhead included. */
  readonly bytes: number;
}

/** Rough UTF-8 JSON size of a value: Vietnamese letters take 2–3 bytes, quotes and commas a few more. */
export function estimateBytes(value: WriteValue | null): number {
  if (value === null) return 5;
  if (typeof value !== "string") return 24;
  let bytes = 4;
  for (let i = 0; i < value.length; i++) bytes += value.charCodeAt(i) < 0x80 ? 1 : 3;
  return bytes;
}

/**
 * Number formats that plan styles put on cells, as a lookup (row, column) → format; later styles win,
 * as they do when applied in order.
 */
export function styleFormatLookup(plan: SheetPlan): (row: number, column: number) => string | undefined {
  // Indexed by row: plans may carry one style per row, and a scan per cell would be quadratic.
  const byRow = new Map<number, { left: number; right: number; format: string }[]>();
  for (const { range, style } of plan.styles) {
    if (!style.numberFormat) continue;
    for (let row = range.top; row <= range.bottom; row++) {
      const list = byRow.get(row) ?? [];
      list.push({ left: range.left, right: range.right, format: style.numberFormat });
      byRow.set(row, list);
    }
  }
  return (row, column) => {
    const list = byRow.get(row);
    if (!list) return undefined;
    for (let i = list.length - 1; i >= 0; i--) {
      const entry = list[i];
      if (entry && column >= entry.left && column <= entry.right) return entry.format;
    }
    return undefined;
  };
}

/** The write form of one plan row (1-based `row`), padded to `width` columns. */
export function rowCells(
  row: readonly PlanValue[],
  rowNumber: number,
  width: number,
  styleFormat: (row: number, column: number) => string | undefined,
): RowCells {
  const values: WriteValue[] = [];
  const formats: string[] = [];
  const formulas = new Map<number, string>();
  let bytes = 8;
  for (let c = 0; c < width; c++) {
    const value = row[c] ?? null;
    const styled = styleFormat(rowNumber, c + 1);
    let written: WriteValue = "";
    let format = styled ?? GENERAL_FORMAT;
    if (typeof value === "string") {
      written = value;
      format = TEXT_FORMAT;
    } else if (typeof value === "number" || typeof value === "boolean") {
      written = value;
    } else if (value !== null && "date" in value) {
      const day = parseIsoDay(value.date);
      written = day === undefined ? value.date : dayToExcelSerial(day);
      format = day === undefined ? TEXT_FORMAT : (styled ?? PLAN_DATE_FORMAT);
    } else if (value !== null && "formula" in value) {
      const formula = value.formula.startsWith("=") ? value.formula : `=${value.formula}`;
      formulas.set(c, formula);
      // Each formula is a command of its own (a one-cell range and its formula).
      bytes += FORMULA_COMMAND_BYTES + estimateBytes(formula);
    }
    values.push(written);
    formats.push(format);
    bytes += estimateBytes(written) + format.length + 3;
  }
  return { values, formats, formulas, bytes };
}

/** The widest row of a plan (the width of the values block). */
export function planWidth(plan: SheetPlan): number {
  return plan.values.reduce((max, row) => Math.max(max, row.length), 0);
}
