/**
 * The plan the submissions report on, as their title blocks name it: the title most of them carry (a
 * ward's `BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ … NĂM 2024`) and the `(Kèm theo Kế hoạch số …)` line most carry.
 */
import type { SheetReport } from "./report-types";
import { foldKey, normalizeText } from "./text";

export interface PlanTitle {
  /** The shared title, as the first submission carrying it writes it. */
  readonly name?: string;
  /** The shared `(Kèm theo …)` line: which plan, by number and date. */
  readonly reference?: string;
}

/** The most frequent text (compared folded; a tie goes to the one seen first), written as first seen. */
function mostFrequent(texts: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, { text: string; count: number }>();
  for (const raw of texts) {
    if (raw === undefined) continue;
    const text = normalizeText(raw);
    if (text === "") continue;
    const key = foldKey(text);
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { text, count: 1 });
  }
  let best: { text: string; count: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.text;
}

/** The title and plan reference the submissions share; empty when none carries either. */
export function planTitleOf(reports: readonly SheetReport[]): PlanTitle {
  const titles = reports.map((r) => r.table?.title);
  const name = mostFrequent(titles.map((t) => t?.title));
  const reference = mostFrequent(titles.map((t) => t?.attachedTo));
  return { ...(name !== undefined ? { name } : {}), ...(reference !== undefined ? { reference } : {}) };
}
