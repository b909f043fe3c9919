/** `Dữ liệu tổng hợp`: every task of every unit as one filterable Excel table, with provenance (DESIGN §7). */
import type { Consolidation, ConsolidatedTask } from "../consolidate";
import { parseIsoDay, quarterOf, toYmd } from "../day";
import type { Lang } from "../report-types";
import type { PlanLink, PlanValue, SheetPlan } from "../sheet-plan";
import { PLAN_DATE_FORMAT, sheetReference } from "../sheet-plan";
import { foldKey } from "../text";
import type { ConsolidationLabels } from "./consolidation-labels";
import { consolidationLabels } from "./consolidation-labels";
import { range, styled, tableSheetPlan } from "./plan-style";

const ROW_COLUMN = 4;
const DATE_COLUMN = 10;
const WIDTHS = [24, 16, 16, 7, 7, 30, 50, 13, 13, 12, 12, 28, 28, 15, 9, 9];

/** The task table plan (owner `data`); links go back to the source rows when they are in this workbook. */
export function dataPlan(c: Consolidation, lang: Lang, name: string, sourceInWorkbook: boolean): SheetPlan {
  const t = consolidationLabels(lang);
  const extraLabels = unionOfExtraLabels(c);
  const header = uniqueHeader([...t.dataHeader, ...extraLabels]);
  const values: PlanValue[][] = [header];
  const links: PlanLink[] = [];
  for (const task of c.tasks) {
    const row = values.length + 1;
    values.push([...taskCells(task, t), ...extraLabels.map((label) => task.extras[label] ?? null)]);
    if (sourceInWorkbook) {
      links.push({ row, column: ROW_COLUMN, target: sheetReference(task.sheet, `A${task.row}`) });
    }
  }
  return tableSheetPlan({
    name,
    owner: "data",
    tableName: "DuLieuTongHop",
    values,
    links,
    columnWidths: [...WIDTHS, ...extraLabels.map(() => 20)],
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
