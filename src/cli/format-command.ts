/** `annex format`: build the official annex from one sheet into a new workbook (the input is never written). */
import path from "path";
import { resolveValidateInput } from "../core/options";
import { attachedToLine, buildAnnexPlan, defaultAnnexOptions } from "../core/plans/annex-plan";
import { DEFAULT_DIRECTORY } from "../core/default-directory";
import type { SheetSnapshot } from "../core/snapshot";
import { readLegacyText } from "../core/legacy-encoding";
import { readAnnexTable } from "../core/table/index";
import type { AnnexTable } from "../core/table-types";
import { normalizeText, toneKey } from "../core/text";
import { isEmptySheet } from "../core/validate";
import { readWorkbook } from "../file/read-workbook";
import { writeWorkbook } from "../file/write-file";
import type { CliArgs } from "./args";
import { texts } from "./cli-text";
import { findDirectorySheet } from "./directory";
import type { CliIo, ExitCode } from "./io";
import { ensureParentFolder, isInputFile } from "./output-path";

const ANNEX_SHEET_NAME = "Phụ lục";

type Chosen = { sheet: SheetSnapshot; table: AnnexTable } | { error: string };

export function chooseSheet(
  sheets: readonly SheetSnapshot[],
  skip: ReadonlySet<SheetSnapshot>,
  args: CliArgs,
  file: string,
): Chosen {
  const say = texts(args.lang);
  if (args.sheet !== undefined) {
    const wanted = toneKey(args.sheet);
    const sheet =
      sheets.find((s) => s.sheet === args.sheet) ?? sheets.find((s) => toneKey(s.sheet) === wanted);
    if (!sheet) return { error: say.sheetNotFound(args.sheet, sheets.map((s) => `"${s.sheet}"`).join(", ")) };
    const table = readAnnexTable(sheet);
    return table ? { sheet, table } : { error: say.noTable(`${file} › ${sheet.sheet}`) };
  }
  for (const sheet of sheets) {
    if (skip.has(sheet) || isEmptySheet(sheet)) continue;
    const table = readAnnexTable(sheet);
    if (table) return { sheet, table };
  }
  return { error: say.noTable(file) };
}

/** A `--year` given for a title that names no year is added to it (`… NĂM 2024`). */
function titleWithYear(title: string, year: string | undefined): string {
  if (year === undefined || /\b\d{4}\b/.test(title)) return title;
  return `${title} NĂM ${year}`;
}

export async function runFormat(args: CliArgs, io: CliIo): Promise<ExitCode> {
  const say = texts(args.lang);
  const fail = (message: string): ExitCode => {
    io.stderr(message + "\n");
    return 2;
  };
  const [input, ...extra] = args.inputs;
  if (input === undefined) return fail(say.usageError(say.noInputs));
  if (extra.length > 0) return fail(say.usageError(say.formatOneInput(args.inputs)));
  if (args.output === undefined) return fail(say.usageError(say.needOutput));
  const checked = resolveValidateInput(
    {
      ...(args.year !== undefined ? { year: args.year } : {}),
      ...(args.langText !== undefined ? { lang: args.langText } : {}),
    },
    io.today,
    DEFAULT_DIRECTORY,
  );
  if (!checked.ok) return fail(say.usageError(checked.errors.join(" ")));
  const named = [input, ...(args.directory !== undefined ? [args.directory] : [])];
  if (await isInputFile(args.output, named)) return fail(say.usageError(say.sameAsInput(args.output)));

  const read = await readWorkbook(input, input, { lang: args.lang });
  if (!read.ok) return fail(read.message);
  // Text typed in a TCVN3 or VNI font is read, and built into the annex, as Unicode (as checking reads it).
  const sheets = read.sheets.map((sheet) => readLegacyText(sheet).snapshot);
  const directory = findDirectorySheet(sheets, read.owners);
  // The directory and the summary, data and findings sheets this tool wrote are not annexes.
  const notAnnexes = new Set(
    sheets.filter((s) => s === directory || (read.owners[s.sheet] ?? "annex") !== "annex"),
  );
  const chosen = chooseSheet(sheets, notAnnexes, args, input);
  if ("error" in chosen) return fail(chosen.error);
  const defaults = defaultAnnexOptions(chosen.sheet, chosen.table);
  const plan = buildAnnexPlan(chosen.sheet, chosen.table, {
    ...defaults,
    // The new workbook holds only this sheet: no need for the add-in's `Phụ lục (2)` beside the source.
    sheetName: ANNEX_SHEET_NAME,
    title: args.title?.trim() ? normalizeText(args.title) : titleWithYear(defaults.title, args.year),
    ...(args.kemTheo?.trim() ? { attachedTo: attachedToLine(args.kemTheo) } : {}),
    lang: args.lang,
  });
  try {
    await ensureParentFolder(args.output);
    await writeWorkbook([plan], args.output);
  } catch (error) {
    return fail(say.writeFailed(args.output, error));
  }
  if (args.json) {
    io.stdout(
      JSON.stringify({ input, sheet: chosen.sheet.sheet, output: args.output, annexSheet: plan.name }) + "\n",
    );
  } else {
    io.stdout(
      `${say.sheet(chosen.sheet.sheet)} → ${path.normalize(args.output)} (${plan.name})\n${say.written(args.output)}\n`,
    );
  }
  return 0;
}
