/** The chart parts at XML level: what Excel and LibreOffice need to find and draw a chart. */
import JSZip from "jszip";
import type { SheetPlan } from "../../src/core/sheet-plan";
import { addChartParts, chartXml, type PartData } from "../../src/file/chart-part";
import { workbookBuffer } from "../../src/file/write-workbook";

const PLAN: SheetPlan = {
  name: "Tổng hợp & <tóm tắt>",
  owner: "summary",
  values: [
    ["Đơn vị", "Xong", "Quá hạn", "Ghi chú"],
    ["Phường Đồng Hòa", 1, 2, "x"],
    ["Phường Bắc Sơn", 4, 0, "y"],
    ["Phường Ngọc Sơn", "—", "—", "z"],
  ],
  styles: [],
  merges: [],
  columnWidths: [20, 8, 8, 8],
  tables: [{ name: "Bang", range: { top: 1, left: 1, bottom: 4, right: 4 } }],
  conditionalFormats: [
    { kind: "above", range: { top: 2, left: 3, bottom: 4, right: 3 }, threshold: 0, fill: "#FFC7CE" },
    { kind: "dataBar", range: { top: 2, left: 2, bottom: 4, right: 2 }, min: 0, max: 1, color: "#63BE7B" },
  ],
  charts: [
    {
      type: "barStacked",
      title: "Tình trạng & tiến độ",
      categories: { top: 2, left: 1, bottom: 3, right: 1 },
      series: [
        { name: "Xong", values: { top: 2, left: 2, bottom: 3, right: 2 }, color: "#548235" },
        { name: "Quá hạn", values: { top: 2, left: 3, bottom: 3, right: 3 }, color: "#c00000" },
      ],
      anchor: { top: 6, left: 1, bottom: 20, right: 4 },
      firstCategoryOnTop: true,
    },
  ],
};

let zip: JSZip;
beforeAll(async () => {
  zip = await JSZip.loadAsync(await workbookBuffer([PLAN]));
});

const part = (name: string): Promise<string> => zip.file(name)!.async("string");

describe("chart parts", () => {
  it("registers the chart and the drawing in the content types", async () => {
    const types = await part("[Content_Types].xml");
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );
  });

  it("links sheet → drawing → chart through relationships with unused ids", async () => {
    const sheet = await part("xl/worksheets/sheet1.xml");
    const id = /<drawing r:id="(rId\d+)"\/>/.exec(sheet)?.[1];
    const rels = await part("xl/worksheets/_rels/sheet1.xml.rels");
    const ids = [...rels.matchAll(/Id="(rId\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rels).toContain(
      `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>`,
    );
    expect(await part("xl/drawings/_rels/drawing1.xml.rels")).toContain(
      'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"',
    );
    const drawing = await part("xl/drawings/drawing1.xml");
    expect(drawing).toContain(
      '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId1"/>',
    );
    // Anchored over A6:D20: from column 0 row 5 to the start of column 4, row 20.
    expect(drawing).toContain("<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row>");
    expect(drawing).toContain("<xdr:to><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row>");
  });

  it("writes a stacked bar per category with each series' name, colour, references and cached values", async () => {
    const chart = await part("xl/charts/chart1.xml");
    expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    expect(chart).toContain("<a:t>Tình trạng &amp; tiến độ</a:t>");
    expect(chart).toContain('<c:tx><c:v>Quá hạn</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val="C00000"/>');
    expect(chart).toContain("<c:f>'Tổng hợp &amp; &lt;tóm tắt&gt;'!$A$2:$A$3</c:f>");
    expect(chart).toContain("<c:f>'Tổng hợp &amp; &lt;tóm tắt&gt;'!$C$2:$C$3</c:f>");
    expect(chart).toContain('<c:pt idx="0"><c:v>Phường Đồng Hòa</c:v></c:pt>');
    expect(chart).toContain(
      '<c:ptCount val="2"/><c:pt idx="0"><c:v>2</c:v></c:pt><c:pt idx="1"><c:v>0</c:v></c:pt>',
    );
    // The first category on top: the category axis runs max to min, the value axis crosses at its end.
    expect(chart).toContain('<c:orientation val="maxMin"/>');
    expect(chart).toContain('<c:crosses val="max"/>');
    // Chart text never below 10 pt.
    expect([...chart.matchAll(/ sz="(\d+)"/g)].map((m) => Number(m[1])).every((sz) => sz >= 1000)).toBe(true);
  });

  it("puts the drawing among the worksheet's children, not inside a nested extension list", () => {
    const sheet =
      '<?xml version="1.0"?><worksheet xmlns="x" xmlns:r="r"><sheetData/>' +
      "<conditionalFormatting><cfRule><extLst><ext/></extLst></cfRule></conditionalFormatting>" +
      '<pageSetup/><tableParts count="1"/><extLst><ext/></extLst></worksheet>';
    const parts = new Map<string, PartData>([
      ["[Content_Types].xml", "<Types></Types>"],
      ["xl/worksheets/sheet1.xml", sheet],
    ]);
    addChartParts(parts, [{ sheetPart: 1, sheetName: "S", charts: PLAN.charts!, values: PLAN.values }]);
    const written = String(parts.get("xl/worksheets/sheet1.xml"));
    expect(written).toContain('<pageSetup/><drawing r:id="rId1"/><tableParts count="1"/>');
    expect(String(parts.get("xl/worksheets/_rels/sheet1.xml.rels"))).toContain('Id="rId1"');
  });

  it("writes the conditional formats: a numbers-only formula rule and a plain data bar", async () => {
    const sheet = await part("xl/worksheets/sheet1.xml");
    expect(sheet).toContain(
      '<conditionalFormatting sqref="C2:C4"><cfRule type="expression" dxfId="0" priority="1"><formula>AND(ISNUMBER(C2),C2&gt;0)</formula></cfRule></conditionalFormatting>',
    );
    expect(sheet).toContain(
      '<conditionalFormatting sqref="B2:B4"><cfRule type="dataBar" priority="2"><dataBar><cfvo type="num" val="0"/><cfvo type="num" val="1"/><color rgb="FF63BE7B"/></dataBar></cfRule></conditionalFormatting>',
    );
    expect(await part("xl/styles.xml")).toMatch(/<dxfs count="1"><dxf>.*FFFFC7CE.*<\/dxf><\/dxfs>/);
  });

  it("refuses a sheet that already has a drawing rather than writing a broken package", () => {
    const parts = new Map<string, PartData>([
      ["[Content_Types].xml", "<Types></Types>"],
      ["xl/worksheets/sheet1.xml", '<worksheet xmlns:r="r"><sheetData/><drawing r:id="rId1"/></worksheet>'],
    ]);
    expect(() =>
      addChartParts(parts, [{ sheetPart: 1, sheetName: "S", charts: PLAN.charts!, values: PLAN.values }]),
    ).toThrow("already has a drawing");
  });

  it("leaves numbers out of the cache where a cell holds text", () => {
    const xml = chartXml(
      { ...PLAN.charts![0]!, series: [{ name: "X", values: { top: 2, left: 2, bottom: 4, right: 2 } }] },
      { sheetPart: 1, sheetName: "S", charts: [], values: PLAN.values },
    );
    expect(xml).toContain(
      '<c:ptCount val="3"/><c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="1"><c:v>4</c:v></c:pt></c:numCache>',
    );
  });
});
