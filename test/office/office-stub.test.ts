/**
 * @jest-environment jsdom
 */
import { createOfficeHost } from "../../src/office/office-host";
import type { FakeExcel } from "../fakes/fake-excel";

type StubWindow = Window & { __TASK_ANNEX_WORKBOOK__?: unknown; __fakeExcel?: FakeExcel };

async function loadStub(workbook?: unknown): Promise<FakeExcel> {
  const win = window as StubWindow;
  if (workbook === undefined) delete win.__TASK_ANNEX_WORKBOOK__;
  else win.__TASK_ANNEX_WORKBOOK__ = workbook;
  await jest.isolateModulesAsync(async () => {
    await import("../fakes/office-stub-entry");
  });
  const fake = win.__fakeExcel;
  if (!fake) throw new Error("office-stub-entry did not expose window.__fakeExcel");
  return fake;
}

describe("office-stub-entry (office.js stand-in for the browser test)", () => {
  it("installs Office, Excel and OfficeExtension over a preloaded workbook", async () => {
    const fake = await loadStub({
      sheets: {
        "Phụ lục": {
          rows: [
            ["STT", "Nội dung"],
            [1, "Việc A"],
          ],
          merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
        },
        "Danh mục cơ quan": [["Tên cơ quan"], ["Phòng Tư pháp"]],
      },
    });
    const info = await Office.onReady();
    expect(info).toEqual({ host: "Excel", platform: "OfficeOnline" });
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.14")).toBe(false);
    const result = await createOfficeHost().read({ active: true, directory: true });
    expect(result.active).toEqual({
      sheet: "Phụ lục",
      rows: [
        ["STT", "Nội dung"],
        [1, "Việc A"],
      ],
      merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
    });
    expect(result.directory?.rows[1]).toEqual(["Phòng Tư pháp"]);
    expect(fake.runCount).toBe(1);
  });

  it("accepts the sheets map without the outer `sheets` key", async () => {
    const fake = await loadStub({ "Đơn vị A": [["a"]], "Đơn vị B": { rows: [["b"]] } });
    expect(fake.sheets.map((s) => s.name)).toEqual(["Đơn vị A", "Đơn vị B"]);
  });

  it("falls back to a demo annex with defects to find", async () => {
    await loadStub();
    const { active, sheetList } = await createOfficeHost().read({ active: true });
    expect(sheetList.map((s) => s.name)).toEqual(["Phụ lục"]);
    expect(active?.rows[1]?.[0]).toBe("PHỤ LỤC NHIỆM VỤ NĂM 2024");
    expect(active?.rows.flat()).toEqual(expect.arrayContaining([{ date: "2024-06-30" }, { error: "#REF!" }]));
  });
});
