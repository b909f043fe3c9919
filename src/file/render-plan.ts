/**
 * Renders one SheetPlan onto an empty exceljs worksheet: the file adapter's twin of the Office adapter's
 * renderer, so the CLI and the add-in write the same sheets. Charts are not rendered here: exceljs cannot
 * write them; write-workbook.ts adds their parts to the package (chart-part.ts).
 */
import type { CellValue, DataValidation, Style, Worksheet } from "exceljs";
import { PAGE_NUMBER_HEADER } from "../core/plans/plan-style";
import { PLAN_DATE_FORMAT } from "../core/sheet-plan";
import type {
  PlanConditionalFormat,
  PlanStyle,
  PlanValidation,
  PlanValue,
  SheetPlan,
  PlanRange,
} from "../core/sheet-plan";
import { cellAddress, cellText } from "../core/snapshot";
import { EMPTY_EXCEL_STYLE, styleCache } from "./plan-style";
import "./linear-merges";
import { estimateRowHeights } from "./row-heights";
import { widthInUnits, type StandardFont } from "./standard-font";

const EMPTY_STYLE: PlanStyle = {};
const MM_PER_INCH = 25.4;
// Excel's paper size code for A4.
const PAPER_A4 = 9;

/** Characters Excel holds in one cell: a longer text makes Excel call the file damaged. */
const EXCEL_CELL_CHARS = 32_767;

/**
 * A text cut to Excel's cell limit, ending with a visible note of how much was cut (in both languages:
 * the plan does not say which it is in). The finding CELL_TOO_LONG names the source cell.
 */
export function fitCellText(text: string): string {
  if (text.length <= EXCEL_CELL_CHARS) return text;
  const note = (cut: number): string => ` … [cắt bớt ${cut} ký tự / ${cut} characters cut]`;
  let keep = EXCEL_CELL_CHARS - note(text.length).length;
  // Never split a character written as a surrogate pair.
  if (/[\uDC00-\uDFFF]/.test(text.charAt(keep))) keep -= 1;
  return text.slice(0, keep) + note(text.length - keep);
}

/** A plan value as exceljs wants it. Strings stay strings: exceljs never turns `=…` text into a formula. */
export function toExcelValue(value: PlanValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return fitCellText(value);
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if ("formula" in value) return { formula: value.formula.replace(/^=/, "") } as CellValue;
  const [y, m, d] = value.date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

const TEXT_FORMAT = "@";
/** Text Excel reads as a formula, a signed number or a command when typed: `=…`, `+…`, `-…`, `@…`. */
const LOOKS_LIKE_INPUT = /^[=+\-@]/;

function rangeRef(range: PlanRange): string {
  return `${cellAddress(range.top, range.left)}:${cellAddress(range.bottom, range.right)}`;
}

/**
 * Merges style objects as the plan's styled ranges apply, later properties winning; the same pair of
 * objects, merged over thousands of cells, gives one shared result.
 */
export function styleCombiner(): (base: PlanStyle | undefined, next: PlanStyle) => PlanStyle {
  const merged = new Map<PlanStyle, Map<PlanStyle, PlanStyle>>();
  return (base, next) => {
    if (!base) return next;
    let byNext = merged.get(base);
    if (!byNext) merged.set(base, (byNext = new Map()));
    let result = byNext.get(next);
    if (!result) byNext.set(next, (result = { ...base, ...next }));
    return result;
  };
}

/**
 * Each cell's effective style, `[row - 1][column - 1]`, for the rows before `end`: styled ranges in order,
 * later properties winning (the rows from `end` on are the streamed body's: sheet-body.ts).
 */
function resolveStyles(plan: SheetPlan, end: number): (PlanStyle | undefined)[][] {
  const grid: (PlanStyle | undefined)[][] = [];
  const combine = styleCombiner();
  for (const { range, style } of plan.styles) {
    for (let r = range.top; r <= Math.min(range.bottom, end - 1); r++) {
      const row = (grid[r - 1] ??= []);
      for (let c = range.left; c <= range.right; c++) row[c - 1] = combine(row[c - 1], style);
    }
  }
  return grid;
}

/**
 * The exceljs style of a cell from its value and its effective plan style (undefined: none is set): a
 * date gets the plan's date format, text Excel would parse when edited gets the text format.
 */
export function cellStyler(
  plan: SheetPlan,
): (value: PlanValue, style: PlanStyle | undefined) => Partial<Style> | undefined {
  const baseFont = plan.font ? { name: plan.font.name, size: plan.font.size } : undefined;
  const toStyle = styleCache(baseFont);
  const withDate = new Map<PlanStyle | undefined, PlanStyle>();
  const dateStyle = (style: PlanStyle | undefined): PlanStyle => {
    let found = withDate.get(style);
    if (!found)
      withDate.set(style, (found = { ...style, numberFormat: style?.numberFormat ?? PLAN_DATE_FORMAT }));
    return found;
  };
  // Text Excel would parse when the cell is edited (`=…` becomes a formula, `-3` a number) is formatted as
  // text, so it stays text after the clerk presses F2 and Enter (exceljs cannot write a quote prefix).
  const withText = new Map<PlanStyle | undefined, PlanStyle>();
  const textStyle = (style: PlanStyle | undefined): PlanStyle => {
    let found = withText.get(style);
    if (!found) withText.set(style, (found = { ...style, numberFormat: TEXT_FORMAT }));
    return found;
  };
  return (value, planStyle) => {
    let style = planStyle;
    if (value !== null && typeof value === "object" && "date" in value) style = dateStyle(style);
    if (typeof value === "string" && LOOKS_LIKE_INPUT.test(value)) style = textStyle(style);
    if (style === undefined && !baseFont) return undefined;
    const excelStyle = toStyle(style ?? EMPTY_STYLE);
    return excelStyle === EMPTY_EXCEL_STYLE ? undefined : excelStyle;
  };
}

function writeCells(
  ws: Worksheet,
  plan: SheetPlan,
  styles: readonly (readonly (PlanStyle | undefined)[])[],
  end: number,
): void {
  const styleOf = cellStyler(plan);
  const rows = Math.min(Math.max(plan.values.length, styles.length), end - 1);
  for (let r = 1; r <= rows; r++) {
    const values = plan.values[r - 1] ?? [];
    const rowStyles = styles[r - 1] ?? [];
    const columns = Math.max(values.length, rowStyles.length);
    for (let c = 1; c <= columns; c++) {
      const value = values[c - 1] ?? null;
      const style = rowStyles[c - 1];
      if (value === null && style === undefined) continue;
      const cell = ws.getCell(r, c);
      if (value !== null) cell.value = toExcelValue(value);
      const excelStyle = styleOf(value, style);
      if (excelStyle !== undefined) cell.style = excelStyle;
    }
  }
}

function applyLayout(ws: Worksheet, plan: SheetPlan, font: StandardFont | undefined): void {
  plan.columnWidths.forEach((width, i) => {
    if (width > 0) ws.getColumn(i + 1).width = widthInUnits(width, font);
  });
  for (const [row, height] of Object.entries(plan.rowHeights ?? {})) {
    ws.getRow(Number(row)).height = height;
  }
  if (plan.freeze && (plan.freeze.rows > 0 || plan.freeze.columns > 0)) {
    const { rows, columns } = plan.freeze;
    ws.views = [
      { state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: cellAddress(rows + 1, columns + 1) },
    ];
  }
}

function applyPage(ws: Worksheet, plan: SheetPlan): void {
  const page = plan.page;
  if (!page) return;
  const inches = (mm: number): number => Math.round((mm / MM_PER_INCH) * 1000) / 1000;
  const { margins } = page;
  ws.pageSetup.paperSize = PAPER_A4;
  ws.pageSetup.orientation = page.orientation;
  ws.pageSetup.margins = {
    top: inches(margins.top),
    bottom: inches(margins.bottom),
    left: inches(margins.left),
    right: inches(margins.right),
    header: inches(margins.header),
    footer: inches(margins.footer),
  };
  if (page.fitToWidth || page.fitToHeight) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = page.fitToWidth ? 1 : 0;
    ws.pageSetup.fitToHeight = page.fitToHeight ? 1 : 0;
  }
  if (page.centerHorizontally) ws.pageSetup.horizontalCentered = true;
  if (page.printTitleRows) {
    ws.pageSetup.printTitlesRow = `${page.printTitleRows.first}:${page.printTitleRows.last}`;
  }
  if (page.pageNumbers) {
    // Page number centred in the header; the first page has its own (empty) header (Decree 30/2020).
    ws.headerFooter.differentFirst = true;
    ws.headerFooter.oddHeader = `&C${PAGE_NUMBER_HEADER}`;
    ws.headerFooter.firstHeader = "";
  }
}

// Excel's literal lists are comma-separated with no escaping, limited to 255 characters.
function literalList(values: readonly string[]): string | undefined {
  if (values.some((v) => v.includes(",") || v.includes('"'))) return undefined;
  const joined = values.join(",");
  return joined.length <= 255 ? `"${joined}"` : undefined;
}

function applyValidations(ws: Worksheet, validations: readonly PlanValidation[]): void {
  for (const validation of validations) {
    const formula = Array.isArray(validation.list)
      ? literalList(validation.list as readonly string[])
      : (validation.list as { reference: string }).reference.replace(/^=/, "");
    // A list Excel cannot hold literally is left out rather than written broken.
    if (formula === undefined) continue;
    const rule: DataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: validation.allowOther ? "warning" : "stop",
    };
    // exceljs accepts a range address as the key (written as one sqref); its typings omit the collection.
    const collection = (
      ws as unknown as { dataValidations: { add(ref: string, rule: DataValidation): void } }
    ).dataValidations;
    collection.add(rangeRef(validation.range), rule);
  }
}

/** `#RRGGBB` → exceljs's `FFRRGGBB`. */
function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/**
 * Conditional formats. `above` is a formula rule (`AND(ISNUMBER(H8),H8>0)`), never "cell value > n": Excel
 * and LibreOffice rank text above numbers, so a "—" would be shaded. Data bars are the Excel 2007 kind (no
 * x14 extension: exceljs would give that one a random id, and the same plans must give the same bytes).
 */
function applyConditionalFormats(ws: Worksheet, formats: readonly PlanConditionalFormat[]): void {
  formats.forEach((format, i) => {
    const priority = i + 1;
    if (format.kind === "above") {
      const cell = cellAddress(format.range.top, format.range.left);
      ws.addConditionalFormatting({
        ref: rangeRef(format.range),
        rules: [
          {
            type: "expression",
            priority,
            formulae: [`AND(ISNUMBER(${cell}),${cell}>${format.threshold})`],
            style: {
              fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(format.fill) } },
              ...(format.fontColor !== undefined
                ? { font: { color: { argb: argb(format.fontColor) } } }
                : {}),
            },
          },
        ],
      });
    } else {
      ws.addConditionalFormatting({
        ref: rangeRef(format.range),
        rules: [
          {
            type: "dataBar",
            priority,
            gradient: true,
            cfvo: [
              { type: "num", value: format.min },
              { type: "num", value: format.max },
            ],
            color: { argb: argb(format.color) },
          } as never,
        ],
      });
    }
  });
}

function applyTables(ws: Worksheet, plan: SheetPlan, end: number): void {
  for (const table of plan.tables ?? []) {
    const { top, left, bottom, right } = table.range;
    const seen = new Set<string>();
    const columns = [];
    for (let c = left; c <= right; c++) {
      let name = cellText(toSnapshotLike(plan.values[top - 1]?.[c - 1])) || `Cột ${c - left + 1}`;
      // Table headers must be unique; Excel repairs the file otherwise.
      for (let i = 2; seen.has(name.toLowerCase()); i++) name = `${name} (${i})`;
      seen.add(name.toLowerCase());
      columns.push({ name, filterButton: true });
    }
    // The streamed body's rows are holes: the table knows how many there are, sheet-body.ts writes them.
    const rows: CellValue[][] = new Array<CellValue[]>(bottom - top);
    for (let r = top + 1; r <= Math.min(bottom, end - 1); r++) {
      const row: CellValue[] = [];
      for (let c = left; c <= right; c++) row.push(toExcelValue(plan.values[r - 1]?.[c - 1]));
      rows[r - top - 1] = row;
    }
    ws.addTable({
      name: table.name,
      ref: cellAddress(top, left),
      headerRow: true,
      totalsRow: false,
      style: { theme: (table.style ?? "TableStyleLight9") as never, showRowStripes: true },
      columns,
      rows: rows.length > 0 ? rows : [columns.map(() => null)],
    });
  }
}

function toSnapshotLike(value: PlanValue | undefined): Parameters<typeof cellText>[0] {
  if (value === undefined || value === null) return null;
  if (typeof value === "object" && "formula" in value) return null;
  return value;
}

function applyLinks(ws: Worksheet, plan: SheetPlan): void {
  for (const link of plan.links ?? []) {
    const cell = ws.getCell(link.row, link.column);
    const text = cellText(toSnapshotLike(plan.values[link.row - 1]?.[link.column - 1])) || link.target;
    // exceljs recognises an internal link only as `Sheet!A1` (no `#`, no `$`).
    const target = link.target.replace(/^#/, "").replace(/!\$?([A-Z]+)\$?(\d+)$/i, "!$1$2");
    cell.value = { text, hyperlink: target, ...(link.tooltip ? { tooltip: link.tooltip } : {}) };
  }
}

function applyProtection(ws: Worksheet, plan: SheetPlan): void {
  for (const column of plan.hiddenColumns ?? []) ws.getColumn(column).hidden = true;
  if (plan.visibility) ws.state = plan.visibility;
  if (!plan.protection) return;
  const allowed = new Set<string>(plan.protection.allow);
  // exceljs's protect() is a promise only in name: without a password it sets sheetProtection at once.
  void ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: allowed.has("formatColumns"),
    formatRows: allowed.has("formatRows"),
    deleteRows: allowed.has("deleteRows"),
    sort: allowed.has("sort"),
    autoFilter: allowed.has("autoFilter"),
  });
}

/**
 * Writes the plan's content, layout, page setup, validations, tables, merges, links and protection. The
 * cells of the rows from `bodyFrom` on are left out: sheet-body.ts writes them into the package. Widths are
 * given in the units of the workbook's standard font `font` (standard-font.ts).
 */
export function renderSheetPlan(
  ws: Worksheet,
  plan: SheetPlan,
  bodyFrom = Infinity,
  font?: StandardFont,
): void {
  applyLayout(ws, plan, font);
  const styles = resolveStyles(plan, bodyFrom);
  writeCells(ws, plan, styles, bodyFrom);
  const heights = estimateRowHeights(plan, (r, c) => styles[r - 1]?.[c - 1], bodyFrom);
  for (const [row, height] of heights) ws.getRow(row).height = height;
  applyPage(ws, plan);
  applyValidations(ws, plan.validations ?? []);
  applyConditionalFormats(ws, plan.conditionalFormats ?? []);
  applyTables(ws, plan, bodyFrom);
  applyLinks(ws, plan);
  // Without style: each cell keeps its own borders (the merged area's outline is drawn from them).
  for (const merge of plan.merges)
    ws.mergeCellsWithoutStyle(merge.top, merge.left, merge.bottom, merge.right);
  applyProtection(ws, plan);
}
