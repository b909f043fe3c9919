/** The report's date, read from the document header or the signature block (issue 8: resubmissions). */
import { DEFAULT_DIRECTORY } from "../../../src/core/default-directory";
import { dayNumber } from "../../../src/core/day";
import type { Cell, SheetSnapshot } from "../../../src/core/snapshot";
import { readReportDate } from "../../../src/core/table/report-date";
import { validateSheet } from "../../../src/core/validate";

const HEADER: Cell[] = ["STT", "Nội dung nhiệm vụ", "Hoàn thành", "Cơ quan chủ trì", "Tình trạng"];
const TASK: Cell[] = ["1", "Việc", "Quý IV", "Phòng VH-TT", "Đang thực hiện"];

function sheet(above: Cell[][], below: Cell[][] = []): SheetSnapshot {
  return { sheet: "Báo cáo", merges: [], rows: [...above, HEADER, TASK, ...below] };
}

describe("readReportDate", () => {
  it.each([
    ["Lâm Hà, ngày 15 tháng 6 năm 2024", "2024-06-15"],
    ["Bắc Sơn, ngày 05 tháng 06 năm 2024.", "2024-06-05"],
    ["TP. Hồ Chí Minh, ngày 1 tháng 12 năm 2023", "2023-12-01"],
    ["Quận 3, ngày 9 tháng 9 năm 2024", "2024-09-09"],
    ["Ngày 20 tháng 6 năm 2024", "2024-06-20"],
    ["LÂM HÀ, NGÀY 15 THÁNG 6 NĂM 2024", "2024-06-15"],
    ["Lâm Hà, nga\u0300y 15 tha\u0301ng 6 năm 2024", "2024-06-15"],
    ["Ngày báo cáo: 15/06/2024", "2024-06-15"],
    ["Ngày báo cáo: 1-7-2024", "2024-07-01"],
    ["Ngày lập báo cáo: ngày 2 tháng 7 năm 2024", "2024-07-02"],
  ])("%s → %s", (line, iso) => {
    expect(readReportDate(sheet([["ỦY BAN NHÂN DÂN PHƯỜNG LÂM HÀ", null, null, line]]), 2)).toBe(iso);
  });

  it.each([
    // The plan's date in the Kèm theo line is not the report's.
    ["(Kèm theo Kế hoạch số 45/KH-UBND ngày 15 tháng 03 năm 2024 của Ủy ban nhân dân quận Kiến An)"],
    ["(Kèm theo Kế hoạch ngày 15 tháng 3 năm 2024)"],
    ["Kèm theo Kế hoạch số 45/KH-UBND, ngày 15 tháng 3 năm 2024"],
    // A template not filled in, an impossible day.
    ["Lâm Hà, ngày … tháng … năm 2024"],
    ["Lâm Hà, ngày    tháng 6 năm 2024"],
    ["Lâm Hà, ngày 31 tháng 6 năm 2024"],
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024"],
  ])("no report date in %s", (line) => {
    expect(readReportDate(sheet([[line]]), 2)).toBeUndefined();
  });

  it("reads a labelled date from the next cell, a date cell too", () => {
    expect(readReportDate(sheet([["Ngày báo cáo:", null, { date: "2024-06-18" }]]), 2)).toBe("2024-06-18");
    expect(readReportDate(sheet([["Ngày báo cáo", "18/06/2024"]]), 2)).toBe("2024-06-18");
  });

  it("reads the signature block below the table when the header states none", () => {
    const below = [
      [],
      [null, null, null, "Lâm Hà, ngày 28 tháng 6 năm 2024"],
      [null, null, null, "TM. ỦY BAN NHÂN DÂN"],
    ];
    expect(readReportDate(sheet([["ỦY BAN NHÂN DÂN PHƯỜNG LÂM HÀ"]], below), 2)).toBe("2024-06-28");
  });

  it("prefers the header's date to one below the table", () => {
    const below = [[null, null, null, "Lâm Hà, ngày 28 tháng 6 năm 2024"]];
    expect(readReportDate(sheet([["Lâm Hà, ngày 20 tháng 6 năm 2024"]], below), 2)).toBe("2024-06-20");
  });

  it("is what validateSheet reports", () => {
    const snapshot = sheet([
      ["ỦY BAN NHÂN DÂN PHƯỜNG LÂM HÀ", null, null, "Lâm Hà, ngày 15 tháng 6 năm 2024"],
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024"],
      ["(Kèm theo Kế hoạch số 45/KH-UBND ngày 15 tháng 03 năm 2024 của Ủy ban nhân dân quận Kiến An)"],
    ]);
    const report = validateSheet(snapshot, { asOf: dayNumber(2024, 7, 1), directory: DEFAULT_DIRECTORY });
    expect(report.table?.header.row).toBe(4);
    expect(report.reportDate).toBe("2024-06-15");
    const undated = validateSheet(sheet([["BÁO CÁO NĂM 2024"]]), {
      asOf: dayNumber(2024, 7, 1),
      directory: DEFAULT_DIRECTORY,
    });
    expect(undated.reportDate).toBeUndefined();
  });
});
