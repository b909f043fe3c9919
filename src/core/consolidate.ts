/**
 * Consolidation (DESIGN §7): the units' submissions merged into one task list with provenance, per-unit
 * counts, and the set-level findings (missing, duplicate and unreadable submissions).
 */
import { createAgencyMatcher } from "./agency";
import type { AgencyMatcher } from "./agency";
import { DEFAULT_SOURCE } from "./agency-types";
import type { AgencyDirectory, AgencyEntry } from "./agency-types";
import { consolidateReport, createCaches, extraColumnsOf, fileOf, relabelled } from "./consolidate-tasks";
import type { Projection, TaskRecord } from "./consolidate-tasks";
import type { DayInterval, DayNumber } from "./day";
import { SEVERITY } from "./findings";
import type { Finding } from "./findings";
import { planTitleOf, type PlanTitle } from "./plan-title";
import type { PlanTasks } from "./loop/plan-tasks";
import { readingFor, recognizeReport, type Recognition, type TemplateReading } from "./loop/recognition";
import type { ConsolidatedTask, Replacement } from "./consolidation-types";
import type { SheetReport } from "./report-types";
import { assignSubmissions, unitKey } from "./submissions";
import type { ResolvedUnit, SubmissionChoice } from "./submissions";
import { countGrid, DEFAULT_DUE_SOON_DAYS } from "./task-grid";
import type { GridCounts } from "./task-grid";

export type { TaskStatus } from "./status";
export type { ConsolidatedTask, Replacement, SubmissionRef } from "./consolidation-types";
export { quarterLabel } from "./consolidate-tasks";

export interface UnitSummary {
  readonly unit: string;
  readonly submitted: boolean;
  readonly sheets: readonly { file?: string; sheet: string }[];
  readonly tasks: number;
  readonly errors: number;
  readonly warnings: number;
  /** Tasks whose finish is empty or not a time expression. */
  readonly missingDeadlines: number;
  readonly overdue: number;
  readonly done: number;
  /** 0..1 of tasks done. */
  readonly completion: number;
  /** Received but unreadable: the reason. */
  readonly unreadable?: string;
  /** The unit's tasks in the status grid (all zero when it did not submit). */
  readonly grid: GridCounts;
}

export interface Consolidation {
  readonly period: DayInterval;
  readonly asOf: DayNumber;
  readonly units: readonly UnitSummary[];
  readonly tasks: readonly ConsolidatedTask[];
  /** Set-level findings first, then every sheet finding with its sheet, file and unit. */
  readonly findings: readonly Finding[];
  readonly setFindings: readonly Finding[];
  readonly notSubmitted: readonly string[];
  readonly unreadable: readonly { file: string; message: string }[];
  readonly extraColumns: readonly { sheet: string; file?: string; labels: readonly string[] }[];
  /** Units that submitted more than once; only the kept submission's tasks are counted. */
  readonly replaced: readonly Replacement[];
  /**
   * True when a directory says which units must submit; without one, "not submitted" cannot be known and
   * the summary says so instead of "none".
   */
  readonly rosterKnown: boolean;
  /** "Sắp đến hạn" window used for `dueSoon`. */
  readonly dueSoonDays: number;
  /** The plan the submissions report on, from their titles (the summary's first lines). */
  readonly plan?: PlanTitle;
  /** The fingerprinted reports (returned templates), their rows matched to the tasks sent (issue 11). */
  readonly recognitions?: readonly Recognition[];
}

export interface ConsolidationInput extends SubmissionChoice {
  readonly reports: readonly SheetReport[];
  readonly unreadable: readonly { file: string; message: string }[];
  readonly directory: AgencyDirectory;
  readonly period: DayInterval;
  readonly asOf: DayNumber;
  /** "Sắp đến hạn" window in days (default DEFAULT_DUE_SOON_DAYS). */
  readonly dueSoonDays?: number;
  /** The plan the templates were made from, to tell a template of another plan or an older one. */
  readonly plan?: PlanTasks;
  /** The fingerprints and row ids read from returned templates. */
  readonly templates?: readonly TemplateReading[];
  /**
   * Reports already projected as they were read (projectReport), by report: such a report may come
   * without its rows (asPrinted). Every other report with a table must come with its rows.
   */
  readonly projected?: ReadonlyMap<SheetReport, Projection>;
}

/** Merges the units' sheet reports (one submission each) into one consolidation. */
export function consolidateSubmissions(input: ConsolidationInput, matcher?: AgencyMatcher): Consolidation {
  const agencies = matcher ?? createAgencyMatcher(input.directory);
  const caches = createCaches(agencies);
  const dueSoonDays = input.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const extraLabels = new Map<string, string>();
  const groups = new Map<string, UnitGroup>();
  const tasks: ConsolidatedTask[] = [];
  const sheetFindings: Finding[] = [];
  const extraColumns: { sheet: string; file?: string; labels: readonly string[] }[] = [];
  const recognitions: Recognition[] = [];

  const assignment = assignSubmissions(input.reports, agencies, input);
  for (const report of input.reports) {
    // A replaced submission counts nowhere: not its tasks, not its findings (the replacement is stated).
    if (assignment.replaced.has(report)) continue;
    const { unit, attached } = assignment.units.get(report) ?? { unit: NO_UNIT, attached: false };
    const group = groupFor(groups, unit);
    const reading = readingFor(input.templates ?? [], report);
    if (reading) recognitions.push(recognizeReport(reading, report, unit.name, input.plan));
    (attached ? group.attached : group.reports).push(report);
    const columns = extraColumnsOf(report.table, extraLabels);
    if (columns.length > 0) {
      extraColumns.push({ sheet: report.sheet, ...fileOf(report), labels: columns.map((c) => c.label) });
    }
    const projection = input.projected?.get(report);
    const records = projection
      ? relabelled(projection, unit.name, columns)
      : consolidateReport(report, unit.name, columns, caches, { asOf: input.asOf, dueSoonDays });
    for (const record of records) {
      tasks.push(record.task);
      group.tasks.push(record);
    }
    for (const f of report.findings) {
      sheetFindings.push(
        locatedFinding(f, f.sheet ?? report.sheet, report.file ?? f.file, f.unit ?? unit.name),
      );
    }
  }

  const unreadableUnits = new Map<string, string>();
  for (const u of input.unreadable) {
    const entry = agencies.matchUnit(u.file);
    if (entry) groupFor(groups, { name: entry.name, key: unitKey(entry.name), entry });
    if (entry && !unreadableUnits.has(entry.name)) unreadableUnits.set(entry.name, u.message);
  }

  const setFindings = [
    ...missingFindings(agencies.units(), groups, unreadableUnits),
    ...assignment.findings,
    ...input.unreadable.map((u): Finding => ({
      code: "SUBMISSION_UNREADABLE",
      severity: SEVERITY.SUBMISSION_UNREADABLE,
      file: u.file,
      params: { file: u.file, reason: u.message },
    })),
    ...recognitions.flatMap((r) => r.findings),
  ];
  const units = unitSummaries(agencies.units(), groups, unreadableUnits);

  return {
    plan: planTitleOf(input.reports),
    period: input.period,
    asOf: input.asOf,
    units,
    tasks,
    findings: [...setFindings, ...sheetFindings],
    setFindings,
    notSubmitted: units.filter((u) => !u.submitted && u.unreadable === undefined).map((u) => u.unit),
    unreadable: input.unreadable,
    extraColumns,
    replaced: assignment.replacements,
    // The built-in directory (and the national model behind it) names units, but not who must report.
    rosterKnown: input.directory.source !== DEFAULT_SOURCE && agencies.units().some((u) => u.mustSubmit),
    dueSoonDays,
    recognitions,
  };
}

const NO_UNIT: ResolvedUnit = { name: "", key: "" };

interface UnitGroup {
  readonly unit: ResolvedUnit;
  readonly reports: SheetReport[];
  /** Sheets without a task table that came in the same file as one of `reports`. */
  readonly attached: SheetReport[];
  readonly tasks: TaskRecord[];
}

function groupFor(groups: Map<string, UnitGroup>, unit: ResolvedUnit): UnitGroup {
  let group = groups.get(unit.key);
  if (!group) {
    group = { unit, reports: [], attached: [], tasks: [] };
    groups.set(unit.key, group);
  }
  return group;
}

/**
 * A sheet finding as the consolidation lists it, with its sheet, file and unit. Its properties are set
 * one by one in a fixed order: a spread copy of findings of many shapes got a hidden class of its own in
 * V8 (about 260 bytes a finding, a quarter of a large consolidation's memory); these share them.
 */
function locatedFinding(f: Finding, sheet: string, file: string | undefined, unit: string): Finding {
  const located: { -readonly [K in keyof Finding]: Finding[K] } = {
    code: f.code,
    severity: f.severity,
    sheet,
    params: f.params,
  };
  if (file !== undefined) located.file = file;
  located.unit = unit;
  if (f.row !== undefined) located.row = f.row;
  if (f.column !== undefined) located.column = f.column;
  if (f.cell !== undefined) located.cell = f.cell;
  if (f.field !== undefined) located.field = f.field;
  if (f.suggestions !== undefined) located.suggestions = f.suggestions;
  return located;
}

// ---- units and set-level findings --------------------------------------------------------------------------

function missingFindings(
  units: readonly AgencyEntry[],
  groups: ReadonlyMap<string, UnitGroup>,
  unreadable: ReadonlyMap<string, string>,
): Finding[] {
  return units
    .filter((u) => u.mustSubmit && !groups.get(unitKey(u.name))?.reports.length && !unreadable.has(u.name))
    .map((u) => ({
      code: "SUBMISSION_MISSING",
      severity: SEVERITY.SUBMISSION_MISSING,
      unit: u.name,
      params: { unit: u.name },
    }));
}

/** Directory units in directory order (those that submitted or must), then the others in report order. */
function unitSummaries(
  directoryUnits: readonly AgencyEntry[],
  groups: ReadonlyMap<string, UnitGroup>,
  unreadable: ReadonlyMap<string, string>,
): UnitSummary[] {
  const ordered: UnitGroup[] = [];
  const placed = new Set<string>();
  for (const entry of directoryUnits) {
    const key = unitKey(entry.name);
    const group = groups.get(key) ?? {
      unit: { name: entry.name, key, entry },
      reports: [],
      attached: [],
      tasks: [],
    };
    if (placed.has(key) || (!entry.mustSubmit && group.reports.length === 0 && !unreadable.has(entry.name)))
      continue;
    ordered.push(group);
    placed.add(key);
  }
  for (const [key, group] of groups) if (!placed.has(key)) ordered.push(group);
  return ordered.map((g) => summarise(g, unreadable.get(g.unit.name)));
}

function summarise(group: UnitGroup, unreadable: string | undefined): UnitSummary {
  let errors = 0;
  let warnings = 0;
  for (const report of [...group.reports, ...group.attached]) {
    for (const f of report.findings) {
      if (f.severity === "error") errors += 1;
      else if (f.severity === "warning") warnings += 1;
    }
  }
  let missingDeadlines = 0;
  let overdue = 0;
  let done = 0;
  for (const { task, missingDeadline } of group.tasks) {
    if (missingDeadline) missingDeadlines += 1;
    if (task.overdue) overdue += 1;
    if (task.status === "done") done += 1;
  }
  const tasks = group.tasks.length;
  return {
    unit: group.unit.name,
    submitted: group.reports.length > 0,
    sheets: group.reports.map((r) => ({ ...fileOf(r), sheet: r.sheet })),
    tasks,
    errors,
    warnings,
    missingDeadlines,
    overdue,
    done,
    completion: tasks === 0 ? 0 : done / tasks,
    grid: countGrid(group.tasks.map(({ task }) => task)),
    ...(unreadable === undefined ? {} : { unreadable }),
  };
}
