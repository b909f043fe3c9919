/**
 * Numbering rules (DESIGN §2, §6): STT_INVALID, STT_DUPLICATE, STT_GAP.
 *
 * Numbers are compared among siblings: parts among parts; sections among the sections of their part
 * (`III.1.2` is the 2nd child of `III.1`); tasks among the tasks of their section, where `1.2` is the 2nd
 * child of `1`. Real annexes restart task numbers in every section, or continue them across sections
 * (1–3 in I, 4–6 in II), or prefix them with the section's number (`2.1`, `2.2` in section II): all normal.
 * A heading row between tasks (`2. Các nhiệm vụ quá hạn`, `Nhóm nhiệm vụ …`) may restart them at 1; numbered
 * headings of that kind are numbered among themselves, while a numbered heading over its own children
 * (`2` over `2.1`) is a node of the task numbering. Part letters follow the Vietnamese alphabet (stt.ts).
 */
import { partAlphabet, partLetter, toRoman, type SttInfo } from "../table/stt";
import type { AnnexRow, AnnexTable } from "../table-types";
import { isStructuralRow, unnumberedTasks, type Emit, type RuleContext } from "./context";

interface SiblingGroup {
  last: number;
  lastText: string;
  readonly seen: Set<number>;
  /** The last number of a run being numbered again (`…, 8, 3, 4, 5`): reported once, at its start. */
  repeat?: number | undefined;
}

interface Numbered {
  readonly index: number;
  readonly row: AnnexRow;
  readonly info: SttInfo;
}

/** Checks every structural row's STT. */
export function checkNumbering(ctx: RuleContext, emit: Emit): void {
  const { table } = ctx;
  const column = table.header.columns.stt;
  if (column === undefined) return;
  const numbered: Numbered[] = [];
  const headings: Numbered[] = [];
  const unnumbered = unnumberedTasks(table, ctx.stt);
  let firstUnnumbered: AnnexRow | undefined;
  let unnumberedCount = 0;
  table.rows.forEach((row, index) => {
    if (row.kind === "heading") {
      const info = ctx.stt[index];
      if (info?.kind === "task" && info.roman === undefined) headings.push({ index, row, info });
      return;
    }
    if (!isStructuralRow(row)) return;
    const info = ctx.stt[index];
    if (!info) return;
    // A task sharing the merged number of the task above has no number of its own to check.
    if (row.sttMerged === true) return;
    if (unnumbered[index] === 1) {
      firstUnnumbered ??= row;
      unnumberedCount++;
      return;
    }
    if (info.kind === "invalid" || (info.kind === "empty" && row.kind === "task")) {
      emit({ code: "STT_INVALID", row: row.row, column, field: "stt", params: { stt: info.text } });
      return;
    }
    if (info.path.length > 0) numbered.push({ index, row, info });
  });
  // Tasks drawn without numbers: one note for the sheet, not a finding per row.
  if (firstUnnumbered) {
    const params = { count: unnumberedCount };
    emit({ code: "TASKS_UNNUMBERED", row: firstUnnumbered.row, column, field: "stt", params });
  }
  const check = (item: Numbered, group: SiblingGroup, n: number, expected: (n: number) => string): void => {
    const { row, info } = item;
    const at = { row: row.row, column, field: "stt" as const };
    if (group.seen.has(n) && group.repeat !== undefined && n === group.repeat + 1) {
      // A run numbered again (a copied block, or a web copy cut and joined): one finding for the run.
      group.repeat = n;
    } else if (group.seen.has(n)) {
      emit({ code: "STT_DUPLICATE", ...at, params: { stt: info.text, expected: expected(group.last + 1) } });
      // The usual cause is a typo for the next number (`IV`, `IV` for `IV`, `V`): carry on from there.
      group.last += 1;
      group.repeat = n;
    } else {
      group.repeat = undefined;
      if (n > group.last + 1) {
        const params = { stt: info.text, previous: group.lastText, expected: expected(group.last + 1) };
        emit({ code: "STT_GAP", ...at, params });
      }
      group.last = Math.max(group.last, n);
    }
    group.seen.add(n);
    group.lastText = info.text;
  };
  checkParts(numbered, check);
  checkSections(numbered, check);
  const nodes = headingsOverChildren(headings, numbered);
  checkRestartHeadings(
    headings.filter((h) => !nodes.has(h.index)),
    check,
  );
  const tree = [...numbered, ...headings.filter((h) => nodes.has(h.index))].sort((a, b) => a.index - b.index);
  checkTasks(table, ctx.stt, tree, nodes, check);
}

type Check = (item: Numbered, group: SiblingGroup, n: number, expected: (n: number) => string) => void;

/** Parts among parts, by their place in the alphabet the document's letters follow. */
function checkParts(numbered: readonly Numbered[], check: Check): void {
  const parts = numbered.flatMap((item) => {
    const letter = item.row.kind === "part" ? partLetter(item.row.stt) : undefined;
    return letter === undefined ? [] : [{ item, letter }];
  });
  const alphabet = partAlphabet(parts.map((part) => part.letter));
  const group = newGroup();
  for (const { item, letter } of parts) {
    const n = alphabet.indexOf(letter) + 1;
    if (n > 0) check(item, group, n, (m) => alphabet.charAt(Math.min(Math.max(m, 1), alphabet.length) - 1));
  }
}

/**
 * The numbered headings that belong to the task numbering: those followed by their own children (`2` over
 * `2.1`), and those in the run of tasks, whose next numbered task does not start again at 1 (`3`, then `4`
 * over bullet tasks, then `5`). Both lists are in row order, so one forward pass finds each heading's next
 * numbered row.
 */
function headingsOverChildren(headings: readonly Numbered[], numbered: readonly Numbered[]): Set<number> {
  const nodes = new Set<number>();
  let j = 0;
  for (const heading of headings) {
    while (j < numbered.length && (numbered[j]?.index ?? 0) < heading.index) j++;
    const next = numbered[j];
    if (!next || next.row.kind !== "task") continue;
    if (isChildOf(next.info.path, heading.info.path) || !restartsAtOne(next.info.path)) {
      nodes.add(heading.index);
    }
  }
  return nodes;
}

function isChildOf(path: readonly number[], parent: readonly number[]): boolean {
  return path.length > parent.length && parent.every((n, i) => path[i] === n);
}

function restartsAtOne(path: readonly number[]): boolean {
  return path[path.length - 1] === 1;
}

/** Headings over tasks that restart (`1. Nhiệm vụ đã hoàn thành`, `2. Các nhiệm vụ quá hạn`), per section. */
function checkRestartHeadings(headings: readonly Numbered[], check: Check): void {
  const groups = new Map<string, SiblingGroup>();
  for (const item of headings) {
    const { path } = item.info;
    const n = path[path.length - 1];
    if (n === undefined) continue;
    const parent = path.slice(0, -1);
    const key = `${item.row.section ?? item.row.part ?? -1}:${parent.join(".")}`;
    let group = groups.get(key);
    if (!group) {
      group = newGroup();
      groups.set(key, group);
    }
    check(item, group, n, (m) => formatTask([...parent, m], false));
  }
}

function checkSections(numbered: readonly Numbered[], check: Check): void {
  const groups = new Map<string, SiblingGroup>();
  for (const item of numbered) {
    const { row, info } = item;
    if (row.kind !== "section") continue;
    const path = info.path;
    const n = path[path.length - 1];
    if (n === undefined) continue;
    const key = `${row.part ?? -1}:${path.slice(0, -1).join(".")}`;
    let group = groups.get(key);
    // A second `I` with no part letter between starts a new series: the part row is missing, not a duplicate.
    if (!group || (path.length === 1 && n === 1)) {
      group = newGroup();
      groups.set(key, group);
    }
    const parentText =
      path.length > 1
        ? `${toRoman(path[0] ?? 0)}.${path
            .slice(1, -1)
            .map((p) => `${p}.`)
            .join("")}`
        : "";
    check(item, group, n, (m) => (path.length > 1 ? `${parentText}${m}` : toRoman(m)));
  }
}

function checkTasks(
  table: AnnexTable,
  stt: readonly SttInfo[],
  numbered: readonly Numbered[],
  nodes: ReadonlySet<number>,
  check: Check,
): void {
  const tasks = numbered.filter((item) => item.row.kind === "task" || nodes.has(item.index));
  const scopeOf = (item: Numbered): number => item.row.section ?? item.row.part ?? -1;
  const prefixed = prefixedScopes(table, stt, tasks, scopeOf);
  const segments = restartSegments(table, tasks, nodes);
  const groups = new Map<string, SiblingGroup>();
  let lastTop = 0;
  let lastTopScope: string | undefined;
  for (const item of tasks) {
    const scope = `${scopeOf(item)}:${segments.get(item.index) ?? 0}`;
    const prefix = prefixed.get(scopeOf(item));
    const path = prefix ? item.info.path.slice(prefix.length) : item.info.path;
    const n = path[path.length - 1];
    if (n === undefined) continue; // `3` in section III written as the section's number: nothing to compare.
    const parent = path.slice(0, -1);
    const key = `${scope}:${parent.join(".")}`;
    let group = groups.get(key);
    if (!group) {
      group = newGroup();
      // Numbering that continues from the previous section (4, 5 after 1–3) is as good as restarting at 1.
      if (parent.length === 0 && lastTopScope !== undefined && lastTopScope !== scope && n === lastTop + 1) {
        group.last = lastTop;
      }
      groups.set(key, group);
    }
    const written = prefix ?? [];
    const romanHead = item.info.roman !== undefined;
    check(item, group, n, (m) => formatTask([...written, ...parent, m], romanHead));
    if (parent.length === 0) {
      lastTop = group.last;
      lastTopScope = scope;
    }
  }
}

/**
 * The numbering segment of each task: a new one starts where a heading or note row (not a node of the
 * numbering) is followed by a task that starts again at 1, so `1, 2` under one heading and `1, 2` under the
 * next are two series, not duplicates. Without such a row between, a restart is still a duplicate.
 */
function restartSegments(
  table: AnnexTable,
  tasks: readonly Numbered[],
  nodes: ReadonlySet<number>,
): Map<number, number> {
  const byIndex = new Map(tasks.map((item) => [item.index, item]));
  const segments = new Map<number, number>();
  let segment = 0;
  let broken = false;
  let previous: readonly number[] = [];
  table.rows.forEach((row, index) => {
    const item = byIndex.get(index);
    if (item) {
      const { path } = item.info;
      const isChild = path.length > previous.length && previous.every((n, i) => path[i] === n);
      if (broken && path[path.length - 1] === 1 && !isChild) segment++;
      segments.set(index, segment);
      previous = path;
      broken = false;
    } else if (row.kind === "part" || row.kind === "section") {
      broken = false;
      previous = [];
    } else if ((row.kind === "heading" && !nodes.has(index)) || row.kind === "note") broken = true;
  });
  return segments;
}

/** Scopes whose every task number starts with the section's own number (`2.1`, `2.2` in section II). */
function prefixedScopes(
  table: AnnexTable,
  stt: readonly SttInfo[],
  tasks: readonly Numbered[],
  scopeOf: (item: Numbered) => number,
): Map<number, readonly number[]> {
  const byScope = new Map<number, Numbered[]>();
  for (const item of tasks) {
    const list = byScope.get(scopeOf(item)) ?? [];
    list.push(item);
    byScope.set(scopeOf(item), list);
  }
  const prefixed = new Map<number, readonly number[]>();
  for (const [scope, items] of byScope) {
    const section = table.rows[scope];
    if (!section || section.kind !== "section") continue;
    const prefix = stt[scope]?.path ?? [];
    if (prefix.length === 0) continue;
    const all = items.every(
      (item) => item.info.path.length >= prefix.length && prefix.every((p, i) => item.info.path[i] === p),
    );
    if (all) prefixed.set(scope, prefix);
  }
  return prefixed;
}

function newGroup(): SiblingGroup {
  return { last: 0, lastText: "", seen: new Set() };
}

function formatTask(path: readonly number[], romanHead: boolean): string {
  const [head, ...rest] = path;
  if (head === undefined) return "";
  return [romanHead ? toRoman(head) : String(head), ...rest.map(String)].join(".");
}
