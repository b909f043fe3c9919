/** Reading one submission's task rows for consolidation: times, agencies, status, extras (DESIGN §7). */
import type { AgencyMatcher } from "./agency";
import { isOwnUnitKey } from "./agency-unit";
import type { ConsolidatedTask } from "./consolidate";
import type { Field } from "./fields";
import { formatIsoDay, quarterOf, toYmd } from "./day";
import type { DayNumber } from "./day";
import type { SheetReport } from "./report-types";
import { cellText, isErrorCell } from "./snapshot";
import type { Cell } from "./snapshot";
import type { TaskStatus } from "./status";
import { tableStatusReader, type StatusReader } from "./status-sheet";
import { classifyTask } from "./task-grid";
import { toRoman } from "./table/stt";
import type { AnnexRow, AnnexTable } from "./table-types";
import { foldKey, isBlankText, normalizeText } from "./text";
import { parseTimeExpression, serialDateCell } from "./time-expression";
import type { TimeContext, TimeResult } from "./time-types";

/** A task with what the counts need but the public shape does not carry. */
export interface TaskRecord {
  readonly task: ConsolidatedTask;
  /** The finish is empty or not a time expression. */
  readonly missingDeadline: boolean;
  readonly leads: readonly string[];
}

/** `{ file }` when the report came from a file, else nothing (exactOptionalPropertyTypes). */
export function fileOf(report: { readonly file?: string }): { file?: string } {
  return report.file === undefined ? {} : { file: report.file };
}

// Submissions repeat the same few time, agency and status texts thousands of times: each is read once.
export interface Caches {
  /** Parsed times by plan context and cell. */
  time(cell: Cell, ctx: TimeContext): TimeResult;
  split(text: string, ctx: TimeContext): { start: string; end: string } | undefined;
  /** Agency names of a cell (canonical where known; the unit's own committee as the unit). */
  agencies(text: string, unit?: string): readonly string[];
  /** ISO day and quarter label of a deadline. */
  deadline(day: DayNumber): { readonly iso: string; readonly quarter: string };
}

function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const values = new Map<K, V>();
  return (key) => {
    if (values.has(key)) return values.get(key) as V;
    const value = compute(key);
    values.set(key, value);
    return value;
  };
}

// A cache key for a cell: strings as themselves, other values tagged with their type.
function cellKey(cell: Cell): string {
  return typeof cell === "string" ? cell : `\u0000${typeof cell}:${cellText(cell)}`;
}

/** Memoised readers shared by all the submissions of one consolidation. */
export function createCaches(agencies: AgencyMatcher): Caches {
  const byContext = memo((_key: string) => ({
    times: new Map<string, TimeResult>(),
  }));
  const contextOf = (ctx: TimeContext) => byContext(`${ctx.period.from}:${ctx.period.to}:${ctx.defaultYear}`);
  const time = (cell: Cell, ctx: TimeContext): TimeResult => {
    const { times } = contextOf(ctx);
    const key = cellKey(cell);
    let result = times.get(key);
    if (!result) {
      result = parseTimeExpression(cell, ctx);
      times.set(key, result);
    }
    return result;
  };
  // Keyed by `unit\0text` when a unit is given: `UBND phường` in a ward's own report is that ward.
  const agencyNames = memo((key: string): readonly string[] => {
    const cut = key.indexOf("\u0000");
    const unit = cut < 0 ? undefined : key.slice(0, cut);
    const text = cut < 0 ? key : key.slice(cut + 1);
    const names = agencies
      .mentions(text)
      .map((m) => (unit !== undefined && isOwnUnitKey(m.key, unit) ? unit : (m.canonical ?? m.text)));
    return [...new Set(names)];
  });
  return {
    time,
    split(text, ctx) {
      const parsed = time(text, ctx);
      return parsed.ok ? parsed.cut : undefined;
    },
    agencies: (text, unit) => agencyNames(unit === undefined ? text : `${unit}\u0000${text}`),
    deadline: memo((day: DayNumber) => ({ iso: formatIsoDay(day), quarter: quarterLabel(day) })),
  };
}

export interface ExtraColumn {
  readonly column: number;
  readonly label: string;
  /** A recognised field the data sheet has no column of its own for (its cells are read from the row). */
  readonly field?: Field;
}

// Recognised fields that `Dữ liệu tổng hợp` has no fixed column for: kept under the unit's own label.
const FIELDS_AS_EXTRAS: readonly Field[] = ["output", "result", "note"];

/** The report's unmatched and duplicate columns, labelled consistently across submissions (by foldKey). */
export function extraColumnsOf(table: AnnexTable | undefined, labels: Map<string, string>): ExtraColumn[] {
  if (!table) return [];
  const header = table.header;
  const used = new Set(Object.values(header.columns));
  const raw: ExtraColumn[] = [];
  for (const field of FIELDS_AS_EXTRAS) {
    const column = header.columns[field];
    if (column !== undefined) raw.push({ column, label: header.labels[column] ?? field, field });
  }
  for (const d of header.duplicates) {
    for (const column of d.columns)
      if (!used.has(column)) raw.push({ column, label: header.labels[column] ?? d.field });
  }
  for (const e of header.extras) if (!used.has(e.column)) raw.push(e);
  const seen = new Set<number>();
  return raw
    .filter((c) => !seen.has(c.column) && seen.add(c.column))
    .map((c) => {
      const display = normalizeText(c.label) || `(${c.column})`;
      const key = foldKey(display) || display;
      if (!labels.has(key)) labels.set(key, display);
      return { column: c.column, label: labels.get(key) ?? display, ...(c.field ? { field: c.field } : {}) };
    });
}

/** The task rows of one report (sections' lead and time inherited), with what the unit counts need. */
export function consolidateReport(
  report: SheetReport,
  unit: string,
  extras: readonly ExtraColumn[],
  caches: Caches,
  when: { readonly asOf: DayNumber; readonly dueSoonDays: number },
): TaskRecord[] {
  const table = report.table;
  if (!table) return [];
  const ctx: TimeContext = { defaultYear: toYmd(report.period.from).year, period: report.period };
  const statuses = tableStatusReader(table);
  const findingsByRow = new Map<number, number>();
  for (const f of report.findings)
    if (f.row !== undefined) findingsByRow.set(f.row, (findingsByRow.get(f.row) ?? 0) + 1);

  const sectionTitles = memo((index: number) => {
    const section = table.rows[index];
    return section ? normalizeText(`${section.stt} ${cellText(section.cells.content ?? null)}`) : "";
  });
  const records: TaskRecord[] = [];
  for (const row of table.rows) {
    if (row.kind !== "task") continue;
    const section = row.section === undefined ? undefined : table.rows[row.section];
    // A task with no lead or no time inherits its section's (DESIGN §2, LEAD_MISSING / END_MISSING).
    const own = (field: "start" | "end" | "lead" | "support"): Cell => row.cells[field] ?? null;
    const inherited = (field: "start" | "end" | "lead"): Cell =>
      isBlank(own(field)) && section ? (section.cells[field] ?? null) : own(field);
    const time = taskTime(table.header.combinedTime, inherited("start"), inherited("end"), caches, ctx);
    const statusText = cellText(row.cells.status ?? null);
    const status = taskStatus(statuses, row, statusText);
    const place = classifyTask({
      status,
      tracked: statuses.tracked,
      ...(time.deadline === undefined ? {} : { deadline: time.deadline }),
      asOf: when.asOf,
      dueSoonDays: when.dueSoonDays,
    });
    const leadCell = inherited("lead");
    // An error value (`#REF!`) names no agency: shown as it is, counted with the tasks that have no lead.
    const leads = isErrorCell(leadCell) ? [] : caches.agencies(cellText(leadCell), unit);
    const task: ConsolidatedTask = {
      unit,
      ...fileOf(report),
      sheet: report.sheet,
      row: row.row,
      stt: row.stt,
      section: row.section === undefined ? "" : sectionTitles(row.section),
      content: cellText(row.cells.content ?? null),
      start: time.start,
      end: time.end,
      ...(time.deadline === undefined ? {} : endFields(caches.deadline(time.deadline))),
      lead: isErrorCell(leadCell) ? cellText(leadCell) : leads.join("; "),
      support: caches.agencies(cellText(own("support")), unit).join("; "),
      status,
      statusText,
      overdue: place.grid === "openOverdue",
      grid: place.grid,
      dueSoon: place.dueSoon,
      ...(place.daysOverdue === undefined ? {} : { daysOverdue: place.daysOverdue }),
      findings: findingsByRow.get(row.row) ?? 0,
      extras: extraValues(row, extras),
    };
    records.push({ task, missingDeadline: time.missing, leads });
  }
  return records;
}

/**
 * As the findings read it (status-sheet.ts). A column of project stages is no completion status: its
 * text is kept as written, counted as "status not known".
 */
function taskStatus(statuses: StatusReader, row: AnnexRow, statusText: string): TaskStatus {
  if (!statuses.tracked) return statusText.trim() === "" ? "blank" : "unknown";
  return statuses.effective(row.cells.status ?? null, row.cells.result ?? null, row.cells.content ?? null);
}

function endFields(d: { readonly iso: string; readonly quarter: string }): {
  endDate: string;
  quarter: string;
} {
  return { endDate: d.iso, quarter: d.quarter };
}

function isBlank(cell: Cell): boolean {
  return cell === null || (typeof cell === "string" && isBlankText(cell));
}

/** `Quý IV/2024`. */
export function quarterLabel(day: DayNumber): string {
  return `Quý ${toRoman(quarterOf(day))}/${toYmd(day).year}`;
}

/** A time cell as shown: a serial date stored as a plain number reads as the date, not `45400`. */
function timeText(cell: Cell): string {
  return cellText(serialDateCell(cell) ?? cell);
}

function taskTime(
  combined: boolean,
  start: Cell,
  end: Cell,
  caches: Caches,
  ctx: TimeContext,
): { start: string; end: string; deadline?: DayNumber; missing: boolean } {
  let startText = timeText(start);
  let endText = timeText(end);
  if (combined) {
    const cell = isBlank(end) ? start : end;
    const split = typeof cell === "string" ? caches.split(cell, ctx) : undefined;
    startText = split ? split.start : "";
    endText = split ? split.end : timeText(cell);
    end = cell;
  }
  if (isBlank(end)) return { start: startText, end: endText, missing: true };
  const parsed = caches.time(end, ctx);
  const deadline = parsed.ok && parsed.hasDeadline ? parsed.interval?.to : undefined;
  return {
    start: startText,
    end: endText,
    ...(deadline === undefined ? {} : { deadline }),
    missing: !parsed.ok,
  };
}

function extraValues(row: AnnexRow, extras: readonly ExtraColumn[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const { column, label, field } of extras) {
    const text = cellText((field ? row.cells[field] : row.extras?.[column]) ?? null);
    if (text !== "") values[label] = values[label] === undefined ? text : `${values[label]}; ${text}`;
  }
  return values;
}
