/**
 * A required field that no header label names (issue 7): a register headed `TÊN GỌI VĂN BẢN | Cơ quan soạn
 * thảo | … | Ngày dự kiến trình ban hành`, a project table's `Chủ đầu tư`, an annex whose task column is
 * `Nhiệm vụ chủ trì` beside a column of units. Among the columns left unmapped (and a column another field
 * took by a label that hints at this one too), one whose label hints at the field (labels.ts, hintsField)
 * is taken when its cells are that field's too; the choice is reported (COLUMN_GUESSED, info), so a clerk
 * sees which column was taken and can change it.
 */
import type { Field } from "../fields";
import type { SheetSnapshot } from "../snapshot";
import type { ColumnGuess, HeaderInfo } from "../table-types";
import { contentFit, sampleColumns, sampleFilledCells, type ColumnSample } from "./column-content";
import { GUESSED_FIELDS, hintsField, type GuessedField } from "./labels";

// What the cells must show before a hinted column is taken; a guess must be right, or it is not made.
// Task text: filled, varied, sentence-long (column-content.ts taskTextFit).
const MIN_TEXT_FIT = 0.8;
// Agencies: nearly every filled cell names a body (a people's or measures' column does not).
const MIN_AGENCY_FIT = 0.75;
// Times: most filled cells read as times; blanks do not count against a deadline column.
const MIN_TIME_FIT = 0.6;
// Names of bodies are varied too, but short; task text that begins `Tổ chức …` (a verb) is a sentence.
const NAME_LENGTH = 60;
// A column whose cells mostly name people (agency fit near 0) holds persons.
const MAX_PERSON_FIT = 0.25;
// A single filled cell says too little.
const MIN_FILLED = 2;

/**
 * A column mapped by a label that also hints at a missing field, and the field it holds today: with no
 * content column, `Nhiệm vụ chủ trì` (the lead by its label) may hold the tasks; with no finish column,
 * `Tiến độ hoàn thành` (a status by its label) may hold the deadlines. Its cells decide.
 */
const RECLAIMABLE: Readonly<Partial<Record<GuessedField, Field>>> = { content: "lead", end: "status" };

interface PoolColumn {
  readonly column: number;
  readonly label: string;
  /** The field the column is mapped to today, when it is not an extra. */
  readonly from?: Field;
}

/** Columns for the required fields the labels left without one, each judged by its label and cells. */
export function guessMissingColumns(snapshot: SheetSnapshot, header: HeaderInfo): ColumnGuess[] {
  const missing = new Set(GUESSED_FIELDS.filter((field) => header.columns[field] === undefined));
  if (missing.size === 0) return [];
  const pool: PoolColumn[] = [
    ...reclaimableColumns(header, missing),
    // A column of actual completion dates is no deadline, however date-like its cells.
    ...header.extras.filter(
      (extra) =>
        extra.column !== header.completion?.column &&
        GUESSED_FIELDS.some((field) => hintsField(field, extra.label)),
    ),
  ];
  if (pool.length === 0) return [];
  const spread = sampleColumns(snapshot, header.dataRow);
  const filled = sampleFilledCells(
    snapshot,
    header.dataRow,
    pool.map((entry) => entry.column),
  );
  const guesses: ColumnGuess[] = [];
  const taken = new Set<number>();
  // In this order: the lead a content guess took its column from is looked for again just after.
  for (const field of GUESSED_FIELDS) {
    if (!missing.has(field)) continue;
    let best: { readonly entry: PoolColumn; readonly fit: number } | undefined;
    for (const entry of pool) {
      if (taken.has(entry.column) || !hintsField(field, entry.label)) continue;
      if (entry.from !== undefined && RECLAIMABLE[field] !== entry.from) continue;
      const fit = fieldFit(field, spread, filled, entry.column);
      if (fit !== undefined && (!best || fit > best.fit)) best = { entry, fit };
    }
    if (!best) continue;
    const { column, label, from } = best.entry;
    taken.add(column);
    guesses.push({ field, column, label });
    if (from === "lead") missing.add("lead");
  }
  return guesses;
}

/** The mapped columns that may hold a missing field instead (RECLAIMABLE), not shared with another field. */
function reclaimableColumns(header: HeaderInfo, missing: ReadonlySet<GuessedField>): PoolColumn[] {
  const pool: PoolColumn[] = [];
  for (const field of missing) {
    const from = RECLAIMABLE[field];
    const column = from === undefined ? undefined : header.columns[from];
    if (from === undefined || column === undefined) continue;
    const shared = Object.entries(header.columns).some(([other, c]) => other !== from && c === column);
    const label = header.labels[column] ?? "";
    if (!shared && hintsField(field, label)) pool.push({ column, label, from });
  }
  return pool;
}

/** How well a column's cells are the field's, or undefined when they are not. */
function fieldFit(
  field: GuessedField,
  spread: ColumnSample,
  filled: ColumnSample,
  column: number,
): number | undefined {
  if (field === "content") {
    const text = contentFit("content", spread, column) ?? 0;
    return text >= MIN_TEXT_FIT && !holdsNames(filled, column) ? text : undefined;
  }
  if (filled.cells(column).length < MIN_FILLED) return undefined;
  const fit = contentFit(field, filled, column) ?? 0;
  return fit >= (field === "lead" ? MIN_AGENCY_FIT : MIN_TIME_FIT) ? fit : undefined;
}

/** True when a column's cells name people, or bodies (short entries headed `Sở`, `Phòng`, `UBND` …). */
function holdsNames(filled: ColumnSample, column: number): boolean {
  const fit = contentFit("lead", filled, column);
  if (fit === undefined) return false;
  if (fit < MAX_PERSON_FIT) return true;
  const texts = filled.texts(column);
  const length = texts.reduce((sum, text) => sum + text.length, 0) / Math.max(1, texts.length);
  return fit >= MIN_AGENCY_FIT && length < NAME_LENGTH;
}
