/**
 * One submission's tasks for consolidation (DESIGN §7): its resolved tasks (resolve-tasks.ts) projected
 * into the data sheet's shape (canonical agencies for the unit, ISO days, quarter), with its extra columns.
 */
import type { ConsolidatedTask } from "./consolidation-types";
import type { Field } from "./fields";
import { formatIsoDay, quarterOf, toYmd } from "./day";
import type { DayNumber } from "./day";
import type { SheetReport } from "./report-types";
import { agencyNames, placeAsOf, resolveTasks, type MentionSource } from "./resolve-tasks";
import { cellText } from "./snapshot";
import { toRoman } from "./table/stt";
import type { AnnexRow, AnnexTable } from "./table-types";
import { foldKey, normalizeText } from "./text";
import { memo } from "./memo";

/** A task with what the counts need but the public shape does not carry. */
export interface TaskRecord {
  readonly task: ConsolidatedTask;
  /** The finish is empty or not a time expression. */
  readonly missingDeadline: boolean;
}

/** `{ file }` when the report came from a file, else nothing (exactOptionalPropertyTypes). */
export function fileOf(report: { readonly file?: string }): { file?: string } {
  return report.file === undefined ? {} : { file: report.file };
}

/** Memoised projections shared by all the submissions of one consolidation. */
export interface Caches {
  readonly matcher: MentionSource;
  /** ISO day and quarter label of a deadline. */
  deadline(day: DayNumber): { readonly iso: string; readonly quarter: string };
  /** ISO day of a completion date. */
  day(day: DayNumber): string;
  /**
   * One string for each distinct text: the same lead, time or status typed in every workbook (and every
   * joined list of names, made anew for each task) is kept once, not once a task.
   */
  shared(text: string): string;
}

/** Memoised readers shared by all the submissions of one consolidation. */
export function createCaches(matcher: MentionSource): Caches {
  return {
    matcher,
    deadline: memo((day: DayNumber) => ({ iso: formatIsoDay(day), quarter: quarterLabel(day) })),
    day: memo(formatIsoDay),
    shared: memo((text: string) => text),
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

/**
 * The task rows of one report, projected from its resolved tasks (times and lead own or inherited up the
 * row's chain, as the findings read them), with what the unit counts need.
 */
export function consolidateReport(
  report: SheetReport,
  unit: string,
  extras: readonly ExtraColumn[],
  caches: Caches,
  when: { readonly asOf: DayNumber; readonly dueSoonDays: number },
): TaskRecord[] {
  const table = report.table;
  if (!table) return [];
  const resolved =
    report.resolved ??
    resolveTasks({
      table,
      period: report.period,
      asOf: when.asOf,
      dueSoonDays: when.dueSoonDays,
      matcher: caches.matcher,
    });
  const samePlaces = resolved.asOf === when.asOf && resolved.dueSoonDays === when.dueSoonDays;
  const findingsByRow = new Map<number, number>();
  for (const f of report.findings)
    if (f.row !== undefined) findingsByRow.set(f.row, (findingsByRow.get(f.row) ?? 0) + 1);

  const sectionTitles = memo((index: number) => {
    const section = table.rows[index];
    return section ? normalizeText(`${section.stt} ${cellText(section.cells.content ?? null)}`) : "";
  });
  const records: TaskRecord[] = [];
  for (const task of resolved.rows) {
    if (task?.row.kind !== "task") continue;
    const { row } = task;
    const place = samePlaces ? task.place : placeAsOf(task, resolved.tracked, when.asOf, when.dueSoonDays);
    const consolidated: ConsolidatedTask = {
      unit,
      ...fileOf(report),
      sheet: report.sheet,
      row: row.row,
      stt: row.stt,
      section: row.section === undefined ? "" : sectionTitles(row.section),
      content: cellText(row.cells.content ?? null),
      start: caches.shared(task.startText),
      end: caches.shared(task.endText),
      ...(task.deadline === undefined ? {} : endFields(caches.deadline(task.deadline))),
      lead: caches.shared(task.leadError ? task.leadText : agencyNames(task.leads, unit).join("; ")),
      support: caches.shared(agencyNames(task.supports, unit).join("; ")),
      status: task.status,
      statusText: caches.shared(task.statusText),
      overdue: place.grid === "openOverdue",
      grid: place.grid,
      dueSoon: place.dueSoon,
      ...(place.daysOverdue === undefined ? {} : { daysOverdue: place.daysOverdue }),
      ...(task.completed === undefined ? {} : { completed: caches.day(task.completed) }),
      findings: findingsByRow.get(row.row) ?? 0,
      extras: extraValues(row, extras),
    };
    records.push({ task: consolidated, missingDeadline: task.missingDeadline });
  }
  return records;
}

function endFields(d: { readonly iso: string; readonly quarter: string }): {
  endDate: string;
  quarter: string;
} {
  return { endDate: d.iso, quarter: d.quarter };
}

/** `Quý IV/2024`. */
export function quarterLabel(day: DayNumber): string {
  return `Quý ${toRoman(quarterOf(day))}/${toYmd(day).year}`;
}

/** The extra values of a task with none: one object for all of them, not an empty one a task. */
const NO_EXTRAS: Readonly<Record<string, string>> = Object.freeze({});

function extraValues(row: AnnexRow, extras: readonly ExtraColumn[]): Readonly<Record<string, string>> {
  let values: Record<string, string> | undefined;
  for (const { column, label, field } of extras) {
    const text = cellText((field ? row.cells[field] : row.extras?.[column]) ?? null);
    if (text === "") continue;
    values ??= {};
    values[label] = values[label] === undefined ? text : `${values[label]}; ${text}`;
  }
  return values ?? NO_EXTRAS;
}

/**
 * A report's tasks projected for consolidation as soon as it is checked (projectReport), so that its rows
 * can be let go before the other submissions are read. Its extra columns carry the report's own labels.
 */
export interface Projection {
  readonly unit: string;
  readonly columns: readonly ExtraColumn[];
  readonly records: readonly TaskRecord[];
}

/**
 * Projects a report with a task table as consolidateSubmissions would: for the unit the report names
 * (reportUnit), with `caches` made for the consolidation's directory, as of `when`.
 */
export function projectReport(
  report: SheetReport,
  unit: string,
  caches: Caches,
  when: { readonly asOf: DayNumber; readonly dueSoonDays: number },
): Projection {
  const columns = extraColumnsOf(report.table, new Map());
  return { unit, columns, records: consolidateReport(report, unit, columns, caches, when) };
}

/**
 * A projection's records for `unit` (the one the consolidation assigned, by construction the projection's
 * own) with their extra values under the consolidation's labels (`columns`, the same columns labelled as
 * the first submission spelled them); the records themselves when nothing differs.
 */
export function relabelled(
  projection: Projection,
  unit: string,
  columns: readonly ExtraColumn[],
): readonly TaskRecord[] {
  const renames = new Map<string, string>();
  projection.columns.forEach((own, i) => {
    const shared = columns[i]?.label;
    if (shared !== undefined && shared !== own.label) renames.set(own.label, shared);
  });
  if (renames.size === 0 && unit === projection.unit) return projection.records;
  return projection.records.map((record) => {
    // A report's own labels are distinct by their folded key (extraColumnsOf), so no two meet in one name.
    const extras =
      renames.size === 0
        ? record.task.extras
        : Object.fromEntries(
            Object.entries(record.task.extras).map(([label, value]) => [renames.get(label) ?? label, value]),
          );
    return { ...record, task: { ...record.task, unit, extras } };
  });
}
