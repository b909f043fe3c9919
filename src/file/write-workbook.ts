/**
 * Writes sheet plans to the bytes of a new .xlsx package with exceljs, the same in Node and in a browser
 * (write-file.ts puts them in a file for the CLI; the web page offers them as a download).
 */
import ExcelJS from "exceljs";
import { safeSheetName, sheetReference, withAllRows, type SheetPlan } from "../core/sheet-plan";
import { cellAddress } from "../core/snapshot";
import { addChartParts, type SheetCharts } from "./chart-part";
import { appendToPart, escapeXml, partText as text } from "./package-parts";
import { utf8Bytes } from "./bytes";
import { signatureComment } from "./output-signature";
import { sharedStandardFont, withStandardFont } from "./standard-font";
import { isOwnerMarkerName, ownerMarkerName } from "./owner-marker";
import { renderSheetPlan } from "./render-plan";
import { sheetBodyOf, type SheetBody, type StyleRegistry } from "./sheet-body";
import { zipEntries, type ChunkedData, type ZipEntry } from "./zip-writer";

/** Options of a written workbook. */
export interface WorkbookOptions {
  /** Custom document properties (File › Info › Properties › Custom in Excel), as text. */
  readonly properties?: Readonly<Record<string, string>>;
  /** Body rows a sheet needs before they are streamed (sheet-body.ts; default STREAM_MIN_ROWS). */
  readonly streamMinRows?: number;
}

/** A streamed body, the worksheet part it belongs in, and its used range once registered. */
interface StreamedBody {
  readonly part: string;
  readonly body: SheetBody;
  extent?: ReturnType<SheetBody["register"]>;
}

/** The workbook as bytes: one worksheet per plan, in order, with owner markers. */
export async function workbookBuffer(
  plans: readonly SheetPlan[],
  options: WorkbookOptions = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Task Annex for Excel";
  const names: string[] = [];
  const charts: SheetCharts[] = [];
  const font = sharedStandardFont(plans);
  const bodies: StreamedBody[] = [];
  plans.forEach((planned, index) => {
    const name = safeSheetName(planned.name, names);
    names.push(name);
    const ws = workbook.addWorksheet(name);
    const { plan, body } = streamedSplit(planned, options.streamMinRows);
    renderSheetPlan(ws, plan, body?.first, font);
    // exceljs names a worksheet's part after its id (`sheet3.xml`).
    if (body) bodies.push({ part: `xl/worksheets/sheet${ws.id}.xml`, body });
    if (plan.owner)
      workbook.definedNames.add(sheetReference(name, "$A$1"), ownerMarkerName(plan.owner, index + 1));
    if (plan.charts?.length)
      charts.push({ sheetPart: ws.id, sheetName: name, charts: plan.charts, values: plan.values });
  });
  const parts = await packageEntries(workbook, (styles) => {
    for (const streamed of bodies) streamed.extent = streamed.body.register(styles);
  });
  addChartParts(parts, charts);
  if (options.properties) addCustomProperties(parts, options.properties);
  const styles = parts.get("xl/styles.xml");
  if (font && styles !== undefined) parts.set("xl/styles.xml", withStandardFont(text(styles), font));
  return finishPackage(parts, bodies);
}

/**
 * The plan as exceljs will take it, and its streamed body if any. Rows made on demand (`moreRows`) are
 * made only as the body is written, unless exceljs must see them: then they are all made now.
 */
function streamedSplit(plan: SheetPlan, minRows?: number): { plan: SheetPlan; body?: SheetBody } {
  const body = sheetBodyOf(plan, minRows);
  if (plan.moreRows === undefined || body?.first === plan.values.length + 1)
    return { plan, ...(body ? { body } : {}) };
  const whole = withAllRows(plan);
  const wholeBody = sheetBodyOf(whole, minRows);
  return { plan: whole, ...(wholeBody ? { body: wholeBody } : {}) };
}

const CUSTOM_PART = "docProps/custom.xml";
const CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
const CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const PROPERTY_FORMAT = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

/** exceljs writes no custom properties: the part, its content type and its relationship are added here. */
function addCustomProperties(
  parts: Map<string, string | Uint8Array>,
  properties: Readonly<Record<string, string>>,
): void {
  const items = Object.entries(properties).map(
    ([name, value], i) =>
      `<property fmtid="${PROPERTY_FORMAT}" pid="${i + 2}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`,
  );
  parts.set(
    CUSTOM_PART,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
      'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      items.join("") +
      "</Properties>",
  );
  appendToPart(
    parts,
    "[Content_Types].xml",
    "</Types>",
    `<Override PartName="/${CUSTOM_PART}" ContentType="${CUSTOM_TYPE}"/>`,
  );
  appendToPart(
    parts,
    "_rels/.rels",
    "</Relationships>",
    `<Relationship Id="rIdCustom1" Type="${CUSTOM_REL}" Target="${CUSTOM_PART}"/>`,
  );
}

/** What exceljs's writer hands its zip: a part's name and its text (or base64 bytes, for media). */
interface PartSink {
  append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void;
}

/** exceljs's XLSX writer, the steps of its `write` that render the parts (internal, untyped API). */
interface XlsxParts {
  prepareModel(model: unknown, options: object): void;
  [step: string]: unknown;
}

// The order of exceljs 4's `XLSX.write`, which decides the order of the parts in the package.
const PART_STEPS = [
  ["addContentTypes", "addOfficeRels", "addWorkbookRels", "addWorksheets", "addSharedStrings"],
  ["addDrawings", "addTables", "addThemes", "addStyles", "addMedia", "addApp", "addCore", "addWorkbook"],
].flat();

/**
 * The workbook's parts, as exceljs renders them, in its order. exceljs would put them in a zip of its
 * own (a JavaScript zip, slow on a large summary, which finishPackage then had to open again): they are
 * collected here instead and zipped once, natively (zip-writer.ts).
 */
async function packageEntries(
  workbook: ExcelJS.Workbook,
  registerStyles: (styles: StyleRegistry) => void,
): Promise<Map<string, string | Uint8Array>> {
  const xlsx = workbook.xlsx as unknown as XlsxParts;
  const parts = new Map<string, string | Uint8Array>();
  const sink: PartSink = {
    append(data, options) {
      parts.set(options.name, options.base64 && typeof data === "string" ? base64Bytes(data) : data);
    },
  };
  const { model } = workbook as unknown as { model: { styles: StyleRegistry } };
  xlsx.prepareModel(model, {});
  // The streamed bodies' styles join the table exceljs writes after the worksheets.
  registerStyles(model.styles);
  for (const step of PART_STEPS) {
    const render = xlsx[step];
    if (typeof render !== "function") throw new Error(`exceljs has no ${step}: not the version we know`);
    await (render as (zip: PartSink, model: unknown) => Promise<void>).call(xlsx, sink, model);
  }
  return parts;
}

/**
 * Fixes exceljs cannot express: owner-marker names are hidden; internal hyperlinks use only `location`
 * (exceljs also adds an external relationship, which Excel would try to open as a file); a data bar
 * carries no reference to an extension that is not there. The charts' parts are already in
 * (chart-part.ts).
 */
function finishPackage(
  parts: Map<string, string | Uint8Array>,
  bodies: readonly StreamedBody[],
): Promise<Uint8Array> {
  const book = parts.get("xl/workbook.xml");
  if (book !== undefined) {
    parts.set(
      "xl/workbook.xml",
      text(book).replace(/<definedName name="([^"]+)"/g, (tag, name: string) =>
        isOwnerMarkerName(name) ? `<definedName name="${name}" hidden="1"` : tag,
      ),
    );
  }
  for (const [path, data] of parts) {
    const match = /^xl\/worksheets\/(sheet\d+\.xml)$/.exec(path);
    if (!match) continue;
    const internal = new Set<string>();
    // exceljs gives a data bar a reference to an x14 extension it never writes (`<x14:id/>`, empty).
    const bars = text(data).replace(EMPTY_DATA_BAR_EXTENSION, "");
    const fixed = bars.replace(/<hyperlink [^>]*\/>/g, (tag) => {
      const id = / r:id="([^"]+)"/.exec(tag)?.[1];
      if (!id || !tag.includes(" location=")) return tag;
      internal.add(id);
      return tag.replace(/ r:id="[^"]+"/, "");
    });
    if (fixed !== text(data)) parts.set(path, fixed);
    if (internal.size === 0) continue;
    const relsPath = `xl/worksheets/_rels/${match[1]}.rels`;
    const rels = parts.get(relsPath);
    if (rels === undefined) continue;
    parts.set(
      relsPath,
      text(rels).replace(/<Relationship [^>]*\/>/g, (tag) => {
        const id = /Id="([^"]+)"/.exec(tag)?.[1];
        return id && internal.has(id) ? "" : tag;
      }),
    );
  }
  const streamed = new Map(bodies.map((body) => [body.part, body]));
  const entries: ZipEntry[] = [];
  for (const [name, data] of parts) {
    const body = streamed.get(name);
    if (body) entries.push({ name, data: withBody(text(data), body) });
    else entries.push({ name, data: typeof data === "string" ? utf8Bytes(data) : data });
  }
  return zipEntries(entries, signatureComment);
}

/**
 * A worksheet part exceljs wrote without its body rows, with them: its XML up to the end of the rows
 * exceljs wrote, the body's rows, the rest; the used range it states grows to take the body in.
 */
function withBody(xml: string, { body, extent }: StreamedBody): ChunkedData {
  let sheet = xml;
  if (extent && extent.top > 0) {
    sheet = sheet.replace(/<dimension ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"\/>/, (tag, l, t, r, b) => {
      const left = Math.min(columnNumber(l as string), extent.left);
      const top = Math.min(Number(t), extent.top);
      const right = Math.max(columnNumber((r ?? l) as string), extent.right);
      const bottom = Math.max(Number(b ?? t), extent.bottom);
      return `<dimension ref="${cellAddress(top, left)}:${cellAddress(bottom, right)}"/>`;
    });
  }
  const empty = sheet.indexOf("<sheetData/>");
  const [head, tail] =
    empty >= 0
      ? [`${sheet.slice(0, empty)}<sheetData>`, `</sheetData>${sheet.slice(empty + "<sheetData/>".length)}`]
      : [sheet.slice(0, sheet.indexOf("</sheetData>")), sheet.slice(sheet.indexOf("</sheetData>"))];
  return {
    *chunks() {
      yield utf8Bytes(head);
      yield* body.chunks();
      yield utf8Bytes(tail);
    },
  };
}

/** `A` → 1, `P` → 16, `AA` → 27. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const EMPTY_DATA_BAR_EXTENSION =
  /<extLst><ext uri="\{B025F937-C7B1-47D3-B67F-A62EFF666E3E\}"[^>]*><x14:id\/><\/ext><\/extLst>/g;

/** Bytes of a base64 text (exceljs hands media over as base64). */
function base64Bytes(data: string): Uint8Array {
  return Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
}
