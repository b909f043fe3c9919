/**
 * The status grid leadership judges units by (Government Office rules on tracking assigned tasks, Decision
 * 42/2014/QĐ-TTg as amended by 23/2018/QĐ-TTg): done on time, done late, not done but in time, not done and
 * overdue, and tasks with no deadline. Finishing on the deadline day is on time.
 */
import type { DayNumber } from "./day";
import type { TaskStatus } from "./status";

/**
 * Where one task falls in the grid:
 * - `doneOnTime` / `doneLate`: done, by a completion date on or before / after the deadline; also on time
 *   when the report is as of a day on or before the deadline (done by then, so done in time: not a guess);
 * - `doneUndated`: done, the deadline passed before the as-of day, and no completion date is known
 *   ("đã hoàn thành (không rõ ngày)"), never guessed either way;
 * - `openInTime` / `openOverdue`: not done (or status not known) and the deadline not passed / passed;
 * - `noDeadline`: recurring or vague time, or none (whatever the status);
 * - `cancelled`: stopped or cancelled work, not to be done;
 * - `untracked`: the sheet has no completion status at all (a plan, or a column of project stages).
 */
export type GridClass =
  | "doneOnTime"
  | "doneLate"
  | "doneUndated"
  | "openInTime"
  | "openOverdue"
  | "noDeadline"
  | "cancelled"
  | "untracked";

export const GRID_CLASSES: readonly GridClass[] = [
  "doneOnTime",
  "doneLate",
  "doneUndated",
  "openInTime",
  "openOverdue",
  "noDeadline",
  "cancelled",
  "untracked",
];

/** Age bands of unfinished overdue work, by days past the deadline. */
export type OverdueBand = "upTo30" | "upTo90" | "over90";
export const OVERDUE_BANDS: readonly OverdueBand[] = ["upTo30", "upTo90", "over90"];

/** "Sắp đến hạn": an open task due within this many days of the as-of day, by default. */
export const DEFAULT_DUE_SOON_DAYS = 7;

export interface GridInput {
  readonly status: TaskStatus;
  /** False when the sheet carries no completion status (then every task is `untracked`). */
  readonly tracked: boolean;
  /** The last day the task must be done by, own or inherited; undefined when it has none. */
  readonly deadline?: DayNumber;
  /** The day it was done, when the report says so. */
  readonly completed?: DayNumber;
  readonly asOf: DayNumber;
  readonly dueSoonDays: number;
}

export interface GridPlace {
  readonly grid: GridClass;
  /** Open, not yet due, and due within `dueSoonDays` of the as-of day. */
  readonly dueSoon: boolean;
  /** Days past the deadline (openOverdue: to the as-of day; doneLate: to the completion day). */
  readonly daysOverdue?: number;
  readonly band?: OverdueBand;
}

// The places every such task shares (a report keeps one per task: no object each).
const UNTRACKED: GridPlace = Object.freeze({ grid: "untracked", dueSoon: false });
const CANCELLED: GridPlace = Object.freeze({ grid: "cancelled", dueSoon: false });
const NO_DEADLINE: GridPlace = Object.freeze({ grid: "noDeadline", dueSoon: false });
const DONE_ON_TIME: GridPlace = Object.freeze({ grid: "doneOnTime", dueSoon: false });
const DONE_UNDATED: GridPlace = Object.freeze({ grid: "doneUndated", dueSoon: false });
const OPEN_IN_TIME: GridPlace = Object.freeze({ grid: "openInTime", dueSoon: false });
const OPEN_DUE_SOON: GridPlace = Object.freeze({ grid: "openInTime", dueSoon: true });

/** A task's place in the grid. */
export function classifyTask(input: GridInput): GridPlace {
  const { status, deadline, completed, asOf } = input;
  if (!input.tracked) return UNTRACKED;
  if (status === "cancelled") return CANCELLED;
  if (deadline === undefined) return NO_DEADLINE;
  if (status === "done") {
    if (completed !== undefined) {
      return completed <= deadline
        ? DONE_ON_TIME
        : { grid: "doneLate", dueSoon: false, daysOverdue: completed - deadline };
    }
    return asOf <= deadline ? DONE_ON_TIME : DONE_UNDATED;
  }
  if (deadline < asOf) {
    const days = asOf - deadline;
    return { grid: "openOverdue", dueSoon: false, daysOverdue: days, band: overdueBand(days) };
  }
  return deadline - asOf <= input.dueSoonDays ? OPEN_DUE_SOON : OPEN_IN_TIME;
}

export function overdueBand(days: number): OverdueBand {
  if (days <= 30) return "upTo30";
  return days <= 90 ? "upTo90" : "over90";
}

/** Counts of a set of tasks in the grid. */
export interface GridCounts {
  readonly total: number;
  readonly classes: Readonly<Record<GridClass, number>>;
  /** Of `openInTime`, those due soon. */
  readonly dueSoon: number;
  /** Of `openOverdue`, by age. */
  readonly bands: Readonly<Record<OverdueBand, number>>;
}

/** Adds up places (or tasks carrying theirs) into grid counts; the band is read from `daysOverdue`. */
export function countGrid(places: Iterable<Pick<GridPlace, "grid" | "dueSoon" | "daysOverdue">>): GridCounts {
  const classes = Object.fromEntries(GRID_CLASSES.map((g) => [g, 0])) as Record<GridClass, number>;
  const bands = Object.fromEntries(OVERDUE_BANDS.map((b) => [b, 0])) as Record<OverdueBand, number>;
  let total = 0;
  let dueSoon = 0;
  for (const place of places) {
    total += 1;
    classes[place.grid] += 1;
    if (place.dueSoon) dueSoon += 1;
    if (place.grid === "openOverdue" && place.daysOverdue !== undefined) {
      bands[overdueBand(place.daysOverdue)] += 1;
    }
  }
  return { total, classes, dueSoon, bands };
}

/** Done, whatever the timing. */
export function isDoneClass(grid: GridClass): boolean {
  return grid === "doneOnTime" || grid === "doneLate" || grid === "doneUndated";
}
