/** What every validation rule sees: the table, the resolved period and as-of date, parsers and an emitter. */
import type { AgencyMention } from "../agency-types";
import type { DayInterval, DayNumber } from "../day";
import type { Field } from "../fields";
import { SEVERITY, type Finding, type FindingCode, type FindingParams, type Severity } from "../findings";
import { cellAddress, cellText, type Cell, type SheetSnapshot } from "../snapshot";
import type { AnnexRow, AnnexTable } from "../table-types";
import { parseSttText, splitNumberedTitle, type SttInfo } from "../table/stt";
import { normalizeText } from "../text";
import type { TimeResult } from "../time-types";

/** The part of the agency matcher the rules use (its memo cache is shared across sheets). */
export interface MentionSource {
  mentions(text: string): readonly AgencyMention[];
}

export interface RuleContext {
  readonly snapshot: SheetSnapshot;
  readonly table: AnnexTable;
  readonly period: DayInterval;
  readonly asOf: DayNumber;
  readonly matcher: MentionSource;
  /** Parses a time cell; cached by cell content for the sheet. */
  readonly parseTime: (cell: Cell) => TimeResult;
  /** Cells already reported by the cell rules (error values, formula text), keyed by cellKey. */
  readonly flagged: ReadonlySet<number>;
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

// Wide enough for Excel's 16 384 columns.
const COLUMN_SPAN = 20_000;

/** One number per cell, for sets of cells. */
export function cellKey(row: number, column: number): number {
  return row * COLUMN_SPAN + column;
}

/** Builds the finding: default severity, the A1 address when row and column are known. */
export function toFinding(draft: FindingDraft, sheet: string, file: string | undefined): Finding {
  const { row, column, field, suggestions } = draft;
  return {
    code: draft.code,
    severity: draft.severity ?? SEVERITY[draft.code],
    sheet,
    ...(file !== undefined ? { file } : {}),
    ...(row !== undefined ? { row } : {}),
    ...(column !== undefined ? { column } : {}),
    ...(row !== undefined && column !== undefined ? { cell: cellAddress(row, column) } : {}),
    ...(field !== undefined ? { field } : {}),
    params: draft.params ?? {},
    ...(suggestions !== undefined && suggestions.length > 0 ? { suggestions } : {}),
  };
}

/** A field's cell on a row, as the rules need it. */
export interface FieldCell {
  readonly cell: Cell;
  /** 1-based sheet column; undefined when the sheet has no column for the field. */
  readonly column: number | undefined;
  /** Normalised text ("" when blank). */
  readonly text: string;
  /** Already reported by a cell rule: other rules say nothing more about it. */
  readonly flagged: boolean;
}

/** The cell of `field` on `row`. */
export function fieldCell(ctx: RuleContext, row: AnnexRow, field: Field): FieldCell {
  const column = ctx.table.header.columns[field];
  const cell = row.cells[field] ?? null;
  const flagged = column !== undefined && ctx.flagged.has(cellKey(row.row, column));
  return { cell, column, text: flagged ? "" : textOf(cell), flagged };
}

/** A cell's text, normalised (NFC, invisible characters gone, spaces collapsed). */
export function textOf(cell: Cell): string {
  return typeof cell === "string" ? normalizeText(cell) : normalizeText(cellText(cell));
}

/** Present means it has content or was flagged (a flagged cell is not "missing": it was reported). */
export function isPresent(cell: FieldCell): boolean {
  return cell.flagged || cell.text !== "";
}

/** Shortens long cell text for a message. */
export function excerpt(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Rows that carry task data (and may own time or agencies): tasks, sub-items, sections, parts. */
export function isStructuralRow(row: AnnexRow): boolean {
  return row.kind === "task" || row.kind === "subitem" || row.kind === "section" || row.kind === "part";
}

/** Rows that must have their own or inherited lead and finish. */
export function isWorkRow(row: AnnexRow): boolean {
  return row.kind === "task" || row.kind === "subitem";
}

/** A row's STT, read as the numbering rules read it. */
export function sttOf(row: AnnexRow): SttInfo {
  let info = STT_CACHE.get(row);
  if (info === undefined) {
    const text = normalizeText(row.stt);
    info = parseSttText(text);
    // `I. NÂNG CAO NHẬN THỨC` in the STT cell: a section number with its title.
    if (info.kind === "invalid") info = splitNumberedTitle(text)?.stt ?? info;
    STT_CACHE.set(row, info);
  }
  return info;
}

// Several rules read each row's number; rows are immutable, so the reading is kept with the row.
const STT_CACHE = new WeakMap<AnnexRow, SttInfo>();

/**
 * Rows whose presence is checked (content, lead, finish): tasks and sub-items, except a "task" whose
 * number is missing or not a number. Such a row is reported once as STT_INVALID; it is most often the
 * continuation of the task above (a cell merged down, text pasted one column off), so "missing" findings
 * on it would be noise, not defects.
 */
export function mustBeComplete(row: AnnexRow): boolean {
  if (row.kind === "subitem") return true;
  if (row.kind !== "task") return false;
  const kind = sttOf(row).kind;
  return kind !== "invalid" && kind !== "empty";
}

/**
 * The rows a row inherits from, nearest first: for a sub-item its parent task, then the enclosing
 * section(s), then the part. Guarded against cycles in malformed input.
 */
export function ancestors(table: AnnexTable, index: number): number[] {
  const chain: number[] = [];
  const seen = new Set<number>([index]);
  let current = table.rows[index];
  while (current) {
    const next = current.parent ?? current.section ?? current.part;
    if (next === undefined || seen.has(next)) {
      // A row whose section has no part link may still sit in a part.
      const part = current.part;
      if (part !== undefined && !seen.has(part)) chain.push(part);
      break;
    }
    chain.push(next);
    seen.add(next);
    const nextRow = table.rows[next];
    // A section's own `section` link (an outer section) or part comes next; a sub-item's parent task then
    // leads to its section.
    current = nextRow;
  }
  return chain;
}
