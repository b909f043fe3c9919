/**
 * Agency rules (DESIGN §4, §6): unknown names, former names, several leads, duplicates, lead also
 * supporting. What counts as known follows the directory (see createAgencyMatcher); the sheet's own unit
 * resolves the generic `UBND phường` of its own report.
 */
import { isOwnUnitKey } from "../agency-unit";
import type { AgencyMention } from "../agency-types";
import { formatViDay, parseIsoDay, type DayInterval } from "../day";
import type { Severity } from "../findings";
import { foldKey } from "../text";
import {
  excerpt,
  fieldCell,
  isStructuralRow,
  type Emit,
  type FieldCell,
  type FindingDraft,
  type RuleContext,
} from "./context";
import { keptMemo } from "../memo";

/** Checks the lead and support cells of every row that may carry agencies. */
export function checkAgencies(ctx: RuleContext, emit: Emit): void {
  const { columns } = ctx.table.header;
  if (columns.lead === undefined && columns.support === undefined) return;
  const read = mentionReader(ctx);
  // What a row's findings say depends only on its two texts (the columns, period and unit are the
  // sheet's): rows repeating a pair (most rows: a sheet names a few agencies) reuse its findings.
  const byTexts = new Map<string, readonly FindingDraft[]>();
  for (const row of ctx.table.rows) {
    if (!isStructuralRow(row)) continue;
    const lead = fieldCell(ctx, row, "lead");
    const support = fieldCell(ctx, row, "support");
    // A lead/support column shared by both fields would be checked twice: the lead side counts.
    const supportText = support.text === "" || support.column === lead.column ? undefined : support.text;
    // The lead's length first: no two pairs give one key, whatever characters the texts hold.
    const key = `${lead.text.length}:${lead.text}${supportText === undefined ? "" : `\u0000${supportText}`}`;
    let drafts = byTexts.get(key);
    if (drafts === undefined) {
      const found: FindingDraft[] = [];
      checkRowAgencies(read, lead, supportText === undefined ? undefined : support, ctx.period, (d) =>
        found.push(d),
      );
      byTexts.set(key, (drafts = found));
    }
    for (const draft of drafts) emit({ ...draft, row: row.row });
  }
}

/** The findings on one row's lead and support cells, placed on row 0 (the caller sets the row). */
function checkRowAgencies(
  read: (text: string) => readonly AgencyMention[],
  lead: FieldCell,
  support: FieldCell | undefined,
  period: DayInterval,
  emit: Emit,
): void {
  const leads = lead.text === "" ? [] : read(lead.text);
  checkLeads(leads, at(lead, "lead"), period, emit);
  checkNotes(leads, at(lead, "lead"), emit);
  if (support === undefined) return;
  const supports = read(support.text);
  checkSupports(supports, leads, at(support, "support"), period, emit);
  checkNotes(supports, at(support, "support"), emit);
}

/** The mentions of a cell, with the sheet's own unit resolved (memoised per text by the matcher). */
function mentionReader(ctx: RuleContext): (text: string) => readonly AgencyMention[] {
  const { unit } = ctx;
  if (unit === undefined) return (text) => ctx.matcher.mentions(text);
  const own = new Map<string, boolean>();
  const isOwn = (key: string): boolean => {
    let hit = own.get(key);
    if (hit === undefined) own.set(key, (hit = isOwnUnitKey(key, unit)));
    return hit;
  };
  return (text) => {
    const mentions = ctx.matcher.mentions(text);
    if (!mentions.some((m) => isOwn(m.key))) return mentions;
    return mentions.map((m) => {
      if (!isOwn(m.key)) return m;
      const own = { text: m.text, key: m.key, canonical: unit, suggestions: [] };
      return m.note === undefined ? own : { ...own, note: m.note };
    });
  };
}

type Place = Pick<FindingDraft, "row" | "column" | "field">;

function at(cell: FieldCell, field: "lead" | "support"): Place {
  return cell.column === undefined ? { row: 0, field } : { row: 0, column: cell.column, field };
}

/**
 * How a former name is reported in this plan: a warning when the plan starts after the change, information
 * when the plan straddles it, nothing when the plan is older (the name was right then).
 */
function renamedSeverity(mention: AgencyMention, period: DayInterval): Severity | undefined {
  if (mention.successor === undefined || mention.since === undefined) return undefined;
  const since = sinceDay(mention.since);
  if (since === undefined) return undefined;
  if (period.from >= since) return "warning";
  return period.to >= since ? "info" : undefined;
}

// The reference dates its renamings with a handful of days: each read and written once, not per mention.
const sinceOf = keptMemo((since: string): { readonly day: number | undefined; readonly text: string } => {
  const day = parseIsoDay(since);
  return { day, text: formatViDay(day ?? 0) };
}, 1_000);

const sinceDay = (since: string): number | undefined => sinceOf(since).day;
const sinceText = (since: string): string => sinceOf(since).text;

/**
 * AGENCY_RENAMED for a former name (instead of "unknown" when the plan is after the change), else the
 * unknown-name code for a name not known; true when a finding was emitted.
 */
function checkName(
  mention: AgencyMention,
  unknownCode: "LEAD_UNKNOWN" | "SUPPORT_UNKNOWN",
  name: string,
  place: Place,
  period: DayInterval,
  emit: Emit,
): void {
  if (mention.named !== undefined && mention.named.length > 0) {
    const names = excerpt(mention.named.join("; "), 160);
    emit({ code: "AGENCY_PROSE", ...place, params: { field: place.field ?? "", text: name, names } });
    return;
  }
  const renamed = renamedSeverity(mention, period);
  if (renamed === "warning" || (renamed === "info" && mention.canonical !== undefined)) {
    const params = {
      field: place.field ?? "",
      name,
      successor: mention.successor ?? "",
      since: sinceText(mention.since ?? ""),
    };
    emit({ code: "AGENCY_RENAMED", severity: renamed, ...place, params });
    return;
  }
  if (mention.canonical !== undefined) return;
  emit({ code: unknownCode, ...place, params: { name }, suggestions: mention.suggestions });
}

/**
 * AGENCY_NOTE (information) once per cell whose names, all known, were followed by words on their role or
 * scope (`Bộ Tư pháp chủ trì hướng dẫn, tổng hợp`): the names are read without them, and the clerk is told.
 */
function checkNotes(mentions: readonly AgencyMention[], place: Place, emit: Emit): void {
  const notes = mentions.flatMap((m) => (m.note === undefined ? [] : [m.note]));
  // An unknown name is the finding to act on; its note says nothing more.
  if (notes.length === 0 || mentions.some((m) => m.canonical === undefined && m.named === undefined)) return;
  const names = excerpt(
    mentions.flatMap((m) => (m.named === undefined ? [m.canonical ?? m.text] : [])).join("; "),
    160,
  );
  const note = excerpt(notes.join(" / "), 160);
  emit({ code: "AGENCY_NOTE", ...place, params: { field: place.field ?? "", names, note } });
}

/** LEAD_UNKNOWN or AGENCY_RENAMED per name, LEAD_MULTIPLE when the cell names several distinct agencies. */
function checkLeads(leads: readonly AgencyMention[], place: Place, period: DayInterval, emit: Emit): void {
  for (const mention of leads) checkName(mention, "LEAD_UNKNOWN", excerpt(mention.text), place, period, emit);
  if (leads.length > 0 && leads.every((m) => UNSPECIFIED.test(foldKey(m.text)))) {
    // "The agencies concerned" leads: nobody is accountable. (As support it is the usual closing phrase.)
    emit({
      code: "LEAD_UNSPECIFIED",
      ...place,
      params: { name: excerpt(leads.map((m) => m.text).join("; ")) },
    });
  }
  const distinctLeads = distinct(leads);
  if (distinctLeads.length > 1) {
    const names = excerpt(distinctLeads.map((m) => m.canonical ?? m.text).join("; "), 160);
    emit({ code: "LEAD_MULTIPLE", ...place, params: { count: distinctLeads.length, names } });
  }
}

/**
 * One finding per supporting name at most: SUPPORT_DUPLICATE for a repeat, else LEAD_ALSO_SUPPORT when it
 * is also a lead (even an unknown one: the lead cell reports that), else AGENCY_RENAMED or SUPPORT_UNKNOWN.
 */
function checkSupports(
  supports: readonly AgencyMention[],
  leads: readonly AgencyMention[],
  place: Place,
  period: DayInterval,
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
    } else {
      checkName(mention, "SUPPORT_UNKNOWN", params.name, place, period, emit);
    }
    seen.add(id);
  }
}

function identity(mention: AgencyMention): string {
  return mention.canonical !== undefined ? `c:${mention.canonical}` : `k:${mention.key}`;
}

function sameAgency(a: AgencyMention, b: AgencyMention): boolean {
  if (a.canonical !== undefined && a.canonical === b.canonical) return true;
  if (a.key !== "" && a.key === b.key) return true;
  // Groups: `Các bộ, ngành, địa phương` and `Các bộ, ngành, địa phương liên quan` are the same bodies;
  // so is `Các sở, ban, ngành` inside `Các sở, ban, ngành và các địa phương liên quan`.
  const parts = groupParts(b);
  return groupParts(a).some((part) => parts.includes(part));
}

// A lead naming no agency at all: only "the agencies / units / organisations concerned".
const UNSPECIFIED =
  /^(?:cac )?(?:co quan|don vi|to chuc|bo phan)(?: (?:co quan|don vi|to chuc|bo phan|dia phuong))* (?:khac )?(?:co )?lien quan$/;
const GROUP_AND = / va (?:cac )?/;
// `liên quan` narrows a group to those concerned; `khác` (the others) excludes the ones named before.
const GROUP_TAIL = / (?:co )?lien quan$/;

/**
 * The groups a plural mention names (`Các …`), without `các` and `liên quan`; none for a single body, nor
 * for a group given a scope of its own (`các bộ, ngành với các tiêu chuẩn nội ngành`).
 */
function groupParts(mention: AgencyMention): readonly string[] {
  // Asked for every lead against every support of every row: the matcher's mentions are shared, so once each.
  let parts = partsOf.get(mention);
  if (parts === undefined) partsOf.set(mention, (parts = readGroupParts(mention)));
  return parts;
}

const partsOf = new WeakMap<AgencyMention, readonly string[]>();

function readGroupParts(mention: AgencyMention): readonly string[] {
  const key = foldKey(mention.text);
  if (!key.startsWith("cac ") || mention.note !== undefined) return [];
  return key
    .slice(4)
    .split(GROUP_AND)
    .map((part) => part.replace(GROUP_TAIL, "").trim())
    .filter((part) => part !== "");
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
