/**
 * The pane's first look at a workbook and Mở ví dụ: a workbook with no task table yet (new, or empty)
 * is offered the sample ward report to try every tab on.
 */
import { readLegacyText } from "../core/legacy-encoding";
import { EXAMPLE_SHEET_NAME, exampleReportPlan } from "../core/plans/example-plan";
import { readAnnexTable } from "../core/table/index";
import type { WorkbookHost, WorkbookSettings } from "../office/host";

/** Rows of each sheet the first look reads: a task table's header is near the top. */
export const FIRST_LOOK_ROWS = 40;

/**
 * Reads the workbook's settings and, in the same host call, the top of every visible sheet: `newWorkbook`
 * when no sheet has a task table and none is one of the add-in's (so it has never been used here).
 */
export async function openPane(
  host: WorkbookHost,
): Promise<{ readonly settings: WorkbookSettings; readonly newWorkbook: boolean }> {
  const read = await host.read({ extra: { visible: true }, rowCap: FIRST_LOOK_ROWS });
  const used = read.sheetList.some((s) => s.owner !== undefined);
  const tables = (read.extra ?? []).some((s) => readAnnexTable(readLegacyText(s).snapshot) !== undefined);
  return { settings: read.settings, newWorkbook: !used && !tables };
}

/**
 * Mở ví dụ: writes the sample report on a new sheet and activates it; opened again, it replaces the
 * add-in's sample (found by its owner marker, under whatever name it has now), never a clerk's sheet.
 */
export async function openExample(host: WorkbookHost): Promise<string> {
  const { written } = await host.update({}, (read) => {
    const earlier = read.sheetList.find((s) => s.owner === "example");
    const plan = exampleReportPlan(earlier?.name ?? EXAMPLE_SHEET_NAME);
    return { plans: [plan], activate: plan.name };
  });
  return written[0] ?? EXAMPLE_SHEET_NAME;
}
