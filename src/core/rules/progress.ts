/**
 * Status rules for ward reports: STATUS_UNKNOWN, and OVERDUE when the deadline passed and it is not done;
 * in a column of progress narrative, one STATUS_NARRATIVE info for the long texts no reading understands.
 */
import type { DayNumber } from "../day";
import { formatViDay } from "../day";
import { isNarrativeText, isOpenStatus, tableStatusReader } from "../status-sheet";
import type { AnnexRow } from "../table-types";
import { excerpt, fieldCell, isStructuralRow, type Emit, type RuleContext } from "./context";

/**
 * Needs the sheet's status column, read as status (not a column of project stages). `deadlines[i]` is row
 * i's deadline (own or inherited) from the time rules. A blank or unreadable status is read together
 * with the result column. Sub-items are checked for OVERDUE only when they carry their own status or
 * finish, so a task's deadline is not reported once per bullet under it.
 */
export function checkProgress(
  ctx: RuleContext,
  deadlines: readonly (DayNumber | undefined)[],
  emit: Emit,
): void {
  const column = ctx.table.header.columns.status;
  if (column === undefined) return;
  const rows = ctx.table.rows;
  const reader = tableStatusReader(ctx.table);
  if (!reader.tracked) return;
  // In a column of progress narrative, the long texts no reading understands: one info for them all.
  const unread: { row: number; text: string }[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row || !isStructuralRow(row)) continue;
    const cell = fieldCell(ctx, row, "status");
    if (cell.flagged) continue;
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
    const deadline = deadlines[i];
    if (deadline === undefined || deadline >= ctx.asOf) continue;
    const status = reader.effective(
      cell.text === "" ? null : cell.cell,
      row.cells.result ?? null,
      row.cells.content ?? null,
    );
    if (!isOpenStatus(status)) continue;
    const ownsDeadline =
      row.kind === "task" || (row.kind === "subitem" && (cell.text !== "" || hasOwnEnd(ctx, row)));
    if (!ownsDeadline) continue;
    emit({
      code: "OVERDUE",
      row: row.row,
      column,
      field: "status",
      params: { deadline: formatViDay(deadline), asOf: formatViDay(ctx.asOf), status: excerpt(cell.text) },
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

function hasOwnEnd(ctx: RuleContext, row: AnnexRow): boolean {
  return fieldCell(ctx, row, "end").text !== "";
}
