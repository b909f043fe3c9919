/** Dispatches `annex <command>`; every path returns an exit code (0, 1, 2) instead of exiting. */
import { parseCliArgs } from "./args";
import { USAGE, texts } from "./cli-text";
import { runConsolidate } from "./consolidate-command";
import { runFormat } from "./format-command";
import type { CliIo, ExitCode } from "./io";
import { runValidate } from "./validate-command";

export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    io.stderr(texts(parsed.lang).usageError(parsed.error) + "\n");
    return 2;
  }
  const { args } = parsed;
  if (args.help) {
    io.stdout(USAGE[args.lang]);
    return 0;
  }
  if (!args.command) {
    if (args.unknownCommand !== undefined) {
      io.stderr(texts(args.lang).usageError(texts(args.lang).unknownCommand(args.unknownCommand)) + "\n");
    } else {
      io.stderr(USAGE[args.lang]);
    }
    return 2;
  }
  switch (args.command) {
    case "validate":
      return runValidate(args, io);
    case "format":
      return runFormat(args, io);
    case "consolidate":
      return runConsolidate(args, io);
  }
}
