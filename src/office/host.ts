/**
 * The contract between the task pane and the workbook it works on. The Office.js adapter implements it
 * (office-host.ts); tests use an in-memory implementation. The pane never touches the `Excel` global.
 *
 * Every method is one user action: one `Excel.run`, a constant number of `context.sync()` calls.
 * Failures reject with a HostError carrying a message the user can act on.
 */
import type { SheetSnapshot } from "../core/snapshot";
import type { SheetPlan } from "../core/sheet-plan";
import type { Finding } from "../core/findings";

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
  | "cellEditMode"
  | "protected"
  | "sheetNotFound"
  | "payloadTooLarge"
  | "notSupported"
  | "busy"
  | "unknown";

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

export interface WorkbookHost {
  /** Names of all sheets with their owner markers, and the active sheet's name. */
  listSheets(): Promise<{ readonly sheets: readonly SheetInfo[]; readonly active: string }>;
  /** Snapshot of the active sheet (values, dates as dates, merged areas). */
  readActiveSheet(): Promise<SheetSnapshot>;
  /** Snapshots of the named sheets, read in a constant number of syncs. */
  readSheets(names: readonly string[]): Promise<readonly SheetSnapshot[]>;
  /**
   * Writes the plans: a new sheet, or replaces a sheet the add-in owns (same owner marker). A sheet with
   * the same name that the add-in does not own is never touched: the plan is written under a unique name.
   * Returns the names actually written. `activate` selects the named plan's sheet afterwards.
   */
  writePlans(plans: readonly SheetPlan[], options?: { readonly activate?: string }): Promise<readonly string[]>;
  /** Selects a cell (and activates its sheet). */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Highlights the cells of these findings; remembers exactly what it changed. */
  highlightFindings(sheet: string, findings: readonly Finding[]): Promise<number>;
  /** Removes exactly the highlights this add-in added on the sheet, restoring previous fills. */
  clearHighlights(sheet: string): Promise<number>;
  /** Adds dropdown (list) data validation to the given columns. */
  addDropdowns(request: DropdownRequest): Promise<void>;
  readSettings(): Promise<WorkbookSettings>;
  writeSettings(settings: WorkbookSettings): Promise<void>;
  /** Inserts the sheets of an .xlsx file (base64) and returns the new sheet names. */
  insertWorkbook(fileName: string, base64: string): Promise<readonly string[]>;
}
