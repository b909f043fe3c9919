/**
 * Choosing a field's column among the columns whose labels name it (issue 7): the label and the cells
 * below it decide together. Two columns that look alike by both are a true duplicate (COLUMN_DUPLICATE);
 * when the labels alone cannot tell and the cells do, the choice is reported (COLUMN_AMBIGUOUS). A column
 * not chosen is never dropped: the caller keeps it as an extra column.
 */

/** A column whose label names the field. */
export interface ColumnCandidate {
  /** 1-based sheet column. */
  readonly column: number;
  readonly label: string;
  /** How plainly the label names the field (labelWeight). */
  readonly weight: number;
}

export interface ColumnChoice {
  /** The column used, if any fits. */
  readonly chosen?: ColumnCandidate;
  /** Columns as good as the chosen one by label and cells (the chosen one first), when more than one. */
  readonly duplicates: readonly ColumnCandidate[];
  /** Columns not used, to keep as extras. */
  readonly others: readonly ColumnCandidate[];
  /** The best column not used, when only the cells told it from the chosen one. */
  readonly rival?: ColumnCandidate;
}

// A cell sample that says nothing either way.
const NEUTRAL_FIT = 0.5;
// Totals closer than this are the same field twice (a duplicate), not a choice.
const SAME_TOTAL = 0.15;
// Labels closer than this cannot tell two columns apart on their own.
const SAME_WEIGHT = 0.3;
// A column only *about* the field (weight < 1) is not the field when its cells fit this badly.
const MIN_FIT_ABOUT = 0.25;

/**
 * Picks the column for one field from candidates in sheet order; `fitOf` judges a column's cells (0..1,
 * undefined when there is nothing to judge) and is only called when there is something to choose.
 */
export function chooseColumn(
  candidates: readonly ColumnCandidate[],
  fitOf: (column: number) => number | undefined,
): ColumnChoice {
  const [only] = candidates;
  if (only === undefined) return { duplicates: [], others: [] };
  if (candidates.length === 1) {
    if (only.weight >= 1) return { chosen: only, duplicates: [], others: [] };
    const fit = fitOf(only.column);
    return fit !== undefined && fit < MIN_FIT_ABOUT
      ? { duplicates: [], others: [only] }
      : { chosen: only, duplicates: [], others: [] };
  }
  const scored = candidates.map((candidate) => ({
    candidate,
    total: candidate.weight + (fitOf(candidate.column) ?? NEUTRAL_FIT),
  }));
  const best = Math.max(...scored.map((s) => s.total));
  // Among the columns as good as the best, the plainest label is used, then the first in the sheet.
  const tied = scored.filter((s) => best - s.total <= SAME_TOTAL);
  const [chosen] = [...tied].sort((a, b) => b.candidate.weight - a.candidate.weight);
  if (chosen === undefined) return { duplicates: [], others: [] };
  const rest = scored.filter((s) => best - s.total > SAME_TOTAL).sort((a, b) => b.total - a.total);
  const [runnerUp] = rest;
  const labelsCannotTell =
    runnerUp !== undefined && runnerUp.candidate.weight > chosen.candidate.weight - SAME_WEIGHT;
  return {
    chosen: chosen.candidate,
    duplicates: tied.length > 1 ? tied.map((s) => s.candidate) : [],
    others: rest.map((s) => s.candidate),
    ...(labelsCannotTell && runnerUp ? { rival: runnerUp.candidate } : {}),
  };
}
