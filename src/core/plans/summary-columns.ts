/**
 * The count columns of the summary's unit table, one definition each (heading, group, value, chart
 * colour), in the official grid's order: total; done on time / late / date unknown; not done in time (of
 * which due soon) / overdue; no deadline; then stopped or cancelled and untracked, only when some are.
 */
import type { UnitSummary } from "../consolidate";
import type { GridClass, GridCounts } from "../task-grid";
import type { GridLabels } from "./consolidation-labels";

export interface GridColumn {
  readonly key: GridClass | "total" | "dueSoon";
  /** The heading above a group of columns, when the column is in one. */
  readonly group?: "done" | "open";
  readonly header: string;
  readonly value: (grid: GridCounts) => number;
  /** The colour of its bars in the chart; absent: not charted (a total, or a part of another column). */
  readonly color?: string;
}

/** Tasks the rates count: those with a deadline and a reported status, not stopped or cancelled. */
export function rateBase(grid: GridCounts): number {
  const c = grid.classes;
  return grid.total - c.noDeadline - c.cancelled - c.untracked;
}

/** The columns for these units; stopped/cancelled and untracked only when some unit has such tasks. */
export function gridColumns(units: readonly UnitSummary[], dueSoonDays: number, t: GridLabels): GridColumn[] {
  const some = (grid: GridClass) => units.some((u) => u.grid.classes[grid] > 0);
  const of = (grid: GridClass) => (g: GridCounts) => g.classes[grid];
  return [
    { key: "total", header: t.total, value: (g) => g.total },
    { key: "doneOnTime", group: "done", header: t.doneOnTime, value: of("doneOnTime"), color: "#548235" },
    { key: "doneLate", group: "done", header: t.doneLate, value: of("doneLate"), color: "#BF9000" },
    { key: "doneUndated", group: "done", header: t.doneUndated, value: of("doneUndated"), color: "#A9D18E" },
    { key: "openInTime", group: "open", header: t.openInTime, value: of("openInTime"), color: "#FFD966" },
    { key: "dueSoon", group: "open", header: t.dueSoon(dueSoonDays), value: (g) => g.dueSoon },
    { key: "openOverdue", group: "open", header: t.openOverdue, value: of("openOverdue"), color: "#C00000" },
    { key: "noDeadline", header: t.noDeadline, value: of("noDeadline"), color: "#A6A6A6" },
    ...(some("cancelled")
      ? [{ key: "cancelled", header: t.cancelled, value: of("cancelled"), color: "#7F7F7F" } as const]
      : []),
    ...(some("untracked")
      ? [{ key: "untracked", header: t.untracked, value: of("untracked"), color: "#DDEBF7" } as const]
      : []),
  ];
}
