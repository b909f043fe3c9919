/** Status rules for ward reports: STATUS_UNKNOWN, and OVERDUE when the deadline passed and it is not done. */
import type { DayNumber } from "../day";
import { formatViDay } from "../day";
import type { Cell } from "../snapshot";
import { parseStatus, type TaskStatus } from "../status";
import { excerpt, fieldCell, isStructuralRow, type Emit, type RuleContext } from "./context";

/**
 * Needs the sheet's status column. `deadlines[i]` is row i's deadline (own or inherited) from the time
 * rules. Sub-items are checked for OVERDUE only when they carry their own status or finish, so a task's
 * deadline is not reported once per bullet under it.
 */
export function checkProgress(
  ctx: RuleContext,
  deadlines: readonly (DayNumber | undefined)[],
  emit: Emit,
): void {
  const column = ctx.table.header.columns.status;
  if (column === undefined) return;
  const rows = ctx.table.rows;
  // A status column holds a handful of distinct values: read each once.
  const known = new Map<string, TaskStatus>();
  const statusOf = (text: string, cell: Cell): TaskStatus => {
    if (typeof cell !== "string") return parseStatus(cell);
    let status = known.get(text);
    if (status === undefined) {
      status = parseStatus(text);
      known.set(text, status);
    }
    return status;
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!row || !isStructuralRow(row)) continue;
    const cell = fieldCell(ctx, row, "status");
    if (cell.flagged) continue;
    const status = cell.text === "" ? "blank" : statusOf(cell.text, cell.cell);
    if (status === "unknown") {
      emit({
        code: "STATUS_UNKNOWN",
        row: row.row,
        column,
        field: "status",
        params: { status: excerpt(cell.text) },
      });
    }
    const deadline = deadlines[i];
    if (deadline === undefined || deadline >= ctx.asOf || status === "done") continue;
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
}

function hasOwnEnd(ctx: RuleContext, row: Parameters<typeof fieldCell>[1]): boolean {
  return fieldCell(ctx, row, "end").text !== "";
}
