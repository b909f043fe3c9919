/** Validation options as they come from outside (CLI flags, settings) and the CLI's JSON finding shape. */
import { z } from "zod";
import type { AgencyDirectory } from "./agency-types";
import { parseIsoDay, yearInterval, type DayInterval, type DayNumber } from "./day";
import type { Finding } from "./findings";
import { formatFinding } from "./messages";
import { parsePeriodOption } from "./plan-period";
import type { Lang, ValidateOptions } from "./report-types";
import { columnLetter } from "./snapshot";

const YEAR = /^\d{4}$/;
/** The longest "Sắp đến hạn" window accepted: a year. */
export const MAX_DUE_SOON_DAYS = 365;

export const validateOptionsInputSchema = z
  .object({
    year: z.union([z.number().int(), z.string().trim().regex(YEAR)]).optional(),
    period: z
      .string()
      .trim()
      .regex(/^\d{4}(?:\s*-\s*\d{4})?$/)
      .optional(),
    asOf: z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    lang: z.enum(["vi", "en"]).optional(),
    // "Sắp đến hạn" window in days: a whole number, 0 to 365.
    dueSoon: z
      .union([
        z.number().int(),
        z
          .string()
          .trim()
          .regex(/^\d{1,3}$/),
      ])
      .optional(),
  })
  // Other keys (the CLI's own flags) pass through untouched: this schema only speaks for these five.
  .passthrough();

export type ValidateOptionsInput = z.infer<typeof validateOptionsInputSchema>;

export type ResolvedValidateInput =
  | { readonly ok: true; readonly options: ValidateOptions; readonly lang: Lang }
  | { readonly ok: false; readonly errors: string[] };

const ERRORS = {
  vi: {
    year: (v: string) => `Năm "${v}" không hợp lệ (ví dụ: 2024).`,
    period: (v: string) => `Thời kỳ "${v}" không hợp lệ (ví dụ: 2024 hoặc 2026-2030).`,
    asOf: (v: string) => `Ngày tính "${v}" không hợp lệ (dạng YYYY-MM-DD, ví dụ 2024-12-31).`,
    lang: (v: string) => `Ngôn ngữ "${v}" không hỗ trợ (vi hoặc en).`,
    dueSoon: (v: string) => `Số ngày "sắp đến hạn" "${v}" không hợp lệ (số nguyên từ 0 đến 365, ví dụ 7).`,
    both: () => "Chỉ dùng một trong hai: năm (--year) hoặc thời kỳ (--period).",
    unknown: (v: string) => `Tùy chọn không hỗ trợ: ${v}.`,
  },
  en: {
    year: (v: string) => `Invalid year "${v}" (e.g. 2024).`,
    period: (v: string) => `Invalid period "${v}" (e.g. 2024 or 2026-2030).`,
    asOf: (v: string) => `Invalid as-of date "${v}" (YYYY-MM-DD, e.g. 2024-12-31).`,
    lang: (v: string) => `Unsupported language "${v}" (vi or en).`,
    dueSoon: (v: string) =>
      `Invalid "due soon" window "${v}" (a whole number of days from 0 to 365, e.g. 7).`,
    both: () => "Use either a year (--year) or a period (--period), not both.",
    unknown: (v: string) => `Unsupported option: ${v}.`,
  },
} as const;

/** Turns raw options into ValidateOptions; the errors are sentences in the requested language. */
export function resolveValidateInput(
  input: unknown,
  today: DayNumber,
  directory: AgencyDirectory,
): ResolvedValidateInput {
  const record = typeof input === "object" && input !== null ? (input as Record<string, unknown>) : {};
  const lang: Lang = record["lang"] === "en" ? "en" : "vi";
  const say = ERRORS[lang];
  const parsed = validateOptionsInputSchema.safeParse(input ?? {});
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => issueMessage(issue, record, lang)) };
  }
  const { year, period: periodText, asOf: asOfText, dueSoon } = parsed.data;
  const errors: string[] = [];
  if (year !== undefined && periodText !== undefined) errors.push(say.both());
  let period: DayInterval | undefined;
  if (year !== undefined) {
    const y = Number(year);
    if (y < 1900 || y > 2999) errors.push(say.year(String(year)));
    else period = yearInterval(y);
  }
  if (periodText !== undefined) {
    period = parsePeriodOption(periodText.replace(/\s+/g, ""));
    if (period === undefined) errors.push(say.period(periodText));
  }
  let asOf = today;
  if (asOfText !== undefined) {
    const day = parseIsoDay(asOfText);
    if (day === undefined) errors.push(say.asOf(asOfText));
    else asOf = day;
  }
  const dueSoonDays = dueSoon === undefined ? undefined : Number(dueSoon);
  if (dueSoonDays !== undefined && !(dueSoonDays >= 0 && dueSoonDays <= MAX_DUE_SOON_DAYS)) {
    errors.push(say.dueSoon(String(dueSoon)));
  }
  if (errors.length > 0) return { ok: false, errors };
  const options: ValidateOptions = {
    ...(period ? { period } : {}),
    asOf,
    directory,
    ...(dueSoonDays === undefined ? {} : { dueSoonDays }),
  };
  return { ok: true, options, lang };
}

function issueMessage(issue: z.core.$ZodIssue, record: Record<string, unknown>, lang: Lang): string {
  const say = ERRORS[lang];
  const key = String(issue.path[0] ?? "");
  const value = String(record[key] ?? "");
  if (key === "year" || key === "period" || key === "asOf" || key === "lang" || key === "dueSoon")
    return say[key](value);
  return say.unknown(key || issue.message);
}

/** The CLI `--json` shape of one finding. */
export interface FindingJson {
  readonly code: string;
  readonly severity: string;
  readonly cell: string | null;
  readonly row: number | null;
  readonly column: string | null;
  readonly field: string | null;
  readonly message: string;
  readonly suggestion: string | null;
}

/** A finding as the CLI prints it with `--json` (message in the given language). */
export function findingToJson(finding: Finding, lang: Lang): FindingJson {
  const { message, suggestion } = formatFinding(finding, lang);
  return {
    code: finding.code,
    severity: finding.severity,
    cell: finding.cell ?? null,
    row: finding.row ?? null,
    column: finding.column !== undefined ? columnLetter(finding.column) : null,
    field: finding.field ?? null,
    message,
    suggestion,
  };
}
