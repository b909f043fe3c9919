/**
 * What `annex consolidate` adds for the round trip with the units (issue 11): `--plan` (the plan the
 * templates were made from), `--previous` (the `Thay đổi` sheet against an earlier summary) and
 * `--feedback DIR` (one printable file per unit).
 */
import { promises as fs } from "fs";
import path from "path";
import { createAgencyMatcher } from "../core/agency";
import { consolidateSubmissions, type Consolidation } from "../core/consolidate";
import { parseIsoDay } from "../core/day";
import { reportingUnits, tasksForUnit } from "../core/loop/assignment";
import { compareTaskLines } from "../core/loop/changes";
import { readTaskLines, taskLinesOf } from "../core/plans/data-lines";
import { unitFeedback } from "../core/loop/feedback";
import type { PlanTask, PlanTasks } from "../core/loop/plan-tasks";
import { changesPlan } from "../core/plans/changes-plan";
import { feedbackPlan } from "../core/plans/feedback-plan";
import type { SheetPlan } from "../core/sheet-plan";
import { readWorkbook } from "../file/read-workbook";
import { writeWorkbook } from "../file/write-file";
import type { CliArgs } from "./args";
import { loadReports } from "./load-reports";
import { loopTexts } from "./loop-text";
import { readPlanFile } from "./plan-file";
import type { PreparedRun } from "./run-setup";
import { templateFileName } from "./templates-command";

export type Loaded<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** `--plan FILE`, when given. */
export async function loadPlanOption(
  args: CliArgs,
  run: PreparedRun,
): Promise<Loaded<PlanTasks | undefined>> {
  if (args.plan === undefined) return { ok: true, value: undefined };
  const read = await readPlanFile(args.plan, args, run.options, createAgencyMatcher(run.directory));
  return read.ok ? { ok: true, value: read.plan } : { ok: false, message: read.message };
}

/** `--due`, checked: a day, or undefined when not given. */
export function dueOption(args: CliArgs): Loaded<number | undefined> {
  if (args.due === undefined) return { ok: true, value: undefined };
  const day = parseIsoDay(args.due);
  return day === undefined
    ? { ok: false, message: loopTexts(args.lang).dueInvalid(args.due) }
    : { ok: true, value: day };
}

/**
 * The `Thay đổi` sheet against `--previous FILE`: an earlier summary (its data sheet, known by its owner
 * marker), or a unit's earlier report (read and consolidated on its own, as the current reports are).
 */
export async function changesSheet(
  file: string,
  consolidation: Consolidation,
  run: PreparedRun,
): Promise<Loaded<{ plan: SheetPlan; count: number }>> {
  const lang = run.lang;
  const say = loopTexts(lang);
  const read = await readWorkbook(file, file, { lang });
  if (!read.ok) return { ok: false, message: say.previousUnreadable(file, read.message) };
  const sheet = read.sheets.find((s) => read.owners[s.sheet] === "data");
  let before = sheet === undefined ? undefined : readTaskLines(sheet);
  if (before === undefined) {
    const earlier = await loadReports([file], run.options, true, lang, (name, language) =>
      readWorkbook(name, name, { lang: language }),
    );
    const reports = earlier.reports.filter((r) => r.table);
    if (reports.length > 0) {
      const previous = consolidateSubmissions({
        reports,
        unreadable: [],
        directory: run.directory,
        period: consolidation.period,
        asOf: consolidation.asOf,
      });
      before = taskLinesOf(previous, lang);
    }
  }
  if (before === undefined) {
    const reason =
      lang === "en"
        ? "it is neither a summary written by this tool (Dữ liệu tổng hợp) nor a report with a task table."
        : 'tệp không phải bản tổng hợp do công cụ này ghi (trang "Dữ liệu tổng hợp"), cũng không phải báo cáo có bảng nhiệm vụ.';
    return { ok: false, message: say.previousUnreadable(file, reason) };
  }
  const changes = compareTaskLines(before, taskLinesOf(consolidation, lang));
  return { ok: true, value: { plan: changesPlan(changes, lang), count: changes.length } };
}

/** One feedback workbook per unit in `folder`; returns how many were written. */
export async function writeFeedbackFiles(
  folder: string,
  consolidation: Consolidation,
  run: PreparedRun,
  plan: PlanTasks | undefined,
  due: number | undefined,
  /** Only the units whose report was read (`annex validate`: no reminders for the others). */
  reportedOnly = false,
): Promise<number> {
  const owed = new Map<string, readonly PlanTask[]>();
  if (plan) {
    const matcher = createAgencyMatcher(run.directory);
    for (const unit of reportingUnits(matcher)) {
      owed.set(
        unit.name,
        tasksForUnit(plan.tasks, unit, matcher).map((a) => a.task),
      );
    }
  }
  await fs.mkdir(folder, { recursive: true });
  let written = 0;
  for (const feedback of unitFeedback({ consolidation, owed })) {
    if (reportedOnly && feedback.kind === "reminder") continue;
    const sheet = feedbackPlan(feedback, {
      planTitle: plan?.title ?? "",
      period: consolidation.period,
      asOf: consolidation.asOf,
      ...(due === undefined ? {} : { due }),
      lang: run.lang,
    });
    const name = templateFileName(feedback.unit).replace(/^bao-cao-/, "phan-hoi-");
    await writeWorkbook([sheet], path.join(folder, name));
    written += 1;
  }
  return written;
}
