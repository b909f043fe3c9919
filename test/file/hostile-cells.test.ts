/** Issue 10: cells and sheets that a spreadsheet library would not write, made by code (test/helpers/raw-xlsx). */
import { readWorkbook } from "../../src/file/read-workbook";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { annexRows, rawXlsx, textCell } from "../helpers/raw-xlsx";

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
