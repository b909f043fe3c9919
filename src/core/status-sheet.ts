/**
 * A sheet's status as a person reads it: the status column, unless it holds project stages (`Thực hiện
 * mới`, `Chuyển tiếp`), read together with the result column (`Kết quả thực hiện`) when the status is
 * blank or not understood. Rules and consolidation both read statuses through here.
 */
import { cellText, type Cell } from "./snapshot";
import type { AnnexTable } from "./table-types";
import { parseStatus, type TaskStatus } from "./status";
import { statusForTask, statusReading, type NarrativeReading } from "./status-narrative";
import { foldKey } from "./text";
import { keptMemo } from "./memo";

// A project's stage in an investment list (DESIGN §2 `Tình trạng` seen in real plans), on foldKey.
const STAGE =
  /^(?:(?:du an|cong trinh|nhiem vu|danh muc) )?(?:(?:thuc hien|trien khai|khoi cong|dau tu|mo) moi|moi|chuyen tiep|chuan bi dau tu|thuc hien dau tu|ke thua)(?: (?:tu|sang) (?:nam|giai doan) .*)?$/;

/**
 * What a result text says about the work: done (`Đã ban hành Kế hoạch số …`, `Đã tổ chức …`), in progress
 * (`Đang xây dựng dự thảo`, `Đã trình, chưa được phê duyệt`), not started (`Chưa ban hành`), cancelled, or
 * undefined when it says nothing about progress (a product, a count, blank). A result records what was
 * produced: `đã` before a verb that is neither a step nor the work's end (`Đã xây dựng và vận hành hệ
 * thống`) is done there.
 */
export function readResult(cell: Cell): TaskStatus | undefined {
  if (cell === null || typeof cell !== "string") return undefined;
  const reading = statusReading(cell);
  if (typeof reading !== "string") return reading.sure ? reading.status : "done";
  return reading === "unknown" || reading === "blank" ? undefined : reading;
}

/** True when most non-empty cells of a `Tình trạng` column are project stages, not completion statuses. */
export function isStageColumn(cells: readonly Cell[]): boolean {
  return mostFilledCells(cells, (_cell, text) => STAGE.test(foldKey(text)), 1);
}

/** True when at least `minFilled` cells are non-empty and more than half of those pass `is` (memoised by text). */
function mostFilledCells(
  cells: readonly Cell[],
  is: (cell: Cell, text: string) => boolean,
  minFilled: number,
): boolean {
  let filled = 0;
  let passing = 0;
  const seen = new Map<string, boolean>();
  for (const cell of cells) {
    const text = cellText(cell);
    if (text.trim() === "") continue;
    filled += 1;
    let pass = seen.get(text);
    if (pass === undefined) {
      pass = is(cell, text);
      seen.set(text, pass);
    }
    if (pass) passing += 1;
  }
  return filled >= minFilled && passing * 2 > filled;
}

// A sentence of several words: a status of that length the phrases do not read is narrative.
const NARRATIVE_WORDS = 4;
// A column is judged on a few values at least: one sentence does not make a column of narrative.
const MIN_NARRATIVE_CELLS = 3;

/** True when a status text is a sentence of several words (`Chưa triển khai xây dựng`, `Sở … đã trình …`). */
export function isNarrativeText(text: string): boolean {
  return foldKey(text).split(" ").length >= NARRATIVE_WORDS;
}

/**
 * True when most non-empty cells of a status column (three at least) are sentences the status phrases do
 * not read: a `Tiến độ thực hiện` column of progress narrative, not a column of statuses.
 */
export function isNarrativeColumn(cells: readonly Cell[]): boolean {
  const narrative = (cell: Cell, text: string): boolean =>
    typeof cell === "string" && isNarrativeText(text) && parseStatus(text) === "unknown";
  return mostFilledCells(cells, narrative, MIN_NARRATIVE_CELLS);
}

/** How one sheet's statuses are read. */
export interface StatusReader {
  /** False when the sheet has no status column, or its status column holds project stages. */
  readonly tracked: boolean;
  /**
   * True when the status column is progress narrative: a long text read as no status there is "status
   * not known" (one info for the column), not a STATUS_UNKNOWN warning per cell.
   */
  readonly narrative: boolean;
  /** The status cell as written (for STATUS_UNKNOWN): memoised by text. */
  written(cell: Cell): TaskStatus;
  /**
   * The task's status, its result taken into account when the status is blank or not understood, and
   * its content when the status narrates a step (`Đã phê duyệt Đề án …` for the task `Phê duyệt Đề án …`).
   */
  effective(status: Cell, result: Cell, content?: Cell): TaskStatus;
}

/** The reader of one table: its status column is judged on the status cells of its tasks and sub-items. */
export function tableStatusReader(table: AnnexTable): StatusReader {
  if (table.header.columns.status === undefined) return statusReader(undefined);
  const cells: Cell[] = [];
  for (const row of table.rows) {
    if (row.kind === "task" || row.kind === "subitem") cells.push(row.cells.status ?? null);
  }
  return statusReader(cells);
}

/**
 * A reader for one sheet. `statusCells` is the status column's cells on the task rows (undefined when
 * the sheet has none), so that a column of stages is recognised by its content.
 */
export function statusReader(statusCells: readonly Cell[] | undefined): StatusReader {
  const tracked = statusCells !== undefined && !isStageColumn(statusCells);
  const narrative = tracked && statusCells !== undefined && isNarrativeColumn(statusCells);
  // The phrase's status, else the narrative's reading: remembered by text (for the run, see `readings`).
  const reading = (cell: Cell): TaskStatus | NarrativeReading =>
    typeof cell === "string" ? readings(cell) : parseStatus(cell);
  const written = (cell: Cell): TaskStatus => {
    const read = reading(cell);
    return typeof read === "string" ? read : read.status;
  };
  const result = (cell: Cell): TaskStatus | undefined =>
    typeof cell === "string" ? results(cell) : undefined;
  return {
    tracked,
    narrative,
    written: (cell) => (tracked ? written(cell) : "blank"),
    effective(status, resultCell, content) {
      if (!tracked) return "blank";
      const read = reading(status);
      const task = content === undefined || content === null ? undefined : cellText(content);
      const own = statusForTask(read, task);
      if (own !== "blank" && own !== "unknown") return own;
      return result(resultCell) ?? own;
    },
  };
}

// Status and result texts read, shared by the sheets of a run (the reports of one plan repeat the same
// few statuses); bounded, so a run of many distinct texts keeps only the recent ones. A long text (a result
// narrated) is unique to its row: it is read, not kept.
const readings = keptMemo((text: string) => statusReading(text), 20_000, 200);
const results = keptMemo((text: string) => readResult(text), 20_000, 200);

/** Whether a task with this status counts as overdue once its deadline has passed. */
export function isOpenStatus(status: TaskStatus): boolean {
  return status !== "done" && status !== "cancelled";
}
