/**
 * The contract between the task pane and the workbook it works on. The Office.js adapter implements it
 * (office-host.ts); tests use an in-memory implementation. The pane never touches the `Excel` global.
 *
 * Every method is one user action: one `Excel.run`, a constant number of `context.sync()` calls.
 * Failures reject with a HostError carrying a message the user can act on.
 */
import type { Cell, SheetSnapshot } from "../core/snapshot";
import type { SheetPlan } from "../core/sheet-plan";
import type { Finding } from "../core/findings";
import type { LegacyEncoding } from "../core/legacy-encoding";

export interface SheetInfo {
  readonly name: string;
  /** The add-in's marker, if this sheet is one the add-in owns. */
  readonly owner?: SheetPlan["owner"];
  readonly visible: boolean;
}

/** Settings stored in the workbook (DESIGN §5), so a colleague opening the file gets the same results. */
export interface WorkbookSettings {
  /** `YYYY` or `YYYY-YYYY`; empty = read from the sheet title. */
  readonly period?: string;
  /** `YYYY-MM-DD`; empty = today. */
  readonly asOf?: string;
  readonly lang?: "vi" | "en";
  /** "Sắp đến hạn": open tasks due within this many days (0–365); absent = 7. */
  readonly dueSoonDays?: number;
}

export interface DropdownRequest {
  readonly sheet: string;
  /** 1-based first and last data rows. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** 1-based column → list of values or a reference to a range. */
  readonly columns: readonly {
    readonly column: number;
    readonly list: readonly string[] | { readonly reference: string };
    readonly allowOther: boolean;
  }[];
}

export type HostErrorKind =
  "cellEditMode" | "protected" | "sheetNotFound" | "payloadTooLarge" | "notSupported" | "busy" | "unknown";

/** A failure the pane shows to the user; `code` is Office's error code, for support. */
export class HostError extends Error {
  constructor(
    readonly kind: HostErrorKind,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = "HostError";
  }
}

/** What one action reads, in one `Excel.run` and a constant number of syncs. */
export interface ReadRequest {
  /** The active sheet's snapshot. */
  readonly active?: boolean;
  /** Snapshots of these sheets (by name; unknown names are reported in `missing`). */
  readonly sheets?: readonly string[];
  /** The `Danh mục cơ quan` sheet's snapshot, when the workbook has one. */
  readonly directory?: boolean;
  /**
   * Sheets read beside the others into `extra`, never reported missing: every hidden sheet (`hidden`: a
   * returned template's fingerprint) and these names when present (`names`: an earlier run's owned sheet).
   */
  readonly extra?: {
    readonly hidden?: boolean;
    readonly names?: readonly string[];
    /** Every visible sheet (the pane's first look at a workbook: has it a task table yet?). */
    readonly visible?: boolean;
  };
  /** Rows read at most of each sheet (fewer than the host's cap): enough to find a table's header. */
  readonly rowCap?: number;
}

export interface ReadResult {
  readonly activeName: string;
  readonly sheetList: readonly SheetInfo[];
  readonly active?: SheetSnapshot;
  readonly sheets: readonly SheetSnapshot[];
  readonly missing: readonly string[];
  readonly directory?: SheetSnapshot;
  /** What `extra` asked for, in workbook order. */
  readonly extra?: readonly SheetSnapshot[];
  readonly settings: WorkbookSettings;
}

/** What converting a sheet's legacy-font text wrote: the encoding, cells converted, formula cells left. */
export interface LegacyRepair {
  readonly encoding?: LegacyEncoding;
  readonly cells: number;
  readonly formulas: number;
}

/** A conversion and what the workbook holds after it: `read.sheets` is the converted sheet. */
export interface LegacyRepairResult {
  readonly repair: LegacyRepair;
  readonly read: ReadResult;
}

/** What a build step asks to write. */
export interface WriteRequest {
  readonly plans: readonly SheetPlan[];
  /** Name of the plan whose sheet is activated afterwards. */
  readonly activate?: string;
}

/** 1-based first and last rows of a block of a sheet's rows. */
export interface RowSpan {
  readonly first: number;
  readonly last: number;
}

/** One change Excel reports on a watched sheet (`WorksheetChangedEventArgs`). */
export interface SheetChange {
  /** The changed range, without the sheet (`B7`, `C5:E9`, `7:9`). */
  readonly address: string;
  /** `RangeEdited`, `RowInserted`, `RowDeleted`, `ColumnInserted`, `ColumnDeleted`, `CellInserted`, `CellDeleted`. */
  readonly changeType: string;
}

/** A sheet being watched for edits; `stop` removes the handler (one Excel.run). */
export interface SheetWatch {
  readonly sheet: string;
  stop(): Promise<void>;
}

export interface WorkbookHost {
  /** Reads what the request asks for (one Excel.run). */
  read(request: ReadRequest): Promise<ReadResult>;
  /**
   * Reads, builds plans with a pure function, and writes them — all in ONE Excel.run. A plan replaces a
   * sheet only when that sheet carries the same owner marker; a user's sheet with the same name is never
   * touched (the plan is written under a unique name). Returns the names actually written.
   */
  update(
    request: ReadRequest,
    build: (read: ReadResult) => WriteRequest,
  ): Promise<{ readonly read: ReadResult; readonly written: readonly string[] }>;
  /** Selects a cell (and activates its sheet). */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Highlights the cells of these findings; remembers exactly what it changed. Returns cells marked. */
  highlightFindings(sheet: string, findings: readonly Finding[]): Promise<number>;
  /** Removes exactly the highlights this add-in added on the sheet, restoring previous fills. */
  clearHighlights(sheet: string): Promise<number>;
  /**
   * Rewrites some cells' text from what they hold NOW (read and written in one Excel.run): `edit` gets a
   * cell's current text and returns its new text, or undefined to leave it. New text is always stored as
   * text, never a formula. Returns the number of cells changed.
   */
  editCells(
    sheet: string,
    addresses: readonly string[],
    edit: (address: string, text: string) => string | undefined,
  ): Promise<number>;
  /**
   * Writes one new row below the last used row of the sheet: these cells (1-based columns) as text, nothing
   * else of the sheet touched. Returns the row written (1-based).
   */
  appendRow(
    sheet: string,
    cells: readonly { readonly column: number; readonly text: string }[],
  ): Promise<number>;
  /** Adds dropdown (list) data validation to the given columns. */
  addDropdowns(request: DropdownRequest): Promise<void>;
  writeSettings(settings: WorkbookSettings): Promise<void>;
  /**
   * Writes the Unicode of the sheet's legacy-font (TCVN3, VNI) cells into those cells only, as text; reads
   * what `request` asks for besides the sheet (one Excel.run), as it is after the conversion.
   */
  convertLegacyText(sheet: string, request?: ReadRequest): Promise<LegacyRepairResult>;
  /**
   * Calls `onChange` whenever cells of the sheet change (the clerk's edits and the add-in's own), from
   * Excel's `onChanged` event (ExcelApi 1.7); one Excel.run to register, one to `stop`.
   */
  watchSheet(sheet: string, onChange: (change: SheetChange) => void): Promise<SheetWatch>;
  /**
   * Reads some rows of a sheet, columns 1..`columns`, in one Excel.run and one sync: for each span, its
   * rows of cells as a snapshot holds them. For re-checking the rows an edit changed.
   */
  readRows(
    sheet: string,
    spans: readonly RowSpan[],
    columns: number,
  ): Promise<readonly (readonly Cell[])[][]>;
  /** Inserts the sheets of an .xlsx file (base64) with unique names showing the file; returns them. */
  insertWorkbook(fileName: string, base64: string): Promise<readonly string[]>;
}
