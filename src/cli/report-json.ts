/**
 * The `--json` report: exactly one object. The period is the options' when given, else the first sheet's
 * (each sheet may read its own from its title), else the as-of year.
 */
import type { Replacement } from "../core/consolidate";
import { formatIsoDay, toYmd, yearInterval, type DayInterval, type DayNumber } from "../core/day";
import type { Finding } from "../core/findings";
import { findingToJson, type FindingJson } from "../core/options";
import type { Lang, SheetReport } from "../core/report-types";
import { columnLetter } from "../core/snapshot";

export interface SheetJson {
  readonly file: string | null;
  readonly sheet: string;
  readonly unit: string | null;
  readonly tasks: number;
  readonly header: { readonly row: number; readonly columns: Readonly<Record<string, string>> } | null;
  readonly findings: readonly FindingJson[];
}

/**
 * The report as it is written: `sheets` and `findings` are made one by one as they are written
 * (json-chunks.ts), so a run of a hundred thousand findings never holds them all as JSON at once.
 */
export interface RunJson {
  readonly period: { readonly from: string; readonly to: string };
  readonly asOf: string;
  readonly sheets: Iterable<SheetJson>;
  readonly findings: Iterable<FindingJson & { readonly unit: string | null }>;
  readonly errors: readonly { readonly file: string; readonly message: string }[];
  /** consolidate: units that submitted more than once, the submission that counts and the replaced ones. */
  readonly replaced?: readonly Replacement[];
}

/** The run's plan period (see the file comment). */
export function runPeriod(
  optionPeriod: DayInterval | undefined,
  reports: readonly SheetReport[],
  asOf: DayNumber,
): DayInterval {
  return optionPeriod ?? reports[0]?.period ?? yearInterval(toYmd(asOf).year);
}

function sheetJson(report: SheetReport, lang: Lang): SheetJson {
  const header = report.table?.header;
  const columns: Record<string, string> = {};
  for (const [field, column] of Object.entries(header?.columns ?? {})) {
    if (column !== undefined) columns[field] = columnLetter(column);
  }
  return {
    file: report.file ?? null,
    sheet: report.sheet,
    unit: report.unit ?? null,
    tasks: report.tasks,
    header: header ? { row: header.row, columns } : null,
    findings: report.findings.map((f) => findingToJson(f, lang)),
  };
}

export function runJson(input: {
  readonly period: DayInterval;
  readonly asOf: DayNumber;
  readonly reports: readonly SheetReport[];
  readonly setFindings: readonly Finding[];
  readonly errors: readonly { readonly file: string; readonly message: string }[];
  readonly lang: Lang;
  readonly replacements?: readonly Replacement[];
}): RunJson {
  return {
    period: { from: formatIsoDay(input.period.from), to: formatIsoDay(input.period.to) },
    asOf: formatIsoDay(input.asOf),
    sheets: lazyMap(input.reports, (r) => sheetJson(r, input.lang)),
    findings: lazyMap(input.setFindings, (f) => ({ ...findingToJson(f, input.lang), unit: f.unit ?? null })),
    errors: input.errors.map(({ file, message }) => ({ file, message })),
    ...(input.replacements ? { replaced: input.replacements } : {}),
  };
}

function* lazyMap<T, U>(items: readonly T[], project: (item: T) => U): Generator<U> {
  for (const item of items) yield project(item);
}
