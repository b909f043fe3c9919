/**
 * Mẫu báo cáo in the pane (issue 11) over the fake Excel: from the plan sheet open now, one protected
 * template sheet per unit that must report (task ids in a hidden column, open cells unlocked) and each
 * one's fingerprint in a very hidden sheet — one Excel.run, as many syncs for 12 units as for 3.
 */
import { dayNumber } from "../../src/core/day";
import { readFingerprint } from "../../src/core/loop/fingerprint";
import { TEMPLATE_COLUMNS } from "../../src/core/plans/template-plan";
import type { Cell } from "../../src/core/snapshot";
import { createOfficeHost } from "../../src/office/office-host";
import { PaneError } from "../../src/taskpane/action-support";
import { createTemplates } from "../../src/taskpane/template-actions";
import { installFakeExcel, type FakeExcel } from "../fakes/fake-excel";

const noWait = (): Promise<void> => Promise.resolve();
const VHTT = "Phòng Văn hóa và Thông tin";
const TODAY = dayNumber(2024, 11, 1);

export const PLAN_ROWS: Cell[][] = [
  ["NHIỆM VỤ CỤ THỂ TRIỂN KHAI CÔNG TÁC CHUYỂN ĐỔI SỐ NĂM 2024"],
  [],
  ["STT", "Nội dung nhiệm vụ", "Bắt đầu", "Hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp"],
  ["I", "Truyền thông chuyển đổi số"],
  [1, "Xây dựng kế hoạch truyền thông", "Quý I", "Quý I", "UBND các phường", VHTT],
  [2, "Tổ chức hội nghị chuyên đề", "Quý II", "Quý IV", VHTT, "UBND phường Lãm Hà"],
  [3, "Cập nhật cổng thông tin điện tử", "Quý I", "Quý IV", VHTT, ""],
  ["II", "Hạ tầng số"],
  [4, "Rà soát thiết bị một cửa", "Quý II", "Quý III", "UBND các phường", ""],
];

export const wardName = (i: number): string => ["Lãm Hà", "Nam Sơn", "Ngọc Sơn"][i] ?? `Số ${i}`;

/** A workbook with the plan sheet open and a directory whose wards must report. */
export function planWorkbook(wards: readonly string[]): FakeExcel {
  const fake = installFakeExcel();
  fake.addSheet("Kế hoạch", { rows: PLAN_ROWS });
  fake.addSheet("Danh mục cơ quan", {
    rows: [
      ["Tên chuẩn", "Tên khác", "Loại", "Phải nộp"],
      [VHTT, "", "Cơ quan", "Không"],
      ...wards.map((w) => [`Ủy ban nhân dân phường ${w}`, `UBND phường ${w}`, "Đơn vị", "Có"]),
    ],
  });
  return fake;
}

const formatsOf = (fake: FakeExcel, sheet: string, path: string) =>
  fake.sheet(sheet).formats.filter((f) => f.path === path);

describe("Mẫu báo cáo from the pane", () => {
  it("writes each unit's protected template sheet and its very hidden fingerprint", async () => {
    const fake = planWorkbook([0, 1, 2].map(wardName));
    const host = createOfficeHost({ sleep: noWait });
    const made = await createTemplates(host, TODAY, dayNumber(2024, 11, 30));
    expect(fake.runCount).toBe(1);
    expect(made.source).toBe("Kế hoạch");
    expect(made.templates).toEqual([
      { unit: "Ủy ban nhân dân phường Lãm Hà", sheet: "Ủy ban nhân dân phường Lãm Hà", tasks: 3 },
      { unit: "Ủy ban nhân dân phường Nam Sơn", sheet: "Ủy ban nhân dân phường Nam Sơn", tasks: 2 },
      { unit: "Ủy ban nhân dân phường Ngọc Sơn", sheet: "Ủy ban nhân dân phường Ngọc Sơn", tasks: 2 },
    ]);
    expect(fake.writesTo("Kế hoạch")).toEqual([]);

    const sheet = fake.sheet("Ủy ban nhân dân phường Lãm Hà");
    expect(sheet.protected).toBe(true);
    expect(sheet.protectionOptions).toMatchObject({ allowFormatColumns: true, allowDeleteRows: false });
    expect(sheet.visibility).toBe("Visible");
    // The id column hidden; status, completion date and result open to the ward, nothing else.
    expect(formatsOf(fake, sheet.name, "columnHidden")).toEqual([
      expect.objectContaining({ value: true, area: expect.objectContaining({ left: TEMPLATE_COLUMNS.id }) }),
    ]);
    expect(formatsOf(fake, sheet.name, "protection.locked")).toEqual([
      expect.objectContaining({
        value: false,
        area: expect.objectContaining({ left: TEMPLATE_COLUMNS.status, right: TEMPLATE_COLUMNS.result }),
      }),
    ]);

    const hidden = fake.sheets.filter((s) => s.visibility === "VeryHidden");
    expect(hidden.map((s) => s.protected)).toEqual([true, true, true]);
    const read = await host.read({ sheets: hidden.map((s) => s.name) });
    const fingerprints = read.sheets.map((s) => readFingerprint([s]));
    expect(fingerprints.map((f) => [f?.unit, f?.sheet, f?.tasks.length])).toEqual(
      made.templates.map((t) => [t.unit, t.sheet, t.tasks]),
    );
  });

  it("uses as many syncs for 12 units as for 3, and says when no unit must report", async () => {
    const small = planWorkbook([0, 1, 2].map(wardName));
    await createTemplates(createOfficeHost({ sleep: noWait }), TODAY);
    const large = planWorkbook(Array.from({ length: 12 }, (_, i) => wardName(i)));
    const made = await createTemplates(createOfficeHost({ sleep: noWait }), TODAY);
    expect(made.templates).toHaveLength(12);
    expect(large.syncCount).toBe(small.syncCount);

    const none = planWorkbook([]);
    await expect(createTemplates(createOfficeHost({ sleep: noWait }), TODAY)).rejects.toEqual(
      new PaneError("noReportingUnits"),
    );
    expect(none.sheets).toHaveLength(2);
  });
});
