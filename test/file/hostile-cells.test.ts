/** Issue 10: cells and sheets that a spreadsheet library would not write, made by code (test/helpers/raw-xlsx). */
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

  async function validated(rows: string) {
    const options = resolveValidateInput({ year: "2024" }, dayNumber(2024, 11, 20), DEFAULT_DIRECTORY);
    if (!options.ok) throw new Error(options.errors.join(" "));
    const sheet = await readSheet(await rawXlsx([{ name: "Phụ lục", rows }]));
    return { sheet, report: validateSheet(sheet, options.options, createAgencyMatcher(DEFAULT_DIRECTORY)) };
  }

  // Minutes before (the header scan looked back over every empty cell of the row), milliseconds after.
  it("in column XFD of the header area, the table is still found", async () => {
    const rows = annexRows(tasks).replace("</row>", `${textCell("XFD1", "x")}</row>`);
    const { report } = await validated(rows);
    expect([report.table?.header.row, report.tasks]).toEqual([2, 10]);
    // A hang guard, not a measurement: ~0.1 s now, ~40 s when the scan was quadratic.
  }, 10_000);

  it("in the last row of the sheet, every row is read and the sheet is not called too large", async () => {
    const rows = annexRows(tasks) + row(1_048_576, [textCell("A1048576", "ghi chú lạc")]);
    const { sheet, report } = await validated(rows);
    expect(sheet.truncated).toBeUndefined();
    expect(sheet.rows).toHaveLength(1_048_576);
    expect(report.tasks).toBe(10);
    expect(report.findings.map((f) => f.code)).not.toContain("SHEET_TRUNCATED");
  });
});
