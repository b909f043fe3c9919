/**
 * Changes seen (issue 11): the tasks of this consolidation against the previous one's `Dữ liệu tổng hợp`
 * sheet — per unit, tasks whose status, completion date or deadline changed, and rows added or removed —
 * so a corrected report is checked in a minute. A task is the same task by its template id when both sides
 * have one, else by its section, number and text.
 */
import type { Consolidation, ConsolidatedTask } from "../consolidate";
import { consolidationLabels } from "../plans/consolidation-labels";
import { COMPLETED_LABEL, ID_LABEL } from "../plans/template-plan";
import { cellText, type SheetSnapshot } from "../snapshot";
import { foldKey, normalizeText, toneKey } from "../text";

/** One task as the data sheet shows it: the fields a change is looked for in. */
export interface TaskLine {
  readonly unit: string;
  readonly stt: string;
  readonly section: string;
  readonly content: string;
  readonly id: string;
  readonly status: string;
  readonly completed: string;
  readonly deadline: string;
}

export type ChangeKind = "status" | "completed" | "deadline" | "added" | "removed";

export interface TaskChange {
  readonly unit: string;
  readonly stt: string;
  readonly content: string;
  readonly kind: ChangeKind;
  readonly before: string;
  readonly after: string;
}

const FIELDS = ["unit", "stt", "section", "content", "end", "status"] as const;
type DataField = (typeof FIELDS)[number];
// Their place in the data sheet's header (consolidation-labels.ts), in both languages.
const HEADER_INDEX: Readonly<Record<DataField, number>> = {
  unit: 0,
  stt: 4,
  section: 5,
  content: 6,
  end: 8,
  status: 13,
};

/** The previous data sheet's tasks, its columns found by their labels (Vietnamese or English). */
export function readTaskLines(sheet: SheetSnapshot): TaskLine[] | undefined {
  const header = (sheet.rows[0] ?? []).map((cell) => foldKey(cellText(cell)));
  const columnOf = (labels: readonly string[]): number => {
    const wanted = new Set(labels.map((l) => foldKey(l)));
    return header.findIndex((label) => wanted.has(label));
  };
  const labels = (field: DataField) =>
    (["vi", "en"] as const).map((lang) => consolidationLabels(lang).dataHeader[HEADER_INDEX[field]] ?? "");
  const columns = Object.fromEntries(FIELDS.map((f) => [f, columnOf(labels(f))])) as Record<
    DataField,
    number
  >;
  if (columns.unit < 0 || columns.content < 0) return undefined;
  const id = columnOf([ID_LABEL]);
  const completed = columnOf([COMPLETED_LABEL]);
  const read = (row: readonly unknown[] | undefined, column: number): string =>
    column < 0 ? "" : normalizeText(cellText((row?.[column] ?? null) as Parameters<typeof cellText>[0]));
  return sheet.rows.slice(1).flatMap((row): TaskLine[] => {
    const unit = read(row, columns.unit);
    if (unit === "") return [];
    return [
      {
        unit,
        stt: read(row, columns.stt),
        section: read(row, columns.section),
        content: read(row, columns.content),
        id: read(row, id),
        status: read(row, columns.status),
        completed: read(row, completed),
        deadline: read(row, columns.end),
      },
    ];
  });
}

/** This consolidation's tasks as the data sheet shows them. */
export function taskLinesOf(c: Consolidation, lang: "vi" | "en"): TaskLine[] {
  const t = consolidationLabels(lang);
  return c.tasks.map((task: ConsolidatedTask) => ({
    unit: task.unit,
    stt: normalizeText(task.stt),
    section: normalizeText(task.section),
    content: normalizeText(task.content),
    id: normalizeText(task.extras[ID_LABEL] ?? ""),
    status: task.status === "unknown" ? normalizeText(task.statusText) : t.status[task.status],
    completed: normalizeText(task.extras[COMPLETED_LABEL] ?? ""),
    deadline: normalizeText(task.end),
  }));
}

function keyOf(line: TaskLine): string {
  return line.id !== "" ? line.id : toneKey(`${line.section}|${line.stt}|${line.content}`);
}

function groupByUnit(lines: readonly TaskLine[]): Map<string, Map<string, TaskLine>> {
  const units = new Map<string, Map<string, TaskLine>>();
  for (const line of lines) {
    const unit = toneKey(line.unit);
    let tasks = units.get(unit);
    if (!tasks) units.set(unit, (tasks = new Map()));
    if (!tasks.has(keyOf(line))) tasks.set(keyOf(line), line);
  }
  return units;
}

/**
 * The changes from `before` to `after`, unit by unit in the order of `after`. Only units present in both
 * are compared row by row: a unit that did not report this time has not removed its tasks.
 */
export function compareTaskLines(before: readonly TaskLine[], after: readonly TaskLine[]): TaskChange[] {
  const old = groupByUnit(before);
  const changes: TaskChange[] = [];
  const change = (line: TaskLine, kind: ChangeKind, was: string, now: string) =>
    changes.push({ unit: line.unit, stt: line.stt, content: line.content, kind, before: was, after: now });
  for (const [unit, tasks] of groupByUnit(after)) {
    const previous = old.get(unit);
    if (!previous) continue;
    for (const [key, line] of tasks) {
      const was = previous.get(key);
      if (!was) {
        change(line, "added", "", line.status);
        continue;
      }
      const compared = [
        ["status", was.status, line.status],
        ["completed", was.completed, line.completed],
        ["deadline", was.deadline, line.deadline],
      ] as const;
      for (const [kind, a, b] of compared) if (toneKey(a) !== toneKey(b)) change(line, kind, a, b);
    }
    for (const [key, was] of previous) if (!tasks.has(key)) change(was, "removed", was.status, "");
  }
  return changes;
}
