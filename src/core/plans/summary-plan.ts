/** `Tổng hợp`: the one-page summary for leadership (DESIGN §7). */
import type { Consolidation, UnitSummary } from "../consolidate";
import { QUARTER_KEYS } from "../consolidate";
import { formatViDay } from "../day";
import type { Lang } from "../report-types";
import type { ChartPlan, PlanRange, PlanValue, SheetPlan, StyledRange } from "../sheet-plan";
import type { TaskStatus } from "../status";
import type { ConsolidationLabels } from "./consolidation-labels";
import { consolidationLabels } from "./consolidation-labels";
import { BLACK, HEADER_STYLE, PLAN_FONT, range, styled } from "./plan-style";

const WIDTH = 9;
const BORDER = { border: "thin", vertical: "top", wrap: true } as const;

/** Accumulates rows, styles and merges top to bottom. */
class SheetBuilder {
  readonly values: PlanValue[][] = [];
  readonly styles: StyledRange[] = [];
  readonly merges: PlanRange[] = [];

  get next(): number {
    return this.values.length + 1;
  }

  row(cells: readonly PlanValue[]): number {
    this.values.push([...cells]);
    return this.values.length;
  }

  /** A line of text across the whole width. */
  line(text: string, style: StyledRange["style"] = {}): number {
    const row = this.row([text]);
    this.merges.push(range(row, 1, row, WIDTH));
    this.styles.push(styled(range(row, 1, row, WIDTH), { wrap: true, vertical: "top", ...style }));
    return row;
  }

  blank(): void {
    this.row([]);
  }

  /** A bordered table: a bold header row, then rows; returns its range. */
  table(header: readonly string[], rows: readonly (readonly PlanValue[])[]): PlanRange {
    const top = this.row(header);
    for (const r of rows) this.row(r);
    const area = range(top, 1, this.values.length, header.length);
    this.styles.push(styled(area, BORDER), styled(range(top, 1, top, header.length), HEADER_STYLE));
    return area;
  }
}

/** The summary sheet plan (owner `summary`). */
export function summaryPlan(c: Consolidation, lang: Lang, name: string): SheetPlan {
  const t = consolidationLabels(lang);
  const b = new SheetBuilder();
  b.line(t.title, { bold: true, fontSize: 14, horizontal: "center" });
  b.line(`${t.period}: ${formatViDay(c.period.from)} - ${formatViDay(c.period.to)}`, {
    italic: true,
    horizontal: "center",
  });
  b.line(`${t.asOf}: ${formatViDay(c.asOf)}`, { italic: true, horizontal: "center" });
  b.blank();

  unitTable(b, c.units, t);
  b.blank();
  b.line(`${t.notSubmitted} (${c.notSubmitted.length}):`, { bold: true });
  for (const unit of c.notSubmitted.length > 0 ? c.notSubmitted : [t.none]) b.line(`- ${unit}`);
  if (c.unreadable.length > 0) {
    b.blank();
    b.line(`${t.unreadable} (${c.unreadable.length}):`, { bold: true });
    for (const u of c.unreadable) b.line(`- ${t.unreadableLine(u.file, u.message)}`);
  }
  b.blank();
  b.line(t.byLead, { bold: true });
  b.table(
    t.leadHeader,
    c.byLeadAndQuarter.map(({ lead, counts }) => {
      const cells = QUARTER_KEYS.map((q) => counts[q] ?? 0);
      return [lead === "" ? t.noLead : lead, ...cells, cells.reduce((a, n) => a + n, 0)];
    }),
  );

  const charts: ChartPlan[] = [];
  const statusRows = statusByUnit(c);
  if (statusRows.length > 0) {
    b.blank();
    b.line(t.statusBlock, { bold: true });
    const source = b.table(t.statusHeader, statusRows);
    const top = b.next + 1;
    charts.push({
      type: "barStacked",
      source,
      title: t.chartTitle,
      anchor: range(top, 1, top + Math.max(14, statusRows.length + 6), WIDTH),
    });
  }

  return {
    name,
    owner: "summary",
    values: b.values,
    styles: [
      styled(range(1, 1, b.values.length, WIDTH), { fontName: PLAN_FONT, fontColor: BLACK }),
      ...b.styles,
    ],
    merges: b.merges,
    columnWidths: [34, 10, 11, 8, 10, 11, 9, 12, 13],
    charts,
    page: {
      orientation: "landscape",
      paperSize: "A4",
      margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
      fitToWidth: true,
      fitToHeight: true,
      pageNumbers: false,
      centerHorizontally: true,
    },
    font: { name: PLAN_FONT, size: 12 },
  };
}

/** Per-unit counts with a totals row computed here (plain numbers render the same in both adapters). */
function unitTable(b: SheetBuilder, units: readonly UnitSummary[], t: ConsolidationLabels): void {
  const submittedText = (u: UnitSummary) =>
    u.submitted ? t.yes : u.unreadable !== undefined ? t.unreadableShort : t.no;
  const rows: PlanValue[][] = units.map((u) => [
    u.unit,
    submittedText(u),
    u.tasks,
    u.errors,
    u.warnings,
    u.missingDeadlines,
    u.overdue,
    u.done,
    u.submitted ? u.completion : null,
  ]);
  const sum = (pick: (u: UnitSummary) => number) => units.reduce((a, u) => a + pick(u), 0);
  const tasks = sum((u) => u.tasks);
  const done = sum((u) => u.done);
  rows.push([
    t.total,
    `${units.filter((u) => u.submitted).length}/${units.length}`,
    tasks,
    sum((u) => u.errors),
    sum((u) => u.warnings),
    sum((u) => u.missingDeadlines),
    sum((u) => u.overdue),
    done,
    tasks === 0 ? 0 : done / tasks,
  ]);
  const area = b.table(t.unitHeader, rows);
  b.styles.push(
    styled(range(area.top + 1, 2, area.bottom, WIDTH), { horizontal: "center" }),
    styled(range(area.top + 1, WIDTH, area.bottom, WIDTH), { numberFormat: "0%" }),
    styled(range(area.bottom, 1, area.bottom, WIDTH), { bold: true }),
  );
}

/**
 * Done / in progress / not started / status unknown / overdue per submitting unit; overdue tasks count
 * only as overdue. A blank or unreadable status (or no status column) is not "not started": leadership
 * would read that the unit has not begun work it never reported on.
 */
function statusByUnit(c: Consolidation): PlanValue[][] {
  const slots: Readonly<Record<TaskStatus, 0 | 1 | 2 | 3>> = {
    done: 0,
    inProgress: 1,
    notStarted: 2,
    // Stopped or cancelled work was not carried out: counted with "not started", never as overdue.
    cancelled: 2,
    unknown: 3,
    blank: 3,
  };
  const counts = new Map<string, [number, number, number, number, number]>();
  for (const u of c.units) if (u.submitted) counts.set(u.unit, [0, 0, 0, 0, 0]);
  for (const task of c.tasks) {
    const row = counts.get(task.unit);
    if (!row) continue;
    row[task.overdue ? 4 : slots[task.status]] += 1;
  }
  return [...counts].map(([unit, n]) => [unit, ...n]);
}
