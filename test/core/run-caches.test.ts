/**
 * Issue 10 (speed): times, statuses and STTs are read once per run, not once per sheet. What is read must
 * not depend on which sheet was read first: a time of one plan period is not another period's, and a sheet
 * gives the same report alone or after others.
 */
import { formatIsoDay, yearInterval } from "../../src/core/day";
import type { SheetReport } from "../../src/core/report-types";
import { grid, run, STATUS_HEADER } from "./rules/sheet-grid";

const sheet = grid(
  [
    ["I", "Nhóm nhiệm vụ", null, null, null, null, null],
    ["1", "Tuyên truyền", "Quý I", "Quý IV", "Phòng Văn hóa và Thông tin", null, "Đang thực hiện"],
    ["2", "Tập huấn", "Tháng 3", "Trước 20/12", "Phòng Văn hóa và Thông tin", null, "Đã hoàn thành"],
    ["3", "Kiểm tra", null, "30/6", "Phòng Văn hóa và Thông tin", null, "Chưa thực hiện"],
  ],
  STATUS_HEADER,
);

/** Each task's deadline as an ISO day, and its status. */
function deadlines(report: SheetReport): string[] {
  return (report.resolved?.rows ?? []).flatMap((task) =>
    task === undefined || task.row.kind !== "task"
      ? []
      : [`${task.row.stt} ${task.deadline === undefined ? "-" : formatIsoDay(task.deadline)} ${task.status}`],
  );
}

describe("texts read once per run", () => {
  it("reads a time in the plan period of its own sheet", () => {
    expect(deadlines(run(sheet, { year: 2024 }))).toEqual([
      "1 2024-12-31 inProgress",
      "2 2024-12-19 done",
      "3 2024-06-30 notStarted",
    ]);
    expect(deadlines(run(sheet, { year: 2025, asOf: "2025-06-30" }))).toEqual([
      "1 2025-12-31 inProgress",
      "2 2025-12-19 done",
      "3 2025-06-30 notStarted",
    ]);
    const twoYears = { from: yearInterval(2025).from, to: yearInterval(2026).to };
    expect(deadlines(run(sheet, { period: twoYears, asOf: "2025-06-30" }))).toEqual([
      "1 2025-12-31 inProgress",
      "2 2025-12-19 done",
      "3 2025-06-30 notStarted",
    ]);
  });

  it("gives a sheet the same report after other sheets as alone", () => {
    const first = JSON.stringify(run(sheet, { year: 2024 }));
    run(sheet, { year: 2023, asOf: "2023-06-30" });
    run(grid([["1", "Việc khác", "Quý II", "Quý III", "Sở Tài chính", null, "Hoàn thành"]], STATUS_HEADER));
    expect(JSON.stringify(run(sheet, { year: 2024 }))).toBe(first);
  });
});
