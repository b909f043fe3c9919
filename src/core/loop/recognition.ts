/**
 * Recognising a returned template in consolidation (issue 11): the report's rows matched to the tasks the
 * template was made with, by the id each row carries (so a ward that deleted or reordered rows is still
 * read right), else by the task's text; the tasks sent but missing from the report; a template made from
 * another plan, or from an earlier version of this one. Reports made by hand carry no fingerprint and are
 * left to the ordinary reading.
 */
import { SEVERITY, type Finding } from "../findings";
import type { SheetReport } from "../report-types";
import { cellText, type SheetSnapshot } from "../snapshot";
import { normalizeText, toneKey } from "../text";
import { rowIdsOf, TEMPLATE_VERSION, type Fingerprint } from "./fingerprint";
import type { PlanTasks } from "./plan-tasks";
import { TEMPLATE_COLUMNS } from "./template-layout";

/** A fingerprinted sheet as an adapter read it: the fingerprint and the id in each row. */
export interface TemplateReading {
  readonly file?: string;
  readonly sheet: string;
  readonly fingerprint: Fingerprint;
  /** Sheet row → task id. */
  readonly rowIds: ReadonlyMap<number, string>;
}

export interface Recognition {
  readonly unit: string;
  readonly file?: string;
  readonly sheet: string;
  readonly plan: string;
  /** Sheet row → task id, for every row matched to a task sent. */
  readonly taskIds: ReadonlyMap<number, string>;
  /** Template problems and the tasks sent but not in the report. */
  readonly findings: readonly Finding[];
}

function where(reading: { file?: string; sheet: string }, unit: string) {
  return { sheet: reading.sheet, ...(reading.file === undefined ? {} : { file: reading.file }), unit };
}

/** The template's relation to the plan being consolidated: the same, another plan, or an older version. */
function templateFindings(reading: TemplateReading, unit: string, plan: PlanTasks | undefined): Finding[] {
  const { fingerprint } = reading;
  const at = where(reading, unit);
  if (plan && toneKey(fingerprint.title) !== toneKey(plan.title)) {
    const params = { unit, title: fingerprint.title, plan: plan.title };
    return [{ code: "TEMPLATE_OTHER_PLAN", severity: SEVERITY.TEMPLATE_OTHER_PLAN, ...at, params }];
  }
  if ((plan && fingerprint.plan !== plan.identity) || fingerprint.version < TEMPLATE_VERSION) {
    return [{ code: "TEMPLATE_OUTDATED", severity: SEVERITY.TEMPLATE_OUTDATED, ...at, params: { unit } }];
  }
  return [];
}

/**
 * Matches one fingerprinted report's task rows to the tasks its template was made with: by id, then an
 * unmatched row by its text; each task sent that no row matches is a TASK_NOT_REPORTED finding.
 */
export function recognizeReport(
  reading: TemplateReading,
  report: SheetReport,
  unit: string,
  plan?: PlanTasks,
): Recognition {
  const sent = reading.fingerprint.tasks;
  const known = new Set(sent.map((t) => t.id));
  const byText = new Map<string, string>();
  for (const task of sent) byText.set(toneKey(task.content), task.id);
  const taskIds = new Map<number, string>();
  const seen = new Set<string>();
  const unmatched: { row: number; content: string }[] = [];
  for (const row of report.table?.rows ?? []) {
    if (row.kind !== "task") continue;
    const id = reading.rowIds.get(row.row);
    if (id !== undefined && known.has(id) && !seen.has(id)) {
      taskIds.set(row.row, id);
      seen.add(id);
    } else {
      unmatched.push({ row: row.row, content: normalizeText(cellText(row.cells.content ?? null)) });
    }
  }
  // A row whose id was lost (typed again, pasted from another copy) is still the task its text names.
  for (const { row, content } of unmatched) {
    const id = byText.get(toneKey(content));
    if (id !== undefined && !seen.has(id)) {
      taskIds.set(row, id);
      seen.add(id);
    }
  }
  const at = where(reading, unit);
  const missing: Finding[] = sent
    .filter((task) => !seen.has(task.id))
    .map((task) => ({
      code: "TASK_NOT_REPORTED",
      severity: SEVERITY.TASK_NOT_REPORTED,
      ...at,
      params: { unit, stt: task.stt, content: excerpt(task.content) },
    }));
  return {
    unit,
    ...(reading.file === undefined ? {} : { file: reading.file }),
    sheet: reading.sheet,
    plan: reading.fingerprint.plan,
    taskIds,
    findings: [...templateFindings(reading, unit, plan), ...missing],
  };
}

function excerpt(text: string, max = 120): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The reading of a report sheet, if it is a fingerprinted one. */
export function readingFor(
  readings: readonly TemplateReading[],
  report: { readonly file?: string; readonly sheet: string },
): TemplateReading | undefined {
  return readings.find((r) => r.sheet === report.sheet && r.file === report.file);
}

/**
 * A fingerprinted report keeps the plan's numbering on purpose: a unit given tasks 1 and 3 of a section has
 * no task 2, and that gap is no defect of the report.
 */
export function withoutPlanNumberingGaps(report: SheetReport): SheetReport {
  return { ...report, findings: report.findings.filter((f) => f.code !== "STT_GAP") };
}

/**
 * The fingerprinted sheets among `sheets`, each paired with its fingerprint from `fingerprints` (read from
 * the workbook's hidden sheets: in the add-in a template travels as one sheet and comes back renamed, so
 * the fingerprint is found by what the sheet holds, not by name): the fingerprint of the sheet's own unit
 * whose ids the sheet carries, else the one whose ids it carries most.
 */
export function pairTemplateReadings(
  sheets: readonly { readonly snapshot: SheetSnapshot; readonly unit?: string }[],
  fingerprints: readonly Fingerprint[],
): TemplateReading[] {
  const readings: TemplateReading[] = [];
  for (const { snapshot, unit } of sheets) {
    const candidates = fingerprints
      .map((fingerprint) => ({ fingerprint, rowIds: rowIdsOf(snapshot, fingerprint) }))
      .filter((c) => c.rowIds.size > 0);
    const own = candidates.find((c) => unit !== undefined && toneKey(c.fingerprint.unit) === toneKey(unit));
    const best =
      own ??
      candidates.reduce<(typeof candidates)[number] | undefined>(
        (top, c) => (top === undefined || c.rowIds.size > top.rowIds.size ? c : top),
        undefined,
      );
    if (best) readings.push({ sheet: snapshot.sheet, ...best });
  }
  return readings;
}

/**
 * True for a template no unit has filled in yet (the office's own copy, in the add-in's workbook): no row
 * carrying a task id has a status, completion date or result. It is nobody's report.
 */
export function isBlankTemplate(snapshot: SheetSnapshot, reading: TemplateReading): boolean {
  const open = [TEMPLATE_COLUMNS.status, TEMPLATE_COLUMNS.completed, TEMPLATE_COLUMNS.result];
  return [...reading.rowIds.keys()].every((row) =>
    open.every((column) => normalizeText(cellText(snapshot.rows[row - 1]?.[column - 1])) === ""),
  );
}
