/** Writes sheet plans to a new .xlsx file (the CLI's output; never an input file): the Node side of the writer. */
import { promises as fs } from "fs";
import type { SheetPlan } from "../core/sheet-plan";
import { archiveFile } from "./archive-file";
import { writePackage, type WorkbookOptions } from "./write-workbook";

/**
 * Writes the plans to `path`, the package streamed into a temporary file beside it as it is made and
 * renamed at the end: a failed write leaves no half file, and an existing file at `path` as it was.
 */
export async function writeWorkbook(
  plans: readonly SheetPlan[],
  path: string,
  options: WorkbookOptions = {},
): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    const file = await archiveFile(temporary);
    try {
      await writePackage(plans, file, options);
    } finally {
      await file.close();
    }
    await fs.rename(temporary, path);
  } catch (error) {
    // `-o` names a folder, the disk is full, or the file is open in Excel: report it, and leave no `.tmp`
    // file behind.
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
