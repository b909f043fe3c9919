/**
 * The write phase of `update`: structure first (new sheets, owned sheets replaced in place, markers),
 * so formulas and links between the new sheets resolve; then content in size-bounded requests; then
 * charts in a request of their own.
 */
import { safeSheetName } from "../core/sheet-plan";
import { HostError, type WriteRequest } from "./host";
import { removeNameMarkers, writeNameMarker, writeOwnerMarker } from "./markers";
import { planTargets } from "./plan-targets";
import type { WorkbookState } from "./read-workbook";
import { renderCharts, renderSheetPlan } from "./render-plan";
import { COMMAND_BYTES, WriteBatch } from "./write-batch";
import { officeErrorCode } from "./errors";

/** Writes the plans; returns the sheet names written, in plan order. */
export async function writePlans(
  context: Excel.RequestContext,
  request: WriteRequest,
  state: Pick<WorkbookState, "existing" | "names" | "structureProtected">,
  chunkBytes: number,
): Promise<string[]> {
  const { existing } = state;
  const targets = planTargets(request.plans, existing);
  if (targets.length === 0) return [];
  if (state.structureProtected) {
    throw new HostError(
      "protected",
      "Sổ làm việc đang được bảo vệ cấu trúc nên không thêm được trang tính. Bỏ bảo vệ (Xem lại → Bảo vệ sổ làm việc) rồi thử lại.",
      "AccessDenied",
    );
  }
  const batch = new WriteBatch(context, chunkBytes);
  const worksheets = context.workbook.worksheets;
  const taken = [...existing.map((s) => s.name), ...targets.map((t) => t.name)];
  // Workbook names as the queued commands run: a replaced sheet's markers are free once their removal is.
  const names = new Set(state.names.map((name) => name.toLowerCase()));
  // Both markers: the custom property for the add-in, the hidden name for the CLI (which cannot read the
  // property and would otherwise count a summary the add-in wrote as a submission).
  const mark = (sheet: Excel.Worksheet, target: (typeof targets)[number]): void => {
    if (!target.plan.owner) return;
    writeOwnerMarker(sheet, target.plan.owner);
    writeNameMarker(context.workbook, target.name, target.plan.owner, names);
  };
  await batch.reserve(COMMAND_BYTES * targets.length * 6);
  const sheets = targets.map((target) => {
    if (!target.replaces) {
      const sheet = worksheets.add(target.name);
      mark(sheet, target);
      return sheet;
    }
    // Build the replacement beside the old sheet, then take its name and place.
    const temporary = safeSheetName(`~${target.name}`, taken);
    taken.push(temporary);
    const sheet = worksheets.add(temporary);
    // The old sheet's hidden-name markers would outlive it as `#REF!`; the new sheet gets fresh ones.
    const stale = target.replaces.markerNames ?? [];
    removeNameMarkers(context.workbook, stale);
    for (const name of stale) names.delete(name.toLowerCase());
    worksheets.getItem(target.replaces.id).delete();
    sheet.name = target.name;
    sheet.position = target.replaces.position;
    // After the rename, so the marker refers to the sheet by its final name.
    mark(sheet, target);
    return sheet;
  });
  for (const [i, target] of targets.entries()) {
    await renderSheetPlan(sheets[i]!, target.plan, target.tableNames, batch);
  }
  const activate = targets.findIndex((t) => t.plan.name === request.activate);
  if (activate >= 0) sheets[activate]!.activate();
  await batch.flush();

  // A chart Excel refuses, when queued (a host without a chart member throws at once) or when synced, is
  // dropped; the sheets are already written and stay.
  try {
    const charts = targets.reduce((n, target, i) => n + renderCharts(sheets[i]!, target.plan), 0);
    if (charts > 0) await context.sync();
  } catch (error) {
    if (officeErrorCode(error) === "InvalidOperationInCellEditMode") throw error;
    console.warn("Task Annex: charts skipped", officeErrorCode(error) ?? error);
  }
  return targets.map((t) => t.name);
}
