/**
 * Reads a file's bytes only when it is a regular file (after links) of bounded size: a FIFO would block
 * the read forever and a device (`/dev/zero`) never ends, so both are refused before they are opened.
 */
import { constants, promises as fs } from "fs";
import type { FileProblem } from "./file-messages";
import { MAX_FILE_BYTES } from "./read-package";

export type ReadBytesResult =
  | { readonly ok: true; readonly bytes: Buffer }
  | { readonly ok: false; readonly problem: FileProblem; readonly internal: string };

const ERRNO_PROBLEMS: Readonly<Record<string, FileProblem>> = {
  ENOENT: "notFound",
  EACCES: "denied",
  EPERM: "denied",
};

function errnoFailure(error: unknown): ReadBytesResult {
  const { code, message } = error as NodeJS.ErrnoException;
  return {
    ok: false,
    problem: (code && ERRNO_PROBLEMS[code]) || "unreadable",
    internal: `${code ?? "error"}: ${message}`,
  };
}

function checked(stat: { isFile(): boolean; size: number }, maxBytes: number): ReadBytesResult | undefined {
  if (!stat.isFile()) return { ok: false, problem: "notRegular", internal: "not a regular file" };
  if (stat.size > maxBytes)
    return { ok: false, problem: "tooLarge", internal: `${stat.size} bytes > ${maxBytes}` };
  return undefined;
}

/** The file's bytes, or why they were not read. */
export async function readFileBounded(
  path: string,
  maxBytes: number = MAX_FILE_BYTES,
): Promise<ReadBytesResult> {
  try {
    const refused = checked(await fs.stat(path), maxBytes);
    if (refused) return refused;
    // Non-blocking, in case the file was swapped for a FIFO since the check (no effect on regular files).
    const handle = await fs.open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const stat = await handle.stat();
      const again = checked(stat, maxBytes);
      if (again) return again;
      const bytes = Buffer.alloc(stat.size);
      let filled = 0;
      while (filled < bytes.length) {
        const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return { ok: true, bytes: filled === bytes.length ? bytes : bytes.subarray(0, filled) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return errnoFailure(error);
  }
}
