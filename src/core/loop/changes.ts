/**
 * Changes seen (issue 11): the tasks of this consolidation against the previous one's `Dữ liệu tổng hợp`
 * sheet — per unit, tasks whose status, completion date or deadline changed, and rows added or removed —
 * so a corrected report is checked in a minute. A task is the same task by its template id when both sides
 * have one, else by its section, number and text.
 */
import { toneKey } from "../text";

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
