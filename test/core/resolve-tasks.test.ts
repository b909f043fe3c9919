import { createAgencyMatcher } from "../../src/core/agency";
import { consolidateSubmissions } from "../../src/core/consolidate";
import { dayNumber, yearInterval } from "../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import { STATUS_HEADER, found, grid, run } from "./rules/sheet-grid";

function consolidate(report: ReturnType<typeof run>) {
  return consolidateSubmissions(
    {
      reports: [report],
      unreadable: [],
      directory: DEFAULT_DIRECTORY,
      period: yearInterval(2024),
      asOf: dayNumber(2024, 6, 30),
    },
    createAgencyMatcher(DEFAULT_DIRECTORY),
  );
}

describe("one resolved task behind the findings and the summary", () => {
  // The time sits on the part row above the section: the task inherits it through the section.
  const sheet = grid(
    [
      ["A", "PHẦN CHUNG", "Quý I", "Quý I", "Phòng Văn hóa và Thông tin", null, null],
      ["I", "Nhóm nhiệm vụ", null, null, null, null, null],
      ["1", "Tuyên truyền", null, null, null, null, "Đang thực hiện"],
      ["2", "Tập huấn", null, "Quý IV", null, null, "Đang thực hiện"],
    ],
    STATUS_HEADER,
  );

  it("a task whose deadline is on a part row is overdue in Kiểm tra and in Tổng hợp alike", () => {
    const report = run(sheet);
    expect(found(report, "OVERDUE")).toEqual(["OVERDUE@G4"]);
    const c = consolidate(report);
    const unit = c.units[0];
    expect(unit?.overdue).toBe(1);
    expect(unit?.missingDeadlines).toBe(0);
    expect(unit?.grid.classes.openOverdue).toBe(1);
    expect(c.tasks.map((t) => [t.stt, t.end, t.endDate, t.lead, t.grid])).toEqual([
      ["1", "Quý I", "2024-03-31", "Phòng Văn hóa và Thông tin", "openOverdue"],
      ["2", "Quý IV", "2024-12-31", "Phòng Văn hóa và Thông tin", "openInTime"],
    ]);
  });
});
