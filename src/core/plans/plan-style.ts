/**
 * Shared pieces of the sheet plans this folder builds: fonts, fills, cell conversion, range helpers, the
 * print setup of the wide data tables.
 */
import type { Cell } from "../snapshot";
import type {
  PageSetup,
  PlanLink,
  PlanRange,
  PlanRows,
  PlanStyle,
  PlanValue,
  SheetPlan,
  StyledRange,
} from "../sheet-plan";

export const PLAN_FONT = "Times New Roman";

/**
 * The page number as a header field: centred at the top in Times New Roman 13 pt (Decree 30/2020: page
 * numbers in the document's font, size 13 to 14), not the header's default sans 10 pt.
 */
export const PAGE_NUMBER_HEADER = `&"${PLAN_FONT},Regular"&13&P`;
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

/** What differs between the one-table sheets (Dữ liệu tổng hợp, Kiểm tra). */
/** Excel's last row: a worksheet holds at most this many. */
export const EXCEL_MAX_ROWS = 1_048_576;

/**
 * How many of a table's `records` fit in a sheet of `maxRows` rows below its header and `aboveRows` rows
 * of a block above it (and the blank row between): all, or all but room for a last row saying how many
 * were left out.
 */
export function recordsThatFit(
  records: number,
  aboveRows: number,
  maxRows: number,
): { readonly shown: number; readonly leftOut: number } {
  const room = maxRows - (aboveRows === 0 ? 0 : aboveRows + 1) - 1;
  if (records <= room) return { shown: records, leftOut: 0 };
  const shown = Math.max(0, room - 1);
  return { shown, leftOut: records - shown };
}

export interface TableSheet {
  readonly name: string;
  readonly owner: "data" | "findings";
  /** The Excel table's name. */
  readonly tableName: string;
  readonly header: readonly PlanValue[];
  /**
   * The rows under the header, as wide as it: one a record (and the row saying how many were left out),
   * made when written (the sheet plan's `moreRows`).
   */
  readonly records: PlanRows;
  /** Links by their row in the table (1 = the header). */
  readonly links: readonly PlanLink[];
  readonly columnWidths: readonly number[];
  /** Styles of the records (table rows 2 to `last`) on top of the borders every cell gets. */
  readonly bodyStyles: (last: number) => readonly StyledRange[];
  /** Records not in `records` (Excel's row limit): its last row says so. */
  readonly rowsLeftOut?: number;
  /** A block of rows above the table (sheet rows from 1), a blank row between them. */
  readonly above?: {
    readonly values: readonly (readonly PlanValue[])[];
    readonly styles: readonly StyledRange[];
  };
}

/** A frozen top taller than this many rows would leave no room to scroll the table on a laptop screen. */
const MAX_FROZEN_ROWS = 15;

function shifted(r: PlanRange, by: number): PlanRange {
  return range(r.top + by, r.left, r.bottom + by, r.right);
}

/**
 * A sheet that is one filterable Excel table under a frozen header row, printed as tablePageSetup says;
 * with no record it gets an empty one.
 */
export function tableSheetPlan(sheet: TableSheet): SheetPlan {
  const width = sheet.header.length;
  // An Excel table needs a data row, even an empty one.
  const empty = sheet.records.count === 0;
  const tableRows = 1 + (empty ? 1 : sheet.records.count);
  const above = sheet.above?.values ?? [];
  const offset = above.length === 0 ? 0 : above.length + 1;
  const head = offset + 1;
  const last = offset + tableRows;
  const bodyStyles = sheet.bodyStyles(tableRows).map((s) => styled(shifted(s.range, offset), s.style));
  return {
    name: sheet.name,
    owner: sheet.owner,
    ...(sheet.rowsLeftOut ? { rowsLeftOut: sheet.rowsLeftOut } : {}),
    values: [
      ...above,
      ...(offset > 0 ? [[]] : []),
      sheet.header,
      ...(empty ? [new Array<PlanValue>(width).fill(null)] : []),
    ],
    ...(empty ? {} : { moreRows: sheet.records }),
    styles: [
      ...(sheet.above?.styles ?? []),
      styled(range(head, 1, last, width), {
        fontName: PLAN_FONT,
        fontColor: BLACK,
        border: "thin",
        vertical: "top",
      }),
      styled(range(head, 1, head, width), HEADER_STYLE),
      ...bodyStyles,
    ],
    merges: [],
    columnWidths: sheet.columnWidths,
    ...(head <= MAX_FROZEN_ROWS ? { freeze: { rows: head, columns: 0 } } : {}),
    page: tablePageSetup(head),
    tables: [{ name: sheet.tableName, range: range(head, 1, last, width), style: "TableStyleLight9" }],
    links: sheet.links.map((link) => ({ ...link, row: link.row + offset })),
    font: { name: PLAN_FONT, size: 12 },
  };
}
