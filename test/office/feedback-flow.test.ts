/**
 * Tổng hợp with feedback through the Office adapter and the fake Excel (issue 11): one owned feedback sheet
 * per unit — what to fix, a thank-you, a reminder for the unit that sent nothing — in the same one Excel.run
 * as the summary, with as many syncs for 20 units as for 2.
 */
import { dayNumber } from "../../src/core/day";
import { OWNED_SHEETS } from "../../src/core/plans/consolidation-plans";
import type { Cell } from "../../src/core/snapshot";
import { wardReportHead } from "../helpers/ward-report";
import { createOfficeHost } from "../../src/office/office-host";
import { consolidateWithFeedback } from "../../src/taskpane/feedback-actions";
import { installFakeExcel, type FakeExcel } from "../fakes/fake-excel";

const noWait = (): Promise<void> => Promise.resolve();
const VHTT = "Phòng Văn hóa và Thông tin";

function wardRows(ward: string, firstStatus: string): Cell[][] {
  return [
    ...wardReportHead(`ỦY BAN NHÂN DÂN PHƯỜNG ${ward.toLocaleUpperCase("vi")}`),
    ["I", "Truyền thông chuyển đổi số"],
    [1, "Xây dựng kế hoạch", "Quý I", "Quý I", `UBND phường ${ward}`, VHTT, firstStatus],
    [2, "Tổ chức hội nghị", "Quý I", "Quý IV", `UBND phường ${ward}`, VHTT, "Đang thực hiện"],
  ];
}

const wardName = (i: number) => (i === 0 ? "Lãm Hà" : i === 1 ? "Nam Sơn" : `Số ${i}`);

function workbook(count: number): { fake: FakeExcel; sheets: string[] } {
  const fake = installFakeExcel();
  const wards = Array.from({ length: count }, (_, i) => wardName(i));
  fake.addSheet("Danh mục cơ quan", {
    rows: [
      ["Tên chuẩn", "Tên khác", "Loại", "Phải nộp"],
      [VHTT, "", "Cơ quan", "Không"],
      ...[...wards, "Ngọc Sơn"].map((w) => [
        `Ủy ban nhân dân phường ${w}`,
        `UBND phường ${w}`,
        "Đơn vị",
        "Có",
      ]),
    ],
  });
  // Lãm Hà left a Quý I task open (overdue); the others finished it.
  wards.forEach((w, i) =>
    fake.addSheet(w, { rows: wardRows(w, i === 0 ? "Đang thực hiện" : "Đã hoàn thành") }),
  );
  return { fake, sheets: wards };
}

function sheetText(fake: FakeExcel, sheet: string): string {
  return [...fake.sheet(sheet).cells.values()].map((cell) => String(cell.value)).join("\n");
}

describe("Tổng hợp with feedback sheets", () => {
  it("writes one feedback sheet per unit with the summary, in one Excel.run", async () => {
    const { fake, sheets } = workbook(2);
    const host = createOfficeHost({ sleep: noWait });
    const result = await consolidateWithFeedback(host, sheets, dayNumber(2024, 11, 20), "vi");
    expect(result.written).toEqual([
      ...Object.values(OWNED_SHEETS),
      "Phản hồi phường Lãm Hà",
      "Phản hồi phường Nam Sơn",
      "Phản hồi phường Ngọc Sơn",
    ]);
    expect(fake.runCount).toBe(1);
    const lamHa = sheetText(fake, "Phản hồi phường Lãm Hà");
    expect(lamHa).toContain("Kính gửi: Ủy ban nhân dân phường Lãm Hà");
    expect(lamHa).toContain("G6");
    expect(lamHa).toContain("quá hạn");
    expect(sheetText(fake, "Phản hồi phường Nam Sơn")).toContain("không có điểm nào cần sửa");
    expect(sheetText(fake, "Phản hồi phường Ngọc Sơn")).toContain("chưa nhận được báo cáo");
    for (const ward of sheets) expect(fake.writesTo(ward)).toEqual([]);
  });

  it("uses as many syncs for 20 units as for 2, and replaces its sheets when run again", async () => {
    const small = workbook(2);
    await consolidateWithFeedback(
      createOfficeHost({ sleep: noWait }),
      small.sheets,
      dayNumber(2024, 11, 20),
      "vi",
    );
    const large = workbook(20);
    const host = createOfficeHost({ sleep: noWait });
    await consolidateWithFeedback(host, large.sheets, dayNumber(2024, 11, 20), "vi");
    expect(large.fake.syncCount).toBe(small.fake.syncCount);
    const again = await consolidateWithFeedback(host, large.sheets, dayNumber(2024, 11, 20), "vi");
    expect(again.written).toContain("Phản hồi phường Lãm Hà");
    expect(again.written.some((name) => / \(2\)$/.test(name))).toBe(false);
  });
});
