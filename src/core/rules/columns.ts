/**
 * Header-level rules: required columns (COLUMN_MISSING), fields mapped twice (COLUMN_DUPLICATE),
 * columns chosen by their cells between close candidates (COLUMN_AMBIGUOUS), and required columns found
 * by a hinting label and their cells (COLUMN_GUESSED).
 */
import { REQUIRED_COLUMNS, type Field } from "../fields";
import type { Severity } from "../findings";
import { columnLetter } from "../snapshot";
import type { HeaderInfo } from "../table-types";
import type { Emit } from "./context";

const REQUIRED = Object.entries(REQUIRED_COLUMNS) as [Field, Severity][];

/**
 * One COLUMN_MISSING per required field without a column, one COLUMN_DUPLICATE per ignored column, one
 * COLUMN_AMBIGUOUS per field whose column was chosen by content, one COLUMN_GUESSED per field whose column
 * was found by a hinting label (both on the chosen column's header cell).
 */
export function checkColumns(header: HeaderInfo, emit: Emit): void {
  for (const [field, severity] of REQUIRED) {
    if (header.columns[field] !== undefined) continue;
    emit({ code: "COLUMN_MISSING", severity, row: header.row, field, params: { field } });
  }
  for (const { field, columns } of header.duplicates) {
    const used = header.columns[field] ?? columns[0];
    for (const column of columns) {
      if (column === used) continue;
      emit({
        code: "COLUMN_DUPLICATE",
        row: header.row,
        column,
        field,
        params: { field, column: columnLetter(column), used: used === undefined ? "" : columnLetter(used) },
      });
    }
  }
  for (const { field, column, label, other, otherLabel } of header.ambiguities ?? []) {
    emit({
      code: "COLUMN_AMBIGUOUS",
      row: header.row,
      column,
      field,
      params: { field, column: columnLetter(column), label, other: columnLetter(other), otherLabel },
    });
  }
  for (const { field, column, label } of header.guesses ?? []) {
    emit({
      code: "COLUMN_GUESSED",
      row: header.row,
      column,
      field,
      params: { field, column: columnLetter(column), label },
    });
  }
}
