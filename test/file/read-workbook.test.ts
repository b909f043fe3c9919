import fs from "fs";
import os from "os";
import path from "path";
import { readWorkbook } from "../../src/file/read-workbook";
import type { SheetSnapshot } from "../../src/core/snapshot";
import {
  SEED_LAYOUT,
  writeBadFiles,
  writeCellZoo,
  writeRealAnnex,
  writeSeedAnnex,
  writeAnnexWorkbook,
} from "../helpers/xlsx-fixtures";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-read-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function readOk(file: string): Promise<SheetSnapshot[]> {
  const result = await readWorkbook(file, path.basename(file));
  if (!result.ok) throw new Error(result.message);
  return result.sheets;
}

describe("readWorkbook: cell kinds", () => {
  let zoo: SheetSnapshot;
  let sheets: SheetSnapshot[];
  beforeAll(async () => {
    sheets = await readOk(await writeCellZoo(path.join(dir, "zoo.xlsx")));
    zoo = sheets[0]!;
  });

  it.each([
    ["A1", 0, 0, "Văn bản"],
    ["B1", 0, 1, 42.5],
    ["C1", 0, 2, true],
    ["A2 date dd/mm/yyyy", 1, 0, { date: "2024-12-20" }],
    ["B2 date other format", 1, 1, { date: "2024-01-01" }],
    ["A3 rich text flattened", 2, 0, "Phòng Văn hóa và Thông tin"],
    ["A4 formula → cached number", 3, 0, 85],
    ["B4 formula → cached text", 3, 1, "Văn bản x"],
    ["C4 formula without cached result", 3, 2, null],
    ["D4 formula → cached error", 3, 3, { error: "#DIV/0!" }],
    ["A5 error value", 4, 0, { error: "#REF!" }],
    ["A6 hyperlink → its text", 5, 0, "Cổng thông tin"],
    ["A7 text starting with = stays text", 6, 0, '=HYPERLINK("http://example.vn","Trang")'],
    ["A9 merge master", 8, 0, "Gộp"],
    ["B9 merged slave is empty", 8, 1, null],
    ["A10 merged slave is empty", 9, 0, null],
    ["E12 spaces kept as typed", 11, 4, "  NBSP\u00a0cuối  "],
  ])("%s", (_label, r, c, expected) => {
    expect(zoo.rows[r]?.[c] ?? null).toEqual(expected);
  });

  it("pads the grid from A1 and records merges and the file", () => {
    expect(zoo.rows[7]).toEqual([]);
    expect(zoo.merges).toEqual([{ top: 9, left: 1, bottom: 10, right: 3 }]);
    expect(zoo.file).toBe("zoo.xlsx");
  });

  it("reads hidden, very hidden, empty and protected sheets", () => {
    expect(sheets.map((s) => s.sheet)).toEqual(["Zoo", "Trống", "Ẩn", "Rất ẩn", "Khoá"]);
    expect(sheets[1]!.rows).toEqual([]);
    expect(sheets[2]!.rows).toEqual([["ẩn"]]);
    expect(sheets[3]!.rows).toEqual([["rất ẩn"]]);
    expect(sheets[4]!.protected).toBe(true);
    expect(sheets[0]!.protected).toBeUndefined();
  });

  it("names the hidden and very hidden sheets", async () => {
    const result = await readWorkbook(path.join(dir, "zoo.xlsx"), "zoo.xlsx");
    expect(result.ok && result.hidden).toEqual(["Ẩn", "Rất ẩn"]);
  });
});

describe("readWorkbook: annexes", () => {
  it("reads the seed annex with its two-row merged header", async () => {
    const [annex, sheet2] = await readOk(await writeSeedAnnex(path.join(dir, "seed.xlsx")));
    const header = SEED_LAYOUT.headerRow - 1;
    expect(annex!.rows[header]).toEqual([
      "STT",
      "Nội dung nhiệm vụ",
      "Thời gian",
      null,
      "Phân công trách nhiệm",
    ]);
    expect(annex!.rows[header + 1]).toEqual([
      null,
      null,
      "Bắt đầu",
      "Hoàn thành",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
    ]);
    expect(annex!.rows[SEED_LAYOUT.firstDataRow + 1]?.[3]).toBe("Trước 20/12/2023");
    expect(annex!.merges).toContainEqual({ top: 4, left: 3, bottom: 4, right: 4 });
    expect(sheet2!.rows).toEqual([]);
  });

  it("reads numbers in the STT column as numbers", async () => {
    const [sheet] = await readOk(await writeRealAnnex(path.join(dir, "real.xlsx")));
    expect(sheet!.rows[4]?.[0]).toBe(1);
    expect(sheet!.rows[7]?.[4]).toBe("2025 - 2035");
  });
});

describe("readWorkbook: large sheets", () => {
  let file: string;
  beforeAll(async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => [
      String(i + 1),
      `Nhiệm vụ số ${i + 1}`,
      "Quý I",
      "Quý IV",
      "Phòng Văn hóa và Thông tin",
      "UBND các phường",
    ]);
    file = await writeAnnexWorkbook(path.join(dir, "large.xlsx"), [
      { sheetName: "Lớn", title: "NHIỆM VỤ NĂM 2024", rows },
    ]);
  });

  it("reads 50 000 task rows", async () => {
    const [sheet] = await readOk(file);
    expect(sheet!.rows).toHaveLength(50_000 + 4);
    expect(sheet!.rows[50_003]?.[1]).toBe("Nhiệm vụ số 50000");
    expect(sheet!.truncated).toBeUndefined();
  });

  it("stops at the cap of rows with content and marks the sheet truncated", async () => {
    const result = await readWorkbook(file, "large.xlsx", { maxRows: 1000 });
    const sheet = result.ok ? result.sheets[0] : undefined;
    expect(sheet?.rows.filter((cells) => cells.length > 0)).toHaveLength(1000);
    expect(sheet?.truncated).toBe(true);
  });
});

describe("readWorkbook: files that are not workbooks", () => {
  let files: Record<string, string>;
  beforeAll(async () => {
    files = await writeBadFiles(dir);
  });

  it.each([
    ["textRenamed", "notWorkbook", /không phải sổ làm việc Excel/],
    ["garbageZip", "corrupt", /bị hỏng/],
    ["encrypted", "encrypted", /mật khẩu/],
    ["oldXls", "oldXls", /Excel cũ \(\.xls\)/],
    ["empty", "empty", /rỗng/],
    ["csv", "csv", /CSV/],
    ["notes", "notWorkbook", /không phải sổ làm việc Excel/],
  ])("%s → %s with a Vietnamese message", async (key, problem, message) => {
    const file = files[key]!;
    const result = await readWorkbook(file, path.basename(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toBe(problem);
    expect(result.message).toMatch(message);
    expect(result.message).toContain(path.basename(file));
    expect(result.internal).not.toBe("");
  });

  it("speaks English when asked", async () => {
    const result = await readWorkbook(files.encrypted!, "x.xlsx", { lang: "en" });
    expect(result.ok === false && result.message).toMatch(/password-protected/);
  });

  it("reports a missing file", async () => {
    const result = await readWorkbook(path.join(dir, "khong-co.xlsx"), "khong-co.xlsx");
    expect(result.ok === false && result.problem).toBe("notFound");
  });

  it("accepts a Buffer", async () => {
    const bytes = fs.readFileSync(await writeSeedAnnex(path.join(dir, "buffer.xlsx")));
    const result = await readWorkbook(bytes, "buffer.xlsx");
    expect(result.ok && result.sheets[0]!.sheet).toBe("Phụ lục");
  });
});
