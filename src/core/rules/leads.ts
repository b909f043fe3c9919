/** LEAD_MISSING: a task needs a lead agency, its own or one inherited from its section (or parent task). */
import { ancestors, fieldCell, isPresent, mustBeComplete, type Emit, type RuleContext } from "./context";

/** One LEAD_MISSING per task or sub-item with no lead of its own and none up its chain. */
export function checkLeadPresence(ctx: RuleContext, emit: Emit): void {
  const { table } = ctx;
  const column = table.header.columns.lead;
  if (column === undefined) return;
  const present = table.rows.map((row) => isPresent(fieldCell(ctx, row, "lead")));
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    if (!row || !mustBeComplete(row) || present[i]) continue;
    if (ancestors(table, i).some((a) => present[a])) continue;
    emit({ code: "LEAD_MISSING", row: row.row, column, field: "lead", params: {} });
  }
}
