/**
 * Issue 10, "Clear messages": a workbook whose sheet names Excel would not accept (written by another
 * program) is read the way Excel repairs it on opening — not refused as "not a workbook, maybe renamed".
 */
import { readWorkbook } from "../../src/file/read-workbook";
import { repairSheetNames } from "../../src/file/sheet-name-repair";
import { annexRows, rawXlsx, textCell } from "../helpers/raw-xlsx";

const LONG = "Phụ lục nhiệm vụ của Ủy ban nhân dân xã Bắc Sơn năm 2024";

describe("repairSheetNames", () => {
  it.each([
    [["Phụ lục"], ["Phụ lục"]],
    [[LONG], [LONG.slice(0, 31)]],
    [["a/b"], ["Recovered_Sheet1"]],
    [
      ["x:y?z*[1]", "Tổng hợp"],
      ["Recovered_Sheet1", "Tổng hợp"],
    ],
    [["'Phụ lục'"], ["Recovered_Sheet1"]],
    [[""], ["Recovered_Sheet1"]],
    [["History"], ["Recovered_Sheet1"]],
    [
      ["Phụ lục", "phụ lục", "a/b"],
      ["Phụ lục", "Recovered_Sheet1", "Recovered_Sheet2"],
    ],
    [
      ["Recovered_Sheet1", "a/b"],
      ["Recovered_Sheet1", "Recovered_Sheet2"],
    ],
    [
      [`${LONG} A`, `${LONG} B`],
      [LONG.slice(0, 31), "Recovered_Sheet1"],
    ],
  ])("%j → %j", (names, repaired) => {
    expect(repairSheetNames(names)).toEqual(repaired);
  });
});

describe("readWorkbook reads sheets with names Excel would repair", () => {
  it.each([[LONG], ["a/b"], ["'Phụ lục'"], ["History"], [""]])("%j", async (name) => {
    const bytes = await rawXlsx([
      { name, rows: annexRows([[textCell("A3", "1"), textCell("B3", "Lập kế hoạch")]]) },
    ]);
    const result = await readWorkbook(bytes, "x.xlsx");
    expect(result.ok ? result.sheets.map((s) => [s.sheet, s.rows[2]?.[1]]) : result.internal).toEqual([
      [repairSheetNames([name])[0], "Lập kế hoạch"],
    ]);
  });

  it("two sheets with one name are both read", async () => {
    const rows = annexRows([]);
    const bytes = await rawXlsx([
      { name: "Phụ lục", rows },
      { name: "PHỤ LỤC", rows },
    ]);
    const result = await readWorkbook(bytes, "x.xlsx");
    expect(result.ok ? result.sheets.map((s) => s.sheet) : result.internal).toEqual([
      "Phụ lục",
      "Recovered_Sheet1",
    ]);
  });
});
