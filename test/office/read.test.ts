import { createOfficeHost } from "../../src/office/office-host";
import { OWNER_PROPERTY_KEY } from "../../src/office/markers";
import { SETTINGS_KEY } from "../../src/office/settings";
import type { Cell } from "../../src/core/snapshot";
import { installFakeExcel, type FakeExcel } from "../fakes/fake-excel";

const noWait = (): Promise<void> => Promise.resolve();

function annexRows(count: number): Cell[][] {
  const rows: Cell[][] = [
    ["PHỤ LỤC NHIỆM VỤ NĂM 2024"],
    ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"],
  ];
  for (let i = 1; i <= count; i++)
    rows.push([i, `Nhiệm vụ số ${i}`, "Phòng Văn hóa và Thông tin", "UBND các xã", "Quý II"]);
  return rows;
}

describe("read", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = installFakeExcel();
  });

  it.each([10, 5000])("reads a %i-row sheet in the same 4 syncs and one Excel.run", async (count) => {
    fake.addSheet("Phụ lục", { rows: annexRows(count) });
    const host = createOfficeHost({ sleep: noWait });
    const result = await host.read({ active: true, sheets: ["Phụ lục"] });
    expect(fake.syncCount).toBe(4);
    expect(fake.runCount).toBe(1);
    expect(fake.implicitSyncs).toBe(0);
    expect(result.active?.rows).toHaveLength(count + 2);
    expect(result.sheets[0]?.rows[count + 1]?.[1]).toBe(`Nhiệm vụ số ${count}`);
  });

  it("reads a 30 000-row sheet in requests that each stay under Excel's 5 MB response limit", async () => {
    fake.addSheet("Lớn", { rows: annexRows(30_000) });
    const { active } = await createOfficeHost({ sleep: noWait }).read({ active: true });
    expect(active?.rows).toHaveLength(30_002);
    expect(active?.rows[30_001]?.[1]).toBe("Nhiệm vụ số 30000");
    // 150 010 cells at 60 000 per request: three value requests instead of one.
    expect(fake.syncCount).toBe(6);
    expect(fake.maxResponseBytes).toBeLessThan(fake.responseLimitBytes);
  });

  it("retries a response Excel finds too large in halves, losing no row", async () => {
    fake.addSheet("Dày", { rows: annexRows(5000) });
    fake.responseLimitBytes = 400_000;
    const { active } = await createOfficeHost({ sleep: noWait }).read({ active: true });
    expect(active?.rows).toHaveLength(5002);
    expect(active?.rows.map((row) => row[0])).toEqual([
      "PHỤ LỤC NHIỆM VỤ NĂM 2024",
      "STT",
      ...Array.from({ length: 5000 }, (_, i) => i + 1),
    ]);
    expect(fake.runCount).toBe(1);
  });

  it("reports a response too large even for one row as a HostError", async () => {
    fake.addSheet("Dày", { rows: [["ngắn"], ["x".repeat(5000)]] });
    fake.responseLimitBytes = 3000;
    await expect(createOfficeHost({ sleep: noWait }).read({ active: true })).rejects.toMatchObject({
      kind: "payloadTooLarge",
    });
  });

  it("reads many sheets in the same number of syncs as one", async () => {
    for (let i = 1; i <= 12; i++) fake.addSheet(`Đơn vị ${i}`, { rows: annexRows(3) });
    const host = createOfficeHost({ sleep: noWait });
    const result = await host.read({ sheets: Array.from({ length: 12 }, (_, i) => `Đơn vị ${i + 1}`) });
    expect(fake.syncCount).toBe(4);
    expect(result.sheets).toHaveLength(12);
  });

  it("pads the grid to A1, reads dates, errors, booleans and merges", async () => {
    fake.addSheet("Nguồn", {
      rows: [
        [],
        [null, null, "Tiêu đề"],
        [null, 1, { date: "2024-06-30" }, { error: "#REF!" }, true, "=A1 là văn bản"],
      ],
      merges: [{ top: 2, left: 3, bottom: 2, right: 6 }],
      formats: { B3: "0" },
    });
    const host = createOfficeHost({ sleep: noWait });
    const { active } = await host.read({ active: true });
    expect(active).toEqual({
      sheet: "Nguồn",
      rows: [
        [null, null, null, null, null, null],
        [null, null, "Tiêu đề", null, null, null],
        [null, 1, { date: "2024-06-30" }, { error: "#REF!" }, true, "=A1 là văn bản"],
      ],
      merges: [{ top: 2, left: 3, bottom: 2, right: 6 }],
    });
  });

  it("reads merges on sheets whose name needs quoting", async () => {
    fake.addSheet("Kế hoạch, 2024 (P.VH)", {
      rows: [
        ["a", "b"],
        ["c", "d"],
      ],
      merges: [
        { top: 1, left: 1, bottom: 1, right: 2 },
        { top: 2, left: 1, bottom: 2, right: 2 },
      ],
    });
    const { active } = await createOfficeHost({ sleep: noWait }).read({ active: true });
    expect(active?.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 2 },
      { top: 2, left: 1, bottom: 2, right: 2 },
    ]);
  });

  it("still reads a sheet with more than 512 merged areas, without merges", async () => {
    const rows: Cell[][] = Array.from({ length: 600 }, (_, i) => [`a${i}`, null]);
    fake.addSheet("Nhiều ô gộp", {
      rows,
      merges: rows.map((_, i) => ({ top: i + 1, left: 1, bottom: i + 1, right: 2 })),
    });
    const { active } = await createOfficeHost({ sleep: noWait }).read({ active: true });
    expect(active?.rows).toHaveLength(600);
    expect(active?.merges).toEqual([]);
  });

  it("marks protected and truncated sheets, reports missing ones", async () => {
    fake.addSheet("Khoá", { rows: annexRows(30), protected: true });
    const host = createOfficeHost({ sleep: noWait, rowCap: 20 });
    const result = await host.read({ sheets: ["Khoá", "Không có"] });
    expect(result.sheets[0]).toMatchObject({ sheet: "Khoá", protected: true, truncated: true });
    expect(result.sheets[0]?.rows).toHaveLength(20);
    expect(result.missing).toEqual(["Không có"]);
  });

  it("lists sheets with owner markers and visibility, reads settings and the directory", async () => {
    fake.addSheet("Phụ lục", { rows: annexRows(2) });
    fake.addSheet("Tổng hợp", { customProperties: { [OWNER_PROPERTY_KEY]: "summary" } });
    fake.addSheet("Ẩn", { visible: false, customProperties: { [OWNER_PROPERTY_KEY]: "not-ours" } });
    // The directory's name typed with decomposed tone marks still matches.
    fake.addSheet("Danh mục cơ quan".normalize("NFD"), { rows: [["Tên cơ quan"], ["Phòng Tư pháp"]] });
    fake.settings.set(SETTINGS_KEY.toLowerCase(), {
      key: SETTINGS_KEY,
      value: JSON.stringify({ period: "2024", asOf: "2024-07-01", lang: "xx" }),
    });
    const result = await createOfficeHost({ sleep: noWait }).read({ directory: true });
    expect(result.sheetList).toEqual([
      { name: "Phụ lục", visible: true },
      { name: "Tổng hợp", visible: true, owner: "summary" },
      { name: "Ẩn", visible: false },
      { name: "Danh mục cơ quan".normalize("NFD"), visible: true },
    ]);
    expect(result.activeName).toBe("Phụ lục");
    expect(result.settings).toEqual({ period: "2024", asOf: "2024-07-01" });
    expect(result.directory?.rows[1]).toEqual(["Phòng Tư pháp"]);
    expect(fake.syncCount).toBe(4);
  });

  it("reads an empty sheet as an empty snapshot", async () => {
    fake.addSheet("Trống");
    const { active } = await createOfficeHost({ sleep: noWait }).read({ active: true });
    expect(active).toEqual({ sheet: "Trống", rows: [], merges: [] });
  });

  it("never writes while reading", async () => {
    fake.addSheet("Phụ lục", { rows: annexRows(5) });
    await createOfficeHost({ sleep: noWait }).read({ active: true, directory: true });
    expect(fake.writes).toEqual([]);
  });
});
