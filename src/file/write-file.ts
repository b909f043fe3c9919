/** Writes sheet plans to a new .xlsx file (the CLI's output; never an input file): the Node side of the writer. */
import { promises as fs } from "fs";
import type { SheetPlan } from "../core/sheet-plan";
import { workbookBuffer, type WorkbookOptions } from "./write-workbook";

/** Writes the plans to `path` (through a temporary file, so a failed write leaves no half file). */
export async function writeWorkbook(
  plans: readonly SheetPlan[],
  path: string,
  options: WorkbookOptions = {},
): Promise<void> {
  const bytes = await workbookBuffer(plans, options);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, path);
  } catch (error) {
    // `-o` names a folder, or the file is open in Excel: report it, and leave no `.tmp` file behind.
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
