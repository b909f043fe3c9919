/**
 * Issue 10, "Clear messages": a zip bomb (a package that unpacks to far more than it weighs) is refused
 * from its central directory, before anything is inflated, with "quá lớn" and the limit — not read until
 * memory runs out.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { readWorkbook } from "../../src/file/read-workbook";
import { declaredUnpackedSize } from "../../src/file/zip-limits";
import { annex } from "../cli/cli-helpers";
import { annexRows, rawXlsx, row, textCell } from "../helpers/raw-xlsx";

/** A sheet of `count` rows of one long text each: it deflates to almost nothing. */
function manyRows(count: number): string {
  const text = " ".repeat(1000);
  return Array.from({ length: count }, (_, i) => row(i + 1, [textCell(`A${i + 1}`, text)])).join("");
}

/** The package with its sheet's central-directory entry claiming 4 GB unpacked (a Zip64 size). */
function claimingFourGigabytes(bytes: Buffer): Buffer {
  const patched = Buffer.from(bytes);
  const name = patched.lastIndexOf("xl/worksheets/sheet1.xml");
  patched.writeUInt32LE(0xffffffff, name - 46 + 24);
  return patched;
}

describe("the unpacked size a package declares", () => {
  it("is the sum of its entries' sizes", async () => {
    const bytes = await rawXlsx([{ name: "Phụ lục", rows: manyRows(2000) }]);
    const size = declaredUnpackedSize(bytes);
    expect(size).toBeGreaterThan(2_000_000);
    expect(bytes.length).toBeLessThan(100_000);
  });

  it("is unknown for bytes that are no zip (left to the reader's own message)", () => {
    expect(declaredUnpackedSize(Buffer.from("not a zip at all, just text"))).toBeUndefined();
  });
});

describe("readWorkbook refuses a package over the unpacked limit", () => {
  it("names the limit, in Vietnamese and English", async () => {
    const bytes = await rawXlsx([{ name: "Phụ lục", rows: manyRows(2000) }]);
    const vi = await readWorkbook(bytes, "bom.xlsx", { maxUnpackedBytes: 1024 * 1024 });
    expect(vi.ok ? "read" : [vi.problem, vi.message]).toEqual([
      "tooLargeUnpacked",
      expect.stringMatching(/Tệp "bom\.xlsx" quá lớn: khi giải nén hơn 1 MB/),
    ]);
    const en = await readWorkbook(bytes, "bom.xlsx", { maxUnpackedBytes: 1024 * 1024, lang: "en" });
    expect(en.ok ? "" : en.message).toContain("too large: over 1 MB once unpacked");
  });

  it("reads a package under the limit as before", async () => {
    const bytes = await rawXlsx([{ name: "Phụ lục", rows: annexRows([]) }]);
    expect((await readWorkbook(bytes, "nho.xlsx")).ok).toBe(true);
  });

  it("the command refuses a sheet claiming 4 GB with the default limit, exit 2, the file unchanged", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-bomb-"));
    try {
      const file = path.join(dir, "bom.xlsx");
      const bytes = claimingFourGigabytes(await rawXlsx([{ name: "Phụ lục", rows: annexRows([]) }]));
      fs.writeFileSync(file, bytes);
      const run = annex(["validate", file]);
      expect(run.stdout).toContain("quá lớn: khi giải nén hơn 400 MB");
      expect(run.stderr).toBe("");
      expect(run.status).toBe(2);
      expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
