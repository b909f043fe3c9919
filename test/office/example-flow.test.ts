/** Mở ví dụ over the fake Excel: the first look at a workbook, and the sample report written and replaced. */
import { EXAMPLE_SHEET_NAME } from "../../src/core/plans/example-plan";
import { OWNER_PROPERTY_KEY } from "../../src/office/markers";
import { createOfficeHost } from "../../src/office/office-host";
import { checkActiveSheet, submissionSheetNames } from "../../src/taskpane/actions";
import { openExample, openPane } from "../../src/taskpane/example-actions";
import { installFakeExcel, type FakeExcel } from "../fakes/fake-excel";
import { TODAY, wardSheet } from "../taskpane/fixtures";

const noWait = (): Promise<void> => Promise.resolve();

describe("Mở ví dụ", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = installFakeExcel();
  });

  it("a new workbook (one empty sheet, a note) is new; one with a task table is not", async () => {
    fake.addSheet("Sheet1");
    fake.addSheet("Ghi chú", { rows: [["Ghi chú của chuyên viên"], ["Nhắc phường Ngọc Sơn"]] });
    const host = createOfficeHost({ sleep: noWait });
    expect((await openPane(host)).newWorkbook).toBe(true);
    // The settings and the top of every sheet in one Excel.run, as many syncs as any read.
    expect([fake.runCount, fake.syncCount]).toEqual([1, 4]);
    fake.addSheet("Bắc Sơn", { rows: wardSheet().rows });
    expect((await openPane(host)).newWorkbook).toBe(false);
  });

  it("writes the sample on a new sheet, owner-marked, active, its `=` text kept as text", async () => {
    fake.activeSheetId = fake.addSheet("Sheet1").id;
    const host = createOfficeHost({ sleep: noWait });
    expect(await openExample(host)).toBe(EXAMPLE_SHEET_NAME);
    const sheet = fake.sheet(EXAMPLE_SHEET_NAME);
    expect(fake.activeSheetId).toBe(sheet.id);
    expect(sheet.customProperties.get(OWNER_PROPERTY_KEY.toLowerCase())?.value).toBe("example");
    expect(fake.cell(EXAMPLE_SHEET_NAME, "B14")).toMatchObject({
      value: '=HYPERLINK("http://kienan.haiphong.gov.vn","Cổng thông tin điện tử quận")',
    });
    expect(fake.cell(EXAMPLE_SHEET_NAME, "B14").formula).toBeUndefined();
    expect((await openPane(host)).newWorkbook).toBe(false);
    // Kiểm tra checks it as the ward report it is.
    const checked = await checkActiveSheet(host, TODAY);
    expect(checked.kind === "checked" && checked.check.report.tasks).toBe(8);
    // Tổng hợp can take it as a ward's submission.
    expect(submissionSheetNames(await host.read({ directory: true }))).toContain(EXAMPLE_SHEET_NAME);
  });

  it("opened again, replaces the add-in's sample (renamed or not), never the clerk's sheet of that name", async () => {
    fake.activeSheetId = fake.addSheet("Sheet1").id;
    const host = createOfficeHost({ sleep: noWait });
    await openExample(host);
    fake.sheet(EXAMPLE_SHEET_NAME).name = "Thử";
    fake.userEdit("Thử", "D9", [["Quý IV"]]);
    expect(await openExample(host)).toBe("Thử");
    expect(fake.cell("Thử", "D9").value).toBe("Trước 20/12/2023");
    fake.addSheet(EXAMPLE_SHEET_NAME, { rows: [["Của tôi"]] });
    expect(await openExample(host)).toBe("Thử");
    expect(fake.cell(EXAMPLE_SHEET_NAME, "A1").value).toBe("Của tôi");
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", "Thử", EXAMPLE_SHEET_NAME]);
  });
});
