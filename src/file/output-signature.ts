/**
 * Marks the files this tool writes so that a later run can tell its own untouched output from a workbook
 * someone has since edited (a ward report built from last year's summary). The ZIP comment holds a SHA-256
 * of every byte before the end record: any program that saves the file again (Excel, LibreOffice, exceljs)
 * rewrites the archive and drops or breaks the signature.
 */
import crypto from "crypto";

const PREFIX = "TaskAnnexOutput sha256=";
const END_RECORD = 0x06054b50;
const END_RECORD_SIZE = 22;

function hashOf(body: Uint8Array): string {
  return crypto.createHash("sha256").update(body).digest("hex");
}

/** The ZIP comment that signs an archive whose bytes before the end record are `body`. */
export function signatureComment(body: Uint8Array): string {
  return PREFIX + hashOf(body);
}

/** True when the bytes are an archive this tool wrote and nobody has changed since. */
export function isUntouchedOutput(bytes: Buffer): boolean {
  const comment = Buffer.from(PREFIX + "0".repeat(64), "utf8");
  const endAt = bytes.length - END_RECORD_SIZE - comment.length;
  if (endAt < 0 || bytes.readUInt32LE(endAt) !== END_RECORD) return false;
  if (bytes.readUInt16LE(endAt + 20) !== comment.length) return false;
  const text = bytes.subarray(endAt + END_RECORD_SIZE).toString("utf8");
  return text === signatureComment(bytes.subarray(0, endAt));
}
