/** CONTENT_MISSING: a task row must say what the task is. */
import type { Cell } from "../snapshot";
import { isBlankText } from "../text";
import { cellKey, mustBeComplete, type Emit, type RuleContext } from "./context";

/** One CONTENT_MISSING per task row whose content cell is blank (needs a content column). */
export function checkContent(ctx: RuleContext, emit: Emit): void {
  const column = ctx.table.header.columns.content;
  if (column === undefined) return;
  ctx.table.rows.forEach((row, i) => {
    if (row.kind !== "task" || !isBlank(row.cells.content ?? null)) return;
    if (ctx.flagged.has(cellKey(row.row, column)) || !mustBeComplete(ctx, i)) return;
    emit({ code: "CONTENT_MISSING", row: row.row, column, field: "content", params: {} });
  });
}

function isBlank(cell: Cell): boolean {
  if (cell === null) return true;
  return typeof cell === "string" && isBlankText(cell);
}
