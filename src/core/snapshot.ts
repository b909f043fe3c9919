/**
 * The sheet snapshot: what an adapter (Office.js or .xlsx file) reads from one worksheet and hands to
 * the core. Plain JSON data, validated with zod where it enters from outside.
 *
 * Grid convention: `rows[r][c]` is the cell at sheet row `r + 1`, column `c + 1` (A1 is `rows[0][0]`).
 * Adapters pad the grid so that it always starts at A1; rows may be ragged (missing cells are empty).
 */
import { z } from "zod";

/** A date cell (a number whose format is a date, or a real date object), as an ISO day `YYYY-MM-DD`. */
export interface DateCell {
  readonly date: string;
}

/** An error value such as `#REF!` or `#N/A`. */
export interface ErrorCell {
  readonly error: string;
}

/**
 * One cell's value. Strings are the text as shown (rich text flattened); formulas are represented by their
 * cached result; a string starting with `=` is text, never a formula.
 */
export type Cell = string | number | boolean | null | DateCell | ErrorCell;

/** A merged area, 1-based inclusive sheet coordinates. */
export interface MergeArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetSnapshot {
  /** The file the sheet came from (the CLI), if any; shown in provenance and reports. */
  readonly file?: string;
  readonly sheet: string;
  readonly rows: readonly (readonly Cell[])[];
  readonly merges: readonly MergeArea[];
  /** True when the sheet is protected (reading still works; writing to it would not). */
  readonly protected?: boolean;
  /** True when the adapter stopped reading early (huge sheet); `rows` holds what was read. */
  readonly truncated?: boolean;
}

export const cellSchema: z.ZodType<Cell> = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  z.object({ error: z.string() }),
]);

export const mergeAreaSchema = z.object({
  top: z.number().int().positive(),
  left: z.number().int().positive(),
  bottom: z.number().int().positive(),
  right: z.number().int().positive(),
});

export const sheetSnapshotSchema = z.object({
  file: z.string().optional(),
  sheet: z.string(),
  rows: z.array(z.array(cellSchema)),
  merges: z.array(mergeAreaSchema),
  protected: z.boolean().optional(),
  truncated: z.boolean().optional(),
});

export function isDateCell(cell: Cell | undefined): cell is DateCell {
  return typeof cell === "object" && cell !== null && "date" in cell;
}

export function isErrorCell(cell: Cell | undefined): cell is ErrorCell {
  return typeof cell === "object" && cell !== null && "error" in cell;
}

/** The cell at 0-based grid coordinates, or null when outside the grid. */
export function cellAt(snapshot: SheetSnapshot, r: number, c: number): Cell {
  return snapshot.rows[r]?.[c] ?? null;
}

/** The text of a cell as a person would read it (dates as dd/mm/yyyy, errors as their code). */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  if ("date" in cell) {
    const [y, m, d] = cell.date.split("-");
    return `${d}/${m}/${y}`;
  }
  return cell.error;
}

/** Column letters for a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1-style address for 1-based row and column. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** Checks data that claims to be a snapshot (from an adapter, a file or a test host) against the schema. */
export function parseSheetSnapshot(
  input: unknown,
):
  | { readonly ok: true; readonly snapshot: SheetSnapshot }
  | { readonly ok: false; readonly errors: string[] } {
  const result = sheetSnapshotSchema.safeParse(input);
  // zod types absent optional keys as `T | undefined`; parsing never adds them, so the data is a SheetSnapshot.
  if (result.success) return { ok: true, snapshot: result.data as SheetSnapshot };
  return { ok: false, errors: result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
}
