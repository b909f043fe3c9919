/** LEAD_MISSING: a task needs a lead agency, its own or one inherited from its section (or parent task). */
import { fieldCell, isPresent, mustBeComplete, nearestUp, type Emit, type RuleContext } from "./context";

/** One LEAD_MISSING per task or sub-item with no lead of its own and none up its chain. */
export function checkLeadPresence(ctx: RuleContext, emit: Emit): void {
  const { table } = ctx;
  const column = table.header.columns.lead;
  if (column === undefined) return;
  const present = table.rows.map((row) => isPresent(fieldCell(ctx, row, "lead")));
  const inherited = nearestUp(ctx.up, (i) => present[i] === true);
  table.rows.forEach((row, i) => {
    if (present[i] || inherited[i] !== -1 || !mustBeComplete(ctx, i)) return;
    emit({ code: "LEAD_MISSING", row: row.row, column, field: "lead", params: {} });
  });
}
