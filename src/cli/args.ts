/** Command-line arguments with node:util parseArgs; bad usage is a value, not an exception. */
import { parseArgs } from "node:util";
import type { Lang } from "../core/report-types";
import { texts } from "./cli-text";

export type Command = "validate" | "format" | "consolidate" | "templates";

export interface CliArgs {
  readonly command?: Command;
  readonly unknownCommand?: string;
  readonly inputs: readonly string[];
  readonly json: boolean;
  readonly help: boolean;
  readonly directory?: string;
  readonly year?: string;
  readonly period?: string;
  readonly asOf?: string;
  /** The raw `--due-soon` value, checked by resolveValidateInput. */
  readonly dueSoon?: string;
  readonly lang: Lang;
  /** The raw `--lang` value, checked by resolveValidateInput. */
  readonly langText?: string;
  readonly output?: string;
  readonly sheet?: string;
  /** The round trip with the units (issue 11): a folder for feedback files, the previous summary, the plan, the due day. */
  readonly feedback?: string;
  readonly previous?: string;
  readonly plan?: string;
  readonly due?: string;
  /** `--keep FILE` (consolidate, repeatable): of a unit's several submissions, the one in FILE counts. */
  readonly keep?: readonly string[];
  /** `annex format`: the annex's title and its `(Kèm theo …)` line, instead of the source's. */
  readonly title?: string;
  readonly kemTheo?: string;
}

export type ParsedArgs =
  | { readonly ok: true; readonly args: CliArgs }
  | { readonly ok: false; readonly error: string; readonly lang: Lang };

const COMMANDS: readonly Command[] = ["validate", "format", "consolidate", "templates"];
const VALUE_OPTIONS = [
  "--directory",
  "--year",
  "--period",
  "--as-of",
  "--due-soon",
  "--lang",
  "--output",
  "--sheet",
  "--feedback",
  "--previous",
  "--plan",
  "--due",
  "--keep",
  "--title",
  "--kem-theo",
];

/**
 * `--year -2024` is joined into `--year=-2024`: Node's parser calls a value starting with a dash
 * ambiguous, and the user would be told the option takes no value instead of what is wrong with it.
 */
function joinNegativeValues(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if ((VALUE_OPTIONS.includes(arg) || arg === "-o") && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg === "-o" ? "--output" : arg}=${next}`);
      i += 1;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}

/** Parses argv (without node and the script). */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const langIndex = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const langValue =
    langIndex < 0
      ? undefined
      : argv[langIndex]!.includes("=")
        ? argv[langIndex]!.split("=")[1]
        : argv[langIndex + 1];
  const lang: Lang = langValue === "en" ? "en" : "vi";
  let values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: joinNegativeValues(argv),
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        directory: { type: "string" },
        year: { type: "string" },
        period: { type: "string" },
        "as-of": { type: "string" },
        "due-soon": { type: "string" },
        lang: { type: "string" },
        output: { type: "string", short: "o" },
        sheet: { type: "string" },
        feedback: { type: "string" },
        previous: { type: "string" },
        plan: { type: "string" },
        due: { type: "string" },
        keep: { type: "string", multiple: true },
        title: { type: "string" },
        "kem-theo": { type: "string" },
      },
    }));
  } catch (error) {
    return { ok: false, error: usageProblem(error, lang), lang };
  }
  const [first, ...rest] = positionals;
  const command = COMMANDS.find((c) => c === first);
  const args: CliArgs = {
    ...(command ? { command } : first !== undefined ? { unknownCommand: first } : {}),
    inputs: command ? rest : positionals.slice(1),
    json: values.json === true,
    help: values.help === true,
    lang,
    ...(values.directory !== undefined ? { directory: values.directory } : {}),
    ...(values.year !== undefined ? { year: values.year } : {}),
    ...(values.period !== undefined ? { period: values.period } : {}),
    ...(values["as-of"] !== undefined ? { asOf: values["as-of"] } : {}),
    ...(values["due-soon"] !== undefined ? { dueSoon: values["due-soon"] } : {}),
    ...(values.lang !== undefined ? { langText: values.lang } : {}),
    ...(values.output !== undefined ? { output: values.output } : {}),
    ...(values.sheet !== undefined ? { sheet: values.sheet } : {}),
    ...(values.feedback !== undefined ? { feedback: values.feedback } : {}),
    ...(values.previous !== undefined ? { previous: values.previous } : {}),
    ...(values.plan !== undefined ? { plan: values.plan } : {}),
    ...(values.due !== undefined ? { due: values.due } : {}),
    ...(values.keep !== undefined ? { keep: values.keep } : {}),
    ...(values.title !== undefined ? { title: values.title } : {}),
    ...(values["kem-theo"] !== undefined ? { kemTheo: values["kem-theo"] } : {}),
  };
  return { ok: true, args };
}

/** Node's parseArgs error (English, about `--` positionals) as a sentence in the user's language. */
function usageProblem(error: unknown, lang: Lang): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  // Node quotes the option as typed: `'--bogus'`, `'--year <value>'`, `'-o, --output <value>'`.
  const name = /'([^']+?)(?: <value>)?'/.exec(message)?.[1];
  if (name === undefined) return message;
  const say = texts(lang);
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return say.unknownOption(name);
  // `--sheet --json`, `-o -x`: Node calls the next argument an ambiguous value and names the long form.
  const long = /use '([^'=]+)=-XYZ'/.exec(message)?.[1];
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && message.includes("ambiguous") && long !== undefined)
    return say.optionValueMissing(name, long);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
    return message.includes("argument missing") ? say.optionNeedsValue(name) : say.optionTakesNoValue(name);
  return message;
}
