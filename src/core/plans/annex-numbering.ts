/** Renumbering of an annex (DESIGN §2): sections I, II… restarting per part, tasks 1., 2… per section. */
import { toRoman } from "../table/stt";
import type { AnnexRow } from "../table-types";

// How deep a written task number is: `1`/`1.` → 1, `1.1` → 2, `5.1.1` → 3, `III.1.1` → 2 (the section prefix
// is not a level of its own). Anything unrecognisable counts as a top-level task.
function taskDepth(stt: string): number {
  const groups = stt
    .trim()
    .replace(/^[IVXLC]+\./i, "")
    .split(".")
    .filter((g) => /^\d+$/.test(g.trim()));
  return Math.max(1, groups.length);
}

/**
 * The new STT of each section and task row, by index into `rows`; parts, sub-items, headings and notes keep
 * what was written (they are absent from the map).
 */
export function renumberRows(rows: readonly AnnexRow[]): Map<number, string> {
  const numbers = new Map<number, string>();
  let section = 0;
  let counters: number[] = [];
  rows.forEach((row, index) => {
    if (row.kind === "part") {
      section = 0;
      counters = [];
    } else if (row.kind === "section") {
      section += 1;
      counters = [];
      numbers.set(index, `${toRoman(section)}.`);
    } else if (row.kind === "task") {
      const depth = taskDepth(row.stt);
      const deeper = counters.length < depth;
      counters = counters.slice(0, depth);
      // A level skipped in the source (`2` then `2.1.1`) counts as its first item, never as 0.
      while (counters.length < depth - 1) counters.push(1);
      counters[depth - 1] = deeper ? 1 : (counters[depth - 1] ?? 0) + 1;
      numbers.set(index, depth === 1 ? `${counters[0]}.` : counters.join("."));
    }
  });
  return numbers;
}
