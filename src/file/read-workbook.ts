/**
 * Reads an .xlsx file (a path, for the CLI) or its bytes into sheet snapshots: the Node side of the file
 * adapter. The package itself is read by read-package.ts, which the web page uses as it is.
 */
import type { Lang } from "../core/report-types";
import { readFileBounded } from "./read-bytes";
import {
  MAX_FILE_BYTES,
  failure,
  readWorkbookBytes,
  type ReadOptions,
  type ReadWorkbookResult,
} from "./read-package";

export {
  MAX_FILE_BYTES,
  MAX_ROWS,
  MAX_UNPACKED_BYTES,
  readWorkbookBytes,
  type ReadOptions,
  type ReadWorkbookResult,
} from "./read-package";

/** Reads every worksheet of the file at `source` (or of these bytes); `displayName` names it in messages. */
export async function readWorkbook(
  source: string | Uint8Array,
  displayName: string,
  options: ReadOptions = {},
): Promise<ReadWorkbookResult> {
  if (typeof source !== "string") return readWorkbookBytes(source, displayName, options);
  const lang: Lang = options.lang ?? "vi";
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  const read = readFileBounded(source, maxBytes);
  if (!read.ok) return failure(read.problem, displayName, lang, read.internal, maxBytes);
  return readWorkbookBytes(read.bytes, displayName, options);
}
