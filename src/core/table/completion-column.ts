/**
 * The column that says when a task was actually done (`Ngày hoàn thành (thực tế)`, `Thời điểm hoàn
 * thành` beside a `Thời hạn` column). Never the finish column: in plans `Thời gian hoàn thành` and
 * `Thời hạn hoàn thành` are the deadline, so a column is a completion date only by a label that cannot
 * mean the deadline, or by a completion label beside the table's own, differently labelled finish column.
 */
import type { ColumnMap } from "../table-types";
import { foldKey } from "../text";

export interface CompletionColumn {
  readonly column: number;
  readonly label: string;
}

// Done, actually: `Ngày hoàn thành thực tế`, `Thời gian hoàn thành (thực tế)`, `Ngày đã hoàn thành`.
const ACTUAL = /\b(?:hoan thanh|xong|ket thuc)\b.*\bthuc te\b|\bthuc te\b.*\b(?:hoan thanh|xong)\b/;
const DONE_ON = /^(?:ngay|thoi gian|thoi diem) da (?:hoan thanh|xong)\b|^da hoan thanh (?:vao )?ngay\b/;
// `Ngày hoàn thành`, `Thời điểm hoàn thành`: a completion date only beside another finish column.
const COMPLETION = /^(?:ngay|thoi diem|thoi gian) (?:hoan thanh|xong|ket thuc)$/;

/**
 * The completion-date column among the columns not mapped to a field (extras, extra duplicates), or
 * undefined. `finishLabel` is the label of the table's finish column (undefined when it has none).
 */
export function completionColumn(
  columns: ColumnMap,
  finishLabel: string | undefined,
  candidates: readonly CompletionColumn[],
): CompletionColumn | undefined {
  const mapped = new Set(Object.values(columns));
  const finish = finishLabel === undefined ? undefined : foldKey(finishLabel);
  for (const candidate of candidates) {
    if (mapped.has(candidate.column)) continue;
    const key = foldKey(candidate.label);
    if (ACTUAL.test(key) || DONE_ON.test(key)) return candidate;
    if (columns.end !== undefined && finish !== key && COMPLETION.test(key)) return candidate;
  }
  return undefined;
}
