/**
 * Feedback to the units (issue 11): for each unit that reported, what to fix, row by row, with the
 * suggestion; for each unit that must report and did not, a reminder with the as-of day, the period, the
 * due day and the tasks it owes. On a returned template only the cells the unit fills in are its to fix:
 * the task text, times and agencies are the plan's.
 */
import type { Consolidation } from "../consolidate";
import type { Finding, FindingCode } from "../findings";
import { TEMPLATE_COLUMNS } from "./template-layout";
import type { PlanTask } from "./plan-tasks";

export interface UnitFeedback {
  readonly unit: string;
  /** `fix`: findings to correct; `clean`: nothing to correct; `reminder`: no report received. */
  readonly kind: "fix" | "clean" | "reminder";
  /** Where the report came from (file and sheet), when one was received. */
  readonly sources: readonly { readonly file?: string; readonly sheet: string }[];
  /** Errors and warnings the unit should act on, in sheet order. */
  readonly findings: readonly Finding[];
  /** For a reminder: the tasks the unit owes (from the plan, when given). */
  readonly owed: readonly PlanTask[];
}

export interface FeedbackInput {
  readonly consolidation: Consolidation;
  /** The tasks each unit owes, by unit name (from the plan and the directory), for reminders. */
  readonly owed?: ReadonlyMap<string, readonly PlanTask[]>;
}

// About the set of reports, for the office: not the unit's to fix.
const OFFICE_ONLY: ReadonlySet<FindingCode> = new Set<FindingCode>([
  "SUBMISSION_MISSING",
  "SUBMISSION_DUPLICATE",
  "SUBMISSION_UNREADABLE",
]);
const UNIT_COLUMNS: ReadonlySet<number> = new Set([
  TEMPLATE_COLUMNS.status,
  TEMPLATE_COLUMNS.completed,
  TEMPLATE_COLUMNS.result,
]);

/** One feedback per unit of the consolidation, in its unit order. */
export function unitFeedback(input: FeedbackInput): UnitFeedback[] {
  const c = input.consolidation;
  const templateSheets = new Set((c.recognitions ?? []).map((r) => `${r.file ?? ""}\u0000${r.sheet}`));
  const isUnitsToFix = (f: Finding): boolean => {
    if (f.severity === "info" || OFFICE_ONLY.has(f.code)) return false;
    const onTemplate = f.sheet !== undefined && templateSheets.has(`${f.file ?? ""}\u0000${f.sheet}`);
    if (!onTemplate || f.column === undefined) return true;
    return UNIT_COLUMNS.has(f.column);
  };
  const byUnit = new Map<string, Finding[]>();
  for (const f of c.findings) {
    if (f.unit === undefined || !isUnitsToFix(f)) continue;
    let list = byUnit.get(f.unit);
    if (!list) byUnit.set(f.unit, (list = []));
    list.push(f);
  }
  return c.units
    .filter((u) => u.unreadable === undefined)
    .map((u): UnitFeedback => {
      if (!u.submitted) {
        return {
          unit: u.unit,
          kind: "reminder",
          sources: [],
          findings: [],
          owed: input.owed?.get(u.unit) ?? [],
        };
      }
      const findings = [...(byUnit.get(u.unit) ?? [])].sort(
        (a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? 0) - (b.column ?? 0),
      );
      return {
        unit: u.unit,
        kind: findings.length > 0 ? "fix" : "clean",
        sources: u.sheets,
        findings,
        owed: [],
      };
    });
}
