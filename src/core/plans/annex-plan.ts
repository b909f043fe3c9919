/** The official task annex (DESIGN §2, Decree 30/2020/NĐ-CP) as a sheet plan, built from a read table. */
import { safeSheetName } from "../sheet-plan";
import type { PageSetup, PlanRange, PlanValue, SheetPlan, StyledRange } from "../sheet-plan";
import { cellAt, cellText } from "../snapshot";
import type { Cell, SheetSnapshot } from "../snapshot";
import type { AnnexRow, AnnexTable, RowKind } from "../table-types";
import { foldKey, normalizeLines, normalizeText } from "../text";
import { serialDateCell } from "../time-expression";
import { annexColumns, groupLabel } from "./annex-columns";
import type { AnnexColumn, AnnexGroup } from "./annex-columns";
import { renumberRows } from "./annex-numbering";
import { fitColumnWidths } from "./annex-widths";
import { BLACK, PLAN_FONT, cellValue, denseRow, range, rowRuns, styled } from "./plan-style";

export interface AnnexPlanOptions {
  readonly sheetName: string;
  /** `PHỤ LỤC`, or `PHỤ LỤC I`, `II`… when a plan has several annexes. */
  readonly annexLabel: string;
  readonly title: string;
  readonly attachedTo: string;
  readonly numbering: "keep" | "renumber";
  readonly lang?: "vi" | "en";
}

const DEFAULT_LABEL = "PHỤ LỤC";
const DEFAULT_TITLE = "NHIỆM VỤ CỤ THỂ";
// `Phụ lục`, `PHỤ LỤC II`, `Phụ lục số 2`, compared on foldKey.
const LABEL_LINE = /^phu luc(?: so)?(?: [ivxlc]+| \d+)?$/;
const DEFAULT_ATTACHED_TO = "(Kèm theo Kế hoạch số      /KH-UBND ngày     tháng     năm      của …)";
const DEFAULT_SHEET_NAME = "Phụ lục";

/** Rows of the layout: label, title, `(Kèm theo …)`, a blank row, then the two header rows. */
const LABEL_ROW = 1;
const TITLE_ROW = 2;
const ATTACHED_ROW = 3;
const HEADER_TOP = 5;
const HEADER_BOTTOM = 6;
const FIRST_DATA_ROW = 7;

const TITLE_SIZE = 14;
// Blank rows kept above a note below the table (a signature needs two or three); more are squeezed.
const MAX_NOTE_GAP = 4;
const TABLE_SIZE = 12;

/** Options read from the sheet's title block, with the official defaults where it has none. */
export function defaultAnnexOptions(
  snapshot: SheetSnapshot,
  table: AnnexTable,
  existingSheetNames: readonly string[] = [],
): AnnexPlanOptions {
  const written = table.title.title === undefined ? "" : normalizeText(table.title.title);
  // A lone `PHỤ LỤC` line read as the title is the label, not a title.
  const title = LABEL_LINE.test(foldKey(written)) ? "" : written.toLocaleUpperCase("vi");
  const attached = table.title.attachedTo ? rawLine(snapshot, table, table.title.attachedTo) : "";
  return {
    sheetName: safeSheetName(DEFAULT_SHEET_NAME, [...existingSheetNames, snapshot.sheet]),
    annexLabel: annexLabelOf(table) ?? DEFAULT_LABEL,
    title: title || DEFAULT_TITLE,
    attachedTo: attached === "" ? DEFAULT_ATTACHED_TO : inParentheses(attached),
    numbering: "keep",
  };
}

/** The source's own `PHỤ LỤC II` line, so a plan with several annexes keeps its numbering. */
function annexLabelOf(table: AnnexTable): string | undefined {
  const line = table.title.lines.find((l) => LABEL_LINE.test(foldKey(l.text)));
  return line ? normalizeText(line.text).toLocaleUpperCase("vi") : undefined;
}

/**
 * A title-block line as typed in its cell: the `Kế hoạch số      /KH-UBND ngày     tháng` blanks are left
 * for the signer to fill by hand, so their spaces are kept (only the ends are trimmed, lines joined).
 */
function rawLine(snapshot: SheetSnapshot, table: AnnexTable, text: string): string {
  const wanted = normalizeText(text);
  for (const line of table.title.lines) {
    const raw = cellText(cellAt(snapshot, line.row - 1, line.column - 1));
    if (normalizeText(raw) === wanted)
      return raw
        .normalize("NFC")
        .replace(/\s*[\r\n]+\s*/g, " ")
        .trim();
  }
  return wanted;
}

/**
 * The `(Kèm theo …)` line from what a user typed: `Kế hoạch số 12/KH-UBND…` gains the `Kèm theo` lead-in,
 * and the line its parentheses.
 */
export function attachedToLine(typed: string): string {
  const text = normalizeText(typed);
  if (text === "") return "";
  const inner = text.replace(/^\(|\)$/g, "").trim();
  return inParentheses(foldKey(inner).startsWith("kem theo") ? inner : `Kèm theo ${inner}`);
}

function inParentheses(text: string): string {
  return text.startsWith("(") && text.endsWith(")") ? text : `(${text.replace(/^\(|\)$/g, "")})`;
}

/** The official annex sheet for a table read from `snapshot` (owner `annex`); the source is not touched. */
export function buildAnnexPlan(
  snapshot: SheetSnapshot,
  table: AnnexTable,
  options: AnnexPlanOptions,
): SheetPlan {
  const lang = options.lang ?? "vi";
  const columns = annexColumns(table, lang);
  const width = columns.length;
  const numbers = options.numbering === "renumber" ? renumberRows(table.rows) : new Map<number, string>();

  const { body, trailing } = splitTrailingNotes(table.rows);
  const values: PlanValue[][] = [
    denseRow(width, new Map([[1, options.annexLabel]])),
    denseRow(width, new Map([[1, options.title]])),
    denseRow(width, new Map([[1, options.attachedTo]])),
    denseRow(width, new Map()),
    ...headerRows(columns, lang),
  ];
  const kinds: { row: number; kind: RowKind }[] = [];
  const planRows = new Map<number, number>();
  for (const { row, index } of body) {
    kinds.push({ row: values.length + 1, kind: row.kind });
    planRows.set(row.row, values.length + 1);
    values.push(dataRow(snapshot, row, columns, numbers.get(index)));
  }
  const lastTableRow = values.length;
  const bodyMerges = verticalMerges(snapshot, table, columns, planRows);
  for (const merge of bodyMerges) {
    for (let r = merge.top + 1; r <= merge.bottom; r++) {
      const cells = values[r - 1];
      if (cells) cells[merge.left - 1] = null;
    }
  }
  let previous = body[body.length - 1]?.row.row;
  for (const { row } of trailing) {
    // The blank rows above a note as in the source: the gap before `Nơi nhận`, the room left to sign.
    const gap = previous === undefined ? 0 : Math.min(row.row - previous - 1, MAX_NOTE_GAP);
    for (let i = 0; i < gap; i++) values.push(denseRow(width, new Map()));
    values.push(denseRow(width, new Map([[2, noteText(snapshot, row)]])));
    previous = row.row;
  }

  return {
    name: options.sheetName,
    owner: "annex",
    values,
    styles: annexStyles(columns, values.length, lastTableRow, kinds),
    merges: [
      range(LABEL_ROW, 1, LABEL_ROW, width),
      range(TITLE_ROW, 1, TITLE_ROW, width),
      range(ATTACHED_ROW, 1, ATTACHED_ROW, width),
      ...headerMerges(columns),
      ...bodyMerges,
    ],
    columnWidths: fitColumnWidths(
      [columns.map((c) => c.label)],
      values.slice(FIRST_DATA_ROW - 1, lastTableRow),
      width,
      TABLE_SIZE,
    ),
    freeze: { rows: HEADER_BOTTOM, columns: 0 },
    page: ANNEX_PAGE,
    font: { name: PLAN_FONT, size: TABLE_SIZE },
  };
}

const ANNEX_PAGE: PageSetup = {
  orientation: "landscape",
  paperSize: "A4",
  margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
  printTitleRows: { first: HEADER_TOP, last: HEADER_BOTTOM },
  fitToWidth: true,
  pageNumbers: true,
  centerHorizontally: true,
};

// Notes after the last table row (signatures, footnotes) go below the table, outside its borders.
function splitTrailingNotes(rows: readonly AnnexRow[]): {
  body: { row: AnnexRow; index: number }[];
  trailing: { row: AnnexRow; index: number }[];
} {
  const indexed = rows.map((row, index) => ({ row, index })).filter(({ row }) => row.kind !== "blank");
  let end = indexed.length;
  while (end > 0 && indexed[end - 1]?.row.kind === "note") end -= 1;
  return { body: indexed.slice(0, end), trailing: indexed.slice(end) };
}

function headerRows(columns: readonly AnnexColumn[], lang: "vi" | "en"): PlanValue[][] {
  const top: PlanValue[] = [];
  const bottom: PlanValue[] = [];
  columns.forEach((column, i) => {
    if (column.group === undefined) {
      top.push(column.label);
      bottom.push(null);
    } else {
      const first = columns[i - 1]?.group !== column.group;
      top.push(first ? groupLabel(column.group, lang) : null);
      bottom.push(column.label);
    }
  });
  return [top, bottom];
}

/** Ungrouped labels merge down over both header rows; group labels merge across their columns. */
function headerMerges(columns: readonly AnnexColumn[]): PlanRange[] {
  const merges: PlanRange[] = [];
  const groups = new Map<AnnexGroup, { left: number; right: number }>();
  columns.forEach((column, i) => {
    const c = i + 1;
    if (column.group === undefined) {
      merges.push(range(HEADER_TOP, c, HEADER_BOTTOM, c));
      return;
    }
    const span = groups.get(column.group);
    if (span) span.right = c;
    else groups.set(column.group, { left: c, right: c });
  });
  for (const { left, right } of groups.values()) merges.push(range(HEADER_TOP, left, HEADER_TOP, right));
  return merges;
}

function dataRow(
  snapshot: SheetSnapshot,
  row: AnnexRow,
  columns: readonly AnnexColumn[],
  newStt: string | undefined,
): PlanValue[] {
  const values = columns.map((column): PlanValue => {
    if ("column" in column.source) return cellValue(cellAt(snapshot, row.row - 1, column.source.column - 1));
    const field = column.source.field;
    if (field === "stt") return newStt ?? sttValue(row);
    // A combined time column is one column (field `end`), written as typed.
    if (field === "start" || field === "end") return timeValue(row.cells[field]);
    return cellValue(row.cells[field]);
  });
  // A note inside the table whose text sits in no mapped column: show it in the content column.
  if (row.kind === "note" && values.every((v): boolean => v === null || v === "")) {
    const content = columns.findIndex((c) => "field" in c.source && c.source.field === "content");
    if (content >= 0) values[content] = noteText(snapshot, row);
  }
  return values;
}

/**
 * The source's vertical merges inside the table body (a task's STT, times or lead merged over the rows it
 * spans), at their place in the plan: the reader filled the merged value into every row, and written
 * unmerged a task spanning two rows would show twice. Merges across columns are not copied.
 */
function verticalMerges(
  snapshot: SheetSnapshot,
  table: AnnexTable,
  columns: readonly AnnexColumn[],
  planRows: ReadonlyMap<number, number>,
): PlanRange[] {
  const merges: PlanRange[] = [];
  const sourceColumns = columns.map((column) =>
    "column" in column.source ? column.source.column : table.header.columns[column.source.field],
  );
  for (const merge of snapshot.merges) {
    if (merge.left !== merge.right || merge.bottom <= merge.top) continue;
    const top = planRows.get(merge.top);
    const bottom = planRows.get(merge.bottom);
    // Only a run of rows that stays together in the plan (no trailing note cut out of it).
    if (top === undefined || bottom === undefined || bottom - top !== merge.bottom - merge.top) continue;
    sourceColumns.forEach((source, i) => {
      if (source === merge.left) merges.push(range(top, i + 1, bottom, i + 1));
    });
  }
  return merges;
}

function sttValue(row: AnnexRow): PlanValue {
  const cell = row.cells.stt;
  if (cell !== undefined && cell !== null) return cellValue(cell);
  return row.stt === "" ? null : row.stt;
}

/** A time cell as written: a serial date typed as a plain number becomes a date, not `45400`. */
function timeValue(cell: Cell | undefined): PlanValue {
  return cellValue(cell === undefined ? cell : (serialDateCell(cell) ?? cell));
}

/** The whole text of a source row (every non-empty cell, in column order), for notes outside the table. */
function noteText(snapshot: SheetSnapshot, row: AnnexRow): string {
  const cells = snapshot.rows[row.row - 1] ?? [];
  return cells
    .map((cell) => normalizeLines(cellText(cell)).join("\n"))
    .filter((text) => text !== "")
    .join("   ");
}

function annexStyles(
  columns: readonly AnnexColumn[],
  lastRow: number,
  lastTableRow: number,
  kinds: readonly { row: number; kind: RowKind }[],
): StyledRange[] {
  const width = columns.length;
  const styles: StyledRange[] = [
    styled(range(1, 1, lastRow, width), { fontName: PLAN_FONT, fontSize: TABLE_SIZE, fontColor: BLACK }),
    styled(range(LABEL_ROW, 1, TITLE_ROW, width), {
      bold: true,
      fontSize: TITLE_SIZE,
      horizontal: "center",
      vertical: "center",
      wrap: true,
    }),
    styled(range(ATTACHED_ROW, 1, ATTACHED_ROW, width), {
      italic: true,
      fontSize: 13,
      horizontal: "center",
      vertical: "center",
      wrap: true,
    }),
    styled(range(HEADER_TOP, 1, HEADER_BOTTOM, width), {
      bold: true,
      horizontal: "center",
      vertical: "center",
      wrap: true,
      border: "thin",
    }),
  ];
  if (lastTableRow < FIRST_DATA_ROW) return styles;
  styles.push(
    styled(range(FIRST_DATA_ROW, 1, lastTableRow, width), {
      wrap: true,
      vertical: "top",
      horizontal: "left",
      border: "thin",
    }),
  );
  columns.forEach((column, i) => {
    if (column.center)
      styles.push(styled(range(FIRST_DATA_ROW, i + 1, lastTableRow, i + 1), { horizontal: "center" }));
  });
  const byKind = (wanted: readonly RowKind[]) =>
    rowRuns(kinds.filter((k) => wanted.includes(k.kind)).map((k) => k.row));
  for (const run of byKind(["part", "section"])) {
    styles.push(styled(range(run.top, 1, run.bottom, width), { bold: true }));
  }
  for (const run of byKind(["heading"])) {
    styles.push(styled(range(run.top, 1, run.bottom, width), { bold: true, italic: true }));
  }
  return styles;
}
