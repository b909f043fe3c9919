/**
 * Fixes the clerk asks for from a finding: a suggested name or time written into its own cell. Each is one
 * host call to write and one to re-check the rows it changed (recheck.ts).
 */
import type { DayNumber } from "../core/day";
import type { Finding } from "../core/findings";
import type { WorkbookHost } from "../office/host";
import { replaceName, suggestedFix, type SheetCheck } from "./actions";
import { recheckChanges, type Recheck } from "./recheck";

/** The cells a fix of these findings writes (each finding's own cell), with the text it replaces there. */
export function fixTargets(findings: readonly Finding[]): Map<string, string> {
  const byCell = new Map<string, string>();
  for (const finding of findings) {
    const fix = suggestedFix(finding);
    if (fix && finding.cell !== undefined) byCell.set(finding.cell, fix.from);
  }
  return byCell;
}

/**
 * Sửa theo gợi ý: writes `to` in place of each finding's name, in its own cell only (one host call), then
 * re-checks the rows changed (a second) so the list shows what is left. Returns the cells changed.
 */
export async function applySuggestion(
  host: WorkbookHost,
  check: SheetCheck,
  findings: readonly Finding[],
  to: string,
  today: DayNumber,
): Promise<{ readonly changed: number; readonly recheck: Recheck }> {
  const byCell = fixTargets(findings);
  const changed = await host.editCells(check.report.sheet, [...byCell.keys()], (address, text) => {
    const from = byCell.get(address);
    return from === undefined ? undefined : replaceName(text, from, to);
  });
  const changes = [...byCell.keys()].map((address) => ({ address, changeType: "RangeEdited" }));
  return { changed, recheck: await recheckChanges(host, check, changes, today) };
}
