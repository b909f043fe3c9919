/**
 * Types shared by consolidation's modules (consolidate.ts groups units, consolidate-tasks.ts projects a
 * report's resolved tasks): here so that neither imports the other.
 */
import type { TaskStatus } from "./status";
import type { GridClass } from "./task-grid";

/** One task of one unit's submission, as the data sheet and the summary show it. */
export interface ConsolidatedTask {
  readonly unit: string;
  readonly file?: string;
  readonly sheet: string;
  readonly row: number;
  readonly stt: string;
  readonly section: string;
  readonly content: string;
  readonly start: string;
  readonly end: string;
  /** ISO day of the finish, when the finish has a deadline. */
  readonly endDate?: string;
  /** `Quý IV/2024`, from the finish date. */
  readonly quarter?: string;
  /** Canonical names joined `; ` (raw text kept when unknown). */
  readonly lead: string;
  readonly support: string;
  readonly status: TaskStatus;
  readonly statusText: string;
  readonly overdue: boolean;
  /** The task's place in the status grid (task-grid.ts); `overdue` is `grid === "openOverdue"`. */
  readonly grid: GridClass;
  /** Open and due within the consolidation's `dueSoonDays`. */
  readonly dueSoon: boolean;
  /** Days past the deadline: to the as-of day when open and overdue, to the completion day when done late. */
  readonly daysOverdue?: number;
  /** ISO day the task was done, when the report says so. */
  readonly completed?: string;
  readonly findings: number;
  /** Extra/unmatched columns by their header label: reported, not dropped. */
  readonly extras: Readonly<Record<string, string>>;
}

/** A sheet that counts for a unit, or one that was replaced by a later submission of the same unit. */
export interface SubmissionRef {
  readonly file?: string;
  readonly sheet: string;
}

/** A unit that submitted more than once: the submission that counts and the ones it replaced. */
export interface Replacement {
  readonly unit: string;
  readonly kept: SubmissionRef;
  readonly replaced: readonly SubmissionRef[];
  /** How the kept one was told apart: a date in the sheet, the file's time, input order, the user's choice. */
  readonly by: "reportDate" | "fileTime" | "order" | "chosen";
}
