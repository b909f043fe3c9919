/**
 * Renders a SheetPlan onto a fresh worksheet: values (chunked, strings as text), formulas, styles,
 * merges, sizes, freeze panes, page setup, conditional formats, validation lists, tables, links, hidden
 * columns, visibility and protection (last: a protected sheet refuses further writes). Charts are separate
 * (`renderCharts`): a chart that fails must not cost the sheet.
 */
import type {
  PageSetup,
  PlanConditionalFormat,
  PlanRange,
  PlanStyle,
  PlanValidation,
  SheetPlan,
} from "../core/sheet-plan";
import { cellAddress } from "../core/snapshot";
import { columnPoints } from "../core/plans/font-metrics";
import { PAGE_NUMBER_HEADER } from "../core/plans/plan-style";
import { COMMAND_BYTES, type WriteBatch } from "./write-batch";
import { planWidth, rowCells, styleFormatLookup, type RowCells } from "./cell-values";

const POINTS_PER_MM = 72 / 25.4;

/** Excel column width in characters → points (`format.columnWidth`), to the hundredth. */
export function columnWidthPoints(characters: number): number {
  return Math.round(columnPoints(characters) * 100) / 100;
}

function rangeOf(sheet: Excel.Worksheet, range: PlanRange): Excel.Range {
  return sheet.getRangeByIndexes(
    range.top - 1,
    range.left - 1,
    range.bottom - range.top + 1,
    range.right - range.left + 1,
  );
}

async function writeValues(sheet: Excel.Worksheet, plan: SheetPlan, batch: WriteBatch): Promise<void> {
  const width = planWidth(plan);
  if (width === 0) return;
  const styleFormat = styleFormatLookup(plan);
  let chunk: RowCells[] = [];
  let chunkTop = 0;
  let chunkBytes = 0;
  const queueChunk = async (): Promise<void> => {
    if (chunk.length === 0) return;
    await batch.reserve(chunkBytes);
    const range = sheet.getRangeByIndexes(chunkTop, 0, chunk.length, width);
    // Format first: a string in an `@` cell is stored as typed, never parsed as a formula or number.
    range.numberFormat = chunk.map((row) => row.formats);
    range.values = chunk.map((row) => row.values);
    chunk.forEach((row, i) => {
      for (const [column, formula] of row.formulas) {
        sheet.getRangeByIndexes(chunkTop + i, column, 1, 1).formulas = [[formula]];
      }
    });
    chunkTop += chunk.length;
    chunk = [];
    chunkBytes = 0;
  };
  for (let r = 0; r < plan.values.length; r++) {
    const cells = rowCells(plan.values[r] ?? [], r + 1, width, styleFormat);
    if (chunk.length > 0 && chunkBytes + cells.bytes > batch.limitBytes) await queueChunk();
    chunk.push(cells);
    chunkBytes += cells.bytes;
  }
  await queueChunk();
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function applyStyle(range: Excel.Range, plan: PlanRange, style: PlanStyle, insideValues: boolean): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontName !== undefined) format.font.name = style.fontName;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontal !== undefined) {
    format.horizontalAlignment =
      style.horizontal === "left" ? "Left" : style.horizontal === "right" ? "Right" : "Center";
  }
  if (style.vertical !== undefined) {
    format.verticalAlignment =
      style.vertical === "top" ? "Top" : style.vertical === "bottom" ? "Bottom" : "Center";
  }
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.locked !== undefined) format.protection.locked = style.locked;
  // Inside the values block the number format went out with the values (strings keep `@`).
  if (style.numberFormat !== undefined && !insideValues) range.numberFormat = [[style.numberFormat]];
  if (style.border === "thin") {
    const edges: string[] = [...EDGES];
    if (plan.bottom > plan.top) edges.push("InsideHorizontal");
    if (plan.right > plan.left) edges.push("InsideVertical");
    for (const edge of edges) {
      const border = format.borders.getItem(edge as Excel.BorderIndex);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = "#000000";
    }
  }
}

/** Excel refuses a typed-in list source longer than this; long lists must reference a range. */
export const MAX_LIST_SOURCE = 255;

/** The data-validation source of a list: `=<reference>`, or the values joined by commas. */
export function listSource(list: PlanValidation["list"]): string {
  if ("reference" in list) return list.reference.startsWith("=") ? list.reference : `=${list.reference}`;
  return list.join(",");
}

/**
 * Queues a dropdown list on a range. `allowOther`: the list is offered, and anything else typed is kept
 * without an alert (a warning on `Trước 20/12/2024` or on two agencies in one cell would only teach the
 * clerk to click it away). Otherwise other values are refused.
 * Returns false (and queues nothing) for a typed-in list Excel would refuse as too long.
 */
export function applyListValidation(
  range: Excel.Range,
  list: PlanValidation["list"],
  allowOther: boolean,
): boolean {
  const source = listSource(list);
  if (!("reference" in list) && source.length > MAX_LIST_SOURCE) return false;
  range.dataValidation.clear();
  range.dataValidation.rule = { list: { inCellDropDown: true, source } };
  range.dataValidation.errorAlert = {
    showAlert: !allowOther,
    style: allowOther ? "Information" : "Stop",
    title: "Giá trị ngoài danh sách",
    message: "Hãy chọn một giá trị trong danh sách.",
  };
  return true;
}

function applyPage(sheet: Excel.Worksheet, page: PageSetup): void {
  const layout = sheet.pageLayout;
  layout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  layout.topMargin = page.margins.top * POINTS_PER_MM;
  layout.bottomMargin = page.margins.bottom * POINTS_PER_MM;
  layout.leftMargin = page.margins.left * POINTS_PER_MM;
  layout.rightMargin = page.margins.right * POINTS_PER_MM;
  layout.headerMargin = page.margins.header * POINTS_PER_MM;
  layout.footerMargin = page.margins.footer * POINTS_PER_MM;
  if (page.printTitleRows)
    layout.setPrintTitleRows(`$${page.printTitleRows.first}:$${page.printTitleRows.last}`);
  // A dimension left out stays "as many pages as needed" (the documented form, OfficeDev/office-js#1860);
  // the one-page summary also sets the height.
  if (page.fitToWidth || page.fitToHeight) {
    layout.zoom = {
      ...(page.fitToWidth ? { horizontalFitToPages: 1 } : {}),
      ...(page.fitToHeight ? { verticalFitToPages: 1 } : {}),
    };
  }
  if (page.centerHorizontally !== undefined) layout.centerHorizontally = page.centerHorizontally;
  if (page.pageNumbers) {
    layout.headersFooters.state = "FirstAndDefault";
    layout.headersFooters.defaultForAllPages.centerHeader = PAGE_NUMBER_HEADER;
    layout.headersFooters.firstPage.centerHeader = "";
  }
}

function cellText(plan: SheetPlan, row: number, column: number): string | undefined {
  const value = plan.values[row - 1]?.[column - 1];
  return typeof value === "string" ? value : undefined;
}

/** Queues the whole plan except charts; syncs only when the batch would outgrow one request. */
export async function renderSheetPlan(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  tableNames: readonly string[],
  batch: WriteBatch,
): Promise<void> {
  if (plan.font) {
    await batch.reserve(COMMAND_BYTES);
    sheet.getRange().format.font.name = plan.font.name;
    sheet.getRange().format.font.size = plan.font.size;
  }
  await writeValues(sheet, plan, batch);
  const rows = plan.values.length;
  const width = planWidth(plan);
  for (const { range, style } of plan.styles) {
    await batch.reserve(COMMAND_BYTES);
    const inside = range.bottom <= rows && range.right <= width;
    applyStyle(rangeOf(sheet, range), range, style, inside);
  }
  for (const merge of plan.merges) {
    await batch.reserve(COMMAND_BYTES);
    rangeOf(sheet, merge).merge(false);
  }
  for (let c = 0; c < plan.columnWidths.length; c++) {
    const width = plan.columnWidths[c];
    if (width === undefined || width <= 0) continue;
    await batch.reserve(COMMAND_BYTES);
    sheet.getRangeByIndexes(0, c, 1, 1).getEntireColumn().format.columnWidth = columnWidthPoints(width);
  }
  for (const [row, height] of Object.entries(plan.rowHeights ?? {})) {
    await batch.reserve(COMMAND_BYTES);
    sheet.getRangeByIndexes(Number(row) - 1, 0, 1, 1).getEntireRow().format.rowHeight = height;
  }
  await batch.reserve(COMMAND_BYTES * 4);
  if (plan.freeze && plan.freeze.rows > 0 && plan.freeze.columns > 0) {
    sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, plan.freeze.rows, plan.freeze.columns));
  } else if (plan.freeze && plan.freeze.rows > 0) {
    sheet.freezePanes.freezeRows(plan.freeze.rows);
  } else if (plan.freeze && plan.freeze.columns > 0) {
    sheet.freezePanes.freezeColumns(plan.freeze.columns);
  }
  if (plan.page) applyPage(sheet, plan.page);
  for (const validation of plan.validations ?? []) {
    await batch.reserve(COMMAND_BYTES + JSON.stringify(validation.list).length);
    if (!applyListValidation(rangeOf(sheet, validation.range), validation.list, validation.allowOther)) {
      // One dropdown Excel would refuse must not cost the whole sheet; the plan should use a reference.
      console.warn(`Task Annex: list longer than ${MAX_LIST_SOURCE} characters skipped on ${plan.name}`);
    }
  }
  if (plan.conditionalFormats && plan.conditionalFormats.length > 0) {
    await batch.reserve(COMMAND_BYTES * 4 * plan.conditionalFormats.length);
    applyConditionalFormats(sheet, plan.conditionalFormats);
  }
  for (const [i, table] of (plan.tables ?? []).entries()) {
    await batch.reserve(COMMAND_BYTES);
    const added = sheet.tables.add(rangeOf(sheet, table.range), true);
    added.name = tableNames[i] ?? table.name;
    if (table.style) added.style = table.style;
  }
  for (const link of plan.links ?? []) {
    await batch.reserve(COMMAND_BYTES + link.target.length * 3);
    const text = cellText(plan, link.row, link.column);
    sheet.getRangeByIndexes(link.row - 1, link.column - 1, 1, 1).hyperlink = {
      documentReference: link.target,
      ...(text !== undefined ? { textToDisplay: text } : {}),
      ...(link.tooltip !== undefined ? { screenTip: link.tooltip } : {}),
    };
  }
  await batch.reserve(COMMAND_BYTES * (2 + (plan.hiddenColumns?.length ?? 0)));
  for (const column of plan.hiddenColumns ?? []) {
    sheet.getRangeByIndexes(0, column - 1, 1, 1).getEntireColumn().columnHidden = true;
  }
  if (plan.visibility) sheet.visibility = plan.visibility === "veryHidden" ? "VeryHidden" : "Hidden";
  // Last: once protected, the sheet's locked cells refuse every further write.
  if (plan.protection) sheet.protection.protect(protectionOptions(plan.protection.allow));
}

/** The worksheet protection options that allow exactly these actions (ExcelApi 1.2). */
export function protectionOptions(
  allow: NonNullable<SheetPlan["protection"]>["allow"],
): Excel.WorksheetProtectionOptions {
  const allowed = new Set<string>(allow);
  return {
    allowFormatColumns: allowed.has("formatColumns"),
    allowFormatRows: allowed.has("formatRows"),
    allowDeleteRows: allowed.has("deleteRows"),
    allowSort: allowed.has("sort"),
    allowAutoFilter: allowed.has("autoFilter"),
  };
}

const CHART_TYPES = {
  columnStacked: "ColumnStacked",
  barStacked: "BarStacked",
  columnClustered: "ColumnClustered",
} as const;

/** Queues the plan's charts; the caller syncs them on their own so a failure skips charts only. */
export function renderCharts(sheet: Excel.Worksheet, plan: SheetPlan): number {
  for (const chart of plan.charts ?? []) {
    const [first, ...rest] = chart.series;
    if (!first) continue;
    // Added from its first series alone, then each series given its own values, name and colour: the
    // sheet's columns need not be next to each other, nor headed by the series names.
    const added = sheet.charts.add(CHART_TYPES[chart.type], rangeOf(sheet, first.values), "Columns");
    added.title.text = chart.title;
    chart.series.forEach((plan, i) => {
      const series = i === 0 ? added.series.getItemAt(0) : added.series.add(plan.name);
      series.name = plan.name;
      if (i > 0) series.setValues(rangeOf(sheet, plan.values));
      series.setXAxisValues(rangeOf(sheet, chart.categories));
      if (plan.color !== undefined) series.format.fill.setSolidColor(plan.color);
    });
    if (rest.length > 0) added.legend.position = "Right";
    if (chart.firstCategoryOnTop) added.axes.categoryAxis.reversePlotOrder = true;
    added.setPosition(
      sheet.getRangeByIndexes(chart.anchor.top - 1, chart.anchor.left - 1, 1, 1),
      sheet.getRangeByIndexes(chart.anchor.bottom - 1, chart.anchor.right - 1, 1, 1),
    );
  }
  return plan.charts?.length ?? 0;
}

/** Queues the plan's conditional formats (ExcelApi 1.6). */
function applyConditionalFormats(sheet: Excel.Worksheet, formats: readonly PlanConditionalFormat[]): void {
  for (const format of formats) {
    const target = rangeOf(sheet, format.range);
    if (format.kind === "above") {
      // A formula rule, not "cell value > n": Excel ranks any text above every number, so "—" would match.
      const cell = cellAddress(format.range.top, format.range.left);
      const added = target.conditionalFormats.add("Custom");
      added.custom.rule.formula = `=AND(ISNUMBER(${cell}),${cell}>${format.threshold})`;
      added.custom.format.fill.color = format.fill;
      if (format.fontColor !== undefined) added.custom.format.font.color = format.fontColor;
    } else {
      const added = target.conditionalFormats.add("DataBar");
      added.dataBar.lowerBoundRule = { type: "Number", formula: String(format.min) };
      added.dataBar.upperBoundRule = { type: "Number", formula: String(format.max) };
      added.dataBar.positiveFormat.fillColor = format.color;
      // Gradient, as the file adapter writes it (the Excel 2007 kind of bar, which LibreOffice draws too).
      added.dataBar.positiveFormat.gradientFill = true;
    }
  }
}
