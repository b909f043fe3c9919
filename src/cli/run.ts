/** Dispatches `annex <command>`; every path returns an exit code (0, 1, 2) instead of exiting. */
import { parseCliArgs } from "./args";
import { USAGE, texts } from "./cli-text";
import type * as ConsolidateCommand from "./consolidate-command";
import type * as FormatCommand from "./format-command";
import type * as TemplatesCommand from "./templates-command";
import type { CliIo, ExitCode } from "./io";
import type * as ValidateCommand from "./validate-command";

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
  // A command is loaded only when asked for, so `annex --help` does not load the spreadsheet library.
  // require, not import(): tsx's CommonJS hook (bin/annex.js without a build) cannot resolve import().
  /* eslint-disable @typescript-eslint/no-require-imports */
  switch (args.command) {
    case "validate":
      return (require("./validate-command") as typeof ValidateCommand).runValidate(args, io);
    case "format":
      return (require("./format-command") as typeof FormatCommand).runFormat(args, io);
    case "consolidate":
      return (require("./consolidate-command") as typeof ConsolidateCommand).runConsolidate(args, io);
    case "templates":
      return (require("./templates-command") as typeof TemplatesCommand).runTemplates(args, io);
  }
  /* eslint-enable @typescript-eslint/no-require-imports */
}
