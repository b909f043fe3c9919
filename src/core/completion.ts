/**
 * When a done task was done, if the report says so (issue 8): a completion-date column, a date the status
 * gives (`Đã hoàn thành ngày 15/06/2024`), or the date of the act a result records when that act is the
 * task itself (`Đã ban hành Kế hoạch số 12/KH-UBND ngày 10/5/2024` for the task `Ban hành Kế hoạch …`).
 * Only exact days count: `Hoàn thành tháng 5/2024` or `trong Quý II` says when only roughly (a month's
 * last day could be after a deadline the work met), so such a task stays "done, date not known", as does
 * one dated after the as-of day (a typo, not a fact). Nothing is guessed.
 */
import type { DayNumber } from "./day";
import type { Cell } from "./snapshot";
import { timeKey } from "./time-key";
import type { TimeResult } from "./time-types";

export interface CompletionInput {
  /** The completion-date column's cell, when the table has one. */
  readonly column?: Cell;
  readonly status: Cell;
  readonly result: Cell;
  readonly content: Cell;
  readonly asOf: DayNumber;
  /** The sheet's memoised time parser (dates without a year are in the plan year). */
  readonly parseTime: (cell: Cell) => TimeResult;
}

const DATE = String.raw`(\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)(?![\d/.-]*\d)`;
// The done phrase, then at once the day: `Đã hoàn thành ngày 15/06/2024`, `Hoàn thành (15/6)`, `Xong: 15/6`.
const STATUS_DATE = new RegExp(
  String.raw`^(?:da\s+)?(?:hoan thanh|hoan tat|xong|(?:thuc hien|trien khai) xong)\s*[:,(-]?\s*(?:vao\s+)?(?:ngay\s*)?` +
    DATE,
);
// A result recording the act: `Đã ban hành Kế hoạch số 12/KH-UBND ngày 10/5/2024`, `Đã tổ chức Hội nghị
// ngày 5/6/2024`; the first day in its first clause, unless that day opens a span (`từ ngày 1/5 đến …`).
const RESULT_ACT =
  /^(?:da\s+)(ban hanh|to chuc)\b([^;.\n]*?)\bngay\s*(\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)(?![\d/.-]*\d)/;
const SPAN_AFTER = /^\s*(?:-|–|den\b|toi\b)/;
const SPAN_BEFORE = /\btu\s*$/;

/** The day the task was done, or undefined when the report does not say it exactly. */
export function completionDay(input: CompletionInput): DayNumber | undefined {
  const day =
    exactDay(input.column ?? null, input.parseTime) ??
    statusDay(input.status, input.parseTime) ??
    resultDay(input.result, input.content, input.parseTime);
  return day !== undefined && day <= input.asOf ? day : undefined;
}

function exactDay(cell: Cell, parseTime: (cell: Cell) => TimeResult): DayNumber | undefined {
  if (cell === null || cell === "") return undefined;
  const parsed = parseTime(cell);
  // A date as written, not one read out of a sentence.
  if (!parsed.ok || parsed.kind !== "date" || parsed.read !== undefined) return undefined;
  return parsed.interval?.from;
}

function statusDay(cell: Cell, parseTime: (cell: Cell) => TimeResult): DayNumber | undefined {
  if (typeof cell !== "string") return undefined;
  const tk = timeKey(cell);
  const found = STATUS_DATE.exec(tk.key);
  const date = found?.[1];
  return date === undefined ? undefined : exactDay(date, parseTime);
}

function resultDay(cell: Cell, content: Cell, parseTime: (cell: Cell) => TimeResult): DayNumber | undefined {
  if (typeof cell !== "string" || typeof content !== "string") return undefined;
  const key = timeKey(cell).key;
  const found = RESULT_ACT.exec(key);
  const verb = found?.[1];
  const date = found?.[3];
  if (!found || verb === undefined || date === undefined) return undefined;
  if (SPAN_BEFORE.test(found[2] ?? "") || SPAN_AFTER.test(key.slice(found.index + found[0].length))) {
    return undefined;
  }
  // The act must be the task's own (`Ban hành …`), not a step toward it (a plan issued for a campaign).
  if (!new RegExp(String.raw`(?:^|\s)${verb}\b`).test(timeKey(content).key)) return undefined;
  return exactDay(date, parseTime);
}
