/** CONTENT_MISSING: a task row must say what the task is. */
import type { Cell } from "../snapshot";
import { cellKey, mustBeComplete, type Emit, type RuleContext } from "./context";

// Blank once invisible characters and every kind of space are ignored (content is long: no normalising).
const BLANK = /^[\s\u00A0\u2007\u202F\u3000\u200B-\u200D\u2060\uFEFF\u00AD]*$/;

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
  return typeof cell === "string" && BLANK.test(cell);
}
