/** What every validation rule sees: the table, the resolved period and as-of date, parsers and an emitter. */
import { formatViDay, type DayInterval, type DayNumber } from "../day";
import type { Field } from "../fields";
import { SEVERITY, type Finding, type FindingCode, type FindingParams, type Severity } from "../findings";
import type { MentionSource } from "../resolve-tasks";
import { cellAddress, type Cell, type SheetSnapshot } from "../snapshot";
import { readFieldCell, type FieldCell } from "../task-cells";
import type { AnnexRow, AnnexTable } from "../table-types";
import { parseSttText, splitNumberedTitle, type SttInfo } from "../table/stt";
import { normalizeText } from "../text";
import type { TimeResult } from "../time-types";
import { keptMemo } from "../memo";

export type { MentionSource };
export { cellKey, cellTextNormaliser, inheritanceLinks, isStructuralRow, nearestUp } from "../task-cells";
export type { FieldCell };

export interface RuleContext {
  readonly snapshot: SheetSnapshot;
  readonly table: AnnexTable;
  readonly period: DayInterval;
  readonly asOf: DayNumber;
  readonly matcher: MentionSource;
  /** The sheet's own unit (canonical name, or as read from its header): resolves `UBND phường` in it. */
  readonly unit?: string;
  /** Parses a time cell; cached by cell content for the sheet. */
  readonly parseTime: (cell: Cell) => TimeResult;
  /** A cell's normalised text; cached by content for the sheet. */
  readonly text: (cell: Cell) => string;
  /** Cells already reported by the cell rules (error values, formula text), keyed by cellKey. */
  readonly flagged: ReadonlySet<number>;
  /** Each table row's STT as the rules read it (by index into `table.rows`). */
  readonly stt: readonly SttInfo[];
  /**
   * The row each row inherits from (by index; -1 for none): a sub-item's parent task, a task's section,
   * a section's enclosing section or part. Always an earlier row, so chains are walked without cycles.
   */
  readonly up: Int32Array;
}

/** A finding being emitted; severity defaults to the code's (DESIGN §6). */
export interface FindingDraft {
  readonly code: FindingCode;
  readonly severity?: Severity;
  readonly row?: number;
  readonly column?: number;
  readonly field?: Field;
  readonly params?: FindingParams;
  readonly suggestions?: readonly string[];
}

export type Emit = (draft: FindingDraft) => void;

/** Builds the finding: default severity, the A1 address when row and column are known. */
export function toFinding(draft: FindingDraft, sheet: string, file: string | undefined): Finding {
  const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
    code: draft.code,
    severity: draft.severity ?? SEVERITY[draft.code],
    sheet,
    params: draft.params ?? NO_PARAMS,
  };
  if (file !== undefined) finding.file = file;
  if (draft.row !== undefined) finding.row = draft.row;
  if (draft.column !== undefined) finding.column = draft.column;
  if (draft.row !== undefined && draft.column !== undefined) {
    finding.cell = cellAddress(draft.row, draft.column);
  }
  if (draft.field !== undefined) finding.field = draft.field;
  if (draft.suggestions !== undefined && draft.suggestions.length > 0) {
    finding.suggestions = draft.suggestions;
  }
  return finding;
}

const NO_PARAMS: FindingParams = Object.freeze({});

/** The cell of `field` on `row`. */
export function fieldCell(ctx: RuleContext, row: AnnexRow, field: Field): FieldCell {
  return readFieldCell(ctx, row, field);
}

/** Present means it has content or was flagged (a flagged cell is not "missing": it was reported). */
export function isPresent(cell: FieldCell): boolean {
  return cell.flagged || cell.text !== "";
}

/**
 * A day as a finding shows it (`31/12/2024`): formatViDay, kept per day, since a sheet's findings name the
 * same few deadlines and the as-of day over and over.
 */
export const viDay: (day: DayNumber) => string = keptMemo((day: DayNumber) => formatViDay(day), 5_000);

/** Shortens long cell text for a message. */
export function excerpt(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Rows that must have their own or inherited lead and finish. */
export function isWorkRow(row: AnnexRow): boolean {
  return row.kind === "task" || row.kind === "subitem";
}

/** A row's STT, read as the numbering rules read it. */
export function readStt(stt: string): SttInfo {
  const text = normalizeText(stt);
  const info = parseSttText(text);
  if (info.kind !== "invalid") return info;
  // `I. NÂNG CAO NHẬN THỨC` in the STT cell: a section number with its title.
  return splitNumberedTitle(text)?.stt ?? info;
}

/**
 * Rows whose presence is checked (content, lead, finish): tasks and sub-items, except a task whose number
 * is not a number, or is missing after numbered tasks. Such a row is reported once as STT_INVALID; it is
 * most often the continuation of the task above (text pasted one column off), so "missing" findings on it
 * would be noise, not defects. Tasks drawn without numbers (see unnumberedTasks) are checked like any task;
 * a task that other tasks are numbered under (1 over 1.1) is checked through them.
 */
export function mustBeComplete(ctx: RuleContext, index: number): boolean {
  const row = ctx.table.rows[index];
  if (row?.kind === "subitem") return true;
  if (row?.kind !== "task") return false;
  // A task with tasks numbered under it (1 over 1.1, 1.2) groups them: they carry, or inherit, the rest.
  if (parentTasks(ctx.table)[index] === 1) return false;
  const kind = ctx.stt[index]?.kind;
  if (kind === "empty") return row.sttMerged === true || unnumberedTasks(ctx.table, ctx.stt)[index] === 1;
  return kind !== "invalid";
}

const parentCache = new WeakMap<AnnexTable, Uint8Array>();

/** For each row, 1 when it is a task that other tasks are numbered under (their `parent`). */
function parentTasks(table: AnnexTable): Uint8Array {
  const cached = parentCache.get(table);
  if (cached) return cached;
  const marks = new Uint8Array(table.rows.length);
  for (const row of table.rows) {
    if (row.kind === "task" && row.parent !== undefined) marks[row.parent] = 1;
  }
  parentCache.set(table, marks);
  return marks;
}

const unnumberedCache = new WeakMap<AnnexTable, Uint8Array>();

/**
 * For each row, 1 when it is a task drawn without a number: an empty STT with no numbered task before it
 * since the last part, section or heading row (tasks listed under a heading with no STT, or a table with
 * no numbers at all). That is how the document is drawn, not a defect of the row. An empty STT after a
 * numbered task of the same group is a missing number (or the task above going on): 0.
 */
export function unnumberedTasks(table: AnnexTable, stt: readonly SttInfo[]): Uint8Array {
  const cached = unnumberedCache.get(table);
  if (cached) return cached;
  const marks = new Uint8Array(table.rows.length);
  let numbered = false;
  table.rows.forEach((row, i) => {
    if (row.kind === "part" || row.kind === "section" || row.kind === "heading") numbered = false;
    else if (row.kind === "task" && stt[i]?.kind === "empty") marks[i] = numbered ? 0 : 1;
    else if (row.kind === "task") numbered = true;
  });
  unnumberedCache.set(table, marks);
  return marks;
}
