/** Agency rules (DESIGN §4, §6): unknown names, several leads, duplicates, lead also supporting. */
import type { AgencyMention } from "../agency-types";
import type { AnnexRow } from "../table-types";
import {
  excerpt,
  fieldCell,
  isStructuralRow,
  type Emit,
  type FieldCell,
  type FindingDraft,
  type RuleContext,
} from "./context";

/** Checks the lead and support cells of every row that may carry agencies. */
export function checkAgencies(ctx: RuleContext, emit: Emit): void {
  const { columns } = ctx.table.header;
  if (columns.lead === undefined && columns.support === undefined) return;
  for (const row of ctx.table.rows) {
    if (!isStructuralRow(row)) continue;
    const lead = fieldCell(ctx, row, "lead");
    const support = fieldCell(ctx, row, "support");
    const leads = lead.text === "" ? [] : ctx.matcher.mentions(lead.text);
    checkLeads(leads, at(row, lead, "lead"), emit);
    // A lead/support column shared by both fields would be checked twice: the lead side counts.
    if (support.text === "" || support.column === lead.column) continue;
    checkSupports(ctx.matcher.mentions(support.text), leads, at(row, support, "support"), emit);
  }
}

type Place = Pick<FindingDraft, "row" | "column" | "field">;

function at(row: AnnexRow, cell: FieldCell, field: "lead" | "support"): Place {
  return cell.column === undefined ? { row: row.row, field } : { row: row.row, column: cell.column, field };
}

/** LEAD_UNKNOWN per unknown name, LEAD_MULTIPLE when the cell names several distinct agencies. */
function checkLeads(leads: readonly AgencyMention[], place: Place, emit: Emit): void {
  for (const mention of leads) {
    if (mention.canonical !== undefined) continue;
    const params = { name: excerpt(mention.text) };
    emit({ code: "LEAD_UNKNOWN", ...place, params, suggestions: mention.suggestions });
  }
  const distinctLeads = distinct(leads);
  if (distinctLeads.length > 1) {
    const names = excerpt(distinctLeads.map((m) => m.canonical ?? m.text).join("; "), 160);
    emit({ code: "LEAD_MULTIPLE", ...place, params: { count: distinctLeads.length, names } });
  }
}

/**
 * One finding per supporting name at most: SUPPORT_DUPLICATE for a repeat, else LEAD_ALSO_SUPPORT when it
 * is also a lead (even an unknown one: the lead cell reports that), else SUPPORT_UNKNOWN.
 */
function checkSupports(
  supports: readonly AgencyMention[],
  leads: readonly AgencyMention[],
  place: Place,
  emit: Emit,
): void {
  const seen = new Set<string>();
  for (const mention of supports) {
    const id = identity(mention);
    const params = { name: excerpt(mention.canonical ?? mention.text) };
    if (seen.has(id)) {
      emit({ code: "SUPPORT_DUPLICATE", ...place, params });
    } else if (leads.some((lead) => sameAgency(lead, mention))) {
      emit({ code: "LEAD_ALSO_SUPPORT", ...place, params });
    } else if (mention.canonical === undefined) {
      emit({ code: "SUPPORT_UNKNOWN", ...place, params, suggestions: mention.suggestions });
    }
    seen.add(id);
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
