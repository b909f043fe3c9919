import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetPlan } from "../../src/core/sheet-plan";
import { readWorkbook } from "../../src/file/read-workbook";
import { writeWorkbook } from "../../src/file/write-file";
import { workbookBuffer } from "../../src/file/write-workbook";

const annexPlan: SheetPlan = {
  name: "Phụ lục",
  owner: "annex",
  font: { name: "Times New Roman", size: 13 },
  values: [
    ["NHIỆM VỤ NĂM 2024"],
    ["STT", "Nội dung nhiệm vụ", "Thời gian", null],
    [null, null, "Bắt đầu", "Hoàn thành"],
    ["1.", '=HYPERLINK("http://evil.example","bấm")', "Quý I", { date: "2024-12-20" }],
    ["2.", "+ gạch đầu dòng", "-3", 7],
    ["Tổng", null, null, { formula: "=COUNTA(A4:A5)" }],
  ],
  styles: [
    {
      range: { top: 2, left: 1, bottom: 5, right: 4 },
      style: { border: "thin", wrap: true, vertical: "top" },
    },
    {
      range: { top: 2, left: 1, bottom: 3, right: 4 },
      style: { bold: true, horizontal: "center", fill: "#D9E1F2" },
    },
    { range: { top: 1, left: 1, bottom: 1, right: 4 }, style: { bold: true, fontSize: 14, italic: true } },
  ],
  merges: [
    { top: 1, left: 1, bottom: 1, right: 4 },
    { top: 2, left: 1, bottom: 3, right: 1 },
    { top: 2, left: 2, bottom: 3, right: 2 },
    { top: 2, left: 3, bottom: 2, right: 4 },
  ],
  columnWidths: [6, 60, 12, 14],
  rowHeights: { 1: 30 },
  freeze: { rows: 3, columns: 0 },
  page: {
    orientation: "landscape",
    paperSize: "A4",
    margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
    printTitleRows: { first: 2, last: 3 },
    fitToWidth: true,
    pageNumbers: true,
  },
  validations: [
    {
      range: { top: 4, left: 3, bottom: 5, right: 3 },
      list: ["Quý I", "Quý II", "Quý III", "Quý IV"],
      allowOther: true,
    },
    {
      range: { top: 4, left: 4, bottom: 5, right: 4 },
      list: { reference: "'Danh mục'!$A$2:$A$20" },
      allowOther: false,
    },
  ],
};

const dataPlan: SheetPlan = {
  name: "Dữ liệu",
  owner: "data",
  values: [
    ["Đơn vị", "Ô nguồn", "Nội dung"],
    ["Phường A", "Phụ lục!B4", "=SUM(1,2)"],
    ["Phường B", "Phụ lục!B5", "Việc"],
  ],
  styles: [],
  merges: [],
  columnWidths: [20, 20, 40],
  tables: [{ name: "DuLieu", range: { top: 1, left: 1, bottom: 3, right: 3 } }],
  links: [
    { row: 2, column: 2, target: "'Phụ lục'!B4", tooltip: "Mở ô nguồn" },
    { row: 3, column: 2, target: "#'Phụ lục'!B5" },
  ],
  charts: [
    {
      type: "columnStacked",
      title: "Biểu đồ",
      categories: { top: 2, left: 1, bottom: 3, right: 1 },
      series: [{ name: "Ô nguồn", values: { top: 2, left: 2, bottom: 3, right: 2 } }],
      anchor: { top: 5, left: 1, bottom: 15, right: 6 },
    },
  ],
};

let dir: string;
let file: string;
let book: ExcelJS.Workbook;
let zip: JSZip;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-write-"));
  file = path.join(dir, "out.xlsx");
  await writeWorkbook([annexPlan, dataPlan], file);
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  zip = await JSZip.loadAsync(fs.readFileSync(file));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function sheetXml(n: number): Promise<string> {
  return zip.file(`xl/worksheets/sheet${n}.xml`)!.async("string");
}

describe("writeWorkbook", () => {
  it("writes one sheet per plan, in order, leaving no temporary file", () => {
    expect(book.worksheets.map((ws) => ws.name)).toEqual(["Phụ lục", "Dữ liệu"]);
    expect(fs.readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("reads back values the way the adapter reads any file", async () => {
    const result = await readWorkbook(file, "out.xlsx");
    if (!result.ok) throw new Error(result.message);
    const rows = result.sheets[0]!.rows;
    expect(rows[3]).toEqual([
      "1.",
      '=HYPERLINK("http://evil.example","bấm")',
      "Quý I",
      { date: "2024-12-20" },
    ]);
    expect(rows[4]).toEqual(["2.", "+ gạch đầu dòng", "-3", 7]);
    expect(result.sheets[0]!.merges).toHaveLength(4);
    expect(result.sheets[1]!.rows[1]).toEqual(["Phường A", "Phụ lục!B4", "=SUM(1,2)"]);
  });

  it("writes text starting with = as text, never as a formula", async () => {
    const xml = await sheetXml(1);
    const b4 = /<c r="B4"[^>]*>(.*?)<\/c>/.exec(xml);
    expect(b4?.[0]).toMatch(/t="(s|inlineStr|str)"/);
    expect(b4?.[1]).not.toContain("<f>");
    const d6 = /<c r="D6"[^>]*>(.*?)<\/c>/.exec(xml);
    expect(d6?.[1]).toContain("<f>COUNTA(A4:A5)</f>");
    expect(await sheetXml(2)).not.toMatch(/<f>SUM/);
  });

  it("formats text Excel would parse on edit (=…, +…, -…) as text, so it stays text when edited", () => {
    const sheet = book.worksheets[0]!;
    expect(["B4", "B5", "C5"].map((a) => sheet.getCell(a).numFmt)).toEqual(["@", "@", "@"]);
    // Other text and numbers keep their format.
    expect(sheet.getCell("C4").numFmt).not.toBe("@");
    expect(sheet.getCell("D5").numFmt).not.toBe("@");
  });

  it("writes dates as real dates formatted dd/mm/yyyy", () => {
    const cell = book.getWorksheet("Phụ lục")!.getCell("D4");
    expect(cell.value).toEqual(new Date(Date.UTC(2024, 11, 20)));
    expect(cell.numFmt).toBe("dd/mm/yyyy");
  });

  it("applies styles, later ranges adding to earlier ones", () => {
    const ws = book.getWorksheet("Phụ lục")!;
    const header = ws.getCell("C2");
    expect(header.font).toMatchObject({ bold: true, name: "Times New Roman", size: 13 });
    expect(header.alignment).toMatchObject({ horizontal: "center", vertical: "top", wrapText: true });
    expect(header.border?.left?.style).toBe("thin");
    expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
    expect(ws.getCell("A1").font).toMatchObject({
      bold: true,
      italic: true,
      size: 14,
      name: "Times New Roman",
    });
    expect(ws.getCell("B4").font).toMatchObject({ name: "Times New Roman", size: 13 });
    expect(ws.getCell("B4").font?.bold).toBeFalsy();
    expect(ws.getCell("B4").border?.bottom?.style).toBe("thin");
  });

  it("merges, widths, heights and frozen header", () => {
    const ws = book.getWorksheet("Phụ lục")!;
    expect(ws.getCell("B1").isMerged).toBe(true);
    expect(ws.getCell("D2").master.address).toBe("C2");
    expect(ws.getColumn(2).width).toBe(60);
    expect(ws.getRow(1).height).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3, xSplit: 0 });
  });

  it("sets up the page: A4 landscape, margins in inches, titles, one page wide, numbers from page 2", async () => {
    const xml = await sheetXml(1);
    expect(xml).toMatch(/<pageSetup[^>]*paperSize="9"/);
    expect(xml).toMatch(/<pageSetup[^>]*orientation="landscape"/);
    expect(xml).toMatch(/<pageSetup[^>]*fitToWidth="1"/);
    expect(xml).toMatch(/<pageSetup[^>]*fitToHeight="0"/);
    expect(xml).toMatch(/<pageSetUpPr fitToPage="1"/);
    expect(xml).toMatch(/<pageMargins left="1.181" right="0.591" top="0.787" bottom="0.787"/);
    // The page number in Times New Roman 13 pt (Decree 30/2020), not the header's default font.
    expect(xml).toMatch(
      /<headerFooter differentFirst="1"[^>]*><oddHeader>&amp;C&amp;(?:"|&quot;)Times New Roman,Regular(?:"|&quot;)&amp;13&amp;P<\/oddHeader>/,
    );
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbookXml).toMatch(/_xlnm.Print_Titles[^>]*>&apos;Phụ lục&apos;!\$2:\$3</);
  });

  it("adds list validations (literal and by reference)", async () => {
    const xml = await sheetXml(1);
    expect(xml).toMatch(/<dataValidation[^>]*type="list"[^>]*errorStyle="warning"[^>]*sqref="C4:C5"/);
    expect(xml).toContain("<formula1>&quot;Quý I,Quý II,Quý III,Quý IV&quot;</formula1>");
    expect(xml).toContain("<formula1>&apos;Danh mục&apos;!$A$2:$A$20</formula1>");
  });

  it("adds the table and internal links (location only, no external relationship)", async () => {
    const ws = book.getWorksheet("Dữ liệu")!;
    expect(Object.keys((ws as unknown as { tables: object }).tables)).toEqual(["DuLieu"]);
    const xml = await sheetXml(2);
    expect(xml).toContain(`<hyperlink ref="B2" tooltip="Mở ô nguồn" location="&apos;Phụ lục&apos;!B4"/>`);
    expect(xml).toContain(`<hyperlink ref="B3" location="&apos;Phụ lục&apos;!B5"/>`);
    const rels = await zip.file("xl/worksheets/_rels/sheet2.xml.rels")?.async("string");
    expect(rels ?? "").not.toContain('TargetMode="External"');
  });

  it("marks owned sheets with hidden defined names that readWorkbook reports", async () => {
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbookXml).toContain(
      `<definedName name="TaskAnnexOwner_annex_1" hidden="1">&apos;Phụ lục&apos;!$A$1</definedName>`,
    );
    const result = await readWorkbook(file, "out.xlsx");
    expect(result.ok && result.owners).toEqual({ "Phụ lục": "annex", "Dữ liệu": "data" });
  });

  it("writes the chart's parts beside the sheet's table (exceljs cannot write charts)", async () => {
    expect(Object.keys(zip.files).filter((name) => /chart|drawing/.test(name))).toEqual([
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
    ]);
    const sheet = await sheetXml(2);
    // The drawing comes before the table parts, as the schema orders a worksheet's children.
    expect(sheet.indexOf("<drawing r:id=")).toBeLessThan(sheet.indexOf("<tableParts"));
    const book2 = new ExcelJS.Workbook();
    await book2.xlsx.readFile(file);
    expect(book2.worksheets.map((ws) => ws.name)).toEqual(["Phụ lục", "Dữ liệu"]);
  });
});

describe("writeWorkbook that cannot finish", () => {
  // The output names a folder (`-o out/`): the write fails and must leave no `.tmp` file behind.
  it.each([
    ["an existing folder", "folder"],
    ["a folder path with a trailing slash", "folder/"],
  ])("into %s: fails and leaves the folder as it was", async (_what, target) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "annex-write-fail-"));
    try {
      fs.mkdirSync(path.join(root, "folder"));
      await expect(writeWorkbook([annexPlan], path.join(root, target))).rejects.toThrow();
      expect(fs.readdirSync(root)).toEqual(["folder"]);
      expect(fs.readdirSync(path.join(root, "folder"))).toEqual([]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("owner markers round-trip (workbookBuffer → readWorkbook)", () => {
  const plan = (name: string, owner: SheetPlan["owner"]): SheetPlan => ({
    name,
    ...(owner ? { owner } : {}),
    values: [["x"]],
    styles: [],
    merges: [],
    columnWidths: [],
  });

  it.each<[string, SheetPlan[], Record<string, string>]>([
    [
      "the consolidation's three sheets",
      [plan("Tổng hợp", "summary"), plan("Dữ liệu tổng hợp", "data"), plan("Kiểm tra", "findings")],
      { "Tổng hợp": "summary", "Dữ liệu tổng hợp": "data", "Kiểm tra": "findings" },
    ],
    [
      "sheet names with apostrophes (doubled in the reference), a plain one, one without owner",
      [
        plan("Ông 'Ba' cũ", "annex"),
        plan("Ông ''Ba", "summary"),
        plan("Data", "data"),
        plan("Ghi chú", undefined),
        plan("Kiểm tra", "findings"),
      ],
      { "Ông 'Ba' cũ": "annex", "Ông ''Ba": "summary", Data: "data", "Kiểm tra": "findings" },
    ],
    [
      "two sheets of one kind (names made unique)",
      [plan("Phụ lục", "annex"), plan("Phụ lục", "annex")],
      { "Phụ lục": "annex", "Phụ lục (2)": "annex" },
    ],
  ])("%s", async (_label, plans, owners) => {
    const result = await readWorkbook(await workbookBuffer(plans), "out.xlsx");
    expect(result.ok && result.owners).toEqual(owners);
  });
});
