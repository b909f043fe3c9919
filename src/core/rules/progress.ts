/**
 * Status rules for ward reports: STATUS_UNKNOWN, and OVERDUE when the deadline passed and it is not done;
 * in a column of progress narrative, one STATUS_NARRATIVE info for the long texts no reading understands.
 */
import type { ResolvedSheet } from "../resolve-tasks";
import { isNarrativeText } from "../status-sheet";
import { excerpt, fieldCell, viDay, type Emit, type RuleContext } from "./context";

/**
 * Needs the sheet's status column, read as status (not a column of project stages). OVERDUE is the
 * resolved task's place in the grid (`openOverdue`: its status, read with the result column, is not done,
 * and its own or inherited deadline passed), so the findings and the summary count the same tasks.
 * Sub-items are checked for OVERDUE only when they carry their own status or finish, so a task's deadline
 * is not reported once per bullet under it.
 */
export function checkProgress(ctx: RuleContext, resolved: ResolvedSheet, emit: Emit): void {
  const column = ctx.table.header.columns.status;
  if (column === undefined) return;
  const rows = ctx.table.rows;
  const reader = resolved.statuses;
  if (!reader.tracked) return;
  // In a column of progress narrative, the long texts no reading understands: one info for them all.
  const unread: { row: number; text: string }[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const task = resolved.rows[i];
    if (!row || !task) continue;
    const cell = fieldCell(ctx, row, "status");
    if (!cell.flagged) {
      const written = cell.text === "" ? "blank" : reader.written(cell.cell);
      if (written === "unknown" && reader.narrative && isNarrativeText(cell.text)) {
        unread.push({ row: row.row, text: cell.text });
      } else if (written === "unknown") {
        emit({
          code: "STATUS_UNKNOWN",
          row: row.row,
          column,
          field: "status",
          params: { status: excerpt(cell.text) },
        });
      }
    }
    if (task.place.grid !== "openOverdue" || task.deadline === undefined) continue;
    const ownsDeadline =
      row.kind === "task" ||
      (row.kind === "subitem" && (cell.text !== "" || resolved.times[i]?.endCell.text !== ""));
    if (!ownsDeadline) continue;
    emit({
      code: "OVERDUE",
      row: row.row,
      column,
      field: "status",
      params: {
        deadline: viDay(task.deadline),
        asOf: viDay(ctx.asOf),
        status: excerpt(cell.text),
      },
    });
  }
  const first = unread[0];
  if (first === undefined) return;
  emit({
    code: "STATUS_NARRATIVE",
    row: first.row,
    column,
    field: "status",
    params: { count: unread.length, status: excerpt(first.text) },
  });
}
