/** `annex validate`: check every sheet of the given workbooks and report (text or `--json`). */
import type { CliArgs } from "./args";
import type { CliIo, ExitCode } from "./io";
import { runPeriod } from "./report-json";
import { prepareRun, printRun } from "./run-setup";

export async function runValidate(args: CliArgs, io: CliIo): Promise<ExitCode> {
  const prepared = await prepareRun(args, io);
  if (!prepared.ok) return prepared.code;
  const { run } = prepared;
  const period = runPeriod(run.options.period, run.reports, run.options.asOf);
  return printRun(args, io, run, { period, setFindings: [] });
}
