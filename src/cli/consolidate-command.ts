/** `annex consolidate`: validate every submission, merge them, write the three summary sheets to `-o`. */
import path from "path";
import { consolidateSubmissions } from "../core/consolidate";
import type { Consolidation, SubmissionRef } from "../core/consolidate";
import type { DayInterval, DayNumber } from "../core/day";
import type { PlanTasks } from "../core/loop/plan-tasks";
import type { Finding } from "../core/findings";
import type { SheetReport } from "../core/report-types";
import { consolidationPlans } from "../core/plans/consolidation-plans";
import { EXCEL_MAX_ROWS } from "../core/plans/plan-style";
import { writeWorkbook } from "../file/write-file";
import type { CliArgs } from "./args";
import { texts } from "./cli-text";
import type { CliIo, ExitCode } from "./io";
import { ensureParentFolder, isInputFile, isOwnSummary } from "./output-path";
import { runPeriod } from "./report-json";
import { prepareRun, printRun, type PreparedRun } from "./run-setup";
import { collectInputs } from "./inputs";
import { asPrinted } from "./load-reports";
import { changesSheet, dueOption, loadPlanOption, writeFeedbackFiles } from "./loop-outputs";
import { loopTexts } from "./loop-text";

export async function runConsolidate(args: CliArgs, io: CliIo): Promise<ExitCode> {
  const say = texts(args.lang);
  if (args.output === undefined) {
    io.stderr(say.usageError(say.needOutput) + "\n");
    return 2;
  }
  const output = args.output;
  const candidates = await collectInputs(args.inputs, args.lang);
  // Named inputs (the `--directory` workbook too) are never written; a file found in an input folder
  // only when it is this tool's own earlier summary, untouched since: it is then not read as an input.
  const named = [...args.inputs, ...(args.directory !== undefined ? [args.directory] : [])];
  const found = [...candidates.workbooks, ...candidates.problems.map((p) => p.file)];
  const overwritesInput =
    (await isInputFile(output, named)) ||
    ((await isInputFile(output, found)) && !(await isOwnSummary(output)));
  if (overwritesInput) {
    io.stderr(say.usageError(say.sameAsInput(output)) + "\n");
    return 2;
  }
  const merged = await mergeSubmissions(args, io, output);
  if (!merged.ok) return merged.code;
  const { run, consolidation, period } = merged;
  const after: string[] = [];
  const sheets = consolidationPlans(consolidation, run.lang, {
    sourceInWorkbook: false,
    rowsOnDemand: true,
  });
  if (args.previous !== undefined) {
    const changes = await changesSheet(args.previous, consolidation, run);
    if (!changes.ok) {
      io.stderr(say.usageError(changes.message) + "\n");
      return 2;
    }
    sheets.push(changes.value.plan);
    after.push(loopTexts(run.lang).changesCounted(changes.value.count));
  }
  for (const sheet of sheets) {
    if (sheet.rowsLeftOut) after.push(say.rowsLeftOut(sheet.name, sheet.rowsLeftOut, EXCEL_MAX_ROWS));
  }
  try {
    await ensureParentFolder(output);
    await writeWorkbook(sheets, output);
    if (args.feedback !== undefined) {
      const count = await writeFeedbackFiles(args.feedback, consolidation, run, merged.plan, merged.due);
      after.push(loopTexts(run.lang).feedbackWritten(count, args.feedback));
    }
  } catch (error) {
    // The checks were made: print them, then why the summary was not written.
    printRun(args, io, run, {
      period,
      setFindings: consolidation.setFindings,
      replacements: consolidation.replaced,
      writeFailed: true,
    });
    io.stderr(say.writeFailed(output, error) + "\n");
    return 2;
  }
  return printRun(args, io, run, {
    period,
    setFindings: consolidation.setFindings,
    replacements: consolidation.replaced,
    after: [say.written(output), ...after].join("\n"),
  });
}

/** The run and its consolidation, or the exit code of a usage error (already printed). */
type Merged =
  | { readonly ok: false; readonly code: ExitCode }
  | {
      readonly ok: true;
      readonly run: PreparedRun;
      readonly consolidation: Consolidation;
      readonly period: DayInterval;
      readonly plan: PlanTasks | undefined;
      readonly due: DayNumber | undefined;
    };

/**
 * Reads and checks the submissions and consolidates them. Unless `--previous` or `--feedback` reads them
 * again, each report keeps what its printout shows, not its rows: its tasks are projected for the
 * consolidation as soon as it is checked.
 */
async function mergeSubmissions(args: CliArgs, io: CliIo, output: string): Promise<Merged> {
  const say = texts(args.lang);
  // Unless --previous or --feedback reads the rows again, each report's tasks are projected as it is
  // read and its rows let go: a large run never holds every submission's rows at once.
  const rowsNeeded = args.previous !== undefined || args.feedback !== undefined;
  const prepared = await prepareRun(args, io, output, rowsNeeded ? "rows" : "projected");
  if (!prepared.ok) return prepared;
  const { run } = prepared;
  const plan = await loadPlanOption(args, run);
  const due = dueOption(args);
  if (!plan.ok || !due.ok) {
    io.stderr(say.usageError(!plan.ok ? plan.message : !due.ok ? due.message : "") + "\n");
    return { ok: false, code: 2 };
  }
  const period = runPeriod(run.options.period, run.reports, run.options.asOf);
  const unreadable = run.problems.filter((p) => p.submission).map(({ file, message }) => ({ file, message }));
  const keep = keptSubmissions(args.keep ?? [], run.reports);
  if ("unknown" in keep) {
    io.stderr(say.usageError(say.keepUnknown(keep.unknown)) + "\n");
    return { ok: false, code: 2 };
  }
  const consolidation = consolidateSubmissions({
    reports: run.reports,
    unreadable,
    directory: run.directory,
    period,
    asOf: run.options.asOf,
    templates: run.templates,
    ...(plan.value ? { plan: plan.value } : {}),
    ...(run.options.dueSoonDays !== undefined ? { dueSoonDays: run.options.dueSoonDays } : {}),
    fileTimes: run.fileTimes,
    keep: keep.refs,
    projected: run.projected,
  });
  return {
    ok: true,
    // The projections are in the consolidation now: let them go with the reports they were made from.
    run: rowsNeeded
      ? run
      : { ...run, reports: printedSharingFindings(run.reports, consolidation), projected: new Map() },
    consolidation,
    period,
    plan: plan.value,
    due: due.value,
  };
}

/**
 * The reports as the printout reads them (asPrinted), each counted report's findings being the
 * consolidation's copies of them (the same findings, with their sheet, file and unit, which no sheet
 * finding's message reads): a large run then holds its findings once, not twice. The consolidation lists
 * them report by report, in input order, skipping replaced reports; a report whose findings are not found
 * there, the same ones in the same order, keeps its own.
 */
export function printedSharingFindings(reports: readonly SheetReport[], c: Consolidation): SheetReport[] {
  let next = c.setFindings.length;
  return reports.map((report) => {
    const printed = asPrinted(report);
    const own = report.findings;
    if (own.length === 0 || c.findings[next]?.params !== own[0]!.params) return printed;
    const located = c.findings.slice(next, next + own.length);
    const same = located.length === own.length && located.every((f, i) => sameFinding(f, own[i]!));
    if (!same) return printed;
    next += own.length;
    return { ...printed, findings: located };
  });
}

function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a.code === b.code &&
    a.params === b.params &&
    a.row === b.row &&
    a.cell === b.cell &&
    a.column === b.column &&
    a.field === b.field &&
    a.severity === b.severity &&
    a.suggestions === b.suggestions
  );
}

/** `--keep FILE`: every sheet read from FILE, as the submissions the user chose; a FILE with none is named. */
function keptSubmissions(
  files: readonly string[],
  reports: readonly SheetReport[],
): { readonly refs: SubmissionRef[] } | { readonly unknown: string } {
  const refs: SubmissionRef[] = [];
  for (const file of files) {
    const wanted = path.resolve(file);
    const sheets = reports.filter((r) => r.file !== undefined && path.resolve(r.file) === wanted);
    if (sheets.length === 0) return { unknown: file };
    for (const r of sheets) refs.push({ file: r.file as string, sheet: r.sheet });
  }
  return { refs };
}
