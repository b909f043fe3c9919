/** Shared by validate and consolidate: options, directory, inputs, reading every workbook, the report. */
import { statSync } from "fs";
import type { AgencyDirectory } from "../core/agency-types";
import type { DayInterval } from "../core/day";
import { DEFAULT_DIRECTORY } from "../core/default-directory";
import type { Replacement, SubmissionRef } from "../core/consolidate";
import type { Finding } from "../core/findings";
import { resolveValidateInput } from "../core/options";
import type { Lang, SheetReport, ValidateOptions } from "../core/report-types";
import type { CliArgs } from "./args";
import { texts } from "./cli-text";
import { readWorkbook } from "../file/read-workbook";
import { loadDirectoryFile } from "./directory";
import { collectInputs, type InputProblem } from "./inputs";
import type { CliIo, ExitCode } from "./io";
import { loadReports, type Keep, type LoadedReports } from "./load-reports";
import { humanReportLines } from "./report-human";
import { isSameFile } from "./output-path";
import { jsonChunks, writeInChunks } from "./json-chunks";
import { createMemoryGuard } from "./memory-guard";
import { runJson } from "./report-json";

export interface PreparedRun extends LoadedReports {
  readonly options: ValidateOptions;
  readonly directory: AgencyDirectory;
  readonly lang: Lang;
  /** Input problems (missing paths, non-workbooks) followed by unreadable workbooks. */
  readonly problems: readonly InputProblem[];
}

export type Prepared =
  { readonly ok: true; readonly run: PreparedRun } | { readonly ok: false; readonly code: ExitCode };

/**
 * Resolves options and the directory, expands inputs and validates every sheet; usage errors exit 2.
 * `output`, when found among the inputs (its own earlier summary), is not read.
 */
export async function prepareRun(
  args: CliArgs,
  io: CliIo,
  output?: string,
  keep: Keep = "rows",
): Promise<Prepared> {
  const say = texts(args.lang);
  const usage = (detail: string): Prepared => {
    io.stderr(say.usageError(detail) + "\n");
    return { ok: false, code: 2 };
  };
  if (args.inputs.length === 0) return usage(say.noInputs);
  const input = {
    ...(args.year !== undefined ? { year: args.year } : {}),
    ...(args.period !== undefined ? { period: args.period } : {}),
    ...(args.asOf !== undefined ? { asOf: args.asOf } : {}),
    ...(args.dueSoon !== undefined ? { dueSoon: args.dueSoon } : {}),
    ...(args.langText !== undefined ? { lang: args.langText } : {}),
  };
  let directory = DEFAULT_DIRECTORY;
  const notes: string[] = [];
  if (args.directory !== undefined) {
    const loaded = await loadDirectoryFile(args.directory, args.lang);
    if (!loaded.ok) return usage(loaded.message);
    directory = loaded.directory;
    // One by one: a directory of 200 000 broken rows must not overflow the call stack.
    for (const problem of loaded.problems) notes.push(say.directoryProblem(args.directory, problem));
  }
  const resolved = resolveValidateInput(input, io.today, directory);
  if (!resolved.ok) return usage(resolved.errors.join(" "));
  const collected = await collectInputs(args.inputs, resolved.lang);
  const workbooks: string[] = [];
  for (const file of collected.workbooks) {
    if (output === undefined || !(await isSameFile(file, output))) workbooks.push(file);
  }
  const loaded = await loadReports(
    workbooks,
    resolved.options,
    args.directory !== undefined,
    resolved.lang,
    (file, lang) => readWorkbook(file, file, { lang }),
    // Synchronous, like the reads: one instant system call a file, not a thread-pool round trip.
    (file) => Promise.resolve(fileTime(file)),
    keep,
    createMemoryGuard(),
  );
  const lang = resolved.lang;
  for (const file of loaded.directories) {
    const given = args.directory !== undefined && (await isSameFile(file, args.directory));
    if (given) continue;
    if (args.directory !== undefined) notes.push(texts(lang).directoryOverridden(file, args.directory));
    else if (file === loaded.found?.file) notes.push(texts(lang).directoryFound(file));
    else notes.push(texts(lang).directoryIgnored(file, loaded.found?.file));
  }
  return {
    ok: true,
    run: {
      ...loaded,
      notes: [...notes, ...loaded.notes],
      problems: [...collected.problems, ...loaded.problems],
      options: loaded.found ? { ...resolved.options, directory: loaded.found.directory } : resolved.options,
      directory: loaded.found?.directory ?? directory,
      lang,
    },
  };
}

/**
 * 2 when a submission could not be read, else 1 when any finding is an error, else 0. A replaced
 * submission's findings do not count: it is not part of the consolidation.
 */
function exitCodeOf(
  run: PreparedRun,
  setFindings: readonly Finding[],
  replaced: ReadonlyMap<SheetReport, string>,
): ExitCode {
  if (run.problems.some((p) => p.submission)) return 2;
  const isError = (f: Finding): boolean => f.severity === "error";
  if (setFindings.some(isError)) return 1;
  if (run.reports.some((r) => !replaced.has(r) && r.findings.some(isError))) return 1;
  return 0;
}

/** The replaced sheets among the reports, each with the name of the submission that counts instead. */
function replacedReports(
  reports: readonly SheetReport[],
  replacements: readonly Replacement[],
): Map<SheetReport, string> {
  const kept = new Map<string, string>();
  for (const r of replacements) {
    const name = submissionRefText(r.kept);
    for (const ref of r.replaced) kept.set(refKey(ref), name);
  }
  const replaced = new Map<SheetReport, string>();
  if (kept.size === 0) return replaced;
  for (const report of reports) {
    const name = kept.get(refKey(report));
    if (name !== undefined) replaced.set(report, name);
  }
  return replaced;
}

function refKey(ref: SubmissionRef): string {
  return `${ref.file ?? ""}\u0000${ref.sheet}`;
}

/** `"Báo cáo" (examples/phuong-bac-son.xlsx)`. */
export function submissionRefText(ref: SubmissionRef): string {
  return ref.file === undefined ? `"${ref.sheet}"` : `"${ref.sheet}" (${ref.file})`;
}

/**
 * Prints the run's report and returns its exit code: `--json` on stdout with the notes and `after` on
 * stderr, or the text report with `after` below it.
 */
export function printRun(
  args: CliArgs,
  io: CliIo,
  run: PreparedRun,
  outcome: {
    readonly period: DayInterval;
    readonly setFindings: readonly Finding[];
    /** A last line (`Đã ghi …`), when the command wrote a file. */
    readonly after?: string;
    /** The output could not be written: exit 2 whatever the checks found. */
    readonly writeFailed?: boolean;
    /** Units that submitted more than once (consolidate): which counts, which were replaced. */
    readonly replacements?: readonly Replacement[];
  },
): ExitCode {
  const { period, setFindings, after } = outcome;
  const replacements = outcome.replacements ?? [];
  const replaced = replacedReports(run.reports, replacements);
  const code = outcome.writeFailed ? 2 : exitCodeOf(run, setFindings, replaced);
  const errors = run.problems.map(({ file, message }) => ({ file, message }));
  if (args.json) {
    const json = runJson({
      period,
      asOf: run.options.asOf,
      reports: run.reports,
      setFindings,
      errors,
      lang: run.lang,
      ...(outcome.replacements ? { replacements } : {}),
    });
    writeInChunks(jsonChunks(json), io.stdout);
    io.stdout("\n");
    for (const note of run.notes) io.stderr(note + "\n");
    if (after !== undefined) io.stderr(after + "\n");
  } else {
    const lines = humanReportLines({
      reports: run.reports,
      setFindings,
      errors,
      notes: run.notes,
      files: run.files,
      unreadable: run.problems.filter((p) => p.submission).length,
      period,
      asOf: run.options.asOf,
      exitCode: code,
      ...(outcome.writeFailed ? { writeFailed: true } : {}),
      lang: run.lang,
      replaced,
      replacements: replacements.map((r) => ({
        unit: r.unit,
        kept: submissionRefText(r.kept),
        replaced: r.replaced.map(submissionRefText).join(", "),
        by: r.by,
      })),
    });
    writeInChunks(linesOf(lines, after), io.stdout);
  }
  return code;
}

function fileTime(file: string): number | undefined {
  try {
    return statSync(file, { throwIfNoEntry: false })?.mtimeMs;
  } catch {
    return undefined;
  }
}

function* linesOf(lines: Iterable<string>, last: string | undefined): Generator<string> {
  for (const line of lines) yield line + "\n";
  if (last !== undefined) yield last + "\n";
}
