import { createOfficeHost, insertedSheetName } from "../../src/office/office-host";
import { HostError, type WorkbookHost } from "../../src/office/host";
import { SETTINGS_KEY } from "../../src/office/settings";
import { encodeFakeWorkbook, installFakeExcel, type FakeExcel } from "../fakes/fake-excel";

describe("one-step actions and errors", () => {
  let fake: FakeExcel;
  let waits: number[];
  const sleep = (ms: number): Promise<void> => {
    waits.push(ms);
    return Promise.resolve();
  };
  beforeEach(() => {
    fake = installFakeExcel();
    fake.addSheet("Phụ lục", { rows: [["STT", "Nội dung"]] });
    fake.addSheet("Khác");
    waits = [];
  });

  it.each<[string, (host: WorkbookHost) => Promise<unknown>]>([
    ["read", (host) => host.read({ active: true, sheets: ["Khác"], directory: true })],
    ["update", (host) => host.update({ active: true }, () => ({ plans: [] }))],
    ["selectCell", (host) => host.selectCell("Phụ lục", "A1")],
    ["highlightFindings", (host) => host.highlightFindings("Phụ lục", [])],
    ["clearHighlights", (host) => host.clearHighlights("Phụ lục")],
    ["addDropdowns", (host) => host.addDropdowns({ sheet: "Phụ lục", firstRow: 2, lastRow: 3, columns: [] })],
    ["writeSettings", (host) => host.writeSettings({})],
    ["editCells", (host) => host.editCells("Phụ lục", ["A1", "B1"], (_a, text) => `${text}!`)],
    ["insertWorkbook", (host) => host.insertWorkbook("a.xlsx", encodeFakeWorkbook([{ name: "S" }]))],
  ])("%s is one Excel.run leaving nothing unsynced", async (_name, call) => {
    await call(createOfficeHost({ sleep }));
    expect(fake.runCount).toBe(1);
    expect(fake.implicitSyncs).toBe(0);
  });

  it("edits cells from what they hold now, in two syncs, and keeps text that looks like a formula text", async () => {
    fake.addSheet("Bắc Sơn", { rows: [["Phòng Tư phap", "UBND phường", "Phòng Nội vụ"]] });
    const before = fake.syncCount;
    const seen: string[] = [];
    const changed = await createOfficeHost({ sleep }).editCells(
      "Bắc Sơn",
      ["A1", "B1", "C1"],
      (address, text) => {
        seen.push(`${address}=${text}`);
        if (address === "A1") return text.replace("phap", "pháp");
        if (address === "B1") return "=UBND phường";
        return undefined;
      },
    );
    expect(seen).toEqual(["A1=Phòng Tư phap", "B1=UBND phường", "C1=Phòng Nội vụ"]);
    expect(changed).toBe(2);
    expect(fake.cell("Bắc Sơn", "A1").value).toBe("Phòng Tư pháp");
    expect(fake.cell("Bắc Sơn", "B1")).toEqual({ value: "=UBND phường", format: "General" });
    expect(fake.cell("Bắc Sơn", "C1").value).toBe("Phòng Nội vụ");
    expect(fake.syncCount - before).toBe(2);
  });

  it("retries while Excel is in cell-edit mode, then succeeds", async () => {
    fake.failNextSyncs("InvalidOperationInCellEditMode", 2);
    const result = await createOfficeHost({ sleep }).read({ active: true });
    expect(result.active?.rows).toEqual([["STT", "Nội dung"]]);
    expect(fake.runCount).toBe(3);
    expect(waits).toEqual([300, 600]);
  });

  it("gives up after three retries with a message telling the user to press Esc", async () => {
    fake.failNextSyncs("InvalidOperationInCellEditMode", 10);
    const error = await createOfficeHost({ sleep })
      .selectCell("Phụ lục", "B2")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({
      kind: "cellEditMode",
      code: "InvalidOperationInCellEditMode",
      message:
        "Excel vẫn đang sửa một ô. Nhấn Enter để xong ô đó (nội dung đã gõ được giữ lại), rồi bấm lại.",
    });
    expect(fake.runCount).toBe(4);
  });

  it.each([
    ["AccessDenied", "protected", "bảo vệ"],
    ["ItemNotFound", "sheetNotFound", "Không tìm thấy trang tính"],
    ["RequestPayloadSizeLimitExceeded", "payloadTooLarge", "quá lớn"],
    ["ActivityLimitReached", "busy", "bận"],
    ["GeneralException", "unknown", "Mã lỗi: GeneralException"],
  ])("maps %s to a %s HostError without retrying", async (code, kind, text) => {
    fake.failNextSyncs(code, 1);
    const error = await createOfficeHost({ sleep })
      .writeSettings({ period: "2024" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind, code, message: expect.stringContaining(text) });
    expect(fake.runCount).toBe(1);
  });

  it("reports a sheet that is gone", async () => {
    await expect(createOfficeHost({ sleep }).selectCell("Không có", "A1")).rejects.toMatchObject({
      kind: "sheetNotFound",
    });
  });

  it("selects a cell on its sheet in one sync", async () => {
    await createOfficeHost({ sleep }).selectCell("Khác", "C7");
    expect(fake.selection).toEqual({ sheet: "Khác", address: "C7" });
    expect(fake.activeSheetId).toBe(fake.sheet("Khác").id);
    expect(fake.syncCount).toBe(1);
  });

  it("stores settings in the workbook and reads them back", async () => {
    const host = createOfficeHost({ sleep });
    await host.writeSettings({ period: "2024-2025", asOf: "2024-10-01", lang: "en" });
    expect(JSON.parse(String(fake.settings.get(SETTINGS_KEY.toLowerCase())?.value))).toEqual({
      period: "2024-2025",
      asOf: "2024-10-01",
      lang: "en",
    });
    expect((await host.read({})).settings).toEqual({ period: "2024-2025", asOf: "2024-10-01", lang: "en" });
  });

  it("adds dropdowns that keep other values silently or stop them, on exactly the requested rows", async () => {
    await createOfficeHost({ sleep }).addDropdowns({
      sheet: "Phụ lục",
      firstRow: 3,
      lastRow: 40,
      columns: [
        { column: 4, list: { reference: "'Danh mục cơ quan'!$A$2:$A$200" }, allowOther: true },
        { column: 7, list: ["Đã xong", "Đang làm"], allowOther: false },
      ],
    });
    const validations = fake.sheet("Phụ lục").validations;
    expect(
      validations.map((v) => {
        const alert = v.props["errorAlert"] as { showAlert: boolean; style?: string };
        return [v.area, v.props["rule"], alert.showAlert ? alert.style : "no alert"];
      }),
    ).toEqual([
      [
        { top: 3, left: 4, bottom: 40, right: 4 },
        { list: { inCellDropDown: true, source: "='Danh mục cơ quan'!$A$2:$A$200" } },
        "no alert",
      ],
      [
        { top: 3, left: 7, bottom: 40, right: 7 },
        { list: { inCellDropDown: true, source: "Đã xong,Đang làm" } },
        "Stop",
      ],
    ]);
  });

  it("refuses a typed-in list longer than Excel accepts, before touching the sheet", async () => {
    const agencies = Array.from({ length: 20 }, (_, i) => `Phòng Văn hóa và Thông tin số ${i + 1}`);
    await expect(
      createOfficeHost({ sleep }).addDropdowns({
        sheet: "Phụ lục",
        firstRow: 2,
        lastRow: 9,
        columns: [{ column: 3, list: agencies, allowOther: true }],
      }),
    ).rejects.toMatchObject({ kind: "notSupported", message: expect.stringContaining("cột 3") });
    expect(fake.writes).toEqual([]);
    expect(fake.runCount).toBe(1);
  });

  it("refuses dropdowns on a protected sheet", async () => {
    fake.sheet("Phụ lục").protected = true;
    await expect(
      createOfficeHost({ sleep }).addDropdowns({
        sheet: "Phụ lục",
        firstRow: 2,
        lastRow: 3,
        columns: [{ column: 1, list: ["a"], allowOther: false }],
      }),
    ).rejects.toMatchObject({ kind: "protected" });
  });

  it("inserts a workbook's sheets at the end under names showing the file", async () => {
    fake.addSheet("Phường Bắc Sơn - Sheet1");
    const file = encodeFakeWorkbook([
      { name: "Sheet1", rows: [["a"]] },
      { name: "Phụ lục", rows: [["b"]] },
    ]);
    const names = await createOfficeHost({ sleep }).insertWorkbook("C:\\fakepath\\Phường Bắc Sơn.xlsx", file);
    expect(names).toEqual(["Phường Bắc Sơn - Sheet1 (2)", "Phường Bắc Sơn - Phụ lục"]);
    expect(fake.sheets.slice(-2).map((s) => s.name)).toEqual(names);
    expect(fake.cell("Phường Bắc Sơn - Phụ lục", "A1").value).toBe("b");
    expect(fake.runCount).toBe(1);
  });

  it("says so when the file is not a workbook", async () => {
    await expect(
      createOfficeHost({ sleep }).insertWorkbook("ghi-chu.txt", btoa("not a workbook")),
    ).rejects.toMatchObject({
      message: expect.stringContaining('Không đọc được tệp "ghi-chu.txt"'),
    });
  });

  it("refuses to insert on an Excel without ExcelApi 1.13", async () => {
    installFakeExcel("1.12");
    await expect(createOfficeHost({ sleep }).insertWorkbook("a.xlsx", "")).rejects.toMatchObject({
      kind: "notSupported",
    });
  });

  it.each([
    ["Phường Bắc Sơn.xlsx", "Sheet1", "Phường Bắc Sơn - Sheet1"],
    [
      "Báo cáo kết quả thực hiện nhiệm vụ năm 2024 của UBND.xlsx",
      "Phụ lục",
      "Báo cáo kết quả thực - Phụ lục",
    ],
    ["x.xlsx", "Một tên trang tính rất dài đến ba mươi mốt", "x - Một tên trang tính rất dài đ"],
  ])("names %s / %s as %s (≤ 31 characters)", (file, sheet, expected) => {
    const name = insertedSheetName(file, sheet, []);
    expect(name).toBe(expected.slice(0, 31));
    expect(name.length).toBeLessThanOrEqual(31);
  });
});
