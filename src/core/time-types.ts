/** Types of the time-expression parser (DESIGN §3); implemented in time-expression.ts. */
import type { DayInterval } from "./day";

export type TimeKind =
  | "quarter"
  | "quarterRange"
  | "halfYear"
  | "month"
  | "monthRange"
  | "date"
  | "deadline"
  | "dateRange"
  | "year"
  | "multiYear"
  | "recurring"
  | "vague";

/**
 * A parsed time expression. `interval` is absent for `vague` (no deadline); for `recurring` it is the
 * plan period (valid, nothing can be overdue). `hasDeadline` is false for recurring and vague kinds.
 * `isRange` is true when the text itself holds both ends (a combined `Thời gian` cell).
 */
export interface ParsedTime {
  readonly ok: true;
  readonly kind: TimeKind;
  readonly interval?: DayInterval;
  readonly hasDeadline: boolean;
  readonly isRange: boolean;
  /** Normalised display text (NFC, trimmed). */
  readonly text: string;
  /**
   * When the time was read from a sentence (`Ban hành trong quý I năm 2026. Thực hiện rà soát…`): the
   * part read (`quý I năm 2026`), as displayed. Absent when the whole cell is the time.
   */
  readonly read?: string;
  /**
   * A range written as its two ends (`Quý I ~ Quý III`, `Từ 01/10 đến 10/10/2024`): the start and finish
   * as displayed, where the grammar cut the text. Absent for single times, open starts, ranges read from a
   * sentence, and one-word spans (`2024-2025` has one: `2024` | `2025`).
   */
  readonly cut?: TimeCut;
}

/** The start and finish texts of a range, as the user wrote them. */
export interface TimeCut {
  readonly start: string;
  readonly end: string;
}

export type TimeFailureReason = "unparseable" | "quarterInvalid" | "dateInvalid" | "empty";

export interface TimeFailure {
  readonly ok: false;
  readonly reason: TimeFailureReason;
  readonly text: string;
  /** The offending fragment, e.g. `Quý V` or `31/02/2024`. */
  readonly detail?: string;
}

export type TimeResult = ParsedTime | TimeFailure;

export interface TimeContext {
  /** Year used when the text gives none (the plan year, or the first year of a multi-year period). */
  readonly defaultYear: number;
  /** The plan period: what recurring expressions span. */
  readonly period: DayInterval;
}
