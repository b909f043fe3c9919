/** Types of header detection, column mapping and row classification; implemented in table/*.ts. */
import type { Cell } from "./snapshot";
import type { Field } from "./fields";

/** Where a field lives: a 1-based sheet column. A combined time column maps both `start` and `end`. */
export type ColumnMap = Readonly<Partial<Record<Field, number>>>;

/**
 * Two columns the header alone could not tell apart for one field (`Phụ trách` beside `Đơn vị thực
 * hiện`): the one chosen by its cells, and the other one, kept as an extra column. Shown as COLUMN_AMBIGUOUS.
 */
export interface ColumnAmbiguity {
  readonly field: Field;
  /** 1-based column used for the field. */
  readonly column: number;
  readonly label: string;
  /** 1-based column not used (an extra). */
  readonly other: number;
  readonly otherLabel: string;
}

/**
 * A required field no label names, found by a label that hints at it and by its cells (`Chủ đầu tư` of
 * agency names: the lead). Shown as COLUMN_GUESSED.
 */
export interface ColumnGuess {
  readonly field: Field;
  /** 1-based column used for the field. */
  readonly column: number;
  readonly label: string;
}

export interface HeaderInfo {
  /** 1-based first header row. */
  readonly row: number;
  /** 1 or 2 header rows. */
  readonly height: 1 | 2;
  /** 1-based first data row (after the header and an optional column-number row `(1) (2) (3)…`). */
  readonly dataRow: number;
  readonly columns: ColumnMap;
  /** True when one column holds both start and end (`Thời gian thực hiện`). */
  readonly combinedTime: boolean;
  /** Columns whose label did not match any field (e.g. `Nguồn kinh phí`). */
  readonly extras: readonly { readonly column: number; readonly label: string }[];
  /** Fields matched by more than one column: the first is used, the others listed. */
  readonly duplicates: readonly { readonly field: Field; readonly columns: readonly number[] }[];
  /** Fields whose column was chosen by its cells between close candidates (absent: none). */
  readonly ambiguities?: readonly ColumnAmbiguity[];
  /** Required fields whose column was found by a hinting label and its cells (COLUMN_GUESSED). */
  readonly guesses?: readonly ColumnGuess[];
  /**
   * A column saying when each task was actually done (`Ngày hoàn thành thực tế`), kept among the extras;
   * never the finish (deadline) column (table/completion-column.ts).
   */
  readonly completion?: { readonly column: number; readonly label: string };
  /** Header label of each mapped column, as written. */
  readonly labels: Readonly<Record<number, string>>;
  /** 0..1: how sure the detection is. */
  readonly confidence: number;
}

/** Text above the header: title, `Kèm theo…` subtitle, issuing body. */
export interface TitleBlock {
  readonly lines: readonly { readonly row: number; readonly column: number; readonly text: string }[];
  /** The annex title (e.g. `NHIỆM VỤ CỤ THỂ … NĂM 2024`), if recognised. */
  readonly title?: string;
  /** The `(Kèm theo Kế hoạch số …)` line, if present. */
  readonly attachedTo?: string;
}

export type RowKind =
  | "part" // A, B, C above Roman sections
  | "section" // I, II, …
  | "task" // 1, 1., 1.1, III.1 …
  | "subitem" // a), -, +
  | "heading" // a sub-heading row with no time or agencies
  | "note" // text outside the table structure (signature, notes)
  | "blank";

export interface AnnexRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly kind: RowKind;
  /** The STT as written (trimmed), may be empty. */
  readonly stt: string;
  /** Cells by field (start and end both hold the combined cell when the time column is combined). */
  readonly cells: Readonly<Partial<Record<Field, Cell>>>;
  /** Index into `AnnexTable.rows` of the enclosing section row, if any. */
  readonly section?: number;
  /** Index into `AnnexTable.rows` of the enclosing part row, if any. */
  readonly part?: number;
  /** Index of the parent task: of a sub-item, or of a task numbered under it (`1` for `1.1`). */
  readonly parent?: number;
  /** A task whose STT cell is merged down from a task above: it shares that number (no number of its own). */
  readonly sttMerged?: boolean;
  /**
   * Cells of the columns not mapped to a field (`HeaderInfo.extras`, and the extra columns of
   * `HeaderInfo.duplicates`) by 1-based sheet column, so consolidation keeps them; empty cells may be absent.
   */
  readonly extras?: Readonly<Record<number, Cell>>;
}

export interface AnnexTable {
  readonly header: HeaderInfo;
  readonly title: TitleBlock;
  readonly rows: readonly AnnexRow[];
}
