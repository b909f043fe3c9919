/**
 * Charts for the .xlsx package, written as DrawingML parts (exceljs cannot write charts): per chart a
 * `xl/charts/chartN.xml`, per sheet with charts a `xl/drawings/drawingN.xml` of anchored graphic frames
 * with its relationships, the sheet's `<drawing r:id>` and relationship, and the content types. It works
 * on the package's parts by name, so any writer that has them as a map can call it.
 */
import type { ChartPlan, PlanRange, PlanValue } from "../core/sheet-plan";
import { cellAddress } from "../core/snapshot";
import { appendToPart, escapeXml, partText as text, type PartData } from "./package-parts";

export type { PartData } from "./package-parts";

/** One worksheet's charts: its part number (`sheetN.xml`), its final name and its values (for the caches). */
export interface SheetCharts {
  readonly sheetPart: number;
  readonly sheetName: string;
  readonly charts: readonly ChartPlan[];
  readonly values: readonly (readonly PlanValue[])[];
}

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const NS_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_DRAWING = `${NS_R}/drawing`;
const REL_CHART = `${NS_R}/chart`;
const TYPE_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const TYPE_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CHART_FONT = "Times New Roman";
/** Chart text in hundredths of a point: never below the 10 pt a printed page needs. */
const LABEL_SIZE = 1000;
const TITLE_SIZE = 1200;
// Children of a worksheet that follow `<drawing>` (ECMA-376 CT_Worksheet order).
const AFTER_DRAWING = new Set([
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

/** Where `<drawing>` goes: before the first worksheet child that must follow it, else before the end. */
function drawingPosition(xml: string): number {
  let depth = 0;
  for (const m of xml.matchAll(/<(\/?)([A-Za-z][\w:.-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name = "", selfClosing] = m;
    if (closing) {
      depth -= 1;
      if (depth === 0) return m.index;
      continue;
    }
    if (depth === 1 && AFTER_DRAWING.has(name)) return m.index;
    if (!selfClosing) depth += 1;
  }
  throw new Error("Not a worksheet part");
}

/** `'Tổng hợp'!$A$8:$A$12`. */
function reference(sheet: string, r: PlanRange): string {
  const absolute = (row: number, column: number) =>
    cellAddress(row, column).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return `'${sheet.replace(/'/g, "''")}'!${absolute(r.top, r.left)}:${absolute(r.bottom, r.right)}`;
}

/** The cells of a one-column (or one-row) range, in order. */
function cells(values: SheetCharts["values"], r: PlanRange): PlanValue[] {
  const out: PlanValue[] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    for (let column = r.left; column <= r.right; column++) out.push(values[row - 1]?.[column - 1] ?? null);
  }
  return out;
}

function stringCache(items: readonly PlanValue[]): string {
  const points = items
    .map((v, i) =>
      typeof v === "string" || typeof v === "number"
        ? `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`
        : "",
    )
    .join("");
  return `<c:strCache><c:ptCount val="${items.length}"/>${points}</c:strCache>`;
}

function numberCache(items: readonly PlanValue[]): string {
  const points = items
    .map((v, i) =>
      typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "",
    )
    .join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${items.length}"/>${points}</c:numCache>`;
}

function runProperties(size: number, bold: boolean): string {
  return `<a:defRPr sz="${size}" b="${bold ? 1 : 0}"><a:latin typeface="${CHART_FONT}"/><a:cs typeface="${CHART_FONT}"/></a:defRPr>`;
}

function textProperties(size: number): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProperties(size, false)}</a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;
}

const BAR_DIRECTION: Readonly<Record<ChartPlan["type"], { dir: "bar" | "col"; grouping: string }>> = {
  barStacked: { dir: "bar", grouping: "stacked" },
  columnStacked: { dir: "col", grouping: "stacked" },
  columnClustered: { dir: "col", grouping: "clustered" },
};

/** The `c:chartSpace` of one chart plan. */
export function chartXml(chart: ChartPlan, sheet: SheetCharts): string {
  const { dir, grouping } = BAR_DIRECTION[chart.type];
  const categories = cells(sheet.values, chart.categories);
  const series = chart.series
    .map((s, i) => {
      const fill =
        s.color === undefined
          ? ""
          : `<c:spPr><a:solidFill><a:srgbClr val="${s.color.replace(/^#/, "").toUpperCase()}"/></a:solidFill></c:spPr>`;
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>${fill}` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${escapeXml(reference(sheet.sheetName, chart.categories))}</c:f>${stringCache(categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(reference(sheet.sheetName, s.values))}</c:f>${numberCache(cells(sheet.values, s.values))}</c:numRef></c:val>` +
        `</c:ser>`
      );
    })
    .join("");
  const reversed = chart.firstCategoryOnTop === true;
  // Categories top-down put the value axis at the top unless it crosses at the last category.
  const categoryAxis =
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="${reversed ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${dir === "bar" ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProperties(LABEL_SIZE)}` +
    `<c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>` +
    `<c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valueAxis =
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${dir === "bar" ? "b" : "l"}"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProperties(LABEL_SIZE)}` +
    `<c:crossAx val="1001"/><c:crosses val="${reversed ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`;
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProperties(TITLE_SIZE, true)}</a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="${TITLE_SIZE}" b="1"><a:latin typeface="${CHART_FONT}"/><a:cs typeface="${CHART_FONT}"/></a:rPr>` +
    `<a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="${dir}"/><c:grouping val="${grouping}"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="60"/>${grouping === "clustered" ? "" : '<c:overlap val="100"/>'}<c:axId val="1001"/><c:axId val="1002"/></c:barChart>` +
    `${categoryAxis}${valueAxis}</c:plotArea>` +
    `<c:legend><c:legendPos val="r"/><c:overlay val="0"/>${textProperties(LABEL_SIZE)}</c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>` +
    `${textProperties(LABEL_SIZE)}</c:chartSpace>`
  );
}

/** The `xdr:wsDr` placing each chart (its `rIdN` in the drawing's relationships) over its anchor cells. */
function drawingXml(charts: readonly ChartPlan[]): string {
  const anchors = charts
    .map((chart, i) => {
      const { top, left, bottom, right } = chart.anchor;
      // `to` is the cell after the anchor's last (0-based), at offset 0: the chart covers the whole range.
      return (
        `<xdr:twoCellAnchor editAs="oneCell">` +
        `<xdr:from><xdr:col>${left - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${top - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${right}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${bottom}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(`Chart ${i + 1}`)}"/>` +
        `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return (
    XML_HEAD + `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors}</xdr:wsDr>`
  );
}

function relationships(items: readonly { id: string; type: string; target: string }[]): string {
  const rels = items
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`)
    .join("");
  return XML_HEAD + `<Relationships xmlns="${NS_RELS}">${rels}</Relationships>`;
}

/** The first `prefixN.xml` number not taken among the parts. */
function freeNumber(parts: ReadonlyMap<string, PartData>, prefix: string): number {
  let n = 1;
  while (parts.has(`${prefix}${n}.xml`)) n += 1;
  return n;
}

/** A relationship id not used in the rels text: `rId` + one more than the highest. */
function freeRelationshipId(rels: string): string {
  const ids = [...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]));
  return `rId${Math.max(0, ...ids) + 1}`;
}

/** Adds the parts of every sheet's charts to `parts` (in place). A sheet with a drawing already is refused. */
export function addChartParts(parts: Map<string, PartData>, sheets: readonly SheetCharts[]): void {
  const overrides: string[] = [];
  for (const sheet of sheets) {
    const charts = sheet.charts.filter((c) => c.series.length > 0);
    if (charts.length === 0) continue;
    const sheetPath = `xl/worksheets/sheet${sheet.sheetPart}.xml`;
    const sheetXml = text(parts.get(sheetPath));
    if (sheetXml === "") throw new Error(`No worksheet part ${sheetPath}`);
    if (/<drawing\b/.test(sheetXml)) throw new Error(`${sheetPath} already has a drawing`);

    const drawing = freeNumber(parts, "xl/drawings/drawing");
    const chartRels: { id: string; type: string; target: string }[] = [];
    for (const [i, chart] of charts.entries()) {
      const n = freeNumber(parts, "xl/charts/chart");
      parts.set(`xl/charts/chart${n}.xml`, chartXml(chart, sheet));
      overrides.push(`<Override PartName="/xl/charts/chart${n}.xml" ContentType="${TYPE_CHART}"/>`);
      chartRels.push({ id: `rId${i + 1}`, type: REL_CHART, target: `../charts/chart${n}.xml` });
    }
    parts.set(`xl/drawings/drawing${drawing}.xml`, drawingXml(charts));
    parts.set(`xl/drawings/_rels/drawing${drawing}.xml.rels`, relationships(chartRels));
    overrides.push(`<Override PartName="/xl/drawings/drawing${drawing}.xml" ContentType="${TYPE_DRAWING}"/>`);

    const relsPath = `xl/worksheets/_rels/sheet${sheet.sheetPart}.xml.rels`;
    const existing = text(parts.get(relsPath));
    const id = freeRelationshipId(existing);
    const rel = `<Relationship Id="${id}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawing}.xml"/>`;
    parts.set(
      relsPath,
      existing === ""
        ? relationships([{ id, type: REL_DRAWING, target: `../drawings/drawing${drawing}.xml` }])
        : existing.replace("</Relationships>", `${rel}</Relationships>`),
    );
    const tag = `<drawing r:id="${id}"/>`;
    const at = drawingPosition(sheetXml);
    const withDrawing = sheetXml.slice(0, at) + tag + sheetXml.slice(at);
    parts.set(
      sheetPath,
      withDrawing.includes('xmlns:r="')
        ? withDrawing
        : withDrawing.replace("<worksheet ", `<worksheet xmlns:r="${NS_R}" `),
    );
  }
  if (overrides.length === 0) return;
  appendToPart(parts, "[Content_Types].xml", "</Types>", overrides.join(""));
}
