/**
 * `annex templates plan.xlsx --directory dm.xlsx -o folder/`: one report workbook per unit that must
 * report, with the plan's tasks assigned to it (issue 11). The plan file is never written.
 */
import { promises as fs } from "fs";
import path from "path";
import { createAgencyMatcher } from "../core/agency";
import { parseIsoDay } from "../core/day";
import { reportingUnits, tasksForUnit } from "../core/loop/assignment";
import { fingerprintProperties } from "../core/loop/fingerprint";
import { resolveValidateInput } from "../core/options";
import { templateFingerprint, templatePlans } from "../core/plans/template-plan";
import { foldKey } from "../core/text";
import { writeWorkbook } from "../file/write-file";
import type { CliArgs } from "./args";
import { texts } from "./cli-text";
import { loadDirectoryFile } from "./directory";
import type { CliIo, ExitCode } from "./io";
import { loopTexts } from "./loop-text";
import { readPlanFile } from "./plan-file";

/** `bao-cao-phuong-lam-ha.xlsx`: the unit's name without diacritics, safe on every file system. */
export function templateFileName(unit: string): string {
  const words = foldKey(unit)
    .replace(/^(?:uy ban nhan dan|ubnd) /, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `bao-cao-${words || "don-vi"}.xlsx`;
}

export async function runTemplates(args: CliArgs, io: CliIo): Promise<ExitCode> {
  const say = texts(args.lang);
  const loop = loopTexts(args.lang);
  const usage = (detail: string): ExitCode => {
    io.stderr(say.usageError(detail) + "\n");
    return 2;
  };
  const [planFile, ...extra] = args.inputs;
  if (planFile === undefined) return usage(say.noInputs);
  if (extra.length > 0) return usage(loop.planOneInput(args.inputs));
  if (args.directory === undefined) return usage(loop.needDirectory);
  if (args.output === undefined) return usage(loop.needOutputFolder);
  const due = args.due === undefined ? undefined : parseIsoDay(args.due);
  if (args.due !== undefined && due === undefined) return usage(loop.dueInvalid(args.due));
  const loaded = await loadDirectoryFile(args.directory, args.lang);
  if (!loaded.ok) return usage(loaded.message);
  const resolved = resolveValidateInput(
    {
      ...(args.year !== undefined ? { year: args.year } : {}),
      ...(args.period !== undefined ? { period: args.period } : {}),
      ...(args.langText !== undefined ? { lang: args.langText } : {}),
    },
    io.today,
    loaded.directory,
  );
  if (!resolved.ok) return usage(resolved.errors.join(" "));
  const matcher = createAgencyMatcher(loaded.directory);
  const units = reportingUnits(matcher);
  if (units.length === 0) return usage(loop.noReportingUnits(args.directory));
  const read = await readPlanFile(planFile, args, resolved.options, matcher);
  if (!read.ok) {
    io.stderr(read.message + "\n");
    return 2;
  }
  const { plan, period } = read;
  const lines = [loop.planRead(planFile, read.sheet, plan.tasks.length, plan.title)];
  const folder = args.output;
  let written = 0;
  try {
    await fs.mkdir(folder, { recursive: true });
    for (const unit of units) {
      const tasks = tasksForUnit(plan.tasks, unit, matcher);
      if (tasks.length === 0) {
        lines.push(loop.noTasksFor(unit.name));
        continue;
      }
      const input = { plan, unit: unit.name, tasks, period, ...(due === undefined ? {} : { due }) };
      const file = path.join(folder, templateFileName(unit.name));
      await writeWorkbook(templatePlans(input), file, {
        properties: fingerprintProperties(templateFingerprint(input)),
      });
      lines.push(loop.templateWritten(unit.name, file, tasks.length));
      written += 1;
    }
  } catch (error) {
    io.stdout(lines.join("\n") + "\n");
    io.stderr(say.writeFailed(folder, error) + "\n");
    return 2;
  }
  lines.push(loop.templatesDone(written, folder));
  io.stdout(lines.join("\n") + "\n");
  return 0;
}
