/**
 * The single time forms of DESIGN §3 (quarter, half year, month, date, year), read from a folded key
 * (time-key.ts). Each reader is an anchored, module-level regex: it returns `undefined` the moment the
 * text is not its form, an `Invalid` when it is its form but impossible (`quy v`, `31/02/2024`).
 */
import type { DayInterval } from "./day";
import { dayNumber, isValidYmd, yearInterval } from "./day";

export type Unit = "quarter" | "half" | "month" | "date" | "year";

/** A point-like time: one quarter, half year, month, day or year, with or without its year. */
export interface Moment {
  readonly unit: Unit;
  /** The year written in the text; undefined when it must come from the context or the other end. */
  readonly year: number | undefined;
  /** Quarter 1–4, half 1–2, month 1–12; 0 for a year. */
  readonly index: number;
  /** Day of month for a date; 0 otherwise. */
  readonly day: number;
  /** The key text the moment was read from (for error details). */
  readonly text: string;
}

export interface Invalid {
  readonly invalid: "quarterInvalid" | "dateInvalid";
  readonly fragment: string;
}

export type FormResult = Moment | Invalid | undefined;

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

// An optional year after a quarter, month or half year: `/2024`, `-2025`, ` năm 2024`, ` 2024`.
const YEAR_TAIL = String.raw`(?:\s*(?:[/.,-]|nam)?\s*(?:nam\s*)?(\d{4}))?`;

const QUARTER = new RegExp(String.raw`^(?:quy|qui|q)\s*\.?\s*([ivx]+|\d+)${YEAR_TAIL}$`);
const BARE_QUARTER = new RegExp(String.raw`^([ivx]+|\d{1,2})${YEAR_TAIL}$`);
const HALF = new RegExp(
  String.raw`^(?:(?:6|sau)\s*thang\s*(dau|cuoi)(?:\s*nam)?|nua\s*(dau|cuoi)\s*nam)${YEAR_TAIL}$`,
);
const MONTH = new RegExp(String.raw`^thang\s*(\d{1,2})${YEAR_TAIL}$`);
const BARE_MONTH = new RegExp(String.raw`^(\d{1,2})${YEAR_TAIL}$`);
const MONTH_YEAR = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/;
// The same separator twice (`20/12/2023`, `20-12-2023`), so that `1-3/2024` is not read as a date.
const DATE = /^(?:ngay\s*)?(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?:\s+nam\s+(\d{4}))?$/;
const DATE_WORDS = /^ngay\s*(\d{1,2})\s+thang\s*(\d{1,2})(?:\s*(?:,|nam)?\s*(?:nam\s*)?(\d{4}))?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const YEAR = /^(?:nam\s*)?(\d{4})$/;
const WHOLE_YEAR = /^(?:ca|trong|suot|trong ca)\s+nam(?:\s*(\d{4}))?$/;
const DIGITS = /^\d+$/;

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

function moment(unit: Unit, year: number | undefined, index: number, day: number, text: string): Moment {
  return { unit, year, index, day, text };
}

function invalid(reason: Invalid["invalid"], fragment: string): Invalid {
  return { invalid: reason, fragment };
}

export function isInvalid(result: FormResult): result is Invalid {
  return result !== undefined && "invalid" in result;
}

/** A written year, or NaN when absent; out-of-range years are caught by the caller. */
function yearOf(digits: string | undefined): number | undefined {
  if (digits === undefined) return undefined;
  const n = Number(digits);
  return digits.length === 2 ? 2000 + n : n;
}

function yearOutOfRange(year: number | undefined): boolean {
  return year !== undefined && (year < MIN_YEAR || year > MAX_YEAR);
}

function quarterFrom(numeral: string, yearDigits: string | undefined, text: string): Moment | Invalid {
  const index = DIGITS.test(numeral) ? Number(numeral) : (ROMAN[numeral] ?? 0);
  const year = yearOf(yearDigits);
  if (index < 1 || index > 4) return invalid("quarterInvalid", text);
  if (yearOutOfRange(year)) return invalid("dateInvalid", text);
  return moment("quarter", year, index, 0, text);
}

function monthFrom(monthDigits: string, yearDigits: string | undefined, text: string): Moment | Invalid {
  const index = Number(monthDigits);
  const year = yearOf(yearDigits);
  if (index < 1 || index > 12 || yearOutOfRange(year)) return invalid("dateInvalid", text);
  return moment("month", year, index, 0, text);
}

function dateFrom(
  day: string,
  month: string,
  yearDigits: string | undefined,
  text: string,
): Moment | Invalid {
  const year = yearOf(yearDigits);
  // Without a year, check against a leap year: 29/02 may still exist in the plan year.
  if (yearOutOfRange(year) || !isValidYmd(year ?? 2000, Number(month), Number(day))) {
    return invalid("dateInvalid", text);
  }
  return moment("date", year, Number(month), Number(day), text);
}

function yearFrom(digits: string | undefined, text: string): Moment | Invalid {
  const year = yearOf(digits);
  if (yearOutOfRange(year)) return invalid("dateInvalid", text);
  return moment("year", year, 0, 0, text);
}

/** Reads one single form (the whole text must be it). */
export function parseMoment(text: string): FormResult {
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return parseNumericMoment(text);
  let m = QUARTER.exec(text);
  if (m) return quarterFrom(m[1] ?? "", m[2], text);
  if ((m = MONTH.exec(text))) return monthFrom(m[1] ?? "", m[2], text);
  if ((m = DATE.exec(text))) return dateFrom(m[1] ?? "", m[3] ?? "", m[4] ?? m[5], text);
  if ((m = DATE_WORDS.exec(text))) return dateFrom(m[1] ?? "", m[2] ?? "", m[3], text);
  if ((m = YEAR.exec(text))) return yearFrom(m[1], text);
  if ((m = WHOLE_YEAR.exec(text))) return yearFrom(m[1], text);
  if ((m = HALF.exec(text))) {
    const year = yearOf(m[3]);
    if (yearOutOfRange(year)) return invalid("dateInvalid", text);
    return moment("half", year, (m[1] ?? m[2]) === "dau" ? 1 : 2, 0, text);
  }
  return undefined;
}

function parseNumericMoment(text: string): FormResult {
  let m = YEAR.exec(text);
  if (m) return yearFrom(m[1], text);
  if ((m = DATE.exec(text))) return dateFrom(m[1] ?? "", m[3] ?? "", m[4] ?? m[5], text);
  if ((m = MONTH_YEAR.exec(text))) return monthFrom(m[1] ?? "", m[2], text);
  if ((m = ISO_DATE.exec(text))) return dateFrom(m[3] ?? "", m[2] ?? "", m[1], text);
  if ((m = HALF.exec(text))) {
    const year = yearOf(m[3]);
    if (yearOutOfRange(year)) return invalid("dateInvalid", text);
    return moment("half", year, (m[1] ?? m[2]) === "dau" ? 1 : 2, 0, text);
  }
  return undefined;
}

/**
 * The second end of a range may leave out the unit word when the first end has it: `Quý II-III`,
 * `tháng 3 - 6/2024`.
 */
export function parseRangeEnd(first: Moment, text: string): FormResult {
  const full = parseMoment(text);
  if (full !== undefined) return full;
  if (first.unit === "quarter") {
    const m = BARE_QUARTER.exec(text);
    if (m) return quarterFrom(m[1] ?? "", m[2], text);
  } else if (first.unit === "month") {
    const m = BARE_MONTH.exec(text);
    if (m) return monthFrom(m[1] ?? "", m[2], text);
  }
  return undefined;
}

/** The days a moment covers in the given year; undefined when the day does not exist that year (29/02). */
export function resolveMoment(m: Moment, year: number): DayInterval | undefined {
  switch (m.unit) {
    case "year":
      return yearInterval(year);
    case "half":
      return monthSpan(year, m.index * 6 - 5, m.index * 6);
    case "quarter":
      return monthSpan(year, m.index * 3 - 2, m.index * 3);
    case "month":
      return monthSpan(year, m.index, m.index);
    case "date": {
      if (!isValidYmd(year, m.index, m.day)) return undefined;
      const day = dayNumber(year, m.index, m.day);
      return { from: day, to: day };
    }
  }
}

// The day before the first of the next month (Date.UTC rolls month 13 into January).
function monthSpan(year: number, first: number, last: number): DayInterval {
  return { from: dayNumber(year, first, 1), to: dayNumber(year, last + 1, 1) - 1 };
}
