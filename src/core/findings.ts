/** The validation contract (DESIGN §6): stable codes, severities, and the shape of a finding. */
import type { Field } from "./fields";

export type Severity = "error" | "warning" | "info";

export const FINDING_CODES = [
  "HEADER_NOT_FOUND",
  "COLUMN_MISSING",
  "COLUMN_DUPLICATE",
  "COLUMN_AMBIGUOUS",
  "COLUMN_GUESSED",
  "STT_INVALID",
  "STT_DUPLICATE",
  "STT_GAP",
  "TASKS_UNNUMBERED",
  "CONTENT_MISSING",
  "LEAD_MISSING",
  "LEAD_UNKNOWN",
  "LEAD_UNSPECIFIED",
  "LEAD_MULTIPLE",
  "SUPPORT_UNKNOWN",
  "SUPPORT_DUPLICATE",
  "LEAD_ALSO_SUPPORT",
  "TIME_UNPARSEABLE",
  "TIME_IN_TEXT",
  "TIME_IS_STATUS",
  "DEADLINES_MOSTLY_MISSING",
  "QUARTER_INVALID",
  "DATE_INVALID",
  "END_MISSING",
  "START_MISSING",
  "RANGE_REVERSED",
  "DEADLINE_OUTSIDE_PERIOD",
  "OUTSIDE_SECTION_RANGE",
  "DEADLINE_VAGUE",
  "OVERDUE",
  "STATUS_UNKNOWN",
  "STATUS_NARRATIVE",
  "SUBMISSION_MISSING",
  "SUBMISSION_DUPLICATE",
  "SUBMISSION_UNIT_CONFLICT",
  "FORMULA_TEXT",
  "CELL_ERROR_VALUE",
  "SHEET_TRUNCATED",
  "SUBMISSION_UNREADABLE",
  "AGENCY_RENAMED",
  "CELL_TOO_LONG",
  "AGENCY_NOTE",
  "AGENCY_PROSE",
  "LEGACY_ENCODING",
  "TASK_NOT_REPORTED",
  "TEMPLATE_OTHER_PLAN",
  "TEMPLATE_OUTDATED",
  "TIME_SPELLING",
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

/**
 * Default severity per code. `COLUMN_MISSING` depends on the field (see REQUIRED_COLUMNS); the value
 * here is its most severe form.
 */
export const SEVERITY: Readonly<Record<FindingCode, Severity>> = {
  HEADER_NOT_FOUND: "error",
  COLUMN_MISSING: "error",
  COLUMN_DUPLICATE: "warning",
  COLUMN_AMBIGUOUS: "info",
  COLUMN_GUESSED: "info",
  STT_INVALID: "warning",
  STT_DUPLICATE: "warning",
  STT_GAP: "warning",
  TASKS_UNNUMBERED: "info",
  CONTENT_MISSING: "error",
  LEAD_MISSING: "error",
  LEAD_UNKNOWN: "warning",
  LEAD_UNSPECIFIED: "warning",
  LEAD_MULTIPLE: "info",
  SUPPORT_UNKNOWN: "warning",
  SUPPORT_DUPLICATE: "info",
  LEAD_ALSO_SUPPORT: "warning",
  TIME_UNPARSEABLE: "error",
  TIME_IN_TEXT: "info",
  TIME_IS_STATUS: "info",
  TIME_SPELLING: "info",
  DEADLINES_MOSTLY_MISSING: "info",
  QUARTER_INVALID: "error",
  DATE_INVALID: "error",
  END_MISSING: "error",
  START_MISSING: "info",
  RANGE_REVERSED: "error",
  DEADLINE_OUTSIDE_PERIOD: "error",
  OUTSIDE_SECTION_RANGE: "warning",
  DEADLINE_VAGUE: "info",
  OVERDUE: "warning",
  STATUS_UNKNOWN: "warning",
  STATUS_NARRATIVE: "info",
  SUBMISSION_MISSING: "warning",
  SUBMISSION_DUPLICATE: "warning",
  // Sheets under one unit's header but named for another: all counted, so the clerk must check which is whose.
  SUBMISSION_UNIT_CONFLICT: "warning",
  FORMULA_TEXT: "warning",
  CELL_ERROR_VALUE: "warning",
  SHEET_TRUNCATED: "warning",
  SUBMISSION_UNREADABLE: "error",
  // Info when the plan period straddles the change (the old name was right for part of it).
  AGENCY_RENAMED: "warning",
  CELL_TOO_LONG: "warning",
  // Words on an agency's role or scope after its name, set aside: nothing to fix.
  AGENCY_NOTE: "info",
  // A sentence in an agency cell that names known bodies: a person reads it; who leads is worth a look.
  AGENCY_PROSE: "info",
  // Text in the TCVN3 or VNI fonts: unreadable on other machines, and no name or date in it is recognised.
  LEGACY_ENCODING: "warning",
  // A returned template (issue 11): a task sent to the unit that its report no longer holds.
  TASK_NOT_REPORTED: "warning",
  // A returned template made from another plan, or from an earlier version of this one.
  TEMPLATE_OTHER_PLAN: "warning",
  TEMPLATE_OUTDATED: "warning",
};

/** Structured parameters a message template may use; values are plain strings or numbers. */
export type FindingParams = Readonly<Record<string, string | number>>;

/**
 * One finding. The sentence is not stored here: it comes from the message catalogue (messages.ts) in the
 * user's language. `row`/`column` are 1-based; absent for findings about a whole sheet or set of files.
 */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly sheet?: string;
  readonly file?: string;
  /** The unit (canonical name) a set-level finding is about. */
  readonly unit?: string;
  readonly row?: number;
  readonly column?: number;
  /** A1 address, e.g. `E12`. */
  readonly cell?: string;
  readonly field?: Field;
  readonly params: FindingParams;
  /** Suggested values, e.g. the closest directory names for an unknown agency. */
  readonly suggestions?: readonly string[];
}
