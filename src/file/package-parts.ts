/**
 * The parts of an .xlsx package as a map by name (what exceljs renders, before they are zipped), and the
 * few edits the writers make on them: chart-part.ts adds charts, write-workbook.ts custom properties.
 */
import { utf8Text } from "./bytes";

/** A package part: XML text, or bytes (media). */
export type PartData = string | Uint8Array;

/** A part as text ("" when the package has no such part). */
export function partText(data: PartData | undefined): string {
  return data === undefined ? "" : typeof data === "string" ? data : utf8Text(data);
}

/** XML-escaped, without the control characters XML 1.0 cannot hold. */
export function escapeXml(value: string): string {
  let kept = "";
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    if (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) kept += ch;
  }
  return kept.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Adds `xml` at the end of a part's root element, just before its closing tag (`</Types>` of the
 * content types, `</Relationships>` of a relationships part); a part the package lacks is left absent.
 */
export function appendToPart(
  parts: Map<string, PartData>,
  name: string,
  closingTag: string,
  xml: string,
): void {
  const existing = parts.get(name);
  if (existing === undefined) return;
  parts.set(name, partText(existing).replace(closingTag, `${xml}${closingTag}`));
}
