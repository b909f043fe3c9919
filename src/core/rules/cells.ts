/** Cell-level rules over the whole table: error values (`#REF!`) and text that would run as a formula. */
import { isErrorCell, type SheetSnapshot } from "../snapshot";
import type { AnnexTable } from "../table-types";
import type { Field } from "../fields";
import { looksLikeFormula, normalizeText } from "../text";
import { cellKey, excerpt, type Emit } from "./context";

/** The table's last column: the rightmost header column of any kind. */
export function tableWidth(table: AnnexTable): number {
  let width = 0;
  for (const column of Object.values(table.header.columns)) width = Math.max(width, column ?? 0);
  for (const extra of table.header.extras) width = Math.max(width, extra.column);
  for (const duplicate of table.header.duplicates) {
    for (const column of duplicate.columns) width = Math.max(width, column);
  }
  return width;
}

// Excel's error values. Pasted as values (or copied by a tool that writes them as text) they arrive as
// text: the same broken value, reported the same way instead of as an unknown agency or time.
const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
]);

/** Characters Excel holds in one cell; a longer text is cut when written (CELL_TOO_LONG). */
export const EXCEL_CELL_CHARS = 32_767;

// The longest error value with room for stray spaces and invisible characters around it.
const MAX_ERROR_TEXT = 32;

function errorValueText(text: string): string | undefined {
  // Cheap pre-check first: every error value contains `#`, and most cells are long task text.
  if (text.length > MAX_ERROR_TEXT || !text.includes("#")) return undefined;
  const value = normalizeText(text).toUpperCase();
  return ERROR_VALUES.has(value) ? value : undefined;
}

/**
 * Emits CELL_ERROR_VALUE and FORMULA_TEXT (and CELL_TOO_LONG) for every cell of the table (header row down, header width)
 * and returns the cells it flagged, so that no other rule reports on them again.
 */
export function checkCells(snapshot: SheetSnapshot, table: AnnexTable, emit: Emit): Set<number> {
  const flagged = new Set<number>();
  const width = tableWidth(table);
  const fields = new Map<number, Field>();
  for (const [name, column] of Object.entries(table.header.columns)) {
    // A combined time column maps start and end: the finding names the finish.
    if (column !== undefined && (!fields.has(column) || name === "end")) fields.set(column, name as Field);
  }
  const field = (column: number): { field?: Field } => {
    const name = fields.get(column);
    return name === undefined ? {} : { field: name };
  };
  for (let r = table.header.row - 1; r < snapshot.rows.length; r++) {
    const cells = snapshot.rows[r];
    if (!cells) continue;
    const last = Math.min(width, cells.length);
    for (let c = 0; c < last; c++) {
      const cell = cells[c];
      if (typeof cell === "string" && cell.length > EXCEL_CELL_CHARS) {
        const params = { length: cell.length, limit: EXCEL_CELL_CHARS };
        emit({ code: "CELL_TOO_LONG", row: r + 1, column: c + 1, ...field(c + 1), params });
      }
      const errorText = typeof cell === "string" ? errorValueText(cell) : undefined;
      if (errorText !== undefined) {
        flagged.add(cellKey(r + 1, c + 1));
        const params = { error: errorText };
        emit({ code: "CELL_ERROR_VALUE", row: r + 1, column: c + 1, ...field(c + 1), params });
      } else if (typeof cell === "string") {
        if (!looksLikeFormula(cell)) continue;
        flagged.add(cellKey(r + 1, c + 1));
        const text = excerpt(normalizeText(cell));
        emit({ code: "FORMULA_TEXT", row: r + 1, column: c + 1, ...field(c + 1), params: { text } });
      } else if (isErrorCell(cell)) {
        flagged.add(cellKey(r + 1, c + 1));
        const params = { error: cell.error };
        emit({ code: "CELL_ERROR_VALUE", row: r + 1, column: c + 1, ...field(c + 1), params });
      }
    }
  }
  return flagged;
}
