/**
 * Sheet plans: declarative descriptions of sheets to write (DESIGN §8). Core builds them; the Office
 * adapter and the file adapter render the same plan, so the add-in and the CLI write identical sheets.
 *
 * Coordinates are 1-based sheet rows and columns. Ranges are inclusive.
 */

/** How a `{ date }` plan value shows when its style names no number format. */
export const PLAN_DATE_FORMAT = "dd/mm/yyyy";

/** A value to write. Strings are ALWAYS written as text (never interpreted as formulas or numbers). */
export type PlanValue =
  | string
  | number
  | boolean
  | null
  | { readonly date: string } // ISO day, written as a real date with format dd/mm/yyyy
  | { readonly formula: string }; // a formula the add-in itself builds (e.g. totals); never user text

export interface PlanRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface PlanStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontName?: string;
  /** Hex `#RRGGBB`. */
  readonly fontColor?: string;
  readonly fill?: string;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "center" | "bottom";
  readonly wrap?: boolean;
  /** Thin borders on every edge of every cell in the range. */
  readonly border?: "thin";
  /** Excel number format, e.g. `dd/mm/yyyy` or `0%`. */
  readonly numberFormat?: string;
  /** `false`: a cell the user may type in when the sheet is protected (cells are locked by default). */
  readonly locked?: boolean;
}

export interface StyledRange {
  readonly range: PlanRange;
  readonly style: PlanStyle;
}

export interface PlanLink {
  readonly row: number;
  readonly column: number;
  /** Inside the workbook: `'Sheet name'!A1`. */
  readonly target: string;
  readonly tooltip?: string;
}

export interface PlanValidation {
  readonly range: PlanRange;
  /** A list of allowed values, or a reference like `'Danh mục cơ quan'!$A$2:$A$200`. */
  readonly list: readonly string[] | { readonly reference: string };
  /** Show a warning instead of blocking other values (agency lists allow free text). */
  readonly allowOther: boolean;
}

export interface PlanTable {
  readonly name: string;
  /** Includes the header row. */
  readonly range: PlanRange;
  readonly style?: string;
}

export interface PageSetup {
  readonly orientation: "portrait" | "landscape";
  readonly paperSize: "A4";
  /** Millimetres. */
  readonly margins: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
    readonly header: number;
    readonly footer: number;
  };
  /** Header rows repeated on every printed page (1-based inclusive). */
  readonly printTitleRows?: { readonly first: number; readonly last: number };
  readonly fitToWidth: boolean;
  /** Also fit to one page tall (the one-page summary); absent means as many pages tall as needed. */
  readonly fitToHeight?: boolean;
  /** Page number centred in the top margin, not on the first page. */
  readonly pageNumbers: boolean;
  readonly centerHorizontally?: boolean;
}

export interface ChartSeriesPlan {
  readonly name: string;
  /** The series' numbers: one column, as long as the chart's categories. */
  readonly values: PlanRange;
  /** Hex `#RRGGBB`; absent: the application's palette. */
  readonly color?: string;
}

export interface ChartPlan {
  readonly type: "columnStacked" | "barStacked" | "columnClustered";
  readonly title: string;
  /** The category labels: one column of cells. */
  readonly categories: PlanRange;
  readonly series: readonly ChartSeriesPlan[];
  /** Where to place the chart (top-left cell, bottom-right cell). */
  readonly anchor: PlanRange;
  /** Bars drawn top-down in category order (a bar chart otherwise puts the first category at the bottom). */
  readonly firstCategoryOnTop?: boolean;
}

/**
 * A conditional format: `above` shades the cells holding a number greater than `threshold` (text such as
 * "—" never matches); `dataBar` draws a bar in proportion to the value between `min` and `max`.
 */
export type PlanConditionalFormat =
  | {
      readonly kind: "above";
      readonly range: PlanRange;
      readonly threshold: number;
      /** Hex `#RRGGBB`. */
      readonly fill: string;
      readonly fontColor?: string;
    }
  | {
      readonly kind: "dataBar";
      readonly range: PlanRange;
      readonly min: number;
      readonly max: number;
      /** Hex `#RRGGBB`. */
      readonly color: string;
    };

export interface SheetPlan {
  readonly name: string;
  /**
   * Ownership marker kind: the adapter writes it invisibly (Office: a worksheet custom property or a hidden
   * named item; file: a hidden defined name) so the add-in recognises its own sheets by marker, not name.
   */
  readonly owner?:
    "annex" | "summary" | "data" | "findings" | "directory" | "changes" | "feedback" | "example";
  /** Rows of content left out because the sheet is full (Excel's row limit); its last row says so. */
  readonly rowsLeftOut?: number;
  /** Values, row by row starting at A1. */
  readonly values: readonly (readonly PlanValue[])[];
  /**
   * Rows after `values`, made when they are written: the records of a large table (a consolidation's
   * data and findings), so that a million rows are never held at once. `withAllRows` puts them in
   * `values` for an adapter that wants them there.
   */
  readonly moreRows?: PlanRows;
  readonly styles: readonly StyledRange[];
  readonly merges: readonly PlanRange[];
  /** Column widths in characters (Excel's width unit), index 0 = column A. */
  readonly columnWidths: readonly number[];
  /** Row heights in points, sparse: 1-based row → height. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  /** Freeze panes: rows above `row` and columns left of `column` stay visible. */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly page?: PageSetup;
  readonly validations?: readonly PlanValidation[];
  readonly tables?: readonly PlanTable[];
  readonly links?: readonly PlanLink[];
  readonly charts?: readonly ChartPlan[];
  readonly conditionalFormats?: readonly PlanConditionalFormat[];
  /** Base font for the whole sheet. */
  readonly font?: { readonly name: string; readonly size: number };
  /** Hidden from the user; `veryHidden` cannot be unhidden from Excel's menus (a template's fingerprint). */
  readonly visibility?: "hidden" | "veryHidden";
  /** 1-based columns written hidden. */
  readonly hiddenColumns?: readonly number[];
  /**
   * Protect the sheet without a password: locked cells cannot be edited (cells with `locked: false` can);
   * `allow` lists what the user may still do.
   */
  readonly protection?: { readonly allow: readonly SheetPermission[] };
}

/** Rows made on demand: `row(0)` is the sheet row just after the plan's `values`. */
export interface PlanRows {
  readonly count: number;
  row(index: number): readonly PlanValue[];
}

/** The plan's sheet row `r` (1-based), from `values` or made by `moreRows`; beyond both, undefined. */
export function planRow(plan: SheetPlan, r: number): readonly PlanValue[] | undefined {
  const index = r - 1 - plan.values.length;
  if (index < 0) return plan.values[r - 1];
  return plan.moreRows && index < plan.moreRows.count ? plan.moreRows.row(index) : undefined;
}

/** How many rows the plan's values fill, `moreRows` included. */
export function planRowCount(plan: SheetPlan): number {
  return plan.values.length + (plan.moreRows?.count ?? 0);
}

/** The plan with every row in `values` (its `moreRows` made now). */
export function withAllRows(plan: SheetPlan): SheetPlan {
  const { moreRows, ...rest } = plan;
  if (moreRows === undefined) return plan;
  const values = [...plan.values];
  for (let i = 0; i < moreRows.count; i++) values.push(moreRows.row(i));
  return { ...rest, values };
}

/** What a protected sheet still lets the user do. */
export type SheetPermission = "formatColumns" | "formatRows" | "deleteRows" | "sort" | "autoFilter";

/** The sheet name of an owned sheet, made unique against existing names (Excel: ≤ 31 chars, no `[]:*?/\`). */
export function safeSheetName(wanted: string, existing: readonly string[]): string {
  const cleaned =
    wanted
      .replace(/[[\]:*?/\\]/g, "-")
      .replace(/^'+|'+$/g, "")
      .slice(0, 31) || "Sheet";
  const taken = new Set(existing.map((n) => n.toLocaleLowerCase("vi")));
  if (!taken.has(cleaned.toLocaleLowerCase("vi"))) return cleaned;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = cleaned.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(candidate.toLocaleLowerCase("vi"))) return candidate;
  }
}

/** `'Sheet name'!A1`, quoting as Excel requires. */
export function sheetReference(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}
