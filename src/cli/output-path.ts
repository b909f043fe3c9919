/** Output files: never one of the inputs, however either path is spelled; parent folders created. */
import { holdsTasks } from "../core/owner-marker";
import fs from "fs";
import path from "path";
import { readWorkbook } from "../file/read-workbook";

type FileId = { readonly dev: bigint; readonly ino: bigint; readonly real: string };

// The disk's own identity of a file: the same for `./a`, `b/../a`, a link to it, and `A.XLSX` on a
// disk that ignores case (Windows, macOS), where comparing spelled paths would say "different".
// Synchronous: asked for every input of a run, each an instant system call, where an asynchronous one
// waits for a round trip through libuv's thread pool (hundreds of them left a run idle).
function fileId(file: string): FileId | undefined {
  let stat: fs.BigIntStats | undefined;
  try {
    stat = fs.statSync(file, { bigint: true, throwIfNoEntry: false });
  } catch {
    return undefined; // not reachable (a folder without permission): no file to compare
  }
  if (!stat) return undefined;
  return { dev: stat.dev, ino: stat.ino, real: realOrResolved(file) };
}

function realOrResolved(file: string): string {
  const resolved = path.resolve(file);
  try {
    return fs.realpathSync(resolved);
  } catch {
    return resolved;
  }
}

// Some file systems report no file number (0): then the real paths are compared, ignoring case where
// the system's disks usually do.
const CASE_INSENSITIVE = process.platform === "win32" || process.platform === "darwin";

function sameId(a: FileId, b: FileId): boolean {
  if (a.ino !== 0n && b.ino !== 0n) return a.dev === b.dev && a.ino === b.ino;
  return CASE_INSENSITIVE ? a.real.toLowerCase() === b.real.toLowerCase() : a.real === b.real;
}

/** True when `a` and `b` name the same file on disk (after links, `..`, case where the disk ignores it). */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  const idA = fileId(a);
  const idB = fileId(b);
  return idA !== undefined && idB !== undefined && sameId(idA, idB);
}

/** True when `output` is the same file as one of `inputs`. */
export async function isInputFile(output: string, inputs: readonly string[]): Promise<boolean> {
  const target = fileId(output);
  // A file that does not exist yet is no input (an input that exists cannot be it).
  if (!target) return false;
  for (const input of inputs) {
    const id = fileId(input);
    if (id && sameId(id, target)) return true;
  }
  return false;
}

export async function ensureParentFolder(file: string): Promise<void> {
  await fs.promises.mkdir(path.dirname(path.resolve(file)), { recursive: true });
}

/**
 * True when `file` is a summary this tool wrote earlier and nobody has saved since (its signature holds and
 * every sheet carries a summary, data or findings owner marker): found again in the input folder, it holds
 * no submission and may be replaced. A workbook built from it by a unit is an input like any other.
 */
export async function isOwnSummary(file: string): Promise<boolean> {
  const read = await readWorkbook(file, file);
  if (!read.ok || !read.untouchedOutput || read.sheets.length === 0) return false;
  return read.sheets.every((sheet) => {
    const owner = read.owners[sheet.sheet];
    return !holdsTasks(owner);
  });
}
