/** `annex validate`: check every sheet of the given workbooks and report (text or `--json`). */
import type { CliArgs } from "./args";
import type { CliIo, ExitCode } from "./io";
import { humanReport } from "./report-human";
import { runJson, runPeriod } from "./report-json";
import { exitCodeOf, prepareRun } from "./run-setup";

export async function runValidate(args: CliArgs, io: CliIo): Promise<ExitCode> {
  const prepared = await prepareRun(args, io);
  if (!prepared.ok) return prepared.code;
  const { run } = prepared;
  const code = exitCodeOf(run, []);
  const period = runPeriod(run.options.period, run.reports, run.options.asOf);
  const errors = run.problems.map(({ file, message }) => ({ file, message }));
  if (args.json) {
    const json = runJson({
      period,
      asOf: run.options.asOf,
      reports: run.reports,
      setFindings: [],
      errors,
      lang: run.lang,
    });
    io.stdout(JSON.stringify(json, null, 2) + "\n");
    for (const note of run.notes) io.stderr(note + "\n");
  } else {
    io.stdout(
      humanReport({
        reports: run.reports,
        setFindings: [],
        errors,
        notes: run.notes,
        files: run.files,
        unreadable: run.problems.filter((p) => p.submission).length,
        period,
        asOf: run.options.asOf,
        exitCode: code,
        lang: run.lang,
      }),
    );
  }
  return code;
}
