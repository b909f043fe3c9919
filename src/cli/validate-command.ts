/** `annex validate`: check every sheet of the given workbooks and report (text or `--json`). */
import { consolidateSubmissions } from "../core/consolidate";
import type { CliArgs } from "./args";
import { texts } from "./cli-text";
import type { CliIo, ExitCode } from "./io";
import { dueOption, loadPlanOption, writeFeedbackFiles } from "./loop-outputs";
import { loopTexts } from "./loop-text";
import { runPeriod } from "./report-json";
import { prepareRun, printRun } from "./run-setup";

export async function runValidate(args: CliArgs, io: CliIo): Promise<ExitCode> {
  // Without --feedback, only the printout reads the reports: their rows are let go as each is checked.
  const prepared = await prepareRun(args, io, undefined, args.feedback === undefined ? "printed" : "rows");
  if (!prepared.ok) return prepared.code;
  const { run } = prepared;
  const period = runPeriod(run.options.period, run.reports, run.options.asOf);
  if (args.feedback === undefined) return printRun(args, io, run, { period, setFindings: [] });
  // `--feedback DIR`: one feedback file per unit checked, as `consolidate` writes them (issue 11).
  const say = texts(args.lang);
  const plan = await loadPlanOption(args, run);
  const due = dueOption(args);
  if (!plan.ok || !due.ok) {
    io.stderr(say.usageError(!plan.ok ? plan.message : !due.ok ? due.message : "") + "\n");
    return 2;
  }
  const consolidation = consolidateSubmissions({
    reports: run.reports,
    unreadable: [],
    directory: run.directory,
    period,
    asOf: run.options.asOf,
    templates: run.templates,
    ...(plan.value ? { plan: plan.value } : {}),
  });
  let count: number;
  try {
    count = await writeFeedbackFiles(args.feedback, consolidation, run, plan.value, due.value, true);
  } catch (error) {
    printRun(args, io, run, { period, setFindings: [], writeFailed: true });
    io.stderr(say.writeFailed(args.feedback, error) + "\n");
    return 2;
  }
  return printRun(args, io, run, {
    period,
    setFindings: [],
    after: loopTexts(run.lang).feedbackWritten(count, args.feedback),
  });
}
