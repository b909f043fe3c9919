/**
 * Shared pieces of the sheet plans this folder builds: fonts, fills, cell conversion, range helpers, the
 * print setup of the wide data tables.
 */
import type { Cell } from "../snapshot";
import type { PageSetup, PlanRange, PlanStyle, PlanValue, StyledRange } from "../sheet-plan";

export const PLAN_FONT = "Times New Roman";
export const HEADER_FILL = "#DDEBF7";
export const BLACK = "#000000";

export const HEADER_STYLE: PlanStyle = {
  bold: true,
  horizontal: "center",
  vertical: "center",
  wrap: true,
  border: "thin",
  fill: HEADER_FILL,
};

/** The inclusive range of rows `top..bottom` and columns `left..right`. */
export function range(top: number, left: number, bottom: number, right: number): PlanRange {
  return { top, left, bottom, right };
}

export function styled(r: PlanRange, style: PlanStyle): StyledRange {
  return { range: r, style };
}

/**
 * A snapshot cell as a plan value: text stays text verbatim (even `=HYPERLINK(…)`: plan strings are never
 * formulas), dates stay dates, error values become their code as text.
 */
export function cellValue(cell: Cell | undefined): PlanValue {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean") return cell;
  if ("date" in cell) return { date: cell.date };
  return cell.error;
}

/** A row of `width` cells from sparse 1-based column values. */
export function denseRow(width: number, cells: ReadonlyMap<number, PlanValue>): PlanValue[] {
  const row: PlanValue[] = new Array<PlanValue>(width).fill(null);
  for (const [column, value] of cells) if (column >= 1 && column <= width) row[column - 1] = value;
  return row;
}

/**
 * Consecutive rows (sorted, 1-based) grouped into runs, so one style entry covers a block of rows instead
 * of one entry per row.
 */
export function rowRuns(rows: readonly number[]): { readonly top: number; readonly bottom: number }[] {
  const runs: { top: number; bottom: number }[] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && row === last.bottom + 1) last.bottom = row;
    else runs.push({ top: row, bottom: row });
  }
  return runs;
}

/**
 * Print setup of a wide one-table sheet (Dữ liệu tổng hợp, Kiểm tra): A4 landscape, one page wide and as
 * many tall as needed, its header row on every page, numbered pages. Margins are narrower than an
 * official annex's (no binding margin): the sheet is a working list and every millimetre of width shrinks
 * the print scale less.
 */
export function tablePageSetup(headerRow: number): PageSetup {
  return {
    orientation: "landscape",
    paperSize: "A4",
    margins: { top: 15, bottom: 15, left: 10, right: 10, header: 8, footer: 8 },
    printTitleRows: { first: headerRow, last: headerRow },
    fitToWidth: true,
    pageNumbers: true,
  };
}
