/** Issue 10: cells and sheets that a spreadsheet library would not write, made by code (test/helpers/raw-xlsx). */
import ExcelJS from "exceljs";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Range = require("exceljs/lib/doc/range") as { prototype: object };
import { readWorkbook } from "../../src/file/read-workbook";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { createAgencyMatcher } from "../../src/core/agency";
import { dayNumber } from "../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import { resolveValidateInput } from "../../src/core/options";
import { validateSheet } from "../../src/core/validate";
import { annexRows, rawXlsx, row, textCell } from "../helpers/raw-xlsx";

async function readSheet(bytes: Buffer): Promise<SheetSnapshot> {
  const result = await readWorkbook(bytes, "hostile.xlsx");
  if (!result.ok) throw new Error(result.message);
  return result.sheets[0]!;
}

// Item 3: ISO 8601 date cells (`t="d"`, written by LibreOffice, Google Sheets exports and many
// generators) were read as the number before the first dash: 2024, an Excel serial for a day in 1905.
describe('date cells stored as ISO dates (t="d")', () => {
  it.each([
    ["a date", `<c r="D3" t="d"><v>2024-12-31</v></c>`, { date: "2024-12-31" }],
    ["a date and midnight", `<c r="D3" t="d"><v>2024-12-31T00:00:00</v></c>`, { date: "2024-12-31" }],
    ["a date and a time", `<c r="D3" t="d"><v>2024-06-15T17:30:00.000Z</v></c>`, { date: "2024-06-15" }],
    [
      "a formula's cached date",
      `<c r="D3" t="d"><f>DATE(2024,3,1)</f><v>2024-03-01</v></c>`,
      { date: "2024-03-01" },
    ],
    ["a time only, kept as written", `<c r="D3" t="d"><v>T10:00:00</v></c>`, "T10:00:00"],
  ])("%s", async (_what, cell, expected) => {
    const bytes = await rawXlsx([
      { name: "Phụ lục", rows: annexRows([[textCell("A3", "1"), textCell("B3", "Báo cáo quý"), cell]]) },
    ]);
    const sheet = await readSheet(bytes);
    expect(sheet.rows[2]?.[3]).toEqual(expected);
  });
});

// Item 7: the used range is judged by content, not by extent.
describe("a stray value far from the table", () => {
  const tasks = Array.from({ length: 10 }, (_, i) => [
    textCell(`A${i + 3}`, String(i + 1)),
    textCell(`B${i + 3}`, "Báo cáo kết quả thực hiện"),
    textCell(`D${i + 3}`, "Quý IV"),
    textCell(`E${i + 3}`, "UBND phường Bắc Sơn"),
  ]);

  /** Reads and validates the sheet, counting the cells validation reads. */
  async function validated(rows: string, count = false) {
    const options = resolveValidateInput({ year: "2024" }, dayNumber(2024, 11, 20), DEFAULT_DIRECTORY);
    if (!options.ok) throw new Error(options.errors.join(" "));
    const sheet = await readSheet(await rawXlsx([{ name: "Phụ lục", rows }]));
    let reads = 0;
    const counted = (count ? sheet.rows : []).map(
      (cells) =>
        new Proxy(cells, {
          get(target, key, receiver) {
            if (typeof key === "string" && /^\d+$/.test(key)) reads += 1;
            return Reflect.get(target, key, receiver) as unknown;
          },
        }),
    );
    const matcher = createAgencyMatcher(DEFAULT_DIRECTORY);
    const report = validateSheet(count ? { ...sheet, rows: counted } : sheet, options.options, matcher);
    return { sheet, report, reads };
  }

  function columnName(n: number): string {
    let name = "";
    for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
      name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
    return name;
  }

  // The header scan looked back over every empty cell of the row: quadratic in the sheet's width
  // (16 384 columns: minutes). Shown by counting the cells read, with a smaller width.
  it("in a far column of the header area, the table is found reading each cell a few times", async () => {
    const width = 2_000;
    const far = columnName(width);
    const rows = annexRows(tasks).replace("</row>", `${textCell(`${far}1`, "x")}</row>`);
    const { report, reads } = await validated(rows, true);
    expect([report.table?.header.row, report.tasks]).toEqual([2, 10]);
    expect(reads).toBeLessThan(50 * width);
  });

  // The row cap counted the sheet's extent: one stray cell in row 1 048 576 gave "sheet too large, only
  // 11 rows read". Shown with a cap of 100 rows and a stray cell in row 5 000 (the same defect, smaller).
  it("far below the table, every row is read and the sheet is not called too large", async () => {
    const rows = annexRows(tasks) + row(5_000, [textCell("A5000", "ghi chú lạc")]);
    const result = await readWorkbook(await rawXlsx([{ name: "Phụ lục", rows }]), "lac.xlsx", {
      maxRows: 100,
    });
    const sheet = result.ok ? result.sheets[0] : undefined;
    expect(sheet?.truncated).toBeUndefined();
    expect(sheet?.rows).toHaveLength(5_000);
    expect(sheet?.rows[4_999]).toEqual(["ghi chú lạc"]);
  });

  it("more rows with content than the cap still mark the sheet truncated", async () => {
    const rows = annexRows(tasks);
    const result = await readWorkbook(await rawXlsx([{ name: "Phụ lục", rows }]), "lon.xlsx", { maxRows: 5 });
    const sheet = result.ok ? result.sheets[0] : undefined;
    expect(sheet?.truncated).toBe(true);
    expect(sheet?.rows.filter((cells) => cells.length > 0)).toHaveLength(5);
  });
});

// Item 8: exceljs checked each merged area against all the others (20 000 merges: ~50 s).
describe("many merged areas", () => {
  // Shown by counting exceljs's overlap checks between merged areas (Range.intersects), n² before.
  it("2 000 merges are read, without checking each against all the others", async () => {
    const count = 2_000;
    const rows: string[] = [];
    const merges: string[] = [];
    for (let r = 1; r <= count; r++) {
      rows.push(row(r, [textCell(`A${r}`, `Mục ${r}`)]));
      merges.push(`<mergeCell ref="A${r}:C${r}"/>`);
    }
    const after = `<mergeCells count="${count}">${merges.join("")}</mergeCells>`;
    const bytes = await rawXlsx([{ name: "Gộp", rows: rows.join(""), after }]);
    const range = Range.prototype as { intersects(other: unknown): boolean };
    const intersects = range.intersects;
    let checks = 0;
    range.intersects = function (this: unknown, other: unknown): boolean {
      checks += 1;
      return intersects.call(this, other);
    };
    try {
      const sheet = await readSheet(bytes);
      expect(sheet.merges).toHaveLength(count);
      expect(sheet.merges[count - 1]).toEqual({ top: count, left: 1, bottom: count, right: 3 });
    } finally {
      range.intersects = intersects;
    }
    expect(checks).toBeLessThanOrEqual(count);
  });

  it("overlapping merges are still refused, and an unmerged area may be merged again", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("S");
    ws.mergeCells("A1:B2");
    expect(() => ws.mergeCells("B2:C3")).toThrow("Cannot merge already merged cells");
    ws.unMergeCells("A1");
    ws.mergeCells("B2:C3");
    expect(ws.getCell("C3").isMerged).toBe(true);
    expect(() => ws.mergeCells("A1:B2")).toThrow("Cannot merge already merged cells");
  });
});
