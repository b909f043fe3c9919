/**
 * Issue 9 (the annex prints at 100 % in LibreOffice too): a column's width unit is one digit of the
 * workbook's standard font. exceljs's Calibri 11 is 7 px in Excel but 7.43 px in LibreOffice, which then
 * shrank the annex to ~94 %. Sheets whose base font is Times New Roman 12 (8 px in both) make it the
 * standard font, and their widths are converted so every column keeps its width on the page.
 */
import JSZip from "jszip";
import type { SheetPlan } from "../../src/core/sheet-plan";
import { sharedStandardFont } from "../../src/file/standard-font";
import { workbookBuffer } from "../../src/file/write-workbook";

function plan(name: string, font?: SheetPlan["font"]): SheetPlan {
  return {
    name,
    values: [
      ["STT", "Nội dung nhiệm vụ"],
      ["1.", "Xây dựng kế hoạch"],
    ],
    styles: [],
    merges: [],
    columnWidths: [6, 50],
    ...(font ? { font } : {}),
  };
}

async function written(plans: readonly SheetPlan[]): Promise<{ firstFont: string; widths: number[] }> {
  const zip = await JSZip.loadAsync(await workbookBuffer(plans));
  const styles = await zip.file("xl/styles.xml")!.async("string");
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  return {
    firstFont: /<font>([\s\S]*?)<\/font>/.exec(styles)![1]!,
    widths: [...sheet.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1])),
  };
}

const TIMES_12 = { name: "Times New Roman", size: 12 };

describe("the workbook's standard font", () => {
  it("is Times New Roman 12 when every sheet is based on it, and widths keep their size on the page", async () => {
    const { firstFont, widths } = await written([plan("Phụ lục", TIMES_12), plan("Khác", TIMES_12)]);
    expect(firstFont).toContain('<name val="Times New Roman"/>');
    expect(firstFont).toContain('<sz val="12"/>');
    // 8 px per unit now: the same pixels as 7 px per unit of the plan's widths.
    expect(widths.map((w) => Math.round(w * 8 + 5))).toEqual([6, 50].map((w) => Math.round(w * 7 + 5)));
  });

  it("stays exceljs's Calibri 11 with the plans' widths as they are when sheets differ or set no font", async () => {
    for (const plans of [
      [plan("Phụ lục", TIMES_12), plan("Khác")],
      [plan("Phụ lục", TIMES_12), plan("Khác", { name: "Arial", size: 12 })],
      [plan("Phụ lục")],
    ]) {
      const { firstFont, widths } = await written(plans);
      expect(firstFont).toContain('<name val="Calibri"/>');
      expect(widths).toEqual([6, 50]);
    }
  });

  it("is only a font whose digit is a whole pixel, so Excel and LibreOffice agree on the unit", () => {
    expect(sharedStandardFont([plan("a", TIMES_12)])).toEqual({ size: 12, digitPx: 8 });
    expect(sharedStandardFont([plan("a", { name: "Times New Roman", size: 13 })])).toBeUndefined();
  });
});
