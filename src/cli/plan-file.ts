/** Reading the plan workbook of the round trip (`annex templates plan.xlsx`, `--plan plan.xlsx`). */
import type { AgencyMatcher } from "../core/agency";
import type { DayInterval } from "../core/day";
import { readPlanTasks, type PlanTasks } from "../core/loop/plan-tasks";
import type { ValidateOptions } from "../core/report-types";
import { validateSheet } from "../core/validate";
import { readWorkbook } from "../file/read-workbook";
import type { CliArgs } from "./args";
import { findDirectorySheet } from "./directory";
import { chooseSheet } from "./format-command";

export type ReadPlan =
  | {
      readonly ok: true;
      readonly plan: PlanTasks;
      readonly sheet: string;
      readonly period: DayInterval;
    }
  | { readonly ok: false; readonly message: string };

/** The plan's tasks from its annex sheet (`--sheet`, else the first sheet with a task table). */
export async function readPlanFile(
  file: string,
  args: CliArgs,
  options: ValidateOptions,
  matcher: AgencyMatcher,
): Promise<ReadPlan> {
  const read = await readWorkbook(file, file, { lang: args.lang });
  if (!read.ok) return { ok: false, message: read.message };
  const directorySheet = findDirectorySheet(read.sheets, read.owners);
  const skip = new Set(directorySheet ? [directorySheet] : []);
  const chosen = chooseSheet(read.sheets, skip, args, file);
  if ("error" in chosen) return { ok: false, message: chosen.error };
  const report = validateSheet(chosen.sheet, options, matcher);
  return {
    ok: true,
    plan: readPlanTasks(chosen.table),
    sheet: chosen.sheet.sheet,
    period: report.period,
  };
}
