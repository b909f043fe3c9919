/** LEAD_MISSING: a task needs a lead agency, its own or one inherited from its section (or parent task). */
import type { ResolvedTasks } from "../resolve-tasks";
import { mustBeComplete, type Emit, type RuleContext } from "./context";

/** One LEAD_MISSING per task or sub-item with no lead of its own and none up its chain. */
export function checkLeadPresence(ctx: RuleContext, resolved: ResolvedTasks, emit: Emit): void {
  const column = ctx.table.header.columns.lead;
  if (column === undefined) return;
  ctx.table.rows.forEach((row, i) => {
    const task = resolved.rows[i];
    if (!task || task.leadFrom !== -1 || !mustBeComplete(ctx, i)) return;
    emit({ code: "LEAD_MISSING", row: row.row, column, field: "lead", params: {} });
  });
}
