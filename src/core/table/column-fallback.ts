/**
 * A required field that no header label names (issue 7): a register headed `TÊN GỌI VĂN BẢN | Cơ quan soạn
 * thảo | … | Ngày dự kiến trình ban hành`, a project table's `Chủ đầu tư`, an annex whose task column is
 * `Nhiệm vụ chủ trì` beside a column of units. Among the columns left unmapped, one whose label hints at
 * the field (labels.ts, hintsField) is taken when its cells are that field's too; the choice is reported
 * (COLUMN_GUESSED, info), so a clerk sees which column was taken and can change it.
 */
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

/** Columns for the required fields the labels left without one, each judged by its label and cells. */
export function guessMissingColumns(snapshot: SheetSnapshot, header: HeaderInfo): ColumnGuess[] {
  const leadAsTask = leadHoldingTasks(header);
  const missing = GUESSED_FIELDS.filter(
    (field) => header.columns[field] === undefined || (leadAsTask && field === "lead"),
  );
  if (missing.length === 0) return [];
  const pool = [
    ...(leadAsTask ? [leadAsTask] : []),
    ...header.extras.filter((extra) => missing.some((field) => hintsField(field, extra.label))),
  ];
  if (pool.length === 0) return [];
  const spread = sampleColumns(snapshot, header.dataRow);
  const filled = sampleFilledCells(
    snapshot,
    header.dataRow,
    pool.map((extra) => extra.column),
  );
  const guesses: ColumnGuess[] = [];
  const taken = new Set<number>();
  if (leadAsTask && fieldFit("content", spread, filled, leadAsTask.column) !== undefined) {
    // `Nhiệm vụ chủ trì`: the tasks an agency leads, named by a label that says `chủ trì`.
    guesses.push({ field: "content", column: leadAsTask.column, label: leadAsTask.label });
    taken.add(leadAsTask.column);
  } else if (leadAsTask) {
    missing.splice(missing.indexOf("lead"), 1);
  }
  for (const field of missing) {
    if (guesses.some((guess) => guess.field === field)) continue;
    let best: { readonly column: number; readonly label: string; readonly fit: number } | undefined;
    for (const { column, label } of pool) {
      if (taken.has(column) || !hintsField(field, label)) continue;
      const fit = fieldFit(field, spread, filled, column);
      if (fit !== undefined && (!best || fit > best.fit)) best = { column, label, fit };
    }
    if (!best) continue;
    taken.add(best.column);
    guesses.push({ field, column: best.column, label: best.label });
  }
  return guesses;
}

/**
 * With no content column, the lead column when its label also names the task (`Nhiệm vụ chủ trì`): its
 * cells decide whether it is the content (then the lead is looked for among the other columns).
 */
function leadHoldingTasks(header: HeaderInfo): { column: number; label: string } | undefined {
  const column = header.columns.lead;
  if (header.columns.content !== undefined || column === undefined) return undefined;
  if (header.columns.support === column) return undefined;
  const label = header.labels[column] ?? "";
  return hintsField("content", label) ? { column, label } : undefined;
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
