/**
 * The data sheet (`Dữ liệu tổng hợp`) read back as task lines, and this consolidation's tasks as the same
 * lines: what the `Thay đổi` sheet compares (loop/changes.ts). The data sheet's layout is this folder's.
 */
import type { Consolidation, ConsolidatedTask } from "../consolidate";
import type { TaskLine } from "../loop/changes";
import { COMPLETED_LABEL, ID_LABEL } from "../loop/template-layout";
import { cellText, type SheetSnapshot } from "../snapshot";
import { foldKey, normalizeText } from "../text";
import { consolidationLabels } from "./consolidation-labels";

const FIELDS = ["unit", "stt", "section", "content", "end", "status"] as const;
type DataField = (typeof FIELDS)[number];
// Their place in the data sheet's header (consolidation-labels.ts), in both languages.
const HEADER_INDEX: Readonly<Record<DataField, number>> = {
  unit: 0,
  stt: 4,
  section: 5,
  content: 6,
  end: 8,
  status: 13,
};

/** The previous data sheet's tasks, its columns found by their labels (Vietnamese or English). */
export function readTaskLines(sheet: SheetSnapshot): TaskLine[] | undefined {
  const header = (sheet.rows[0] ?? []).map((cell) => foldKey(cellText(cell)));
  const columnOf = (labels: readonly string[]): number => {
    const wanted = new Set(labels.map((l) => foldKey(l)));
    return header.findIndex((label) => wanted.has(label));
  };
  const labels = (field: DataField) =>
    (["vi", "en"] as const).map((lang) => consolidationLabels(lang).dataHeader[HEADER_INDEX[field]] ?? "");
  const columns = Object.fromEntries(FIELDS.map((f) => [f, columnOf(labels(f))])) as Record<
    DataField,
    number
  >;
  if (columns.unit < 0 || columns.content < 0) return undefined;
  const id = columnOf([ID_LABEL]);
  const completed = columnOf([COMPLETED_LABEL]);
  const read = (row: readonly unknown[] | undefined, column: number): string =>
    column < 0 ? "" : normalizeText(cellText((row?.[column] ?? null) as Parameters<typeof cellText>[0]));
  return sheet.rows.slice(1).flatMap((row): TaskLine[] => {
    const unit = read(row, columns.unit);
    if (unit === "") return [];
    return [
      {
        unit,
        stt: read(row, columns.stt),
        section: read(row, columns.section),
        content: read(row, columns.content),
        id: read(row, id),
        status: read(row, columns.status),
        completed: read(row, completed),
        deadline: read(row, columns.end),
      },
    ];
  });
}

/** This consolidation's tasks as the data sheet shows them. */
export function taskLinesOf(c: Consolidation, lang: "vi" | "en"): TaskLine[] {
  const t = consolidationLabels(lang);
  return c.tasks.map((task: ConsolidatedTask) => ({
    unit: task.unit,
    stt: normalizeText(task.stt),
    section: normalizeText(task.section),
    content: normalizeText(task.content),
    id: normalizeText(task.extras[ID_LABEL] ?? ""),
    status: task.status === "unknown" ? normalizeText(task.statusText) : t.status[task.status],
    completed: normalizeText(task.extras[COMPLETED_LABEL] ?? ""),
    deadline: normalizeText(task.end),
  }));
}
