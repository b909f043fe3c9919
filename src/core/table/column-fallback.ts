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
// A single filled cell says too little.
const MIN_FILLED = 2;

/** Columns for the required fields the labels left without one, each judged by its label and cells. */
export function guessMissingColumns(snapshot: SheetSnapshot, header: HeaderInfo): ColumnGuess[] {
  const missing = GUESSED_FIELDS.filter((field) => header.columns[field] === undefined);
  if (missing.length === 0) return [];
  const pool = header.extras.filter((extra) => missing.some((field) => hintsField(field, extra.label)));
  if (pool.length === 0) return [];
  const spread = sampleColumns(snapshot, header.dataRow);
  const filled = sampleFilledCells(
    snapshot,
    header.dataRow,
    pool.map((extra) => extra.column),
  );
  const guesses: ColumnGuess[] = [];
  const taken = new Set<number>();
  for (const field of missing) {
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

/** How well a column's cells are the field's, or undefined when they are not. */
function fieldFit(
  field: GuessedField,
  spread: ColumnSample,
  filled: ColumnSample,
  column: number,
): number | undefined {
  if (field === "content") {
    // Names of bodies are long and varied too: a column of agencies is not the task text.
    const text = contentFit("content", spread, column) ?? 0;
    const agencies = contentFit("lead", filled, column) ?? 0;
    return text >= MIN_TEXT_FIT && agencies < MIN_AGENCY_FIT ? text : undefined;
  }
  if (filled.cells(column).length < MIN_FILLED) return undefined;
  const fit = contentFit(field, filled, column) ?? 0;
  return fit >= (field === "lead" ? MIN_AGENCY_FIT : MIN_TIME_FIT) ? fit : undefined;
}
