/**
 * The time-expression parser (DESIGN §3): one cell of a `Thời gian` column to a kind and an interval of
 * days. Text is read in two steps: its shape without context (time-grammar.ts, memoised because
 * sheets repeat the same few texts), then its days in the plan (the default year, the plan period).
 */
import type { DayInterval } from "./day";
import { excelSerialToDay, formatIsoDay, formatViDay, parseIsoDay, yearInterval } from "./day";
import type { Cell, DateCell } from "./snapshot";
import { cellText, isDateCell, isErrorCell } from "./snapshot";
import type { Expr, RangeCut } from "./time-grammar";
import { parseExpr } from "./time-grammar";
import type { Moment, Unit } from "./time-forms";
import { MAX_YEAR, MIN_YEAR, resolveMoment } from "./time-forms";
import type { TimeKey } from "./time-key";
import { displayFragment, displayOccurrence, timeKey } from "./time-key";
import type {
  TimeContext,
  TimeCut,
  TimeFailure,
  TimeFailureReason,
  TimeKind,
  TimeResult,
} from "./time-types";

interface Shape {
  readonly tk: TimeKey;
  readonly expr: Expr;
}

// Bounded memo of text → shape; cleared wholesale when full (a sheet has few distinct time texts).
const SHAPES = new Map<string, Shape>();
const SHAPES_LIMIT = 10_000;
// Long prose is rarely repeated: not worth keeping.
const SHAPES_MAX_TEXT = 120;
// Two or more bulleted lines (`- Quý I` / `- Quý III`) are separate milestones, not one range.
const BULLET_LINE = /(?:^|\n)\s*[-+•*]/g;
const UNPARSEABLE: Expr = { t: "unparseable" };
const NO_CUT: RangeCut = { start: "", end: "" };

// Excel serials of 1954-10-03 … 2119-01-08: a number in this range in a time column is a date.
const MIN_SERIAL = 20_000;
const MAX_SERIAL = 80_000;

const SINGLE_KIND: Readonly<Record<Unit, TimeKind>> = {
  quarter: "quarter",
  half: "halfYear",
  month: "month",
  date: "date",
  year: "year",
};

const RANGE_KIND: Readonly<Record<Unit, TimeKind>> = {
  quarter: "quarterRange",
  half: "dateRange",
  month: "monthRange",
  date: "dateRange",
  year: "multiYear",
};

/** Parses one time cell (text, number, Excel date or error) against the plan; never throws. */
export function parseTimeExpression(cell: Cell, ctx: TimeContext): TimeResult {
  if (cell === null || cell === undefined) return failure("empty", "");
  if (typeof cell === "string") return parseTimeText(cell, ctx);
  if (typeof cell === "number") return parseTimeNumber(cell);
  if (typeof cell === "boolean") return failure("unparseable", String(cell));
  if (isDateCell(cell) && typeof cell.date === "string") {
    const day = parseIsoDay(cell.date);
    const text = cellText(cell);
    if (day === undefined) return failure("dateInvalid", text, text);
    return parsed("date", { from: day, to: day }, true, false, text);
  }
  if (isErrorCell(cell) && typeof cell.error === "string")
    return failure("unparseable", cell.error, cell.error);
  return failure("unparseable", "");
}

function parseTimeText(raw: string, ctx: TimeContext): TimeResult {
  let shape = SHAPES.get(raw);
  if (shape === undefined) {
    const tk = timeKey(raw);
    shape = { tk, expr: isBulletList(raw) ? UNPARSEABLE : parseExpr(tk.key) };
    if (SHAPES.size >= SHAPES_LIMIT) SHAPES.clear();
    if (raw.length <= SHAPES_MAX_TEXT) SHAPES.set(raw, shape);
  }
  if (shape.tk.display === "") return failure("empty", "");
  return evaluate(shape, ctx);
}

function isBulletList(raw: string): boolean {
  return raw.includes("\n") && (raw.match(BULLET_LINE)?.length ?? 0) >= 2;
}

/**
 * A time cell holding an Excel serial date stored as a plain number (no date format), as the date it
 * means, so that it is shown and written as `18/04/2024`, not `45400`; undefined for anything else.
 */
export function serialDateCell(cell: Cell): DateCell | undefined {
  if (typeof cell !== "number" || isYearNumber(cell) || !isSerialNumber(cell)) return undefined;
  return { date: formatIsoDay(excelSerialToDay(cell)) };
}

function isYearNumber(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR;
}

function isSerialNumber(n: number): boolean {
  return n >= MIN_SERIAL && n < MAX_SERIAL;
}

/** A plausible year (`2025`) or an Excel serial date stored as a plain number. */
function parseTimeNumber(n: number): TimeResult {
  if (isYearNumber(n)) {
    return parsed("year", yearInterval(n), true, false, String(n));
  }
  if (isSerialNumber(n)) {
    const day = excelSerialToDay(n);
    return parsed("date", { from: day, to: day }, true, false, formatViDay(day));
  }
  return failure("unparseable", String(n), String(n));
}

function evaluate({ tk, expr }: Shape, ctx: TimeContext): TimeResult {
  const text = tk.display;
  if (expr.t === "inText") {
    // A range read from a sentence stays in the sentence: no cut (it would mangle the user's text).
    const result = evaluate(
      { tk, expr: expr.span.t === "range" ? { ...expr.span, cut: NO_CUT } : expr.span },
      ctx,
    );
    return result.ok ? { ...result, read: displayFragment(tk, expr.fragment) } : result;
  }
  switch (expr.t) {
    case "moment": {
      const days = resolveMoment(expr.m, expr.m.year ?? ctx.defaultYear);
      if (days === undefined) return momentInvalid(tk, expr.m);
      return parsed(SINGLE_KIND[expr.m.unit], days, true, false, text);
    }
    case "range": {
      const result = evaluateRange(tk, expr.a, expr.b, ctx);
      if (!result.ok) return result;
      const cut = displayCut(tk, expr.cut);
      return cut === undefined ? result : { ...result, cut };
    }
    case "deadline": {
      const days = resolveMoment(expr.m, expr.m.year ?? ctx.defaultYear);
      if (days === undefined) return momentInvalid(tk, expr.m);
      const last = expr.exclusive ? days.from - 1 : days.to;
      return parsed("deadline", { from: last, to: last }, true, false, text);
    }
    case "from": {
      // No end written: the task runs from X to the end of the plan (or just X when X is later).
      const days = resolveMoment(expr.m, expr.m.year ?? ctx.defaultYear);
      if (days === undefined) return momentInvalid(tk, expr.m);
      const to = Math.max(days.to, ctx.period.to);
      return parsed(RANGE_KIND[expr.m.unit], { from: days.from, to }, true, true, text);
    }
    case "recurring":
      return parsed("recurring", ctx.period, false, false, text);
    case "vague":
      return { ok: true, kind: "vague", hasDeadline: false, isRange: false, text };
    case "invalid":
      return failure(expr.reason, text, displayFragment(tk, expr.fragment));
    case "unparseable":
      return failure("unparseable", text);
  }
}

/**
 * A missing year comes from the other end (`01/10 - 10/10/2022`), else from the plan. When borrowing it
 * reverses the range (`Quý IV - Quý II/2026`), the borrowing end moves one year. A range reversed as
 * written is kept reversed, so that the rules report RANGE_REVERSED.
 */
function evaluateRange(tk: TimeKey, a: Moment, b: Moment, ctx: TimeContext): TimeResult {
  const yearA = a.year ?? b.year ?? ctx.defaultYear;
  const yearB = b.year ?? a.year ?? ctx.defaultYear;
  let first = resolveMoment(a, yearA);
  let last = resolveMoment(b, yearB);
  if (first !== undefined && last !== undefined && first.from > last.to) {
    if (a.year === undefined && b.year !== undefined) first = resolveMoment(a, yearA - 1);
    else if (b.year === undefined && a.year !== undefined) last = resolveMoment(b, yearB + 1);
  }
  if (first === undefined) return momentInvalid(tk, a);
  if (last === undefined) return momentInvalid(tk, b);
  const kind = a.unit === b.unit ? RANGE_KIND[a.unit] : "dateRange";
  return parsed(kind, { from: first.from, to: last.to }, true, true, tk.display);
}

/** The grammar's cut as displayed; the finish takes the start's unit word when it left it out. */
function displayCut(tk: TimeKey, cut: RangeCut): TimeCut | undefined {
  if (cut === NO_CUT) return undefined;
  // The start is the key's first such text (what comes before it is filler), the finish its last.
  const start = displayOccurrence(tk, cut.start, "first");
  const end = displayOccurrence(tk, cut.end, "last");
  if (start === undefined || end === undefined) return undefined;
  const unit = cut.unit === undefined ? "" : `${start.slice(0, cut.unit.length).trimEnd()} `;
  return { start, end: unit + end };
}

function momentInvalid(tk: TimeKey, m: Moment): TimeFailure {
  return failure("dateInvalid", tk.display, displayFragment(tk, m.text));
}

function parsed(kind: TimeKind, interval: DayInterval, hasDeadline: boolean, isRange: boolean, text: string) {
  return { ok: true, kind, interval, hasDeadline, isRange, text } as const;
}

function failure(reason: TimeFailureReason, text: string, detail?: string): TimeFailure {
  return detail === undefined ? { ok: false, reason, text } : { ok: false, reason, text, detail };
}
