/**
 * Test helper: a SheetSnapshot built from a TSV annex (the real annexes in `test/fixtures/real-annexes/`, or a
 * TSV string written in a test), laid out the way such a table sits on a worksheet.
 *
 * Layout, top to bottom (all in column A onward unless `startColumn` says otherwise):
 *   1. `title` lines, one row each, each merged across the table width (like a centred title);
 *   2. the header: one row as in the TSV, or two rows when `groups` are given (see HeaderGroup);
 *   3. an optional column-number row `(1) (2) (3)…` or `1 2 3…` (`columnNumbers`);
 *   4. the data lines.
 * Every layout number you may need to assert on is returned in `layout`.
 *
 * Cells are strings as published; an empty TSV field is an empty cell (null). With `numbers: true`, a
 * field that is a plain number (`1`, `2.1`, `2025`) becomes an Excel number, as Excel does when typing.
 *
 * TSV quirks of the real annexes handled here (they come from converting web pages, not from the
 * documents): a first column `kind` (the extractor's rough label) is dropped when the header's first field
 * is `kind`; and when a line has more fields than the header, the extraction joined two table rows into
 * one line (05: part `B` is glued to task 9.5; 04: task 2 follows task 8 after a `…....` cut marker), so the
 * overflow starts a new row, without the empty field or the `…` marker that separated them
 * (`splitJoinedRows: false` keeps the line as one row); and a line with at least two fields but fewer than
 * the header, whose first field is not a number (`1`, `2.1`, `IV`, `A`), lost its first cell to a merged
 * STT above it (an HTML rowspan: 06's second rows of a task, 05's repeated header rows), so an empty STT
 * cell is put back in front, and the STT cell of the row above is merged down over it, as the sheet it was
 * copied from has it (`restoreMergedStt: false` keeps the fields where they are, with no merge). A line with a
 * single field (01's `I. NÂNG CAO …` section titles spanning the row) stays in the first column.
 */
import * as fs from "fs";
import * as path from "path";
import type { Cell, MergeArea, SheetSnapshot } from "../../src/core/snapshot";

/** Test data kept in the repository (public documents, sources in each folder's README). */
export const FIXTURES_DIR = path.resolve(__dirname, "../fixtures");
export const REAL_ANNEX_DIR = path.join(FIXTURES_DIR, "real-annexes");
export const REAL_ANNEX_IDS = ["01", "02", "03", "04", "05", "06", "07", "08"] as const;
export type RealAnnexId = (typeof REAL_ANNEX_IDS)[number];

/**
 * Upper bound on error-severity findings per document. Each is the number of real errors the document
 * has: 05 has two tasks due `2025` in its 2026–2030 plan; 07 has no time column at all (one
 * COLUMN_MISSING for the finish, and no END_MISSING per task on top). The other documents are correct
 * as published, so any error there would be invented by the validator.
 */
export const REAL_ANNEX_MAX_ERRORS: Readonly<Record<RealAnnexId, number>> = {
  "01": 0,
  "02": 0,
  "03": 0,
  "04": 0,
  "05": 2,
  "06": 0,
  "07": 1,
  "08": 0,
};

/**
 * A group cell of a two-row header: `label` goes in the top row over the 1-based table columns
 * `from..to` (merged across them); the TSV header labels of those columns become the child labels in the
 * second row. Every column outside a group keeps its TSV label in the top row, merged down both rows.
 */
export interface HeaderGroup {
  readonly label: string;
  readonly from: number;
  readonly to: number;
}

export interface TsvSnapshotOptions {
  readonly sheet?: string;
  readonly file?: string;
  /** Lines above the header (title block), one row each, merged across the table width. */
  readonly title?: readonly string[];
  /** Leave rows this many empty rows between the title block and the header. */
  readonly gapAfterTitle?: number;
  /** Two-row header with these group cells (columns are 1-based table columns). */
  readonly groups?: readonly HeaderGroup[];
  /** Put a column-number row under the header: `(1) (2) …` (`parens`) or `1 2 …` (`plain`, numbers). */
  readonly columnNumbers?: "parens" | "plain";
  /** 1-based sheet column of the table's first column (default 1, column A). */
  readonly startColumn?: number;
  /** Plain numeric fields become numbers (Excel typing). Default false: everything stays text. */
  readonly numbers?: boolean;
  /** Split lines that hold two joined table rows (see the file comment). Default true. */
  readonly splitJoinedRows?: boolean;
  /** Put back the STT cell a rowspan took from short lines (see the file comment). Default true. */
  readonly restoreMergedStt?: boolean;
  /** Reverse the column order (header and data), to test "any column order". */
  readonly reverseColumns?: boolean;
  /** Extra rows after the table (notes, signature), one row each, text in the table's first column. */
  readonly after?: readonly string[];
}

/** Where things landed on the sheet (1-based rows). */
export interface TsvLayout {
  readonly headerRow: number;
  readonly headerHeight: 1 | 2;
  readonly dataRow: number;
  /** 1-based sheet row of each TSV data line (after splitting joined rows: one entry per table row). */
  readonly lineRows: readonly number[];
  /** The header labels as in the TSV (kind column dropped, order as on the sheet). */
  readonly labels: readonly string[];
  /** Table width in columns. */
  readonly width: number;
}

export interface TsvSnapshot {
  readonly snapshot: SheetSnapshot;
  readonly layout: TsvLayout;
  /** The table rows after dropping `kind` and splitting joined rows (strings, "" for empty). */
  readonly table: readonly (readonly string[])[];
  /** The extractor's `kind` label of each data row, when the TSV had one ("" for split-off rows). */
  readonly kinds: readonly string[];
}

const CUT_MARKER = /^[….\s]*$/;
const STT_LIKE = /^\s*([IVXLC]+(\.\d+)*|[A-Z]|\d+(\.\d+)*)[.)]?\s*$/;
const PLAIN_NUMBER = /^\d+(\.\d+)?$/;

/** Reads a real annex TSV (`01`…`08`) as text. */
export function readRealAnnex(id: RealAnnexId): string {
  return fs.readFileSync(path.join(REAL_ANNEX_DIR, `${id}-rows.tsv`), "utf8");
}

/** A real annex as a snapshot (sheet name `PL-01` etc. unless given). */
export function realAnnexSnapshot(id: RealAnnexId, options: TsvSnapshotOptions = {}): TsvSnapshot {
  return snapshotFromTsv(readRealAnnex(id), { sheet: `PL-${id}`, ...options });
}

/** Builds a snapshot from TSV text whose first line is the header. */
export function snapshotFromTsv(tsv: string, options: TsvSnapshotOptions = {}): TsvSnapshot {
  const lines = tsv.replace(/\r\n?/g, "\n").split("\n");
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const [headerLine, ...dataLines] = lines.map((line) => line.split("\t"));
  if (!headerLine) throw new Error("snapshotFromTsv: empty TSV");
  const hasKind = headerLine[0]?.trim().toLowerCase() === "kind";
  let labels = hasKind ? headerLine.slice(1) : headerLine;
  const width = labels.length;
  let table: string[][] = [];
  const kinds: string[] = [];
  // Table rows whose STT cell was put back: they continue the row above under its merged STT cell.
  const continues = new Set<number>();
  for (const fields of dataLines) {
    const own = hasKind ? fields.slice(1) : fields;
    const cells = options.restoreMergedStt === false ? own : restoreMergedStt(own, width);
    if (cells !== own && table.length > 0) continues.add(table.length);
    const rows = options.splitJoinedRows === false ? [[...cells]] : splitJoined(cells, width);
    rows.forEach((row, i) => {
      table.push(row);
      kinds.push(hasKind && i === 0 ? (fields[0] ?? "") : "");
    });
  }
  if (options.reverseColumns) {
    labels = [...labels].reverse();
    table = table.map((row) => padTo(row, width).reverse());
  }

  const startColumn = options.startColumn ?? 1;
  const offset = startColumn - 1;
  const rows: Cell[][] = [];
  const merges: MergeArea[] = [];
  const put = (texts: readonly Cell[]) => rows.push([...Array<Cell>(offset).fill(null), ...texts]);

  for (const line of options.title ?? []) {
    put([line]);
    if (width > 1) merges.push(area(rows.length, startColumn, rows.length, startColumn + width - 1));
  }
  for (let i = 0; i < (options.gapAfterTitle ?? 0); i++) rows.push([]);

  const headerRow = rows.length + 1;
  const headerHeight = options.groups && options.groups.length > 0 ? 2 : 1;
  if (headerHeight === 1) put(labels);
  else writeTwoRowHeader(labels, options.groups ?? [], headerRow, startColumn, put, merges);

  if (options.columnNumbers) {
    put(labels.map((_, i) => (options.columnNumbers === "parens" ? `(${i + 1})` : i + 1)));
  }
  const dataRow = rows.length + 1;
  const lineRows: number[] = [];
  for (const row of table) {
    put(row.map((text) => toCell(text, options.numbers === true)));
    lineRows.push(rows.length);
  }
  for (const text of options.after ?? []) put([text]);
  const sttColumn = startColumn + (options.reverseColumns ? width - 1 : 0);
  merges.push(...mergedSttAreas(continues, lineRows, sttColumn));

  const snapshot: SheetSnapshot = {
    sheet: options.sheet ?? "Sheet1",
    rows,
    merges,
    ...(options.file !== undefined ? { file: options.file } : {}),
  };
  return {
    snapshot,
    layout: { headerRow, headerHeight, dataRow, lineRows, labels, width },
    table,
    kinds,
  };
}

function writeTwoRowHeader(
  labels: readonly string[],
  groups: readonly HeaderGroup[],
  headerRow: number,
  startColumn: number,
  put: (texts: readonly (string | null)[]) => void,
  merges: MergeArea[],
): void {
  const top: (string | null)[] = [];
  const bottom: (string | null)[] = [];
  labels.forEach((label, i) => {
    const column = i + 1;
    const group = groups.find((g) => column >= g.from && column <= g.to);
    const sheetColumn = startColumn + i;
    if (!group) {
      top.push(label);
      bottom.push(null);
      merges.push(area(headerRow, sheetColumn, headerRow + 1, sheetColumn));
      return;
    }
    top.push(column === group.from ? group.label : null);
    bottom.push(label);
    if (column === group.from && group.to > group.from) {
      merges.push(area(headerRow, sheetColumn, headerRow, startColumn + group.to - 1));
    }
  });
  put(top);
  put(bottom);
}

/** Puts back the STT cell a rowspan took from a short line (see the file comment). */
function restoreMergedStt(cells: readonly string[], width: number): readonly string[] {
  const filled = trimEnd(cells);
  if (filled.length < 2 || filled.length >= width || STT_LIKE.test(filled[0] ?? "")) return cells;
  return ["", ...cells];
}

/**
 * The merged STT cells the restored lines imply: from the row a run of continuation rows goes on from down
 * to the last of them, in the STT column (as Excel and the file adapter report a merged cell).
 */
function mergedSttAreas(
  continues: ReadonlySet<number>,
  lineRows: readonly number[],
  column: number,
): MergeArea[] {
  const areas: MergeArea[] = [];
  for (const index of [...continues].sort((a, b) => a - b)) {
    if (continues.has(index - 1)) continue; // inside a run: its merge starts above
    let last = index;
    while (continues.has(last + 1)) last++;
    const top = lineRows[index - 1];
    const bottom = lineRows[last];
    if (top !== undefined && bottom !== undefined) areas.push(area(top, column, bottom, column));
  }
  return areas;
}

/** Splits a line holding two joined table rows (see the file comment). */
function splitJoined(cells: readonly string[], width: number): string[][] {
  if (cells.length <= width) return [trimEnd(cells)];
  const first = cells.slice(0, width);
  let rest = cells.slice(width);
  while (rest.length > 0 && CUT_MARKER.test(rest[0] ?? "")) rest = rest.slice(1);
  if (rest.length === 0) return [trimEnd(first)];
  return [trimEnd(first), ...splitJoined(rest, width)];
}

function trimEnd(cells: readonly string[]): string[] {
  const out = [...cells];
  while (out.length > 0 && (out[out.length - 1] ?? "").trim() === "") out.pop();
  return out;
}

function padTo(row: readonly string[], width: number): string[] {
  const out = [...row];
  while (out.length < width) out.push("");
  return out.slice(0, Math.max(width, row.length));
}

function toCell(text: string, numbers: boolean): Cell {
  if (text.trim() === "") return null;
  if (numbers && PLAIN_NUMBER.test(text.trim())) return Number(text.trim());
  return text;
}

function area(top: number, left: number, bottom: number, right: number): MergeArea {
  return { top, left, bottom, right };
}
