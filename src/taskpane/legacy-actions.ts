/**
 * Chuyển mã sang Unicode: writes the Unicode of the sheet's legacy-font cells into those cells and reads
 * the sheet back with the directory and settings (one host call, one Excel.run), then checks it again so
 * the pane shows what the sheet now holds.
 */
import type { DayNumber } from "../core/day";
import type { LegacyRepair, WorkbookHost } from "../office/host";
import { checkSnapshot, type SheetCheck } from "./actions";
import { PaneError } from "./action-support";

export async function convertLegacyAndCheck(
  host: WorkbookHost,
  sheet: string,
  today: DayNumber,
): Promise<{ readonly repair: LegacyRepair; readonly check: SheetCheck }> {
  const { repair, read } = await host.convertLegacyText(sheet, { directory: true });
  const converted = read.sheets[0];
  if (!converted) throw new PaneError("sourceMissing", sheet);
  return { repair, check: checkSnapshot(read, converted, today) };
}
