/** Splitting a combined `Thời gian thực hiện` cell into its start and finish texts (DESIGN §2). */
import { normalizeText } from "../text";
import { parseTimeExpression } from "../time-expression";
import type { Cell } from "../snapshot";
import type { TimeContext, TimeResult } from "../time-types";

export interface TimeSplit {
  readonly start: string;
  readonly end: string;
}

export type TimeParser = (cell: Cell, ctx: TimeContext) => TimeResult;

// `Từ … đến …` (also `tới`); the leading `Từ` belongs to the range, not to the start.
const FROM_TO = /^(?:từ\s+)?(.+?)\s+(?:đến|tới)\s+(.+)$/iu;
const LEADING_UNIT = /^(quý|quí|tháng|năm|giai đoạn)\s+/iu;

/**
 * The start and finish texts of a combined time cell (`Quý I - Quý IV` → `Quý I` / `Quý IV`), or undefined
 * when the text is not a range, is a sentence, or cannot be cut into two parseable halves (then the caller
 * keeps it whole).
 */
export function splitTimeRange(
  text: string,
  ctx: TimeContext,
  parse: TimeParser = parseTimeExpression,
): TimeSplit | undefined {
  const whole = parse(text, ctx);
  // A range read from a sentence stays in the sentence: cutting it would mangle the user's text.
  if (!whole.ok || !whole.isRange || whole.read !== undefined) return undefined;
  const normal = normalizeText(text);
  for (const [left, right] of candidateCuts(normal)) {
    const split = verifiedSplit(left, right, whole.interval, ctx, parse);
    if (split) return split;
  }
  return undefined;
}

function candidateCuts(text: string): [string, string][] {
  const cuts: [string, string][] = [];
  const fromTo = FROM_TO.exec(text);
  if (fromTo?.[1] && fromTo[2]) cuts.push([fromTo[1], fromTo[2]]);
  const body = text.replace(/^từ\s+/iu, "");
  // Dashes with a space on either side first (`Quý IV/2025- Quý II/2026`), then bare ones (`Quý II-III`),
  // so that a dash inside a date (`20-12-2023`) is the last thing tried.
  const spaced: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== "-") continue;
    const spacedAround = body[i - 1] === " " || body[i + 1] === " ";
    (spacedAround ? spaced : bare).push(i);
  }
  for (const i of [...spaced, ...bare]) cuts.push([body.slice(0, i).trim(), body.slice(i + 1).trim()]);
  return cuts.filter(([l, r]) => l !== "" && r !== "");
}

function verifiedSplit(
  left: string,
  right: string,
  whole: { readonly from: number; readonly to: number } | undefined,
  ctx: TimeContext,
  parse: TimeParser,
): TimeSplit | undefined {
  const l = parse(left, ctx);
  if (!l.ok) return undefined;
  let end = right;
  let r = parse(right, ctx);
  if (!r.ok) {
    // `Quý II-III`: the finish borrows the start's unit word.
    const unit = LEADING_UNIT.exec(left)?.[0];
    if (!unit) return undefined;
    end = unit + right;
    r = parse(end, ctx);
    if (!r.ok) return undefined;
  }
  // A half without a year is read in the plan year, so one matching end of the whole range is enough.
  const matches =
    !whole ||
    (l.interval !== undefined && l.interval.from === whole.from) ||
    (r.interval !== undefined && r.interval.to === whole.to);
  return matches ? { start: left, end } : undefined;
}
