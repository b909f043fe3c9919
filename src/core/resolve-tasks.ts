/**
 * Resolved tasks (DESIGN §8): the one place where a table row becomes a task — its effective start and
 * finish (own or inherited, and from which row), deadline, lead and supporting agencies, status,
 * completion date and place in the status grid. The rules emit their findings from these; consolidation,
 * the annex and the summary only project them.
 */
import type { AgencyMention } from "./agency-types";
import { isOwnUnitKey } from "./agency-unit";
import { completionDay, type CompletionInput } from "./completion";
import type { DayInterval, DayNumber } from "./day";
import { cellText, isErrorCell, type Cell } from "./snapshot";
import type { TaskStatus } from "./status";
import { tableStatusReader, type StatusReader } from "./status-sheet";
import {
  cellTextNormaliser,
  inheritanceLinks,
  isStructuralRow,
  nearestUp,
  readFieldCell,
  timeParser,
  type CellReaders,
  type FieldCell,
} from "./task-cells";
import { classifyTask, DEFAULT_DUE_SOON_DAYS, type GridInput, type GridPlace } from "./task-grid";
import type { AnnexRow, AnnexTable } from "./table-types";
import { serialDateCell } from "./time-expression";
import type { ParsedTime, TimeFailure, TimeResult } from "./time-types";

/** A row's own start or finish: nothing, a cell already reported by a cell rule, unreadable, or a time. */
export type OwnTime =
  | { readonly state: "blank" }
  | { readonly state: "flagged" }
  | { readonly state: "failed"; readonly failure: TimeFailure }
  | { readonly state: "ok"; readonly parsed: ParsedTime };

/** One time cell as read on a row: what it says, and the field it was read for. */
export interface TimeRead {
  readonly time: OwnTime;
  readonly cell: FieldCell;
  readonly field: "start" | "end";
}

/** What a row itself says about its times, as the time rules read it (not kept with the report). */
export interface RowTimes {
  /** The row's own start and finish (a combined cell gives both when it is a range). */
  readonly start: OwnTime;
  readonly end: OwnTime;
  readonly startCell: FieldCell;
  readonly endCell: FieldCell;
  /** The time cells read on the row, each once (a combined cell is one read). */
  readonly reads: readonly TimeRead[];
  /** The nearest row up the chain with a start / a finish of its own (-1: none). */
  readonly upStart: number;
  readonly upEnd: number;
}

/** One row as a task. Every property is always present (one object shape, kept small: reports keep it). */
export interface ResolvedTask {
  /** Index into `table.rows`. */
  readonly index: number;
  readonly row: AnnexRow;
  /** Effective start and finish: own when the row has one, else inherited; and the row they are from. */
  readonly start: OwnTime;
  readonly startFrom: number;
  readonly end: OwnTime;
  readonly endFrom: number;
  /** The start and finish as shown (a combined range cut where the grammar cut it). */
  readonly startText: string;
  readonly endText: string;
  /** The last day the task must be done by; undefined for no finish, an unreadable or vague one. */
  readonly deadline: DayNumber | undefined;
  /** The finish is empty or not a time expression (own and inherited). */
  readonly missingDeadline: boolean;
  /** The row whose lead applies (own or inherited; -1: none) and its agencies (none for an error value). */
  readonly leadFrom: number;
  readonly leadText: string;
  /** The lead cell holds an error value (`#REF!`): it names no agency and is shown as it is. */
  readonly leadError: boolean;
  readonly leads: readonly AgencyMention[];
  readonly supports: readonly AgencyMention[];
  readonly status: TaskStatus;
  readonly statusText: string;
  /** The day it was done, when the report says so. */
  readonly completed: DayNumber | undefined;
  readonly place: GridPlace;
}

/** A table's rows as tasks, as a sheet report keeps them. */
export interface ResolvedTasks {
  /** False when the sheet has no completion status (no status column, or one of project stages). */
  readonly tracked: boolean;
  readonly asOf: DayNumber;
  readonly dueSoonDays: number;
  /** By index into `table.rows`; undefined for rows that are not structural (headings, notes, blanks). */
  readonly rows: readonly (ResolvedTask | undefined)[];
}

/** Resolved tasks with what the rules also read: the status reader and each row's own times. */
export interface ResolvedSheet extends ResolvedTasks {
  readonly statuses: StatusReader;
  readonly times: readonly (RowTimes | undefined)[];
}

/** The part of the agency matcher resolution uses (its memo cache is shared across sheets). */
export interface MentionSource {
  mentions(text: string): readonly AgencyMention[];
}

export interface ResolveInput {
  readonly table: AnnexTable;
  readonly period: DayInterval;
  readonly asOf: DayNumber;
  readonly dueSoonDays?: number;
  readonly matcher: MentionSource;
  /** Cells the cell rules reported; the rules' memoised readers when they run (else fresh ones). */
  readonly readers?: Omit<CellReaders, "table">;
  /** The inheritance links (inheritanceLinks) when already computed. */
  readonly up?: Int32Array;
}

const BLANK: OwnTime = { state: "blank" };
const FLAGGED: OwnTime = { state: "flagged" };
const NO_FLAGS: ReadonlySet<number> = new Set();
const NO_MENTIONS: readonly AgencyMention[] = [];

/** Resolves every structural row of a table into a task. */
export function resolveTasks(input: ResolveInput): ResolvedSheet {
  const { table, asOf } = input;
  const dueSoonDays = input.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const readers: CellReaders = {
    table,
    flagged: input.readers?.flagged ?? NO_FLAGS,
    text: input.readers?.text ?? cellTextNormaliser(),
    parseTime: input.readers?.parseTime ?? timeParser(input.period),
  };
  const up = input.up ?? inheritanceLinks(table);
  const statuses = tableStatusReader(table);
  const own = table.rows.map((row) => (isStructuralRow(row) ? readOwnTimes(readers, row) : undefined));
  const upEnd = nearestUp(up, (j) => (own[j]?.end.state ?? "blank") !== "blank");
  const upStart = nearestUp(up, (j) => (own[j]?.start.state ?? "blank") !== "blank");
  const leadPresent = table.rows.map((row) => present(readFieldCell(readers, row, "lead")));
  const upLead = nearestUp(up, (j) => leadPresent[j] === true);
  const combined = isCombined(table);
  const completionColumn = table.header.completion?.column;

  // Spelt out, not spread: copying by spread cost more than reading the times.
  const times = own.map((t, i): RowTimes | undefined =>
    t === undefined
      ? undefined
      : {
          start: t.start,
          end: t.end,
          startCell: t.startCell,
          endCell: t.endCell,
          reads: t.reads,
          upStart: upStart[i] ?? -1,
          upEnd: upEnd[i] ?? -1,
        },
  );
  const rows = table.rows.map((row, i): ResolvedTask | undefined => {
    const mine = own[i];
    if (!mine) return undefined;
    const startFrom = mine.start.state !== "blank" ? i : (upStart[i] ?? -1);
    const endFrom = mine.end.state !== "blank" ? i : (upEnd[i] ?? -1);
    const start = startFrom === i ? mine.start : (own[startFrom]?.start ?? BLANK);
    const end = endFrom === i ? mine.end : (own[endFrom]?.end ?? BLANK);
    const deadline = deadlineOf(end);
    const leadFrom = leadPresent[i] ? i : (upLead[i] ?? -1);
    const leadCell: Cell = table.rows[leadFrom]?.cells.lead ?? null;
    const statusCell = readFieldCell(readers, row, "status");
    const status = readStatus(statuses, row, statusCell);
    const completed =
      status === "done"
        ? completionDay(
            completionInput(
              completionColumn === undefined ? undefined : (row.extras?.[completionColumn] ?? null),
              statusCell.text === "" ? null : statusCell.cell,
              row,
              asOf,
              readers.parseTime,
            ),
          )
        : undefined;
    const place = classifyTask(gridInput(status, statuses.tracked, deadline, completed, asOf, dueSoonDays));
    const shown = shownTimes(table, combined, startFrom, endFrom, end);
    const leadError = isErrorCell(leadCell);
    return {
      index: i,
      row,
      start,
      startFrom,
      end,
      endFrom,
      startText: shown.start,
      endText: shown.end,
      deadline,
      missingDeadline: end.state !== "ok",
      leadFrom,
      leadText: cellText(leadCell),
      // An error value (`#REF!`) names no agency: shown as it is, counted with the tasks that have no lead.
      leadError,
      leads: leadError ? NO_MENTIONS : input.matcher.mentions(cellText(leadCell)),
      supports: input.matcher.mentions(cellText(row.cells.support ?? null)),
      status,
      statusText: cellText(row.cells.status ?? null),
      completed,
      place,
    };
  });
  return { tracked: statuses.tracked, statuses, asOf, dueSoonDays, rows, times };
}

/** What a sheet report keeps of a resolved sheet: the tasks, not what only the rules read. */
export function keptTasks(sheet: ResolvedSheet): ResolvedTasks {
  return { tracked: sheet.tracked, asOf: sheet.asOf, dueSoonDays: sheet.dueSoonDays, rows: sheet.rows };
}

/** The grid place of a resolved task as of another day or with another "due soon" window. */
export function placeAsOf(
  task: ResolvedTask,
  tracked: boolean,
  asOf: DayNumber,
  dueSoonDays: number,
): GridPlace {
  return classifyTask(gridInput(task.status, tracked, task.deadline, task.completed, asOf, dueSoonDays));
}

// The inputs of classifyTask and completionDay are built field by field, not by spreading optional parts:
// they are made for every task, and a spread costs more than the rest of the work.
function gridInput(
  status: TaskStatus,
  tracked: boolean,
  deadline: DayNumber | undefined,
  completed: DayNumber | undefined,
  asOf: DayNumber,
  dueSoonDays: number,
): GridInput {
  const input: { -readonly [K in keyof GridInput]: GridInput[K] } = { status, tracked, asOf, dueSoonDays };
  if (deadline !== undefined) input.deadline = deadline;
  if (completed !== undefined) input.completed = completed;
  return input;
}

function completionInput(
  column: Cell | undefined,
  status: Cell,
  row: AnnexRow,
  asOf: DayNumber,
  parseTime: (cell: Cell) => TimeResult,
): CompletionInput {
  const result = row.cells.result ?? null;
  const content = row.cells.content ?? null;
  return column === undefined
    ? { status, result, content, asOf, parseTime }
    : { column, status, result, content, asOf, parseTime };
}

function isCombined(table: AnnexTable): boolean {
  const { columns, combinedTime } = table.header;
  return combinedTime || (columns.start !== undefined && columns.start === columns.end);
}

type OwnTimes = Omit<RowTimes, "upStart" | "upEnd">;

const NO_TIMES_READ: readonly TimeRead[] = [];

function readOwnTimes(readers: CellReaders, row: AnnexRow): OwnTimes {
  const { columns } = readers.table.header;
  const endCell = readFieldCell(readers, row, "end");
  if (columns.end === undefined && columns.start === undefined) {
    return { start: BLANK, end: BLANK, startCell: endCell, endCell, reads: NO_TIMES_READ };
  }
  const combined = isCombined(readers.table);
  if (combined || columns.end === undefined) {
    // One time column: a range in it gives both ends; a single time is the finish.
    const cell = combined ? endCell : readFieldCell(readers, row, "start");
    const time = readTime(readers, cell);
    const reads = [{ time, cell, field: combined ? "end" : "start" } as const];
    if (!combined) return { start: time, end: BLANK, startCell: cell, endCell, reads };
    const start = time.state === "ok" && time.parsed.isRange ? time : BLANK;
    return { start, end: time, startCell: cell, endCell: cell, reads };
  }
  const startCell = readFieldCell(readers, row, "start");
  const start = columns.start === undefined ? BLANK : readTime(readers, startCell);
  const end = readTime(readers, endCell);
  const reads: TimeRead[] = [];
  if (columns.start !== undefined) reads.push({ time: start, cell: startCell, field: "start" });
  reads.push({ time: end, cell: endCell, field: "end" });
  return { start, end, startCell, endCell, reads };
}

function readTime(readers: CellReaders, cell: FieldCell): OwnTime {
  if (cell.flagged) return FLAGGED;
  if (cell.text === "") return BLANK;
  const result: TimeResult = readers.parseTime(cell.cell);
  if (result.ok) return okTime(result);
  return result.reason === "empty" ? BLANK : { state: "failed", failure: result };
}

// The sheet's parser returns one result per distinct text: one wrapper each, shared by the rows.
const OK_TIMES = new WeakMap<ParsedTime, OwnTime>();

function okTime(parsed: ParsedTime): OwnTime {
  let time = OK_TIMES.get(parsed);
  if (time === undefined) {
    time = { state: "ok", parsed };
    OK_TIMES.set(parsed, time);
  }
  return time;
}

function deadlineOf(end: OwnTime): DayNumber | undefined {
  if (end.state !== "ok" || !end.parsed.hasDeadline) return undefined;
  return end.parsed.interval?.to;
}

function present(cell: FieldCell): boolean {
  return cell.flagged || cell.text !== "";
}

/**
 * As the findings read it (status-sheet.ts). A column of project stages is no completion status: its
 * text is kept as written, counted as "status not known".
 */
function readStatus(statuses: StatusReader, row: AnnexRow, cell: FieldCell): TaskStatus {
  if (!statuses.tracked) return cell.text === "" ? "blank" : "unknown";
  const status = cell.text === "" ? null : cell.cell;
  return statuses.effective(status, row.cells.result ?? null, row.cells.content ?? null);
}

/** The start and finish as shown: the cells the times come from; a combined range as the grammar cut it. */
function shownTimes(
  table: AnnexTable,
  combined: boolean,
  startFrom: number,
  endFrom: number,
  end: OwnTime,
): { start: string; end: string } {
  if (combined) {
    const cut = end.state === "ok" ? end.parsed.cut : undefined;
    if (cut) return cut;
    return { start: "", end: timeText(table.rows[endFrom]?.cells.end ?? null) };
  }
  return {
    start: timeText(table.rows[startFrom]?.cells.start ?? null),
    end: timeText(table.rows[endFrom]?.cells.end ?? null),
  };
}

/** A time cell as shown: a serial date stored as a plain number reads as the date, not `45400`. */
function timeText(cell: Cell): string {
  return cellText(serialDateCell(cell) ?? cell);
}

const namesMemo = new WeakMap<readonly AgencyMention[], Map<string, readonly string[]>>();

/**
 * The agencies' names as the data sheet shows them: canonical where known, as written otherwise; the
 * unit's own committee (`UBND phường` in its own report) as the unit. Memoised by the matcher's arrays.
 */
export function agencyNames(mentions: readonly AgencyMention[], unit: string | undefined): readonly string[] {
  let byUnit = namesMemo.get(mentions);
  if (!byUnit) {
    byUnit = new Map();
    namesMemo.set(mentions, byUnit);
  }
  const key = unit ?? "";
  let names = byUnit.get(key);
  if (!names) {
    const all = mentions.map((m) =>
      unit !== undefined && isOwnUnitKey(m.key, unit) ? unit : (m.canonical ?? m.text),
    );
    names = [...new Set(all)];
    byUnit.set(key, names);
  }
  return names;
}
