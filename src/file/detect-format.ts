/**
 * Recognises what a file really is from its first bytes (and its name for text formats), so that a
 * renamed .txt, an old .xls or an encrypted workbook gets a precise message instead of a zip error.
 */
import { containsBytes, latin1Text, utf16leBytes } from "./bytes";
import type { FileProblem } from "./file-messages";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
// Compound File Binary (OLE2): old .xls files and encrypted OOXML packages both use this container.
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  return containsBytes(bytes, utf16leBytes(text));
}

/** The extension of a file name, lower case, with the dot (`.xlsx`), or "" when there is none. */
export function extensionOf(name: string): string {
  const match = /\.[^./\\]+$/.exec(name);
  return match ? match[0].toLowerCase() : "";
}

/** Undefined when the bytes look like an .xlsx (zip) package; otherwise the problem to report. */
export function detectProblem(bytes: Uint8Array, name: string): FileProblem | undefined {
  const ext = extensionOf(name);
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, OLE_MAGIC)) {
    // Stream names in the CFB directory are UTF-16LE; an encrypted OOXML package has these two.
    if (containsUtf16(bytes, "EncryptedPackage") || containsUtf16(bytes, "EncryptionInfo"))
      return "encrypted";
    if (containsUtf16(bytes, "Workbook") || containsUtf16(bytes, "Book") || ext === ".xls") return "oldXls";
    return "ole";
  }
  if (startsWith(bytes, ZIP_MAGIC)) {
    if (latin1Text(bytes.subarray(30, 120)).includes("opendocument")) return "ods";
    if (ext === ".ods") return "ods";
    return undefined;
  }
  if (startsWith(bytes, EMPTY_ZIP_MAGIC)) return "notWorkbook";
  if (ext === ".csv") return "csv";
  if (ext === ".ods") return "ods";
  return "notWorkbook";
}

/** Problems known from the name alone (a folder scan lists these without opening them). */
export function problemFromName(name: string): FileProblem | undefined {
  const ext = extensionOf(name);
  if (ext === ".xlsx" || ext === ".xlsm") return undefined;
  if (ext === ".xls") return "oldXls";
  if (ext === ".ods") return "ods";
  if (ext === ".csv") return "csv";
  return "unsupportedType";
}
