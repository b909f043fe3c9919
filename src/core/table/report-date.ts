/**
 * The date a report was made (for resubmissions, DESIGN §7): the place-and-date line of the document header
 * (`Lâm Hà, ngày 15 tháng 6 năm 2024`, Decree 30's `Địa danh, ngày … tháng … năm …`) or a labelled
 * `Ngày báo cáo: 15/06/2024`. Read above the table first, else in the signature block below it.
 */
import { formatIsoDay, dayNumber, isValidYmd } from "../day";
import type { Cell, SheetSnapshot } from "../snapshot";
import { cellText, isDateCell } from "../snapshot";
import { foldKey, normalizeLines } from "../text";
import { ATTACHED_TO } from "./title";

// `Lâm Hà, ngày 15 tháng 6 năm 2024` or a bare `Ngày 15 tháng 6 năm 2024`; a place needs its comma, so
// `(Kèm theo Kế hoạch ngày 15 tháng 3 năm 2024)` (the plan's date, not the report's) is not one.
const PLACE_DATE = /^(?:[^(),;:]{2,60},\s*)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\s*\.?$/iu;
// `Ngày báo cáo: 15/06/2024`, `Ngày lập báo cáo: 15-6-2024`; the value may also be in the next cell.
const DATE_LABEL = /^(ngay bao cao|ngay lap bao cao|ngay lap)$/;
const LABELLED = /^(?:ngày báo cáo|ngày lập báo cáo|ngày lập)\s*:\s*(.+)$/iu;
const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\.?$/;
const WORDED_DATE = /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\.?$/iu;
// The signature block sits in the last rows of a sheet.
const TRAILING_ROWS = 15;
// Without a table, the document header is in the first rows.
const HEADER_ROWS = 8;

/**
 * The report's date as an ISO day, from the rows above `headerRow` (1-based; the first rows when there is
 * no table), else from the last rows of the sheet; undefined when the sheet states none (`ngày … tháng …`).
 */
export function readReportDate(snapshot: SheetSnapshot, headerRow: number | undefined): string | undefined {
  const top = Math.min(headerRow === undefined ? HEADER_ROWS : headerRow - 1, snapshot.rows.length);
  const above = dateInRows(snapshot, 0, top, "first");
  if (above !== undefined) return above;
  const from = Math.max(top, snapshot.rows.length - TRAILING_ROWS);
  return dateInRows(snapshot, from, snapshot.rows.length, "last");
}

function dateInRows(
  snapshot: SheetSnapshot,
  from: number,
  to: number,
  which: "first" | "last",
): string | undefined {
  let found: string | undefined;
  for (let r = from; r < to; r++) {
    const row = snapshot.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const date = dateOfCell(row, c);
      if (date === undefined) continue;
      if (which === "first") return date;
      found = date;
    }
  }
  return found;
}

/** A date the cell states as the report's, or the date in the cell after a bare `Ngày báo cáo:` label. */
function dateOfCell(row: readonly Cell[], column: number): string | undefined {
  const text = cellText(row[column]);
  if (text === "") return undefined;
  // Every form below says `ngày` (a place-and-date line, a label): a cell without it is no date, and
  // most cells of the rows searched are task text.
  const key = foldKey(text);
  if (!key.includes("ngay")) return undefined;
  for (const line of normalizeLines(text)) {
    const placed = PLACE_DATE.exec(line);
    const labelled = placed ? null : LABELLED.exec(line);
    // A date of the `Kèm theo` line is the plan's, not the report's (checked only on a line with a date).
    if ((!placed && !labelled) || ATTACHED_TO.test(foldKey(line))) continue;
    if (placed) return isoDay(placed[3], placed[2], placed[1]);
    if (labelled) return dateOfText(labelled[1] ?? "");
  }
  if (!DATE_LABEL.test(key)) return undefined;
  // Only after a label is the rest of the row read, up to its first non-empty cell.
  let value: Cell | undefined;
  for (let c = column + 1; c < row.length && value === undefined; c++) {
    const next = row[c];
    if (cellText(next).trim() !== "") value = next;
  }
  if (isDateCell(value)) return value.date;
  return value === undefined ? undefined : dateOfText(cellText(value));
}

function dateOfText(text: string): string | undefined {
  const value = text.trim();
  const numeric = NUMERIC_DATE.exec(value);
  if (numeric) return isoDay(numeric[3], numeric[2], numeric[1]);
  const worded = WORDED_DATE.exec(value);
  return worded ? isoDay(worded[3], worded[2], worded[1]) : undefined;
}

function isoDay(year = "", month = "", day = ""): string | undefined {
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  return isValidYmd(y, m, d) ? formatIsoDay(dayNumber(y, m, d)) : undefined;
}
