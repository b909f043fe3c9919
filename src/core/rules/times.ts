/**
 * Time rules (DESIGN §3, §6): unreadable times, missing finish, missing start, reversed ranges, deadlines
 * outside the plan period or the section's range, deadlines that are only recurring or vague.
 */
import { toYmd, type DayInterval } from "../day";
import type { Field } from "../fields";
import type { FindingCode } from "../findings";
import type { AnnexRow } from "../table-types";
import { parseStatus } from "../status";
import { foldKey } from "../text";
import type { Cell } from "../snapshot";
import { lookAlikeRepair, standardTimeSpelling } from "../time-respell";
import type { ParsedTime, TimeFailureReason } from "../time-types";
import type { ResolvedSheet, ResolvedTask, RowTimes, TimeRead } from "../resolve-tasks";
import {
  excerpt,
  isWorkRow,
  mustBeComplete,
  viDay,
  type Emit,
  type FieldCell,
  type FindingDraft,
  type RuleContext,
} from "./context";
import { keptMemo } from "../memo";

const FAILURE_CODES: Readonly<Record<Exclude<TimeFailureReason, "empty">, FindingCode>> = {
  unparseable: "TIME_UNPARSEABLE",
  quarterInvalid: "QUARTER_INVALID",
  dateInvalid: "DATE_INVALID",
};

// A one-off finish needs no start: a date or a "before …" deadline.
const ONE_OFF = new Set(["date", "deadline"]);

/** Runs the time rules on the resolved tasks (their own and inherited times, read once). */
export function checkTimes(ctx: RuleContext, resolved: ResolvedSheet, emit: Emit): void {
  const { table } = ctx;
  const { columns } = table.header;
  const missing: FindingDraft[] = [];
  let dueRows = 0;
  const guessedEnd = table.header.guesses?.some((guess) => guess.field === "end") === true;
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    const task = resolved.rows[i];
    const times = resolved.times[i];
    if (!row || !task || !times) continue;
    for (const read of times.reads) emitRead(ctx, row, read, emit);
    if (columns.end !== undefined && mustBeComplete(ctx, i)) {
      dueRows++;
      if (task.end.state === "blank" && !notToBeHandled(ctx, row)) {
        // A finish column found by its cells (COLUMN_GUESSED): the sheet never said every row has one.
        const draft = at(row, times.endCell, "END_MISSING", "end", {});
        missing.push(guessedEnd ? { ...draft, severity: "info" } : draft);
      }
    }
    checkRelations(ctx, task, times, resolved, emit);
  }
  reportMissingEnds(ctx, missing, dueRows, emit);
}

// A column left mostly blank is how the sheet is kept (a register filled in as work is registered), one
// fact about the column; a few blanks among dated tasks are each a task to fix.
const MOSTLY_MISSING_MIN = 5;

function reportMissingEnds(ctx: RuleContext, missing: readonly FindingDraft[], dueRows: number, emit: Emit) {
  const { header } = ctx.table;
  if (
    missing.length >= MOSTLY_MISSING_MIN &&
    missing.length * 2 > dueRows &&
    header.columns.end !== undefined
  ) {
    const params = { missing: missing.length, tasks: dueRows };
    emit({
      code: "DEADLINES_MOSTLY_MISSING",
      row: header.row,
      column: header.columns.end,
      field: "end",
      params,
    });
    return;
  }
  for (const draft of missing) emit(draft);
}

/**
 * What reading one time cell found: an unreadable time, a status typed as a time, a time in a sentence, a
 * time read but not written the standard way. A certain correction is offered as the finding's suggestion
 * (with `text`, the cell as checked: the pane writes it only while the cell still holds that).
 */
function emitRead(ctx: RuleContext, row: AnnexRow, { time, cell, field }: TimeRead, emit: Emit): void {
  if (time.state === "ok") {
    if (time.parsed.read !== undefined) emit(readFromSentence(row, cell, field, time.parsed));
    else {
      const to = respelling(ctx, cell, time.parsed);
      if (to !== undefined) {
        emit({ ...at(row, cell, "TIME_SPELLING", field, { text: cell.text, to, field }), suggestions: [to] });
      }
    }
    return;
  }
  if (time.state !== "failed") return;
  const result = time.failure;
  if (result.reason === "empty") return;
  const text = excerpt(result.text || cell.text);
  if (result.reason === "unparseable" && isStatus(cell.cell)) {
    // `Đã hoàn thành` where the time should be: read at once, but there is no deadline to track.
    emit(at(row, cell, "TIME_IS_STATUS", field, { text, field }));
    return;
  }
  const params =
    result.reason === "unparseable" ? { text, field } : { text, detail: excerpt(result.detail ?? text) };
  const to = result.reason === "unparseable" && text === cell.text ? lookAlikeFix(ctx, cell) : undefined;
  const draft = at(row, cell, FAILURE_CODES[result.reason], field, params);
  emit(to === undefined ? draft : { ...draft, suggestions: [to] });
}

// Longer cells are sentences or notes: rewriting them whole is not a spelling fix.
const RESPELL_MAX_LENGTH = 80;

/** The cell spelt the standard way, when that reads exactly as the cell does (else undefined). */
function respelling(ctx: RuleContext, cell: FieldCell, parsed: ParsedTime): string | undefined {
  if (typeof cell.cell !== "string" || cell.text.length > RESPELL_MAX_LENGTH) return undefined;
  const to = standardSpelling(cell.text);
  if (to === cell.text) return undefined;
  const again = ctx.parseTime(to);
  if (!again.ok || again.kind !== parsed.kind || again.hasDeadline !== parsed.hasDeadline) return undefined;
  const [a, b] = [again.interval, parsed.interval];
  if (a?.from !== b?.from || a?.to !== b?.to) return undefined;
  return to;
}

// A sheet's time cells repeat a few texts (`Quý IV`, `Thường xuyên`) on every row: each spelt once.
const standardSpelling = keptMemo((text: string) => standardTimeSpelling(text), 5_000);

/** An unreadable cell with look-alike letters replaced, when that reads (else undefined). */
function lookAlikeFix(ctx: RuleContext, cell: FieldCell): string | undefined {
  if (typeof cell.cell !== "string" || cell.text.length > RESPELL_MAX_LENGTH) return undefined;
  const repaired = lookAlikeRepair(cell.text);
  if (repaired === cell.text) return undefined;
  const to = standardTimeSpelling(repaired);
  return ctx.parseTime(to).ok ? to : undefined;
}

/** TIME_IN_TEXT: what was read from a sentence, and the day it gives (the deadline; a start's first day). */
function readFromSentence(row: AnnexRow, cell: FieldCell, field: Field, parsed: ParsedTime) {
  const day = field === "start" ? parsed.interval?.from : parsed.interval?.to;
  const params = {
    text: excerpt(parsed.text),
    field,
    read: excerpt(parsed.read ?? ""),
    ...(day === undefined ? {} : { date: viDay(day) }),
  };
  return at(row, cell, "TIME_IN_TEXT", field, params);
}

/** Reversed ranges, vague finishes, deadlines outside the period or section, a missing start. */
function checkRelations(
  ctx: RuleContext,
  task: ResolvedTask,
  times: RowTimes,
  resolved: ResolvedSheet,
  emit: Emit,
): void {
  const { row, end } = task;
  const { endCell, startCell, start } = times;
  const ownEnd = times.end.state === "ok" ? times.end.parsed : undefined;
  const separateStart = startCell.column !== undefined && startCell.column !== endCell.column;

  if (ownEnd?.interval && ownEnd.interval.from > ownEnd.interval.to) {
    const { from, to } = ownEnd.interval;
    const params = { start: viDay(from), end: viDay(to) };
    const fix = reversedRangeFix(ctx, ownEnd);
    if (fix === undefined) emit(at(row, endCell, "RANGE_REVERSED", "end", params));
    // `text` is the cell as checked: the pane writes the fix only while the cell still holds it.
    else
      emit({
        ...at(row, endCell, "RANGE_REVERSED", "end", { ...params, text: fix.text }),
        suggestions: [fix.to],
      });
    return;
  }
  if (separateStart && start.state === "ok" && end.state === "ok") {
    const from = start.parsed.interval?.from;
    const to = end.parsed.hasDeadline ? end.parsed.interval?.to : undefined;
    if (from !== undefined && to !== undefined && from > to) {
      emit(at(row, startCell, "RANGE_REVERSED", "start", { start: start.parsed.text, end: end.parsed.text }));
      return;
    }
  }
  if (!ownEnd) return;
  if (!ownEnd.hasDeadline || !ownEnd.interval) {
    emit(at(row, endCell, "DEADLINE_VAGUE", "end", { text: excerpt(ownEnd.text) }));
    return;
  }
  const { to } = ownEnd.interval;
  if (to < ctx.period.from || to > ctx.period.to) {
    const params = { text: excerpt(ownEnd.text), deadline: viDay(to), period: periodLabel(ctx.period) };
    emit(at(row, endCell, "DEADLINE_OUTSIDE_PERIOD", "end", params));
    return;
  }
  if (isWorkRow(row) && checkSection(ctx, row, times, ownEnd, resolved, emit)) {
    return;
  }
  if (
    isWorkRow(row) &&
    separateStart &&
    start.state === "blank" &&
    !ownEnd.isRange &&
    !ONE_OFF.has(ownEnd.kind) &&
    times.upStart === -1
  ) {
    emit(at(row, startCell, "START_MISSING", "start", { end: excerpt(ownEnd.text) }));
  }
}

/**
 * The two ends of a reversed range in one cell written the other way round (`Quý IV - Quý II` →
 * `Quý II - Quý IV`), when that is certain: both ends read on their own as they did in the range, inside
 * one calendar year of a one-year plan (in a longer plan `Quý IV - Quý II` may run into the next year).
 */
function reversedRangeFix(ctx: RuleContext, range: ParsedTime): { text: string; to: string } | undefined {
  const { cut, interval } = range;
  if (cut === undefined || interval === undefined) return undefined;
  const year = toYmd(ctx.period.from).year;
  if (toYmd(ctx.period.to).year !== year) return undefined;
  const start = ctx.parseTime(cut.start);
  const end = ctx.parseTime(cut.end);
  if (!start.ok || !end.ok || start.isRange || end.isRange || !start.interval || !end.interval)
    return undefined;
  if (start.interval.from !== interval.from || end.interval.to !== interval.to) return undefined;
  if (toYmd(start.interval.from).year !== year || toYmd(end.interval.to).year !== year) return undefined;
  const to = `${cut.end} - ${cut.start}`;
  const swapped = ctx.parseTime(to);
  if (!swapped.ok || !swapped.interval) return undefined;
  if (swapped.interval.from !== end.interval.from || swapped.interval.to !== start.interval.to)
    return undefined;
  return { text: range.text, to };
}

/** OUTSIDE_SECTION_RANGE against the nearest enclosing row that has its own time; true when emitted. */
function checkSection(
  ctx: RuleContext,
  row: AnnexRow,
  times: RowTimes,
  ownEnd: ParsedTime,
  resolved: ResolvedSheet,
  emit: Emit,
): boolean {
  const foundIndex = times.upEnd;
  const found = resolved.times[foundIndex];
  if (!found || found.end.state !== "ok") return false;
  const sectionEnd = found.end.parsed;
  if (!sectionEnd.hasDeadline || !sectionEnd.interval || !ownEnd.interval) return false;
  const sectionStart = found.start.state === "ok" ? found.start.parsed.interval?.from : undefined;
  const range: DayInterval = { from: sectionStart ?? Number.NEGATIVE_INFINITY, to: sectionEnd.interval.to };
  const start = times.start.state === "ok" ? times.start.parsed : undefined;
  const endOutside = ownEnd.interval.to > range.to || ownEnd.interval.to < range.from;
  const startOutside = start?.interval !== undefined && start.interval.from < range.from;
  if (!endOutside && !startOutside) return false;
  const sectionRow = ctx.table.rows[foundIndex];
  const startText = found.start.state === "ok" ? found.start.parsed.text : "";
  const rangeText =
    startText && startText !== sectionEnd.text ? `${startText} - ${sectionEnd.text}` : sectionEnd.text;
  const [cell, field, text] = endOutside
    ? [times.endCell, "end" as const, ownEnd.text]
    : [times.startCell, "start" as const, start?.text ?? ""];
  emit(
    at(row, cell, "OUTSIDE_SECTION_RANGE", field, {
      text: excerpt(text),
      section: sectionRow?.stt ?? "",
      range: excerpt(rangeText),
    }),
  );
  return true;
}

/** `2024`, `2026–2030`, or `01/07/2024–30/06/2025` for a period that is not whole years. */
export function periodLabel(period: DayInterval): string {
  const from = toYmd(period.from);
  const to = toYmd(period.to);
  const wholeYears = from.month === 1 && from.day === 1 && to.month === 12 && to.day === 31;
  if (!wholeYears) return `${viDay(period.from)}–${viDay(period.to)}`;
  return from.year === to.year ? String(from.year) : `${from.year}–${to.year}`;
}

function at(
  row: AnnexRow,
  cell: FieldCell,
  code: FindingCode,
  field: Field,
  params: Readonly<Record<string, string | number>>,
) {
  // Two literals, not a spread: this runs for every task's findings.
  return cell.column !== undefined
    ? { code, row: row.row, column: cell.column, field, params }
    : { code, row: row.row, field, params };
}

/** Status words typed in a time cell (a number there is a time gone wrong, not a percentage done). */
function isStatus(cell: Cell): boolean {
  if (typeof cell !== "string") return false;
  const status = parseStatus(cell);
  return status !== "unknown" && status !== "blank";
}

// Registers of documents or tasks under review mark some rows "kept as it is, not handled": such a row
// has no work to do and so no deadline to meet. (Other handlings, `Bãi bỏ`, `Thay thế`, are work.)
const NOT_HANDLED =
  /\b(?:giu nguyen|khong (?:xu ly|thuc hien|trien khai)|(?:dung|ngung) (?:xu ly|thuc hien|trien khai))\b/;
const MARK = /^(?:x|1|v|✓|✔|có|co)$/i;

/** True when the row says it is not to be handled: in a note or result, or by a mark in such a column. */
function notToBeHandled(ctx: RuleContext, row: AnnexRow): boolean {
  for (const field of ["note", "result", "status"] as const) {
    const cell = row.cells[field];
    if (typeof cell === "string" && NOT_HANDLED.test(foldKey(cell))) return true;
  }
  const extras = row.extras;
  if (!extras) return false;
  for (const { column, label } of ctx.table.header.extras) {
    const value = extras[column];
    if (value === undefined || value === null) continue;
    const text = typeof value === "string" ? value.trim() : String(value);
    if (MARK.test(text) ? NOT_HANDLED.test(foldKey(label)) : NOT_HANDLED.test(foldKey(text))) return true;
  }
  return false;
}
