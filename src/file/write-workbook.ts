/**
 * Writes sheet plans as a new .xlsx package with exceljs, the same in Node and in a browser: as bytes (the
 * web page offers them as a download), or into a sink as it is made (write-file.ts streams it to a file
 * for the CLI).
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
import { memorySink, type ArchiveSink } from "./archive-sink";
import { sheetBodyOf, type BodyExtent, type SheetBody, type StyleRegistry } from "./sheet-body";
import { writeZip, type ChunkedData, type ZipEntry } from "./zip-writer";

/** Options of a written workbook. */
export interface WorkbookOptions {
  /** Custom document properties (File › Info › Properties › Custom in Excel), as text. */
  readonly properties?: Readonly<Record<string, string>>;
  /** Body rows a sheet needs before they are streamed (sheet-body.ts; default STREAM_MIN_ROWS). */
  readonly streamMinRows?: number;
}

/** A streamed body and the worksheet part it belongs in. */
interface StreamedBody {
  readonly part: string;
  readonly body: SheetBody;
}

const STYLES_PART = "xl/styles.xml";

/** The workbook as bytes: one worksheet per plan, in order, with owner markers. */
export async function workbookBuffer(
  plans: readonly SheetPlan[],
  options: WorkbookOptions = {},
): Promise<Uint8Array> {
  const sink = memorySink();
  await writePackage(plans, sink, options);
  return sink.bytes();
}

/** Writes the workbook's package into `sink` as it is made (see workbookBuffer). */
export async function writePackage(
  plans: readonly SheetPlan[],
  sink: ArchiveSink,
  options: WorkbookOptions = {},
): Promise<void> {
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
  const { parts, styles } = await packageEntries(workbook);
  addChartParts(parts, charts);
  if (options.properties) addCustomProperties(parts, options.properties);
  // The style table is made when its turn comes, after the streamed bodies have registered theirs.
  const stylesXml = (): string => (font ? withStandardFont(styles.xml, font) : styles.xml);
  await writeZip(finishPackage(parts, bodies, styles, stylesXml), sink, signatureComment);
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

/** exceljs's style table once the model is prepared: it registers styles, and renders itself. */
interface StyleTable extends StyleRegistry {
  readonly xml: string;
}

/**
 * The workbook's parts, as exceljs renders them, in its order, but for the style table (an empty
 * placeholder keeps its place): that one is rendered last, once the streamed bodies have added theirs.
 * exceljs would put the parts in a zip of its own (a JavaScript zip, slow on a large summary, which
 * finishPackage then had to open again): they are collected here instead and zipped once, natively
 * (zip-writer.ts).
 */
async function packageEntries(
  workbook: ExcelJS.Workbook,
): Promise<{ parts: Map<string, string | Uint8Array>; styles: StyleTable }> {
  const xlsx = workbook.xlsx as unknown as XlsxParts;
  const parts = new Map<string, string | Uint8Array>();
  const sink: PartSink = {
    append(data, options) {
      parts.set(options.name, options.base64 && typeof data === "string" ? base64Bytes(data) : data);
    },
  };
  const { model } = workbook as unknown as { model: { styles: StyleTable } };
  xlsx.prepareModel(model, {});
  for (const step of PART_STEPS) {
    const render = xlsx[step];
    if (typeof render !== "function") throw new Error(`exceljs has no ${step}: not the version we know`);
    if (step === "addStyles") parts.set(STYLES_PART, "");
    else await (render as (zip: PartSink, model: unknown) => Promise<void>).call(xlsx, sink, model);
  }
  return { parts, styles: model.styles };
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
  styles: StyleRegistry,
  stylesXml: () => string,
): ZipEntry[] {
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
  let styled = false;
  for (const [name, data] of parts) {
    const body = streamed.get(name);
    if (body && styled) throw new Error(`${name}: a streamed body after the style table`);
    if (name === STYLES_PART) {
      styled = true;
      entries.push({ name, data: () => utf8Bytes(stylesXml()) });
    } else if (body) entries.push({ name, data: withBody(text(data), body.body, styles) });
    else entries.push({ name, data: typeof data === "string" ? utf8Bytes(data) : data });
  }
  return entries;
}

/**
 * A worksheet part exceljs wrote without its body rows, with them: its XML up to the end of the rows
 * exceljs wrote, the body's rows, the rest; the used range it states grows to take the body in.
 */
function withBody(xml: string, body: SheetBody, styles: StyleRegistry): ChunkedData {
  return {
    *chunks() {
      const [head, tail] = aroundBody(xml, body.extent);
      yield utf8Bytes(head);
      yield* body.chunks(styles);
      yield utf8Bytes(tail);
    },
    stale: () => body.stale(),
    reuse: (chunk) => body.reuse(chunk),
  };
}

/** The worksheet's XML before and after the body's rows, its used range grown to take `extent` in. */
function aroundBody(xml: string, extent: BodyExtent): [string, string] {
  let sheet = xml;
  if (extent.top > 0) {
    sheet = sheet.replace(/<dimension ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"\/>/, (tag, l, t, r, b) => {
      const left = Math.min(columnNumber(l as string), extent.left);
      const top = Math.min(Number(t), extent.top);
      const right = Math.max(columnNumber((r ?? l) as string), extent.right);
      const bottom = Math.max(Number(b ?? t), extent.bottom);
      return `<dimension ref="${cellAddress(top, left)}:${cellAddress(bottom, right)}"/>`;
    });
  }
  const empty = sheet.indexOf("<sheetData/>");
  return empty >= 0
    ? [`${sheet.slice(0, empty)}<sheetData>`, `</sheetData>${sheet.slice(empty + "<sheetData/>".length)}`]
    : [sheet.slice(0, sheet.indexOf("</sheetData>")), sheet.slice(sheet.indexOf("</sheetData>"))];
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
