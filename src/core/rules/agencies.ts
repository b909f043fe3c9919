/** Agency rules (DESIGN §4, §6): unknown names, several leads, duplicates, lead also supporting. */
import type { AgencyMention } from "../agency-types";
import type { AnnexRow } from "../table-types";
import { excerpt, fieldCell, isStructuralRow, type Emit, type RuleContext } from "./context";

/** Checks the lead and support cells of every row that may carry agencies. */
export function checkAgencies(ctx: RuleContext, emit: Emit): void {
  const { columns } = ctx.table.header;
  if (columns.lead === undefined && columns.support === undefined) return;
  for (const row of ctx.table.rows) {
    if (isStructuralRow(row)) checkRow(ctx, row, emit);
  }
}

function checkRow(ctx: RuleContext, row: AnnexRow, emit: Emit): void {
  const lead = fieldCell(ctx, row, "lead");
  const support = fieldCell(ctx, row, "support");
  // A combined lead/support column (rare) would be checked twice: only the lead side counts then.
  const supportIsLead = support.column !== undefined && support.column === lead.column;
  const leads = lead.text === "" ? [] : ctx.matcher.mentions(lead.text);
  const supports = support.text === "" || supportIsLead ? [] : ctx.matcher.mentions(support.text);

  const at = (cell: typeof lead) => ({
    row: row.row,
    ...(cell.column !== undefined ? { column: cell.column } : {}),
  });
  for (const mention of leads) {
    if (mention.canonical !== undefined) continue;
    emit({
      code: "LEAD_UNKNOWN",
      ...at(lead),
      field: "lead",
      params: { name: excerpt(mention.text) },
      suggestions: mention.suggestions,
    });
  }
  const distinctLeads = distinct(leads);
  if (distinctLeads.length > 1) {
    const names = distinctLeads.map((m) => m.canonical ?? m.text).join("; ");
    emit({
      code: "LEAD_MULTIPLE",
      ...at(lead),
      field: "lead",
      params: { count: distinctLeads.length, names: excerpt(names, 160) },
    });
  }

  const seen = new Set<string>();
  for (const mention of supports) {
    const id = identity(mention);
    if (seen.has(id)) {
      emit({
        code: "SUPPORT_DUPLICATE",
        ...at(support),
        field: "support",
        params: { name: excerpt(mention.text) },
      });
      continue;
    }
    seen.add(id);
    if (leads.some((l) => sameAgency(l, mention))) {
      const name = excerpt(mention.canonical ?? mention.text);
      emit({ code: "LEAD_ALSO_SUPPORT", ...at(support), field: "support", params: { name } });
      continue;
    }
    if (mention.canonical === undefined) {
      emit({
        code: "SUPPORT_UNKNOWN",
        ...at(support),
        field: "support",
        params: { name: excerpt(mention.text) },
        suggestions: mention.suggestions,
      });
    }
  }
}

function identity(mention: AgencyMention): string {
  return mention.canonical !== undefined ? `c:${mention.canonical}` : `k:${mention.key}`;
}

function sameAgency(a: AgencyMention, b: AgencyMention): boolean {
  if (a.canonical !== undefined && a.canonical === b.canonical) return true;
  return a.key !== "" && a.key === b.key;
}

function distinct(mentions: readonly AgencyMention[]): AgencyMention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const id = identity(m);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
