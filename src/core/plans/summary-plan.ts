/**
 * `Tổng hợp`: what a leader reads in ten seconds (DESIGN §7). The plan and the as-of date, one line of key
 * figures, then one table of the units in the official status grid (done on time / late / date unknown,
 * not done in time / overdue, no deadline) worst first, who has not submitted or submitted again, the
 * overdue tasks longest first, and a chart of the grid. Data-quality counts are on `Kiểm tra`.
 */
import type { ConsolidatedTask, Consolidation, UnitSummary } from "../consolidate";
import { formatViDay } from "../day";
import type { Lang } from "../report-types";
import type { ChartPlan, PlanConditionalFormat, PlanValue, SheetPlan } from "../sheet-plan";
import type { GridCounts } from "../task-grid";
import { countGrid } from "../task-grid";
import type { ConsolidationLabels } from "./consolidation-labels";
import { consolidationLabels } from "./consolidation-labels";
import { BLACK, HEADER_STYLE, PLAN_FONT, range, styled } from "./plan-style";
import { SheetBuilder } from "./sheet-builder";
import { gridColumns, rateBase, type GridColumn } from "./summary-columns";

/** Overdue tasks listed on the page; the rest are on `Dữ liệu tổng hợp`. */
export const LISTED_OVERDUE = 10;
/** Units in the chart: beyond this many a bar per unit is no longer readable. */
export const CHARTED_UNITS = 30;
/**
 * Units whose table fits the first landscape page under the title lines. Beyond, the table is printed
 * last, after the overdue list and the chart, with its header repeated on each of its pages.
 */
export const UNITS_ON_FIRST_PAGE = 16;

const UNIT_WIDTH = 24;
const COUNT_WIDTH = 9.5;
/** The rate columns and the one the overdue list puts its deadline in: a date needs this much. */
const WIDE_WIDTH = 10.5;
const RED_FILL = "#FFC7CE";
const RED_TEXT = "#9C0006";
const BAR_COLOR = "#63BE7B";
const BODY = { border: "thin", vertical: "center", wrap: true } as const;

/** A unit's row: its counts and rates (undefined when nothing can be rated), or absent. */
interface UnitRow {
  readonly unit: UnitSummary;
  readonly name: string;
  readonly present: boolean;
  readonly completion?: number;
  readonly overdueRate?: number;
}

/** The summary sheet plan (owner `summary`). */
export function summaryPlan(c: Consolidation, lang: Lang, name: string, dataSheet: string): SheetPlan {
  const t = consolidationLabels(lang);
  const rows = unitRows(c.units);
  const columns = gridColumns(c.units, c.dueSoonDays, t.grid);
  const width = columns.length + 3;
  const b = new SheetBuilder(width);
  b.line(t.title(c.plan?.name), { bold: true, fontSize: 14, horizontal: "center" });
  if (c.plan?.reference !== undefined) b.line(c.plan.reference, { italic: true, horizontal: "center" });
  b.line(
    `${t.period}: ${formatViDay(c.period.from)} - ${formatViDay(c.period.to)}. ${t.asOf}: ${formatViDay(c.asOf)}.`,
    { italic: true, horizontal: "center" },
  );
  const totals = countGrid(c.tasks);
  b.line(t.keyFigures(keyFigures(c, rows, totals)), { bold: true });
  b.gap();

  const large = rows.length > UNITS_ON_FIRST_PAGE;
  let table: TablePlace;
  let charts: ChartPlan[];
  if (!large) {
    table = unitTable(b, rows, totals, columns, t);
    if (rateBase(totals) !== totals.total) b.line(t.rateBase, { italic: true });
    b.gap();
    submissionLines(b, c, t);
    overdueList(b, c, t, columns.length, dataSheet);
    charts = chart(b.next, table, rows, columns, t);
  } else {
    // A long roster prints on several pages with the grid's header repeated: the table goes last, so the
    // repeated header stands only over the table's own pages (never over the overdue list or the chart).
    submissionLines(b, c, t);
    overdueList(b, c, t, columns.length, dataSheet);
    b.blank();
    const chartTop = b.next;
    const height = chartHeight(rows);
    for (let i = 0; i <= height; i++) b.blank();
    table = unitTable(b, rows, totals, columns, t);
    if (rateBase(totals) !== totals.total) b.line(t.rateBase, { italic: true });
    charts = chart(chartTop, table, rows, columns, t);
  }
  const conditionalFormats = tableFormats(table, columns);

  return {
    name,
    owner: "summary",
    values: b.values,
    styles: [
      styled(range(1, 1, b.values.length, width), { fontName: PLAN_FONT, fontColor: BLACK }),
      ...b.styles,
    ],
    merges: b.merges,
    rowHeights: b.heights,
    columnWidths: columnWidths(columns),
    charts,
    conditionalFormats,
    page: {
      orientation: "landscape",
      paperSize: "A4",
      margins: { top: 15, bottom: 15, left: 30, right: 15, header: 8, footer: 8 },
      // Never shrunk to one page tall: 100 units would print at a few points. One page wide (the columns
      // are sized to fit it at 100 %), as many tall as needed, the grid's header on every page of the table.
      ...(large ? { printTitleRows: { first: table.header, last: table.header + 1 } } : {}),
      fitToWidth: true,
      pageNumbers: true,
      centerHorizontally: true,
    },
    font: { name: PLAN_FONT, size: 12 },
  };
}

/** The unit's name as a leader's table lists it: `Ủy ban nhân dân phường Bắc Sơn` → `Phường Bắc Sơn`. */
export function shortUnitName(name: string): string {
  const rest = name.normalize("NFC").replace(/^\s*(?:(?:ủy|uỷ)\s+ban\s+nhân\s+dân|ubnd)\s+/iu, "");
  if (rest === "" || rest === name) return name;
  return rest.charAt(0).toLocaleUpperCase("vi") + rest.slice(1);
}

function rate(part: number, whole: number): number | undefined {
  return whole === 0 ? undefined : part / whole;
}

function doneCount(g: GridCounts): number {
  return g.classes.doneOnTime + g.classes.doneLate + g.classes.doneUndated;
}

/** Submitting units worst first (overdue rate, then completion, then name); the others after, in order. */
function unitRows(units: readonly UnitSummary[]): UnitRow[] {
  const present: UnitRow[] = [];
  const absent: UnitRow[] = [];
  for (const unit of units) {
    const name = shortUnitName(unit.unit);
    if (!unit.submitted) {
      absent.push({ unit, name, present: false });
      continue;
    }
    const base = rateBase(unit.grid);
    const completion = rate(doneCount(unit.grid), base);
    const overdueRate = rate(unit.grid.classes.openOverdue, base);
    present.push({
      unit,
      name,
      present: true,
      ...(completion !== undefined ? { completion } : {}),
      ...(overdueRate !== undefined ? { overdueRate } : {}),
    });
  }
  present.sort(
    (a, b) =>
      (b.overdueRate ?? -1) - (a.overdueRate ?? -1) ||
      (a.completion ?? 2) - (b.completion ?? 2) ||
      a.name.localeCompare(b.name, "vi"),
  );
  return [...present, ...absent];
}

function keyFigures(c: Consolidation, rows: readonly UnitRow[], totals: GridCounts) {
  const received = rows.filter((r) => r.present || r.unit.unreadable !== undefined).length;
  return {
    submitted: received,
    ...(c.rosterKnown ? { expected: rows.length } : {}),
    notSubmitted: c.notSubmitted.map(shortUnitName),
    done: doneCount(totals),
    base: rateBase(totals),
    overdue: totals.classes.openOverdue,
  };
}

/** Where the unit table landed: its first header row and its body rows (the totals row is `bottom`). */
interface TablePlace {
  readonly header: number;
  readonly top: number;
  readonly bottom: number;
}

/** The grid per unit under a two-row header, absent units as "—", then the totals row. */
function unitTable(
  b: SheetBuilder,
  rows: readonly UnitRow[],
  totals: GridCounts,
  columns: readonly GridColumn[],
  t: ConsolidationLabels,
): TablePlace {
  const width = columns.length + 3;
  const header = b.next;
  const top: PlanValue[] = [t.grid.unit];
  const sub: PlanValue[] = [null];
  columns.forEach((column, i) => {
    const c = i + 2;
    const first = column.group !== undefined && columns[i - 1]?.group !== column.group;
    if (column.group === undefined) {
      top.push(column.header);
      sub.push(null);
      b.merges.push(range(header, c, header + 1, c));
    } else {
      top.push(first ? t.grid[column.group] : null);
      sub.push(column.header);
      if (first) {
        const span = columns.filter((other) => other.group === column.group).length;
        b.merges.push(range(header, c, header, c + span - 1));
      }
    }
  });
  top.push(t.grid.completionRate, t.grid.overdueRate);
  sub.push(null, null);
  b.merges.push(range(header, 1, header + 1, 1));
  b.merges.push(range(header, width - 1, header + 1, width - 1), range(header, width, header + 1, width));
  b.row(top);
  b.row(sub);
  b.styles.push(styled(range(header, 1, header + 1, width), { ...HEADER_STYLE, fontSize: 11 }));

  const body = b.next;
  for (const row of rows) {
    if (!row.present) {
      b.row([row.name, ...new Array<PlanValue>(columns.length + 2).fill(t.absent)]);
      continue;
    }
    b.row([
      row.name,
      ...columns.map((column) => column.value(row.unit.grid)),
      row.completion ?? null,
      row.overdueRate ?? null,
    ]);
  }
  const base = rateBase(totals);
  b.row([
    t.total,
    ...columns.map((column) => column.value(totals)),
    rate(doneCount(totals), base) ?? null,
    rate(totals.classes.openOverdue, base) ?? null,
  ]);
  const bottom = b.values.length;
  b.styles.push(
    styled(range(body, 1, bottom, width), BODY),
    styled(range(body, 2, bottom, width), { horizontal: "center" }),
    styled(range(body, width - 1, bottom, width), { numberFormat: "0%" }),
    styled(range(bottom, 1, bottom, width), { bold: true }),
  );
  return { header, top: body, bottom };
}

/** Red where work is overdue, a bar for the completion rate (the totals row included). */
function tableFormats(table: TablePlace, columns: readonly GridColumn[]): PlanConditionalFormat[] {
  const width = columns.length + 3;
  const red = { kind: "above", threshold: 0, fill: RED_FILL, fontColor: RED_TEXT } as const;
  const overdue = columns.findIndex((c) => c.key === "openOverdue") + 2;
  return [
    { ...red, range: range(table.top, overdue, table.bottom, overdue) },
    { ...red, range: range(table.top, width, table.bottom, width) },
    {
      kind: "dataBar",
      range: range(table.top, width - 1, table.bottom, width - 1),
      min: 0,
      max: 1,
      color: BAR_COLOR,
    },
  ];
}

/** Units that submitted again, those that have not submitted (or the roster is unknown), unreadable files. */
function submissionLines(b: SheetBuilder, c: Consolidation, t: ConsolidationLabels): void {
  if (c.replaced.length > 0) {
    b.line(t.replacedBlock, { bold: true });
    const ref = (s: { file?: string; sheet: string }) => (s.file === undefined ? s.sheet : `${s.file}`);
    for (const r of c.replaced) {
      b.line(t.replacedLine(shortUnitName(r.unit), ref(r.kept), r.replaced.map(ref)));
    }
  }
  b.line(c.rosterKnown ? t.notSubmitted(c.notSubmitted.map(shortUnitName)) : t.rosterUnknown, {
    bold: true,
  });
  if (c.unreadable.length > 0) {
    b.line(`${t.unreadable} (${c.unreadable.length}):`, { bold: true });
    for (const u of c.unreadable) b.line(`- ${t.unreadableLine(u.file, u.message)}`);
  }
  b.gap();
}

/** The unfinished overdue tasks, longest overdue first, as many as fit the page's purpose. */
function overdueList(
  b: SheetBuilder,
  c: Consolidation,
  t: ConsolidationLabels,
  counts: number,
  dataSheet: string,
): void {
  const overdue = c.tasks
    .filter((task) => task.grid === "openOverdue")
    .sort(
      (a, b2) =>
        (b2.daysOverdue ?? 0) - (a.daysOverdue ?? 0) || a.unit.localeCompare(b2.unit, "vi") || a.row - b2.row,
    );
  if (overdue.length === 0) return;
  const width = counts + 3;
  // unit | STT | task (merged) | deadline | days overdue — the deadline and the days in the wide rate
  // columns. Each task's age band is not repeated on its row: the line above counts the bands.
  const taskRight = width - 2;
  b.line(t.overdueBlock(overdue.length), { bold: true });
  b.line(t.overdueBands(countGrid(c.tasks).bands), { italic: true });
  const [unit, stt, task, deadline, days] = t.overdueHeader;
  const header = b.row([unit, stt, task, ...blank(taskRight - 3), deadline, days]);
  b.merges.push(range(header, 3, header, taskRight));
  b.styles.push(styled(range(header, 1, header, width), { ...HEADER_STYLE, fontSize: 11 }));
  const first = b.next;
  for (const item of overdue.slice(0, LISTED_OVERDUE)) {
    const row = b.row(overdueCells(item, taskRight));
    b.merges.push(range(row, 3, row, taskRight));
  }
  b.styles.push(
    styled(range(first, 1, b.values.length, width), BODY),
    styled(range(first, 2, b.values.length, 2), { horizontal: "center" }),
    styled(range(first, width - 1, b.values.length, width), { horizontal: "center" }),
  );
  if (overdue.length > LISTED_OVERDUE) {
    b.line(t.overdueMore(overdue.length - LISTED_OVERDUE, dataSheet), { italic: true });
  }
}

function blank(n: number): null[] {
  return new Array<null>(Math.max(0, n)).fill(null);
}

function overdueCells(task: ConsolidatedTask, taskRight: number): PlanValue[] {
  return [
    shortUnitName(task.unit),
    task.stt,
    task.content,
    ...blank(taskRight - 3),
    task.endDate !== undefined ? { date: task.endDate } : task.end,
    task.daysOverdue ?? 0,
  ];
}

/** Rows the chart is drawn over: about 1.2 rows a bar, plus room for the title and the axis (legend at the right). */
function chartHeight(rows: readonly UnitRow[]): number {
  const shown = Math.min(rows.filter((r) => r.present).length, CHARTED_UNITS);
  return Math.max(5, shown + 2);
}

/** The grid per unit as stacked bars (the worst CHARTED_UNITS units), drawn from row `top` down. */
function chart(
  top: number,
  table: TablePlace,
  rows: readonly UnitRow[],
  columns: readonly GridColumn[],
  t: ConsolidationLabels,
): ChartPlan[] {
  const present = rows.filter((r) => r.present).length;
  const shown = Math.min(present, CHARTED_UNITS);
  if (shown === 0) return [];
  const last = table.top + shown - 1;
  const series = columns.flatMap((column, i) =>
    column.color === undefined
      ? []
      : [
          {
            name: column.group === undefined ? column.header : `${t.grid[column.group]} – ${column.header}`,
            values: range(table.top, i + 2, last, i + 2),
            color: column.color,
          },
        ],
  );
  const height = chartHeight(rows);
  return [
    {
      type: "barStacked",
      title: t.chartTitle(shown, present),
      categories: range(table.top, 1, last, 1),
      series,
      anchor: range(top, 1, top + height, columns.length + 3),
      firstCategoryOnTop: true,
    },
  ];
}

function columnWidths(columns: readonly GridColumn[]): number[] {
  const width = columns.length + 3;
  // The overdue list's deadline sits in the last count column: a date needs the wider width.
  return [
    UNIT_WIDTH,
    ...columns.map((_, i) => (i + 2 === width - 2 ? WIDE_WIDTH : COUNT_WIDTH)),
    WIDE_WIDTH,
    WIDE_WIDTH,
  ];
}
