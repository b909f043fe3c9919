/** `Thay đổi`: what changed since the previous consolidation, per unit (issue 11), as a filterable table. */
import type { ChangeKind, TaskChange } from "../loop/changes";
import type { Lang } from "../report-types";
import { withAllRows, type PlanValue, type SheetPlan } from "../sheet-plan";
import { range, styled, tableSheetPlan } from "./plan-style";

export const CHANGES_SHEET: Readonly<Record<Lang, string>> = { vi: "Thay đổi", en: "Changes" };

const HEADER: Readonly<Record<Lang, readonly string[]>> = {
  vi: ["Đơn vị", "STT", "Nội dung", "Thay đổi", "Trước", "Sau"],
  en: ["Unit", "No.", "Task", "Change", "Before", "After"],
};

const KINDS: Readonly<Record<Lang, Readonly<Record<ChangeKind, string>>>> = {
  vi: {
    status: "Tình trạng",
    completed: "Ngày thực hiện xong",
    deadline: "Thời hạn",
    added: "Dòng mới",
    removed: "Dòng bị bỏ",
  },
  en: {
    status: "Status",
    completed: "Completion date",
    deadline: "Deadline",
    added: "Row added",
    removed: "Row removed",
  },
};

/** The changes as one table (owner `changes`); with none, the table's one empty row. */
export function changesPlan(changes: readonly TaskChange[], lang: Lang): SheetPlan {
  const rows: PlanValue[][] = changes.map((c) => [
    c.unit,
    c.stt,
    c.content,
    KINDS[lang][c.kind],
    c.before,
    c.after,
  ]);
  const plan = tableSheetPlan({
    name: CHANGES_SHEET[lang],
    owner: "data",
    tableName: "ThayDoi",
    header: [...HEADER[lang]],
    records: { count: rows.length, row: (i) => rows[i]! },
    links: [],
    columnWidths: [28, 7, 60, 18, 20, 20],
    bodyStyles: (last) => [styled(range(2, 3, last, 3), { wrap: true })],
  });
  return withAllRows({ ...plan, owner: "changes" });
}
