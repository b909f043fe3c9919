/** `Dữ liệu tổng hợp`: every task of every unit as one filterable Excel table, with provenance (DESIGN §7). */
import type { Consolidation, ConsolidatedTask } from "../consolidate";
import { parseIsoDay, quarterOf, toYmd } from "../day";
import type { Lang } from "../report-types";
import type { PlanLink, PlanValue, SheetPlan } from "../sheet-plan";
import { PLAN_DATE_FORMAT, sheetReference } from "../sheet-plan";
import { foldKey } from "../text";
import type { ConsolidationLabels } from "./consolidation-labels";
import { consolidationLabels } from "./consolidation-labels";
import { EXCEL_MAX_ROWS, range, recordsThatFit, styled, tableSheetPlan } from "./plan-style";

const ROW_COLUMN = 4;
const DATE_COLUMN = 10;
const WIDTHS = [24, 16, 16, 7, 7, 30, 50, 13, 13, 12, 12, 28, 28, 15, 9, 9];

/** The task table plan (owner `data`); links go back to the source rows when they are in this workbook. */
export function dataPlan(
  c: Consolidation,
  lang: Lang,
  name: string,
  sourceInWorkbook: boolean,
  maxRows: number = EXCEL_MAX_ROWS,
): SheetPlan {
  const t = consolidationLabels(lang);
  const { extraLabels, otherLabels } = fitToWidth(unionOfExtraLabels(c), t.dataHeader.length);
  const header = uniqueHeader([
    ...t.dataHeader,
    ...extraLabels,
    ...(otherLabels.length ? [t.otherColumns] : []),
  ]);
  const links: PlanLink[] = [];
  const { shown, leftOut } = recordsThatFit(c.tasks.length, 0, maxRows);
  if (sourceInWorkbook) {
    for (let i = 0; i < shown; i++) {
      const task = c.tasks[i]!;
      links.push({ row: i + 2, column: ROW_COLUMN, target: sheetReference(task.sheet, `A${task.row}`) });
    }
  }
  const taskRow = (task: ConsolidatedTask): PlanValue[] => {
    const cells = [...taskCells(task, t), ...extraLabels.map((label) => task.extras[label] ?? null)];
    if (otherLabels.length) cells.push(otherColumnsText(task, otherLabels));
    return cells;
  };
  const leftOutRow = header.map((_, i) => (i === 0 ? t.rowsLeftOut(leftOut, maxRows) : null));
  return tableSheetPlan({
    name,
    owner: "data",
    ...(leftOut > 0 ? { rowsLeftOut: leftOut } : {}),
    tableName: "DuLieuTongHop",
    header,
    records: {
      count: shown + (leftOut > 0 ? 1 : 0),
      row: (i) => (i < shown ? taskRow(c.tasks[i]!) : leftOutRow),
    },
    links,
    columnWidths: [...WIDTHS, ...extraLabels.map(() => 20), ...(otherLabels.length ? [40] : [])],
    bodyStyles: (last) => [
      styled(range(2, 6, last, 7), { wrap: true }),
      styled(range(2, DATE_COLUMN, last, DATE_COLUMN), {
        numberFormat: PLAN_DATE_FORMAT,
        horizontal: "center",
      }),
    ],
  });
}

function taskCells(task: ConsolidatedTask, t: ConsolidationLabels): PlanValue[] {
  const deadline = task.endDate === undefined ? undefined : parseIsoDay(task.endDate);
  return [
    task.unit,
    task.file ?? null,
    task.sheet,
    task.row,
    task.stt,
    task.section,
    task.content,
    task.start,
    task.end,
    task.endDate === undefined ? null : { date: task.endDate },
    deadline === undefined ? null : t.quarter(quarterOf(deadline), toYmd(deadline).year),
    task.lead,
    task.support,
    task.status === "unknown" ? task.statusText : t.status[task.status],
    task.overdue ? t.yes : null,
    task.findings,
  ];
}

/** Excel's widest sheet. */
const EXCEL_COLUMNS = 16_384;

/**
 * The extra labels that get a column of their own; when they would pass Excel's last column, the rest
 * share one last column (`Các cột khác`) as `label: value` pairs, so that no column is lost.
 */
function fitToWidth(
  labels: readonly string[],
  fixed: number,
): { extraLabels: readonly string[]; otherLabels: readonly string[] } {
  const room = EXCEL_COLUMNS - fixed;
  if (labels.length <= room) return { extraLabels: labels, otherLabels: [] };
  return { extraLabels: labels.slice(0, room - 1), otherLabels: labels.slice(room - 1) };
}

function otherColumnsText(task: ConsolidatedTask, labels: readonly string[]): string | null {
  const pairs: string[] = [];
  for (const label of labels) {
    const value = task.extras[label];
    if (value !== undefined) pairs.push(`${label}: ${value}`);
  }
  return pairs.length ? pairs.join("; ") : null;
}

/** Every extra label across submissions, in order of first appearance. */
function unionOfExtraLabels(c: Consolidation): string[] {
  const labels = new Set<string>();
  for (const sheet of c.extraColumns) for (const label of sheet.labels) labels.add(label);
  return [...labels];
}

/** Table headers must be unique: a repeated label (an extra `Ghi chú` beside ours) gets ` (2)`. */
export function uniqueHeader(labels: readonly string[]): string[] {
  const taken = new Set<string>();
  return labels.map((label) => {
    let candidate = label;
    for (let i = 2; taken.has(foldKey(candidate)); i++) candidate = `${label} (${i})`;
    taken.add(foldKey(candidate));
    return candidate;
  });
}
