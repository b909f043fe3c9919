/** Types of validation options and results, shared by the CLI, the add-in and consolidation. */
import type { DayInterval, DayNumber } from "./day";
import type { AgencyDirectory } from "./agency-types";
import type { Finding } from "./findings";
import type { ResolvedTasks } from "./resolve-tasks";
import type { AnnexTable } from "./table-types";
import type { ColumnMap } from "./table-types";

export type Lang = "vi" | "en";

export interface ValidateOptions {
  /** The plan period; when absent it is read from the sheet title, else the as-of date's year. */
  readonly period?: DayInterval;
  /** "Today" for OVERDUE. Always a parameter: core never reads the clock. */
  readonly asOf: DayNumber;
  readonly directory: AgencyDirectory;
  /** A user's correction of the detected column mapping (the task pane's dropdowns). */
  readonly columnOverrides?: ColumnMap;
  /** "Sắp đến hạn": open tasks due within this many days (default DEFAULT_DUE_SOON_DAYS). */
  readonly dueSoonDays?: number;
}

/** How the plan period was decided, for the report. */
export type PeriodSource = "options" | "title" | "asOf";

export interface SheetReport {
  readonly file?: string;
  readonly sheet: string;
  /** Canonical unit name (directory) or the best raw name found; undefined when nothing was found. */
  readonly unit?: string;
  /** Where the unit came from. */
  readonly unitSource?: "title" | "sheet" | "file";
  /** The raw text the unit was read from. */
  readonly unitText?: string;
  /**
   * The day the report was made (ISO `YYYY-MM-DD`), when the sheet states it (`Lâm Hà, ngày 15 tháng 6 năm
   * 2024`, `Ngày báo cáo: …`): of two submissions of one unit, the later one counts.
   */
  readonly reportDate?: string;
  readonly period: DayInterval;
  readonly periodSource: PeriodSource;
  /** Number of task rows (not sections, headings, sub-items or notes). */
  readonly tasks: number;
  /** Undefined when no header was found (then findings holds HEADER_NOT_FOUND). */
  readonly table?: AnnexTable;
  /** The table's rows as tasks (resolve-tasks.ts), as the findings were found on them. */
  readonly resolved?: ResolvedTasks;
  readonly findings: readonly Finding[];
  /** True when the sheet has no content at all (skipped silently). */
  readonly empty: boolean;
}
