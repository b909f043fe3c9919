/** Reading annex rows from a snapshot: vertical merges filled, fields picked by the column map. */
import type { Field } from "../fields";
import type { Cell, SheetSnapshot } from "../snapshot";
import type { HeaderInfo } from "../table-types";
import { gridKey, verticalFill } from "./merges";
import { parseStt, type SttInfo } from "./stt";
import { keptMemo } from "../memo";

/** What one sheet row holds, read once. */
export interface RowFacts {
  readonly row: number;
  readonly cells: Partial<Record<Field, Cell>>;
  /** Cells of the unmapped columns (extras, duplicates), when any is non-empty. */
  readonly extras?: Record<number, Cell>;
  readonly blank: boolean;
  readonly stt: SttInfo;
  /** Non-empty columns other than the STT column (1-based). */
  readonly textColumns: readonly number[];
  /** The row's cells (vertical merges filled), for the whole-row checks. */
  readonly values: readonly Cell[];
  /** 1-based left columns of the merges spanning several columns that start in this row. */
  readonly mergedFrom: readonly number[];
  /**
   * When the STT cell lies in a vertical merge below its top: the merge's top sheet row (1-based). The row
   * goes on with the row the number belongs to (one task written over several rows); its `stt` is empty.
   */
  readonly sttMergedFrom?: number;
  /** True when the row's own finish cell (not a value merged down from above) holds something. */
  readonly ownEnd: boolean;
}

const INVISIBLE_OR_SPACE = /^[\s\u200B-\u200D\u2060\uFEFF]*$/;

const NO_STT = parseStt(null);

export interface RowReader {
  /** The STT of a 0-based row; empty below the top of a vertically merged STT (see sttMergedFrom). */
  stt(r: number): SttInfo;
  /** Everything else about a 0-based row, given its STT. */
  read(r: number, stt: SttInfo): RowFacts;
}

/** Reads rows with vertical merges filled: a merged STT or lead applies to every row it covers. */
export function createRowReader(snapshot: SheetSnapshot, header: HeaderInfo): RowReader {
  const fill = verticalFill(snapshot);
  const fields = Object.entries(header.columns).filter(
    (entry): entry is [Field, number] => (entry[1] ?? 0) > 0,
  );
  const mapped = new Set(fields.map(([, column]) => column));
  const extraColumns = [
    ...header.extras.map((extra) => extra.column),
    ...header.duplicates.flatMap((duplicate) => duplicate.columns.slice(1)),
  ].filter((column) => !mapped.has(column));
  const sttColumn = header.columns.stt;
  const minWidth = Math.max(0, ...extraColumns, ...mapped);
  const mergedFrom = new Map<number, number[]>();
  for (const merge of snapshot.merges) {
    if (merge.right > merge.left)
      mergedFrom.set(merge.top, [...(mergedFrom.get(merge.top) ?? []), merge.left]);
  }
  const valueAt = (raw: readonly Cell[], r: number, c: number): Cell => {
    const own = raw[c] ?? null;
    return isEmpty(own) ? (fill.get(gridKey(r, c)) ?? own) : own;
  };
  const noMerges: readonly number[] = [];
  const sttMergedFrom =
    sttColumn === undefined ? new Map<number, number>() : rowsBelowTop(snapshot, sttColumn);
  return {
    stt: (r) =>
      sttColumn === undefined || sttColumn < 1 || sttMergedFrom.has(r)
        ? NO_STT
        : sttOf(valueAt(snapshot.rows[r] ?? [], r, sttColumn - 1)),
    read: (r, stt) => {
      const raw = snapshot.rows[r] ?? [];
      const width = Math.max(raw.length, minWidth);
      const values: Cell[] = new Array<Cell>(width);
      const textColumns: number[] = [];
      let blank = true;
      for (let c = 0; c < width; c++) {
        const own = raw[c] ?? null;
        const ownEmpty = isEmpty(own);
        if (!ownEmpty) blank = false;
        const value = ownEmpty ? (fill.get(gridKey(r, c)) ?? own) : own;
        values[c] = value;
        if (!isEmpty(value) && c + 1 !== sttColumn) textColumns.push(c + 1);
      }
      const cells: Partial<Record<Field, Cell>> = {};
      for (const [field, column] of fields) cells[field] = values[column - 1] ?? null;
      let extras: Record<number, Cell> | undefined;
      for (const column of extraColumns) {
        const value = values[column - 1] ?? null;
        if (!isEmpty(value)) (extras ??= {})[column] = value;
      }
      const top = sttMergedFrom.get(r);
      const endColumn = header.columns.end;
      const ownEnd = endColumn !== undefined && !isEmpty(raw[endColumn - 1] ?? null);
      // The optional parts are added, not spread in: this runs for every row of the table.
      const fact: { -readonly [K in keyof RowFacts]: RowFacts[K] } = {
        ownEnd,
        row: r + 1,
        cells,
        blank,
        stt,
        textColumns,
        values,
        mergedFrom: mergedFrom.get(r + 1) ?? noMerges,
      };
      if (extras) fact.extras = extras;
      if (top !== undefined) fact.sttMergedFrom = top;
      return fact;
    },
  };
}

// The same few numbers repeat (`1.`, `2.` in every section, and in every report of a plan): each text is
// parsed once; bounded, so a run of many distinct texts keeps only the recent ones.
const sttOfText = keptMemo((text: string) => parseStt(text), 20_000);

function sttOf(cell: Cell): SttInfo {
  return typeof cell === "string" ? sttOfText(cell) : parseStt(cell);
}

/** 0-based rows whose cell in `column` (1-based) lies in a vertical merge below its top → the top (1-based). */
function rowsBelowTop(snapshot: SheetSnapshot, column: number): Map<number, number> {
  const below = new Map<number, number>();
  for (const merge of snapshot.merges) {
    if (merge.left > column || merge.right < column || merge.bottom <= merge.top) continue;
    for (let row = merge.top + 1; row <= merge.bottom; row++) below.set(row - 1, merge.top);
  }
  return below;
}

/** The 0-based index of the last row with a non-empty cell, or -1. */
export function lastNonEmptyRow(snapshot: SheetSnapshot): number {
  for (let r = snapshot.rows.length - 1; r >= 0; r--) {
    if ((snapshot.rows[r] ?? []).some((cell) => !isEmpty(cell))) return r;
  }
  return -1;
}

/** True for a missing cell, null, or text of spaces and invisible characters only. */
export function isEmpty(cell: Cell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== "string") return false;
  // Fast path: text starting with a visible Latin/Vietnamese character is not empty.
  const first = cell.charCodeAt(0);
  if (first > 0x20 && first < 0x1680 && first !== 0xa0 && first !== 0x85) return false;
  return INVISIBLE_OR_SPACE.test(cell);
}
