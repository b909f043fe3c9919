/**
 * A consolidation built by hand (what consolidate.ts produces once every producer is done): five units,
 * one of which did not submit, and tasks in every cell of the status grid, so the summary is tested
 * against counts written out here, not computed by the code under test.
 */
import type { ConsolidatedTask, Consolidation, UnitSummary } from "../../../src/core/consolidate";
import { dayNumber, yearInterval } from "../../../src/core/day";
import { countGrid, type GridClass } from "../../../src/core/task-grid";

const AS_OF = dayNumber(2024, 11, 20);

/** A consolidated task of `unit` in grid class `grid`, with the fields the summary reads. */
export function task(
  unit: string,
  row: number,
  grid: GridClass,
  extra: Partial<ConsolidatedTask> = {},
): ConsolidatedTask {
  return {
    unit,
    sheet: "Báo cáo",
    row,
    stt: `${row - 5}.`,
    section: "",
    content: `Nhiệm vụ ${row} của ${unit}`,
    start: "",
    end: "Quý III",
    endDate: "2024-09-30",
    lead: unit,
    support: "",
    status: grid.startsWith("done") ? "done" : "inProgress",
    statusText: "",
    overdue: grid === "openOverdue",
    grid,
    dueSoon: false,
    findings: 0,
    extras: {},
    ...extra,
  };
}

function unit(
  name: string,
  tasks: readonly ConsolidatedTask[],
  extra: Partial<UnitSummary> = {},
): UnitSummary {
  const done = tasks.filter((t) => t.status === "done").length;
  return {
    unit: name,
    submitted: tasks.length > 0,
    sheets: tasks.length > 0 ? [{ sheet: "Báo cáo", file: `${name}.xlsx` }] : [],
    tasks: tasks.length,
    errors: 0,
    warnings: 0,
    missingDeadlines: 0,
    overdue: tasks.filter((t) => t.overdue).length,
    done,
    completion: tasks.length === 0 ? 0 : done / tasks.length,
    grid: countGrid(tasks),
    ...extra,
  };
}

export const BAC_SON = "Ủy ban nhân dân phường Bắc Sơn";
export const NAM_SON = "Ủy ban nhân dân phường Nam Sơn";
export const DONG_HOA = "Ủy ban nhân dân phường Đồng Hòa";
export const LAM_HA = "Ủy ban nhân dân phường Lãm Hà";
export const NGOC_SON = "Ủy ban nhân dân phường Ngọc Sơn";

/**
 * Bắc Sơn: everything done on time (4). Nam Sơn: 1 on time, 1 late (by 10 days), 1 undated, 1 open in time
 * and due soon, 1 open in time, 1 overdue by 20 days, 1 without a deadline. Đồng Hòa: 1 on time, 2 overdue
 * (by 45 and 120 days). Lãm Hà: 2 on time, 1 overdue by 5 days, 1 in time.
 */
export function handConsolidation(options: Partial<Consolidation> = {}): Consolidation {
  const overdue = (unit: string, row: number, days: number) =>
    task(unit, row, "openOverdue", { daysOverdue: days, endDate: isoBefore(days) });
  const bac = [1, 2, 3, 4].map((i) => task(BAC_SON, 5 + i, "doneOnTime"));
  const nam = [
    task(NAM_SON, 6, "doneOnTime"),
    task(NAM_SON, 7, "doneLate", { daysOverdue: 10, completed: "2024-10-10" }),
    task(NAM_SON, 8, "doneUndated"),
    task(NAM_SON, 9, "openInTime", { dueSoon: true, endDate: "2024-11-25" }),
    task(NAM_SON, 10, "openInTime", { endDate: "2024-12-31" }),
    overdue(NAM_SON, 11, 20),
    task(NAM_SON, 12, "noDeadline", { end: "Thường xuyên" }),
  ];
  const dong = [task(DONG_HOA, 6, "doneOnTime"), overdue(DONG_HOA, 7, 45), overdue(DONG_HOA, 8, 120)];
  const lam = [
    task(LAM_HA, 6, "doneOnTime"),
    task(LAM_HA, 7, "doneOnTime"),
    overdue(LAM_HA, 8, 5),
    task(LAM_HA, 9, "openInTime", { endDate: "2024-12-31" }),
  ];
  const tasks = [...bac, ...nam, ...dong, ...lam];
  return {
    plan: {
      name: "BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRUYỀN THÔNG CHUYỂN ĐỔI SỐ NĂM 2024",
      reference:
        "(Kèm theo Kế hoạch số 45/KH-UBND ngày 15 tháng 03 năm 2024 của Ủy ban nhân dân quận Kiến An)",
    },
    period: yearInterval(2024),
    asOf: AS_OF,
    units: [
      unit(BAC_SON, bac),
      unit(NAM_SON, nam, { errors: 1, warnings: 2, missingDeadlines: 1 }),
      unit(DONG_HOA, dong, { warnings: 2 }),
      unit(LAM_HA, lam),
      unit(NGOC_SON, []),
    ],
    tasks,
    findings: [],
    setFindings: [],
    notSubmitted: [NGOC_SON],
    unreadable: [],
    extraColumns: [],
    replaced: [],
    rosterKnown: true,
    dueSoonDays: 7,
    ...options,
  };
}

function isoBefore(days: number): string {
  const d = new Date(Date.UTC(2024, 10, 20 - days));
  return d.toISOString().slice(0, 10);
}
