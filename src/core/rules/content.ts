/** CONTENT_MISSING: a task row must say what the task is. */
import { fieldCell, isPresent, mustBeComplete, type Emit, type RuleContext } from "./context";

/** One CONTENT_MISSING per task row whose content cell is blank (needs a content column). */
export function checkContent(ctx: RuleContext, emit: Emit): void {
  const column = ctx.table.header.columns.content;
  if (column === undefined) return;
  for (const row of ctx.table.rows) {
    if (row.kind !== "task" || !mustBeComplete(row)) continue;
    if (isPresent(fieldCell(ctx, row, "content"))) continue;
    emit({ code: "CONTENT_MISSING", row: row.row, column, field: "content", params: {} });
  }
}
