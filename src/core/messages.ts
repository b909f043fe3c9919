/**
 * The message catalogue (DESIGN §6): one sentence per finding code in each UI language, built from the
 * finding's structured params. Findings never store sentences; the language is chosen when shown.
 */
import type { Field } from "./fields";
import type { Finding, FindingCode, FindingParams, Severity } from "./findings";
import type { Lang } from "./report-types";
import { FIELD_LABELS_EN, MESSAGES_EN, SEVERITY_LABELS_EN } from "./messages-en";
import { FIELD_LABELS_VI, MESSAGES_VI, SEVERITY_LABELS_VI, type MessageTemplate } from "./messages-vi";

export type { MessageTemplate } from "./messages-vi";

export const MESSAGES: Readonly<Record<Lang, Readonly<Record<FindingCode, MessageTemplate>>>> = {
  vi: MESSAGES_VI,
  en: MESSAGES_EN,
};

/**
 * The params each code's messages use. Rules must not emit others; producers of set-level findings
 * (consolidation) fill these. `unit`, `file` and `sheet` also fall back to the finding's own fields.
 */
export const FINDING_PARAMS: Readonly<Record<FindingCode, readonly string[]>> = {
  HEADER_NOT_FOUND: [],
  COLUMN_MISSING: ["field"],
  COLUMN_DUPLICATE: ["field", "column", "used"],
  COLUMN_AMBIGUOUS: ["field", "column", "label", "other", "otherLabel"],
  COLUMN_GUESSED: ["field", "column", "label"],
  STT_INVALID: ["stt"],
  STT_DUPLICATE: ["stt", "expected"],
  STT_GAP: ["stt", "previous", "expected"],
  TASKS_UNNUMBERED: ["count"],
  CONTENT_MISSING: [],
  LEAD_MISSING: [],
  LEAD_UNKNOWN: ["name"],
  LEAD_UNSPECIFIED: ["name"],
  LEAD_MULTIPLE: ["count", "names"],
  SUPPORT_UNKNOWN: ["name"],
  SUPPORT_DUPLICATE: ["name"],
  LEAD_ALSO_SUPPORT: ["name"],
  TIME_UNPARSEABLE: ["text", "field"],
  TIME_IN_TEXT: ["text", "field", "read", "date"],
  TIME_IS_STATUS: ["text", "field"],
  TIME_SPELLING: ["text", "to", "field"],
  DEADLINES_MOSTLY_MISSING: ["missing", "tasks"],
  QUARTER_INVALID: ["text", "detail"],
  DATE_INVALID: ["text", "detail"],
  END_MISSING: [],
  START_MISSING: ["end"],
  RANGE_REVERSED: ["start", "end", "text"],
  DEADLINE_OUTSIDE_PERIOD: ["text", "deadline", "period"],
  OUTSIDE_SECTION_RANGE: ["text", "section", "range"],
  DEADLINE_VAGUE: ["text"],
  OVERDUE: ["deadline", "asOf", "status"],
  STATUS_UNKNOWN: ["status"],
  STATUS_NARRATIVE: ["count", "status"],
  SUBMISSION_MISSING: ["unit"],
  SUBMISSION_DUPLICATE: ["unit", "kept", "replaced", "count", "more", "by", "date"],
  SUBMISSION_UNIT_CONFLICT: ["unit", "count", "sheets", "more", "name", "other"],
  FORMULA_TEXT: ["text"],
  CELL_ERROR_VALUE: ["error"],
  SHEET_TRUNCATED: ["rows"],
  SUBMISSION_UNREADABLE: ["file", "reason"],
  AGENCY_RENAMED: ["field", "name", "successor", "since"],
  CELL_TOO_LONG: ["length", "limit"],
  AGENCY_NOTE: ["field", "names", "note"],
  AGENCY_PROSE: ["field", "text", "names"],
  LEGACY_ENCODING: ["encoding", "cells", "text", "converted"],
  TASK_NOT_REPORTED: ["unit", "stt", "content"],
  TEMPLATE_OTHER_PLAN: ["unit", "title", "plan"],
  TEMPLATE_OUTDATED: ["unit"],
};

/** The finding's sentence and suggestion in the given language. */
export function formatFinding(finding: Finding, lang: Lang): { message: string; suggestion: string | null } {
  const template = MESSAGES[lang][finding.code];
  const params: FindingParams = {
    ...(finding.unit !== undefined ? { unit: finding.unit } : {}),
    ...(finding.file !== undefined ? { file: finding.file } : {}),
    ...(finding.sheet !== undefined ? { sheet: finding.sheet } : {}),
    ...finding.params,
  };
  const suggestion = template.suggestion?.(params, finding.suggestions ?? []) ?? null;
  return { message: template.message(params), suggestion };
}

/** `Lỗi` / `Error`, … */
export function severityLabel(severity: Severity, lang: Lang): string {
  return (lang === "en" ? SEVERITY_LABELS_EN : SEVERITY_LABELS_VI)[severity];
}

/** The column label of a field as users know it (`Cơ quan chủ trì` / `Lead agency`). */
export function fieldLabel(field: Field, lang: Lang): string {
  return (lang === "en" ? FIELD_LABELS_EN : FIELD_LABELS_VI)[field];
}
