/**
 * Mẫu báo cáo (issue 11, in the pane): Office.js cannot create workbooks, so from the plan sheet open now
 * the pane writes one template SHEET per unit that must report, in this workbook — protected as the CLI's
 * templates are, the task ids in a hidden column — and each template's fingerprint in a very hidden sheet
 * beside it. The clerk sends a template by moving or copying its sheet to a new workbook.
 */
import { createAgencyMatcher } from "../core/agency";
import type { DayNumber } from "../core/day";
import { reportingUnits, tasksForUnit } from "../core/loop/assignment";
import { FINGERPRINT_SHEET, fingerprintSheetPlan } from "../core/loop/fingerprint";
import { readPlanTasks } from "../core/loop/plan-tasks";
import {
  TEMPLATE_SHEET,
  templateFingerprint,
  templatePlans,
  type TemplateInput,
} from "../core/plans/template-plan";
import { safeSheetName, type SheetPlan } from "../core/sheet-plan";
import { readAnnexTable } from "../core/table";
import { validateSheet } from "../core/validate";
import type { WorkbookHost } from "../office/host";
import { activeSnapshot, PaneError, updateWith, workbookDirectory, workbookOptions } from "./action-support";

/** `Báo cáo phường Lãm Hà`: what the unit's clerk sees on the tab, short enough for Excel's 31 characters. */
export function templateSheetName(unit: string): string {
  return `${TEMPLATE_SHEET} ${unit.replace(/^\s*(?:ủy ban nhân dân|uỷ ban nhân dân|ubnd)\s+/iu, "")}`.slice(
    0,
    31,
  );
}

export interface TemplatesMade {
  /** The plan sheet the tasks were read from. */
  readonly source: string;
  /** Each unit's template sheet, with the number of tasks it holds. */
  readonly templates: readonly { readonly unit: string; readonly sheet: string; readonly tasks: number }[];
  /** Units that must report but have no task in the plan (no template made). */
  readonly withoutTasks: readonly string[];
}

/**
 * Tạo mẫu báo cáo: reads the active sheet as the plan and writes every unit's template sheet and its
 * fingerprint sheet in one update. `due`: the day reports are due, printed in the instructions.
 */
export async function createTemplates(
  host: WorkbookHost,
  today: DayNumber,
  due?: DayNumber,
): Promise<TemplatesMade> {
  const { value, written } = await updateWith(host, { active: true, directory: true }, (read) => {
    const snapshot = activeSnapshot(read);
    const table = readAnnexTable(snapshot);
    if (!table) throw new PaneError("noTable");
    const directory = workbookDirectory(read);
    const matcher = createAgencyMatcher(directory);
    const units = reportingUnits(matcher);
    if (units.length === 0) throw new PaneError("noReportingUnits");
    const { options } = workbookOptions(read.settings, today, directory);
    const period = validateSheet(snapshot, options, matcher).period;
    const plan = readPlanTasks(table);
    const taken = read.sheetList.map((s) => s.name);
    const plans: SheetPlan[] = [];
    const templates: { unit: string; sheet: string; tasks: number }[] = [];
    const withoutTasks: string[] = [];
    for (const unit of units) {
      const tasks = tasksForUnit(plan.tasks, unit, matcher);
      if (tasks.length === 0) {
        withoutTasks.push(unit.name);
        continue;
      }
      const input: TemplateInput = {
        plan,
        unit: unit.name,
        tasks,
        period,
        ...(due === undefined ? {} : { due }),
      };
      // Named for the unit (each CLI template's sheet is `Báo cáo`, one per file); the fingerprint
      // names the sheet it belongs to, which may be renamed later: consolidation pairs them by unit.
      const sheet = safeSheetName(templateSheetName(unit.name), taken);
      taken.push(sheet);
      const hidden = safeSheetName(FINGERPRINT_SHEET, taken);
      taken.push(hidden);
      const [report] = templatePlans(input);
      if (!report) continue;
      plans.push(
        { ...report, name: sheet },
        { ...fingerprintSheetPlan({ ...templateFingerprint(input), sheet }), name: hidden },
      );
      templates.push({ unit: unit.name, sheet, tasks: tasks.length });
    }
    return {
      write: { plans, ...(templates[0] ? { activate: templates[0].sheet } : {}) },
      value: { source: snapshot.sheet, templates, withoutTasks },
    };
  });
  if (written.length !== value.templates.length * 2) return value;
  // The names Excel actually gave (the same, unless a sheet appeared meanwhile).
  return {
    ...value,
    templates: value.templates.map((t, i) => ({ ...t, sheet: written[i * 2] ?? t.sheet })),
  };
}
