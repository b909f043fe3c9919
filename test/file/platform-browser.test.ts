/**
 * The browser's side of the byte platform (platform-browser.ts: CompressionStream, Web Crypto), run here
 * on Node's implementations of the same web APIs: a package zipped with it opens, and its signature is
 * the one Node's crypto computes, so a summary downloaded from the web page reads back as the CLI's own.
 */
import crypto from "crypto";
import zlib from "zlib";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetPlan } from "../../src/core/sheet-plan";
import * as web from "../../src/file/platform-browser";
import { sha256HexSync } from "../../src/file/sha256";

jest.mock("../../src/file/platform", () => jest.requireActual("../../src/file/platform-browser"));

// Imported after the mock is declared (jest hoists it), so these use the browser platform.
import { isUntouchedOutput, signatureComment } from "../../src/file/output-signature";
import { zipEntries } from "../../src/file/zip-writer";
import { workbookBuffer } from "../../src/file/write-workbook";

const text = "Ủy ban nhân dân phường Lãm Hà; Quý I - Quý IV. ".repeat(2000);

describe("the browser byte platform", () => {
  it("deflates raw: zlib inflates it back to the same bytes", async () => {
    const data = Buffer.from(text, "utf8");
    const deflated = await web.deflateRaw(data);
    expect(deflated.length).toBeLessThan(data.length / 10);
    expect(zlib.inflateRawSync(deflated).equals(data)).toBe(true);
  });

  it("deflates chunks as one raw stream: zlib inflates it back to their bytes joined", async () => {
    const data = Buffer.from(text, "utf8");
    const chunks = [data.subarray(0, 1000), data.subarray(1000, 50_000), data.subarray(50_000)];
    const pieces: Uint8Array[] = [];
    await web.deflateRawChunks(chunks, async (bytes) => {
      pieces.push(bytes);
    });
    const deflated = Buffer.concat(pieces);
    expect(zlib.inflateRawSync(deflated).equals(data)).toBe(true);
  });

  it("hashes SHA-256 as Node's crypto does", async () => {
    const data = Buffer.from(text, "utf8");
    expect(await web.sha256Hex(data)).toBe(crypto.createHash("sha256").update(data).digest("hex"));
    expect(await web.sha256Hex(new Uint8Array())).toBe(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
  });

  it("has no native CRC-32: the zip writer's table gives CRCs another reader checks", async () => {
    expect(web.nativeCrc32).toBeUndefined();
    const entries = [
      { name: "xl/worksheets/sheet1.xml", data: Buffer.from(text, "utf8") },
      { name: "rỗng.txt", data: new Uint8Array() },
    ];
    const bytes = await zipEntries(entries, signatureComment);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toBe(text);
    expect(await isUntouchedOutput(bytes)).toBe(true);
    const edited = Uint8Array.from(bytes);
    edited[40] = (edited[40]! + 1) % 256;
    expect(await isUntouchedOutput(edited)).toBe(false);
  });
});

describe("a workbook made on the browser platform", () => {
  it("with a streamed sheet body (megabytes of rows), opens, signed, every row in place", async () => {
    const rows = 4_000;
    const content = (i: number): string => `Nhiệm vụ ${i} <chuyển đổi số> & "đề án" `.repeat(1 + (i % 7));
    const plan: SheetPlan = {
      name: "Dữ liệu tổng hợp",
      values: [["STT", "Nội dung nhiệm vụ"]],
      moreRows: { count: rows, row: (i) => [i + 1, content(i)] },
      styles: [{ range: { top: 1, left: 1, bottom: rows + 1, right: 2 }, style: { border: "thin" } }],
      merges: [],
      columnWidths: [6, 60],
    };
    const bytes = await workbookBuffer([plan], { streamMinRows: 1 });
    expect(await isUntouchedOutput(bytes)).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(rows + 1);
    const wrong: number[] = [];
    for (let i = 0; i < rows; i++) if (sheet.getRow(i + 2).getCell(2).value !== content(i)) wrong.push(i);
    expect(wrong).toEqual([]);
  });
});

describe("SHA-256 without Web Crypto (a page served over plain http)", () => {
  it.each([0, 1, 55, 56, 63, 64, 65, 1000, 100_000])("gives Node's digest for %i bytes", (length) => {
    const data = Uint8Array.from({ length }, (_, i) => (i * 131 + length) % 256);
    expect(sha256HexSync(data)).toBe(crypto.createHash("sha256").update(data).digest("hex"));
  });

  it("is what sha256Hex uses when crypto.subtle is missing", async () => {
    const subtle = Object.getOwnPropertyDescriptor(globalThis.crypto, "subtle");
    Object.defineProperty(globalThis.crypto, "subtle", { value: undefined, configurable: true });
    try {
      expect(globalThis.crypto.subtle).toBeUndefined();
      const data = Buffer.from(text, "utf8");
      expect(await web.sha256Hex(data)).toBe(crypto.createHash("sha256").update(data).digest("hex"));
    } finally {
      if (subtle) Object.defineProperty(globalThis.crypto, "subtle", subtle);
      else delete (globalThis.crypto as { subtle?: unknown }).subtle;
    }
  });
});
