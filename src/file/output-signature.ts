/**
 * Marks the files this tool writes so that a later run can tell its own untouched output from a workbook
 * someone has since edited (a ward report built from last year's summary). The ZIP comment holds a SHA-256
 * of every byte before the end record: any program that saves the file again (Excel, LibreOffice, exceljs)
 * rewrites the archive and drops or breaks the signature.
 */
import { littleEndian, utf8Text } from "./bytes";
import { sha256Hex } from "./platform";
import type { SignedArchive } from "./zip-writer";

const PREFIX = "TaskAnnexOutput sha256=";
const END_RECORD = 0x06054b50;
const END_RECORD_SIZE = 22;
const COMMENT_LENGTH = PREFIX.length + 64;

/** The ZIP comment that signs an archive by its bytes before the end record. */
export async function signatureComment(archive: SignedArchive): Promise<string> {
  return PREFIX + (await archive.sha256Hex());
}

/** True when the bytes are an archive this tool wrote and nobody has changed since. */
export async function isUntouchedOutput(bytes: Uint8Array): Promise<boolean> {
  const endAt = bytes.length - END_RECORD_SIZE - COMMENT_LENGTH;
  if (endAt < 0) return false;
  const { u16, u32 } = littleEndian(bytes);
  if (u32(endAt) !== END_RECORD || u16(endAt + 20) !== COMMENT_LENGTH) return false;
  const text = utf8Text(bytes.subarray(endAt + END_RECORD_SIZE));
  return text.startsWith(PREFIX) && text === PREFIX + (await sha256Hex(bytes.subarray(0, endAt)));
}
