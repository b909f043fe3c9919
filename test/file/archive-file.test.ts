/**
 * Issue 10 (memory): the CLI's package is streamed into a temporary file beside the output as it is made
 * (archive-file.ts), never held whole, and renamed at the end. The file holds the package the web page
 * would get as bytes, signed; a write that fails part-way leaves nothing behind and an existing output
 * as it was.
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { PlanValue, SheetPlan } from "../../src/core/sheet-plan";
import { isUntouchedOutput } from "../../src/file/output-signature";
import { writeWorkbook } from "../../src/file/write-file";
import { workbookBuffer } from "../../src/file/write-workbook";

const ROWS = 5_000;

/** A sheet whose rows after the header are made on demand, the way the data sheet's are. */
function madeOnDemand(row: (index: number) => readonly PlanValue[]): SheetPlan {
  return {
    name: "Dữ liệu tổng hợp",
    owner: "data",
    values: [["Đơn vị", "Nội dung nhiệm vụ", "Hoàn thành", "Số"]],
    moreRows: { count: ROWS, row },
    styles: [{ range: { top: 1, left: 1, bottom: ROWS + 1, right: 4 }, style: { border: "thin" } }],
    merges: [],
    columnWidths: [20, 50, 12, 8],
  };
}

const content = (i: number): string =>
  `Nhiệm vụ ${i}: tuyên truyền <chuyển đổi số> & "đề án" `.repeat(1 + (i % 5));
const plans: SheetPlan[] = [madeOnDemand((i) => [`Phường ${i % 37}`, content(i), { date: "2024-12-31" }, i])];

/** Every part's text but the core properties (they carry the time of writing). */
async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    if (name !== "docProps/core.xml") out[name] = await zip.file(name)!.async("string");
  }
  return out;
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-stream-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("writeWorkbook streams the package into its file", () => {
  it("writes the package workbookBuffer makes, signed, and nothing else in the folder", async () => {
    const file = path.join(dir, "tổng hợp.xlsx");
    await writeWorkbook(plans, file, { streamMinRows: 1 });
    expect(fs.readdirSync(dir)).toEqual(["tổng hợp.xlsx"]);
    const bytes = fs.readFileSync(file);
    expect(await isUntouchedOutput(bytes)).toBe(true);
    const written = await parts(bytes);
    expect(written["xl/worksheets/sheet1.xml"]).toContain("Nhiệm vụ 4999");
    expect(written).toEqual(await parts(await workbookBuffer(plans, { streamMinRows: 1 })));
  });

  it("holds every row, across the chunks the writer fills again (megabytes of rows)", async () => {
    const file = path.join(dir, "out.xlsx");
    await writeWorkbook(plans, file, { streamMinRows: 1 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(ROWS + 1);
    const mismatched: number[] = [];
    for (let i = 0; i < ROWS; i++) {
      const row = sheet.getRow(i + 2);
      if (row.getCell(2).value !== content(i) || row.getCell(4).value !== i) mismatched.push(i);
    }
    expect(mismatched).toEqual([]);
  });

  it.each([
    ["over an existing output", true],
    ["to a new output", false],
  ])("failing part-way %s: leaves what was there and no temporary file", async (_what, existing) => {
    const file = path.join(dir, "out.xlsx");
    if (existing) fs.writeFileSync(file, "bản cũ");
    const failing = madeOnDemand((i) => {
      if (i === ROWS - 10) throw new Error("hết chỗ trên đĩa");
      return [`Phường ${i}`, "x".repeat(2_000), null, i];
    });
    await expect(writeWorkbook([failing], file, { streamMinRows: 1 })).rejects.toThrow("hết chỗ trên đĩa");
    expect(fs.readdirSync(dir)).toEqual(existing ? ["out.xlsx"] : []);
    if (existing) expect(fs.readFileSync(file, "utf8")).toBe("bản cũ");
  });
});
