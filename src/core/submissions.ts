/**
 * Whose submission each sheet is (DESIGN §7), and which submission counts when a unit sent more than one.
 * A submission is a file (its sheets of one unit are parts of one report, counted together) or, without a
 * file (the sheets of the open workbook), one sheet. Of several, the later counts: by the date the reports
 * state, else the files' times, else input order; a submission the user chose wins.
 */
import type { AgencyMatcher } from "./agency";
import type { AgencyEntry } from "./agency-types";
import type { Replacement, SubmissionRef } from "./consolidation-types";
import { formatViDay, parseIsoDay } from "./day";
import { SEVERITY } from "./findings";
import type { Finding } from "./findings";
import type { SheetReport } from "./report-types";
import { normalizeText, toneKey } from "./text";

export interface ResolvedUnit {
  readonly name: string;
  readonly key: string;
  readonly entry?: AgencyEntry;
}

export interface SubmissionChoice {
  /** Modification time of each file (milliseconds since 1970), when the adapter knows it. */
  readonly fileTimes?: Readonly<Record<string, number>>;
  /** Submissions the user chose to count: in a unit named here, only the chosen ones count. */
  readonly keep?: readonly SubmissionRef[];
}

export interface SubmissionAssignment {
  /** Each report's unit; `attached` for a sheet without a task table that came in a file with a report. */
  readonly units: ReadonlyMap<SheetReport, { readonly unit: ResolvedUnit; readonly attached: boolean }>;
  readonly replacements: readonly Replacement[];
  /** The sheets of replaced submissions: neither their tasks nor their findings count. */
  readonly replaced: ReadonlySet<SheetReport>;
  /** One SUBMISSION_DUPLICATE per unit that submitted more than once, saying which counts and why. */
  readonly findings: readonly Finding[];
}

/**
 * The unit a report is from, by what it says of itself: the unit of every report with a task table (a
 * sheet without one beside such a report is that report's unit's, see assignSubmissions).
 */
export function reportUnit(report: SheetReport, agencies: AgencyMatcher): ResolvedUnit {
  return resolveUnit(
    agencies,
    // A unit the sheet names (its header, its `Kèm theo` line) wins over sheet and file names.
    report.unitSource === "title"
      ? [report.unit, report.unitText]
      : [report.unit, report.unitText, report.sheet, report.file],
  );
}

/** Assigns every report to its unit and submission, and picks the submission that counts for each unit. */
export function assignSubmissions(
  reports: readonly SheetReport[],
  agencies: AgencyMatcher,
  choice: SubmissionChoice = {},
): SubmissionAssignment {
  const unitOf = (report: SheetReport): ResolvedUnit => reportUnit(report, agencies);
  const fileUnits = unitsOfFiles(reports, unitOf);
  const units = new Map<SheetReport, { unit: ResolvedUnit; attached: boolean }>();
  const byUnit = new Map<string, { unit: ResolvedUnit; submissions: Map<string, Submission> }>();
  reports.forEach((report, order) => {
    // A sheet with no task table beside a report (a notes sheet) is part of that unit's submission: not
    // a unit of its own, nor a second submission.
    const attachedTo = report.table || report.file === undefined ? undefined : fileUnits.get(report.file);
    const unit = attachedTo ?? unitOf(report);
    units.set(report, { unit, attached: attachedTo !== undefined });
    let group = byUnit.get(unit.key);
    if (!group) byUnit.set(unit.key, (group = { unit, submissions: new Map() }));
    const key = report.file === undefined ? `sheet ${order}` : `file ${report.file}`;
    let submission = group.submissions.get(key);
    if (!submission) {
      submission = { reports: [], shown: [], order, ...fileField(report) };
      group.submissions.set(key, submission);
    }
    submission.reports.push(report);
    if (attachedTo === undefined) submission.shown.push(report);
  });

  const replacements: Replacement[] = [];
  const replaced = new Set<SheetReport>();
  const findings: Finding[] = [];
  for (const { unit, submissions } of byUnit.values()) {
    // Sheets that name no unit at all cannot be told to be the same unit's.
    if (submissions.size < 2 || unit.key === "") continue;
    const all = [...submissions.values()];
    // A sheet or file named for another unit under this unit's header is more likely a copied template
    // than a resubmission: nothing is dropped on a guess, the clash is reported.
    const clash = nameClash(all, unit, agencies);
    if (clash) {
      findings.push(clashFinding(unit, all, clash));
      continue;
    }
    const { kept, by } = chooseKept(all, choice);
    const dropped = all.filter((s) => !kept.includes(s));
    if (dropped.length === 0) continue;
    for (const s of dropped) for (const report of s.reports) replaced.add(report);
    const first = kept[0] ?? all[0]!;
    const replacement: Replacement = {
      unit: unit.name,
      kept: refOf(first),
      replaced: dropped.flatMap((s) => s.shown.map((r) => ({ ...fileField(r), sheet: r.sheet }))),
      by,
    };
    replacements.push(replacement);
    findings.push(replacementFinding(replacement, first, all.length));
  }
  return { units, replacements, replaced, findings };
}

interface Submission {
  readonly file?: string;
  readonly reports: SheetReport[];
  /** Its sheets other than attached notes sheets: what names it. */
  readonly shown: SheetReport[];
  /** Position of its first sheet in the input. */
  readonly order: number;
}

/** The first sheet of the submissions whose sheet or file name names another directory unit. */
function nameClash(
  submissions: readonly Submission[],
  unit: ResolvedUnit,
  agencies: AgencyMatcher,
): { readonly report: SheetReport; readonly other: string } | undefined {
  for (const s of submissions) {
    for (const report of s.shown) {
      for (const name of [report.sheet, report.file === undefined ? undefined : fileBaseName(report.file)]) {
        const entry = name === undefined ? undefined : agencies.matchUnit(name);
        if (entry && unitKey(entry.name) !== unit.key) return { report, other: entry.name };
      }
    }
  }
  return undefined;
}

function clashFinding(
  unit: ResolvedUnit,
  submissions: readonly Submission[],
  clash: { readonly report: SheetReport; readonly other: string },
): Finding {
  const names = submissions.map(submissionName);
  return {
    code: "SUBMISSION_UNIT_CONFLICT",
    severity: SEVERITY.SUBMISSION_UNIT_CONFLICT,
    sheet: clash.report.sheet,
    ...fileField(clash.report),
    unit: unit.name,
    params: {
      unit: unit.name,
      count: submissions.length,
      sheets: names.slice(0, REPLACED_NAMED).join("; "),
      ...(names.length > REPLACED_NAMED ? { more: names.length - REPLACED_NAMED } : {}),
      name: clash.report.file === undefined ? clash.report.sheet : fileBaseName(clash.report.file),
      other: clash.other,
    },
  };
}

/** `phuong-lam-ha` of `thu-muc/phuong-lam-ha.xlsx`. */
function fileBaseName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.[A-Za-z0-9]{1,5}$/, "");
}

/** The submissions that count, and how they were told apart. */
function chooseKept(
  submissions: readonly Submission[],
  choice: SubmissionChoice,
): { kept: readonly Submission[]; by: Replacement["by"] } {
  const chosen = submissions.filter((s) => choice.keep?.some((ref) => isRef(ref, s)));
  if (chosen.length > 0) return { kept: chosen, by: "chosen" };
  const byDate = latest(submissions, reportDayOf);
  if (byDate) return { kept: [byDate], by: "reportDate" };
  const byTime = latest(submissions, (s) => (s.file === undefined ? undefined : choice.fileTimes?.[s.file]));
  if (byTime) return { kept: [byTime], by: "fileTime" };
  const last = submissions.reduce((a, b) => (b.order > a.order ? b : a));
  return { kept: [last], by: "order" };
}

/** The one submission with the greatest value, when every submission has one; else undefined. */
function latest(
  submissions: readonly Submission[],
  valueOf: (s: Submission) => number | undefined,
): Submission | undefined {
  let best: Submission | undefined;
  let max = -Infinity;
  let tie = false;
  for (const s of submissions) {
    const value = valueOf(s);
    if (value === undefined) return undefined;
    if (value > max) [best, max, tie] = [s, value, false];
    else if (value === max) tie = true;
  }
  return tie ? undefined : best;
}

/** The latest date its sheets state (parts of one report may be dated apart). */
function reportDayOf(s: Submission): number | undefined {
  let day: number | undefined;
  for (const r of s.reports) {
    const d = r.reportDate === undefined ? undefined : parseIsoDay(r.reportDate);
    if (d !== undefined && (day === undefined || d > day)) day = d;
  }
  return day;
}

function isRef(ref: SubmissionRef, s: Submission): boolean {
  return ref.file === s.file && s.reports.some((r) => r.sheet === ref.sheet);
}

function refOf(s: Submission): SubmissionRef {
  const sheet = (s.shown[0] ?? s.reports[0])?.sheet ?? "";
  return { ...fileField(s), sheet };
}

function fileField(x: { readonly file?: string }): { file?: string } {
  return x.file === undefined ? {} : { file: x.file };
}

// Submissions named in one finding; beyond, the message says how many more.
const REPLACED_NAMED = 10;

/** The statement of a replacement, on the sheet that counts: which counts, why, which it replaced. */
function replacementFinding(r: Replacement, kept: Submission, submissions: number): Finding {
  const names = r.replaced.map(refName);
  const date = r.by === "reportDate" ? reportDayOf(kept) : undefined;
  return {
    code: "SUBMISSION_DUPLICATE",
    severity: SEVERITY.SUBMISSION_DUPLICATE,
    sheet: r.kept.sheet,
    ...fileField(r.kept),
    unit: r.unit,
    params: {
      unit: r.unit,
      kept: submissionName(kept),
      replaced: names.slice(0, REPLACED_NAMED).join("; "),
      by: r.by,
      count: submissions,
      ...(names.length > REPLACED_NAMED ? { more: names.length - REPLACED_NAMED } : {}),
      ...(date !== undefined ? { date: formatViDay(date) } : {}),
    },
  };
}

/** `Báo cáo (phuong-a.xlsx)`; a file's several sheets as `Phần 1, Phần 2 (phuong-a.xlsx)`. */
function submissionName(s: Submission): string {
  const sheets = (s.shown.length > 0 ? s.shown : s.reports).map((r) => r.sheet).join(", ");
  return s.file === undefined ? sheets : `${sheets} (${s.file})`;
}

function refName(ref: SubmissionRef): string {
  return ref.file === undefined ? ref.sheet : `${ref.sheet} (${ref.file})`;
}

/** The unit of each file whose sheets with a task table all name one unit. */
function unitsOfFiles(
  reports: readonly SheetReport[],
  unitOf: (report: SheetReport) => ResolvedUnit,
): Map<string, ResolvedUnit> {
  const units = new Map<string, ResolvedUnit | null>();
  for (const report of reports) {
    if (!report.table || report.file === undefined) continue;
    const unit = unitOf(report);
    const known = units.get(report.file);
    units.set(report.file, known === undefined || known?.key === unit.key ? unit : null);
  }
  const single = new Map<string, ResolvedUnit>();
  for (const [file, unit] of units) if (unit) single.set(file, unit);
  return single;
}

export function unitKey(name: string): string {
  return toneKey(name);
}

/** The directory unit the first matching text names, else the first text as written. */
function resolveUnit(agencies: AgencyMatcher, texts: readonly (string | undefined)[]): ResolvedUnit {
  const present = texts.filter((t): t is string => t !== undefined && normalizeText(t) !== "");
  for (const text of present) {
    const entry = agencies.matchUnit(text);
    if (entry) return { name: entry.name, key: unitKey(entry.name), entry };
  }
  const name = normalizeText(present[0] ?? "");
  return { name, key: unitKey(name) };
}
