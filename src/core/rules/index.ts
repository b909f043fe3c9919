/** Runs every table rule in order and returns the findings sorted by row, then column. */
import type { DayInterval, DayNumber } from "../day";
import { toYmd } from "../day";
import type { Finding } from "../findings";
import type { Cell, SheetSnapshot } from "../snapshot";
import type { SttInfo } from "../table/stt";
import type { AnnexTable } from "../table-types";
import { parseTimeExpression } from "../time-expression";
import type { TimeContext, TimeResult } from "../time-types";
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

export interface TableRuleInput {
  readonly snapshot: SheetSnapshot;
  readonly table: AnnexTable;
  readonly period: DayInterval;
  readonly asOf: DayNumber;
  readonly matcher: MentionSource;
  /** The sheet's own unit, computed before the rules run. */
  readonly unit?: string;
}

/** All findings about one recognised table (not the sheet-level ones: truncation, no header). */
export function runTableRules(input: TableRuleInput): Finding[] {
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
  checkNumbering(ctx, emit);
  checkContent(ctx, emit);
  checkLeadPresence(ctx, emit);
  checkAgencies(ctx, emit);
  const deadlines = checkTimes(ctx, emit);
  checkProgress(ctx, deadlines, emit);
  return sortFindings(drafts.map((draft) => toFinding(draft, snapshot.sheet, snapshot.file)));
}

/** Every row's STT; the same few numbers repeat (1, 2, 3 in every section), so each is read once. */
function readStts(table: AnnexTable): SttInfo[] {
  const seen = new Map<string, SttInfo>();
  return table.rows.map((row) => {
    let info = seen.get(row.stt);
    if (info === undefined) {
      info = readStt(row.stt);
      seen.set(row.stt, info);
    }
    return info;
  });
}

/** A time parser for one sheet, cached by cell content (sheets repeat the same few times). */
export function timeParser(period: DayInterval): (cell: Cell) => TimeResult {
  const ctx: TimeContext = { defaultYear: toYmd(period.from).year, period };
  const cache = new Map<string, TimeResult>();
  return (cell) => {
    const key = cacheKey(cell);
    if (key === undefined) return parseTimeExpression(cell, ctx);
    let result = cache.get(key);
    if (result === undefined) {
      result = parseTimeExpression(cell, ctx);
      cache.set(key, result);
    }
    return result;
  };
}

function cacheKey(cell: Cell): string | undefined {
  if (typeof cell === "string") return `s${cell}`;
  if (typeof cell === "number") return `n${cell}`;
  if (cell !== null && typeof cell === "object" && "date" in cell) return `d${cell.date}`;
  return undefined;
}

/** By row, then column; findings without a row (whole sheet) first; stable otherwise. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  // Array.prototype.sort is stable: findings on one cell keep the order the rules emitted them in.
  return [...findings].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
