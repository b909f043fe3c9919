/**
 * Hostile .xlsx files made by code (issue 10): a minimal package whose sheet XML the test writes itself,
 * for cells and structures a spreadsheet library would not produce (`t="d"` dates, a stray far cell,
 * thousands of merges).
 */
import JSZip from "jszip";

export interface RawSheet {
  readonly name: string;
  /** The `<sheetData>` content: `<row r="1"><c r="A1" t="inlineStr"><is><t>…</t></is></c></row>`. */
  readonly rows: string;
  /** Extra elements after `</sheetData>` (e.g. `<mergeCells>`). */
  readonly after?: string;
  /** The `<dimension ref>` the file claims. */
  readonly dimension?: string;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** An inline-string cell. */
export function textCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

/** A row of cells. */
export function row(r: number, cells: readonly string[]): string {
  return `<row r="${r}">${cells.join("")}</row>`;
}

/** The package bytes: one worksheet per sheet, in order. */
export async function rawXlsx(sheets: readonly RawSheet[]): Promise<Buffer> {
  const zip = new JSZip();
  const sheetTypes = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetTypes}</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
      .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("")}</sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join("")}</Relationships>`,
  );
  sheets.forEach((sheet, i) => {
    const dimension = sheet.dimension ? `<dimension ref="${sheet.dimension}"/>` : "";
    zip.file(
      `xl/worksheets/sheet${i + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${dimension}<sheetData>${sheet.rows}</sheetData>${sheet.after ?? ""}</worksheet>`,
    );
  });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** A small annex table (title, header, the given task rows as cell lists from row 3). */
export function annexRows(tasks: readonly (readonly string[])[]): string {
  const header = ["STT", "Nội dung nhiệm vụ", "Bắt đầu", "Hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp"];
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  return [
    row(1, [textCell("A1", "KẾ HOẠCH NHIỆM VỤ NĂM 2024")]),
    row(
      2,
      header.map((h, c) => textCell(`${letters[c]}2`, h)),
    ),
    ...tasks.map((cells, i) => row(i + 3, cells)),
  ].join("");
}
