/** Output files: never one of the inputs, parent folders created. */
import { promises as fs } from "fs";
import path from "path";
import { readWorkbook } from "../file/read-workbook";

async function realOrResolved(file: string): Promise<string> {
  const resolved = path.resolve(file);
  return fs.realpath(resolved).catch(() => resolved);
}

/** True when `output` is the same file as one of `inputs` (after resolving links). */
export async function isInputFile(output: string, inputs: readonly string[]): Promise<boolean> {
  const target = await realOrResolved(output);
  for (const input of inputs) {
    if ((await realOrResolved(input)) === target) return true;
  }
  return false;
}

export async function ensureParentFolder(file: string): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
}

/**
 * True when `file` is a summary this tool wrote earlier (every sheet carries a summary, data or findings
 * owner marker): found again in the input folder, it holds no submission and may be replaced.
 */
export async function isOwnSummary(file: string): Promise<boolean> {
  const read = await readWorkbook(file, file);
  if (!read.ok || read.sheets.length === 0) return false;
  return read.sheets.every((sheet) => {
    const owner = read.owners[sheet.sheet];
    return owner !== undefined && owner !== "annex";
  });
}
