/**
 * A consolidation lists each sheet finding with its sheet, file and unit, built property by property
 * (consolidate.ts, locatedFinding: memory, issue 10). Nothing of the report's finding may be lost on the
 * way: every field it had is there, with the same value.
 */
import { consolidateSubmissions } from "../../src/core/consolidate";
import { dayNumber, yearInterval } from "../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import type { Cell, SheetSnapshot } from "../../src/core/snapshot";
import { wardReportHead } from "../helpers/ward-report";
import { validateSheet } from "../../src/core/validate";

const OPTIONS = { period: yearInterval(2024), asOf: dayNumber(2024, 11, 20), directory: DEFAULT_DIRECTORY };

function submission(unit: string): SheetSnapshot {
  const rows: Cell[][] = [
    ...wardReportHead(`ỦY BAN NHÂN DÂN PHƯỜNG ${unit}`),
    ["1.", "Nhiệm vụ có thời hạn ngoài kỳ", "Quý I", "Trước 20/12/2023", "Phòng Văn hóa – Thông tin", "", ""],
    ["2.", "Nhiệm vụ có cơ quan lạ", "Quý I", "Quý IV", "Phòng Văn hoá Thông tim", "", "Đang thực hiện"],
    ["3.", "", "Quý I", { date: "2024-06-30" }, "", "", "Đã hoàn thành"],
  ];
  return { file: `${unit}.xlsx`, sheet: "Báo cáo", rows, merges: [] };
}

describe("a consolidation's sheet findings", () => {
  it("are the reports' findings, every field kept, with their sheet, file and unit", () => {
    const reports = ["LÃM HÀ", "NAM SƠN"].map((unit) => validateSheet(submission(unit), OPTIONS));
    const c = consolidateSubmissions({
      reports,
      unreadable: [],
      directory: DEFAULT_DIRECTORY,
      period: OPTIONS.period,
      asOf: OPTIONS.asOf,
    });
    const unitOf = new Map(c.tasks.map((task) => [task.file, task.unit]));
    const expected = reports.flatMap((report) =>
      report.findings.map((f) => ({
        ...f,
        sheet: "Báo cáo",
        file: report.file,
        unit: unitOf.get(report.file),
      })),
    );
    expect(expected.length).toBeGreaterThan(4);
    expect(expected.some((f) => f.suggestions !== undefined && f.field !== undefined)).toBe(true);
    expect(c.findings.slice(c.findings.length - expected.length)).toStrictEqual(expected);
  });
});
