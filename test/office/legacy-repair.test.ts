/**
 * Issue 11, "Legacy text repair" in the add-in: "Chuyển mã sang Unicode" writes the Unicode of the
 * legacy-font cells into those cells only — one Excel.run, a constant number of syncs, 1×n writes of the
 * affected runs, text as text — and leaves every other cell, formulas included, as it was.
 */
import type { Cell } from "../../src/core/snapshot";
import { legacyRuns } from "../../src/office/legacy-repair";
import { createOfficeHost } from "../../src/office/office-host";
import { installFakeExcel, type FakeExcel } from "../fakes/fake-excel";

const noWait = (): Promise<void> => Promise.resolve();
const SHEET = "Báo cáo";

// A ward's report typed in .VnTime / .VnTimeH, with a few cells that must not change.
const ROWS: Cell[][] = [
  ["UBND ph\u00adêng B¾c S¬n"],
  ["B¸O C¸O KÕT QU¶ N¡M 2024"],
  ["STT", "Néi dung nhiÖm vô", "Hoµn thµnh", "C¬ quan chñ tr×", "C¬ quan phèi hîp", "T×nh tr¹ng"],
  [
    "1",
    "- Tæ chøc tuyªn truyÒn vÒ chuyÓn ®æi sè",
    "Quý II",
    "UBND ph\u00adêng",
    "Công an phường",
    "§· hoµn thµnh",
  ],
  [2, "Hội nghị (gõ Unicode)", { date: "2024-06-30" }, "Hoà Bình", "Müller", "§ang thùc hiÖn"],
];

function values(fake: FakeExcel): unknown[][] {
  return ROWS.map((row, r) =>
    row.map((_, c) => fake.cell(SHEET, `${String.fromCharCode(65 + c)}${r + 1}`).value),
  );
}

describe("Chuyển mã sang Unicode on the Office host", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = installFakeExcel();
    fake.addSheet(SHEET, { rows: ROWS, merges: [{ top: 1, left: 1, bottom: 1, right: 6 }] });
    fake.addSheet("Khác", { rows: [["Uû ban nh©n d©n", "§· hoµn thµnh"]] });
  });

  it("converts the legacy cells in place, in one run and six syncs, and nothing else", async () => {
    const host = createOfficeHost({ sleep: noWait });
    const runs = fake.runCount;
    const syncs = fake.syncCount;
    const { repair: result, read } = await host.convertLegacyText(SHEET, { directory: true });
    expect(fake.runCount - runs).toBe(1);
    expect(fake.syncCount - syncs).toBe(6);
    expect(fake.implicitSyncs).toBe(0);
    expect(result).toEqual({ encoding: "TCVN3", cells: 11, formulas: 0 });
    expect(values(fake)).toEqual([
      ["UBND phường Bắc Sơn"],
      ["BÁO CÁO KẾT QUẢ NĂM 2024"],
      ["STT", "Nội dung nhiệm vụ", "Hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp", "Tình trạng"],
      [
        "1",
        "- Tổ chức tuyên truyền về chuyển đổi số",
        "Quý II",
        "UBND phường",
        "Công an phường",
        "Đã hoàn thành",
      ],
      [2, "Hội nghị (gõ Unicode)", fake.cell(SHEET, "C5").value, "Hoà Bình", "Müller", "Đang thực hiện"],
    ]);
    // Written as text: `- Tổ chức…` is not taken for a formula.
    expect(fake.cell(SHEET, "B4")).toEqual({ value: "- Tổ chức tuyên truyền về chuyển đổi số", format: "@" });
    // Only the converted cells were written, in runs of neighbours: the merged title alone.
    const written = [...new Set(fake.writesTo(SHEET).map((w) => w.address))].sort();
    expect(written).toEqual(["A1", "A2", "B3:F3", "B4", "D4", "F4", "F5"]);
    expect(fake.writesTo("Khác")).toEqual([]);
    for (const address of ["A3", "A4", "C4", "E4", "A5", "B5", "C5", "D5", "E5"]) {
      expect(fake.cell(SHEET, address).format).not.toBe("@");
    }
    // What was read comes back as the sheet now is, for the check that follows.
    expect(read.sheets.map((s) => s.sheet)).toEqual([SHEET]);
    expect(read.sheets[0]?.rows[3]?.[1]).toBe("- Tổ chức tuyên truyền về chuyển đổi số");
    expect(read.sheets[0]?.rows[4]?.[4]).toBe("Müller");
  });

  it("the syncs do not grow with the sheet", async () => {
    const many: Cell[][] = Array.from({ length: 3000 }, (_, i) => [
      String(i + 1),
      "Tæ chøc tuyªn truyÒn",
      "Quý I",
    ]);
    fake.addSheet("Dài", { rows: many });
    const host = createOfficeHost({ sleep: noWait });
    const syncs = fake.syncCount;
    const { repair: result } = await host.convertLegacyText("Dài");
    expect(result.cells).toBe(3000);
    expect(fake.syncCount - syncs).toBe(6);
    expect(fake.cell("Dài", "B3000").value).toBe("Tổ chức tuyên truyền");
    expect(fake.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
  });

  it("leaves a cell holding a formula (its text comes from elsewhere) and says so", async () => {
    for (const cell of fake.sheet(SHEET).cells.values()) {
      if (cell.value === "§ang thùc hiÖn") cell.formula = '="§ang thùc hiÖn"';
    }
    const { repair, read } = await createOfficeHost({ sleep: noWait }).convertLegacyText(SHEET);
    expect(repair).toEqual({ encoding: "TCVN3", cells: 10, formulas: 1 });
    expect(read.sheets[0]?.rows[4]?.[5]).toBe("§ang thùc hiÖn");
    expect(fake.cell(SHEET, "F5")).toMatchObject({ value: "§ang thùc hiÖn", formula: '="§ang thùc hiÖn"' });
  });

  it("a sheet with no legacy text: nothing written", async () => {
    fake.addSheet("Unicode", { rows: [["Công an xã", "Hoà Bình", "Müller"]] });
    const { repair } = await createOfficeHost({ sleep: noWait }).convertLegacyText("Unicode");
    expect(repair).toEqual({ cells: 0, formulas: 0 });
    expect(fake.writesTo("Unicode")).toEqual([]);
  });

  it("refuses a protected sheet with a message and changes nothing", async () => {
    fake.sheet(SHEET).protected = true;
    await expect(createOfficeHost({ sleep: noWait }).convertLegacyText(SHEET)).rejects.toMatchObject({
      kind: "protected",
    });
    expect(fake.writesTo(SHEET)).toEqual([]);
    expect(values(fake)[0]).toEqual(["UBND ph\u00adêng B¾c S¬n"]);
  });

  it("an unknown sheet is named as such", async () => {
    await expect(createOfficeHost({ sleep: noWait }).convertLegacyText("Không có")).rejects.toMatchObject({
      kind: "sheetNotFound",
    });
  });
});

describe("legacyRuns", () => {
  const cell = (row: number, column: number) => ({ row, column, before: "x", after: "y" });
  it("joins neighbours on a row, never across rows, gaps or a merged area's first cell", () => {
    const runs = legacyRuns(
      [cell(1, 1), cell(1, 2), cell(1, 4), cell(2, 1), cell(2, 2), cell(2, 3), cell(3, 5)],
      [{ top: 2, left: 2, bottom: 3, right: 2 }],
    );
    expect(runs.map((run) => run.map((c) => `${c.row}:${c.column}`))).toEqual([
      ["1:1", "1:2"],
      ["1:4"],
      ["2:1"],
      ["2:2"],
      ["2:3"],
      ["3:5"],
    ]);
  });
});
