/** The default, human-readable report: per file and sheet, findings grouped by row, then totals. */
import { formatViDay, type DayInterval, type DayNumber } from "../core/day";
import type { Field } from "../core/fields";
import type { Finding } from "../core/findings";
import { fieldLabel, formatFinding, severityLabel } from "../core/messages";
import type { Lang, SheetReport } from "../core/report-types";
import { columnLetter } from "../core/snapshot";
import { texts, type Totals } from "./cli-text";

const INDENT = "  ";

/** Findings printed per sheet at most (Frictionless's `limit_errors`); the totals and --json keep them all. */
export const MAX_FINDINGS_PRINTED_PER_SHEET = 1_000;

function findingLines(finding: Finding, lang: Lang, indent: string): string[] {
  const say = texts(lang);
  const { message, suggestion } = formatFinding(finding, lang);
  const where = finding.cell ?? "";
  const head = `${indent}${where ? where.padEnd(6) : ""}[${severityLabel(finding.severity, lang)}] ${message} (${finding.code})`;
  return suggestion
    ? [head, `${indent}${where ? " ".repeat(6) : ""}${say.suggestion}: ${suggestion}`]
    : [head];
}

function headerLine(report: SheetReport, lang: Lang): string {
  const say = texts(lang);
  const header = report.table?.header;
  if (!header) return say.noHeader;
  const columns = Object.entries(header.columns)
    .filter((entry): entry is [Field, number] => entry[1] !== undefined)
    .sort((a, b) => a[1] - b[1])
    .map(([field, column]) => `${fieldLabel(field, lang)}=${columnLetter(column)}`)
    .join(", ");
  return say.header(header.row, columns);
}

// Appends one by one: `lines.push(...more)` passes every line as an argument, and a report of some
// 100 000 lines overflows the call stack.
function append(lines: string[], more: readonly string[]): void {
  for (const line of more) lines.push(line);
}

/** The lines for one sheet: heading, header mapping, findings by row; `replacedBy` marks a replaced one. */
export function sheetLines(report: SheetReport, lang: Lang, replacedBy?: string): string[] {
  const say = texts(lang);
  const lines = [
    `${INDENT}${say.sheet(report.sheet)} — ${say.unit(report.unit)} — ${say.tasks(report.tasks)}`,
    ...(replacedBy === undefined ? [] : [`${INDENT}${INDENT}${say.replacedSheet(replacedBy)}`]),
    `${INDENT}${INDENT}${headerLine(report, lang)}`,
    `${INDENT}${INDENT}${say.period(formatViDay(report.period.from), formatViDay(report.period.to), say.periodSources[report.periodSource])}`,
  ];
  if (report.findings.length === 0) {
    lines.push(`${INDENT}${INDENT}${say.clean}`);
    return lines;
  }
  const byRow = new Map<number, Finding[]>();
  for (const finding of report.findings) {
    const key = finding.row ?? 0;
    const list = byRow.get(key);
    if (list) list.push(finding);
    else byRow.set(key, [finding]);
  }
  let printed = 0;
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    if (printed === MAX_FINDINGS_PRINTED_PER_SHEET) break;
    lines.push(`${INDENT}${INDENT}${row === 0 ? say.sheetLevel : say.row(row)}`);
    for (const finding of byRow.get(row)!) {
      if (printed === MAX_FINDINGS_PRINTED_PER_SHEET) break;
      append(lines, findingLines(finding, lang, INDENT.repeat(3)));
      printed += 1;
    }
  }
  const left = report.findings.length - printed;
  if (left > 0) lines.push(`${INDENT}${INDENT}${say.findingsCapped(left, MAX_FINDINGS_PRINTED_PER_SHEET)}`);
  return lines;
}

export function countFindings(findings: readonly Finding[]): Pick<Totals, "errors" | "warnings" | "infos"> {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === "error") errors += 1;
    else if (f.severity === "warning") warnings += 1;
    else infos += 1;
  }
  return { errors, warnings, infos };
}

export interface HumanReportInput {
  readonly reports: readonly SheetReport[];
  readonly setFindings: readonly Finding[];
  readonly errors: readonly { readonly file: string; readonly message: string }[];
  readonly notes: readonly string[];
  readonly files: number;
  readonly unreadable: number;
  readonly period: DayInterval;
  readonly asOf: DayNumber;
  readonly exitCode: 0 | 1 | 2;
  /** The output could not be written (the verdict says so, exit 2). */
  readonly writeFailed?: boolean;
  readonly lang: Lang;
  /** Sheets of replaced submissions (consolidate), with the one that counts instead: not in the totals. */
  readonly replaced?: ReadonlyMap<SheetReport, string>;
  /** Units that submitted more than once: which counts and why, which it replaces. */
  readonly replacements?: readonly {
    readonly unit: string;
    readonly kept: string;
    readonly replaced: string;
    readonly by: "reportDate" | "fileTime" | "order" | "chosen";
  }[];
}

/** The whole report as text. */
export function humanReport(input: HumanReportInput): string {
  return [...humanReportLines(input)].join("\n") + "\n";
}

/**
 * The report's lines (without their line breaks), made as they are asked for: a run of a hundred thousand
 * findings is printed without its text held whole.
 */
export function* humanReportLines(input: HumanReportInput): Generator<string> {
  const { lang } = input;
  const say = texts(lang);
  let currentFile: string | undefined;
  for (const report of input.reports) {
    const file = report.file ?? "";
    if (file !== currentFile) {
      if (currentFile !== undefined) yield "";
      yield say.file(file);
      currentFile = file;
    }
    yield* sheetLines(report, lang, input.replaced?.get(report));
  }
  if (input.replacements && input.replacements.length > 0) {
    yield* ["", say.replacedHeading];
    for (const r of input.replacements) {
      yield `${INDENT}${say.replacedLine(r.unit, r.kept, r.replaced, say.replacedWhy[r.by])}`;
    }
  }
  if (input.setFindings.length > 0) {
    yield* ["", say.setHeading];
    for (const finding of input.setFindings) yield* findingLines(finding, lang, INDENT);
  }
  if (input.errors.length > 0) {
    yield* ["", say.errorsHeading];
    for (const error of input.errors) yield `${INDENT}${error.file}: ${error.message}`;
  }
  // Under their own heading: after the unreadable files, a note (the directory used) read as one of them.
  if (input.notes.length > 0) yield* ["", say.notesHeading];
  for (const note of input.notes) yield `${INDENT}${note}`;
  // A replaced submission is printed above, but counted nowhere.
  const counted = input.replaced ? input.reports.filter((r) => !input.replaced?.has(r)) : input.reports;
  const counts = [...counted.map((r) => countFindings(r.findings)), countFindings(input.setFindings)];
  const totals: Totals = {
    files: input.files,
    sheets: counted.length,
    tasks: counted.reduce((n, r) => n + r.tasks, 0),
    unreadable: input.unreadable,
    errors: counts.reduce((n, c) => n + c.errors, 0),
    warnings: counts.reduce((n, c) => n + c.warnings, 0),
    infos: counts.reduce((n, c) => n + c.infos, 0),
  };
  yield* [
    "",
    say.runPeriod(formatViDay(input.period.from), formatViDay(input.period.to), formatViDay(input.asOf)),
    say.totals(totals),
    input.writeFailed ? say.verdictWriteFailed : say.verdict[input.exitCode],
  ];
}
