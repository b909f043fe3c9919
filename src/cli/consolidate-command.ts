/** `annex consolidate`: validate every submission, merge them, write the three summary sheets to `-o`. */
import { consolidateSubmissions } from "../core/consolidate";
import { consolidationPlans } from "../core/plans/consolidation-plans";
import { writeWorkbook } from "../file/write-file";
import type { CliArgs } from "./args";
import { texts } from "./cli-text";
import type { CliIo, ExitCode } from "./io";
import { ensureParentFolder, isInputFile, isOwnSummary } from "./output-path";
import { runPeriod } from "./report-json";
import { prepareRun, printRun } from "./run-setup";
import { collectInputs } from "./inputs";

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
  const prepared = await prepareRun(args, io, output);
  if (!prepared.ok) return prepared.code;
  const { run } = prepared;
  const period = runPeriod(run.options.period, run.reports, run.options.asOf);
  const unreadable = run.problems.filter((p) => p.submission).map(({ file, message }) => ({ file, message }));
  const consolidation = consolidateSubmissions({
    reports: run.reports,
    unreadable,
    directory: run.directory,
    period,
    asOf: run.options.asOf,
  });
  try {
    await ensureParentFolder(output);
    await writeWorkbook(consolidationPlans(consolidation, run.lang, { sourceInWorkbook: false }), output);
  } catch (error) {
    // The checks were made: print them, then why the summary was not written.
    printRun(args, io, run, { period, setFindings: consolidation.setFindings, writeFailed: true });
    io.stderr(say.writeFailed(output, error) + "\n");
    return 2;
  }
  return printRun(args, io, run, {
    period,
    setFindings: consolidation.setFindings,
    after: say.written(output),
  });
}
