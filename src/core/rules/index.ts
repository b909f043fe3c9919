/** Runs every table rule in order and returns the findings sorted by row, then column. */
import type { DayInterval, DayNumber } from "../day";
import type { Finding } from "../findings";
import type { SheetSnapshot } from "../snapshot";
import type { SttInfo } from "../table/stt";
import type { AnnexTable } from "../table-types";
import { keptTasks, resolveTasks, type ResolvedTasks } from "../resolve-tasks";
import { timeParser } from "../task-cells";
import { checkAgencies } from "./agencies";
import { checkCells } from "./cells";
import { checkColumns } from "./columns";
import { checkContent } from "./content";
import {
  cellTextNormaliser,
  inheritanceLinks,
  readStt,
  toFinding,
  type FindingDraft,
  type MentionSource,
  type RuleContext,
} from "./context";
import { checkLeadPresence } from "./leads";
import { checkNumbering } from "./numbering";
import { checkProgress } from "./progress";
import { checkTimes } from "./times";
import { keptMemo } from "../memo";

export interface TableRuleInput {
  readonly snapshot: SheetSnapshot;
  readonly table: AnnexTable;
  readonly period: DayInterval;
  readonly asOf: DayNumber;
  readonly matcher: MentionSource;
  /** The sheet's own unit, computed before the rules run. */
  readonly unit?: string;
  /** "Sắp đến hạn" window for the resolved tasks' places (default DEFAULT_DUE_SOON_DAYS). */
  readonly dueSoonDays?: number;
}

/**
 * All findings about one recognised table (not the sheet-level ones: truncation, no header), and the
 * resolved tasks they were found on.
 */
export function runTableRules(input: TableRuleInput): { findings: Finding[]; resolved: ResolvedTasks } {
  const { snapshot, table } = input;
  const drafts: FindingDraft[] = [];
  const emit = (draft: FindingDraft): void => {
    drafts.push(draft);
  };
  checkColumns(table.header, emit);
  const flagged = checkCells(snapshot, table, emit);
  const ctx: RuleContext = {
    ...input,
    flagged,
    parseTime: timeParser(input.period),
    text: cellTextNormaliser(),
    stt: readStts(table),
    up: inheritanceLinks(table),
  };
  const resolved = resolveTasks({ ...input, readers: ctx, up: ctx.up });
  checkNumbering(ctx, emit);
  checkContent(ctx, emit);
  checkLeadPresence(ctx, resolved, emit);
  checkAgencies(ctx, emit);
  checkTimes(ctx, resolved, emit);
  checkProgress(ctx, resolved, emit);
  return {
    findings: sortFindings(drafts.map((draft) => toFinding(draft, snapshot.sheet, snapshot.file))),
    resolved: keptTasks(resolved),
  };
}

/**
 * Every row's STT; the same few numbers repeat (1, 2, 3 in every section, and in every report of a plan),
 * so each is read once for the run (bounded: a run of many distinct numbers keeps only the recent ones).
 */
function readStts(table: AnnexTable): SttInfo[] {
  return table.rows.map((row) => sttRead(row.stt));
}

const sttRead = keptMemo((stt: string) => readStt(stt), 20_000);

/** By row, then column; findings without a row (whole sheet) first; stable otherwise. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  // Array.prototype.sort is stable: findings on one cell keep the order the rules emitted them in.
  return [...findings].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
