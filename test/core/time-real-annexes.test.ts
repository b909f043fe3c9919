/**
 * Every time cell of the eight real annexes (test/fixtures/real-annexes, README there) must parse: they are
 * published documents, so an unparsed cell is most likely the parser's fault. The floor below is the
 * count reached; raise it when the parser improves, never lower it silently.
 */
import fs from "fs";
import path from "path";
import { dayNumber } from "../../src/core/day";
import { parseTimeExpression } from "../../src/core/time-expression";
import type { TimeContext, TimeResult } from "../../src/core/time-types";
import { foldKey } from "../../src/core/text";

const ANNEX_DIR = path.resolve(__dirname, "../fixtures/real-annexes");
const PARSED_FLOOR = 247;
const CELLS_EXPECTED = 247;

// Most of these plans run to 2030; the plan only moves intervals, not whether a cell parses.
const PLAN: TimeContext = {
  defaultYear: 2026,
  period: { from: dayNumber(2026, 1, 1), to: dayNumber(2030, 12, 31) },
};

interface FileTally {
  readonly file: string;
  readonly cells: number;
  readonly parsed: number;
  readonly unparsed: readonly string[];
}

function readTimeCells(file: string): string[] {
  const lines = fs.readFileSync(path.join(ANNEX_DIR, file), "utf8").split(/\r?\n/);
  const header = (lines[0] ?? "").split("\t");
  const timeColumns = header.flatMap((label, i) => (foldKey(label).includes("thoi gian") ? [i] : []));
  return lines.slice(1).flatMap((line) => {
    const cells = line.split("\t");
    if (cells[0] !== "TASK") return [];
    return timeColumns.map((i) => cells[i] ?? "").filter((text) => text.trim() !== "");
  });
}

function tally(file: string): FileTally {
  const results: TimeResult[] = readTimeCells(file).map((text) => parseTimeExpression(text, PLAN));
  const unparsed = results.filter((r) => !r.ok).map((r) => `${r.text} (${r.ok ? "" : r.reason})`);
  return { file, cells: results.length, parsed: results.length - unparsed.length, unparsed };
}

describe("parseTimeExpression on the real annexes", () => {
  const files = fs
    .readdirSync(ANNEX_DIR)
    .filter((name) => name.endsWith("-rows.tsv"))
    .sort();
  const tallies = files.map(tally);

  it("finds the eight annexes and their time columns", () => {
    expect(files).toHaveLength(8);
    expect(tallies.reduce((sum, t) => sum + t.cells, 0)).toBe(CELLS_EXPECTED);
    // 07 has no time column at all (README).
    expect(tallies.filter((t) => t.cells === 0).map((t) => t.file)).toEqual(["07-rows.tsv"]);
  });

  it(`parses at least ${PARSED_FLOOR} of the time cells`, () => {
    const lines = tallies.map(
      (t) => `${t.file}: ${t.parsed}/${t.cells}${t.unparsed.map((u) => `\n  ✗ ${u}`).join("")}`,
    );
    const parsed = tallies.reduce((sum, t) => sum + t.parsed, 0);
    const cells = tallies.reduce((sum, t) => sum + t.cells, 0);
    console.log(`Time cells parsed in the real annexes:\n${lines.join("\n")}\ntotal: ${parsed}/${cells}`);
    expect(parsed).toBeGreaterThanOrEqual(PARSED_FLOOR);
  });

  it.each([
    ["Quí IV-2025", "quarter"],
    ["Quý IV/2025- Quý II/2026", "quarterRange"],
    ["Quý III Năm 2026", "quarter"],
    ["2025 - 2035", "multiYear"],
    ["Năm 2025 - 2026", "multiYear"],
    ["Thường xuyên, hằng năm", "recurring"],
    ["Tháng 12 hằng năm", "recurring"],
    ["Tháng 06/2026", "month"],
    ["Trước ngày 30/11/2025", "deadline"],
    ["Theo Kế hoạch riêng", "vague"],
    ["Khi có phát sinh.", "vague"],
    ["Sau khi có Quy chế của TW", "vague"],
  ])("reads the annexes' %j as %s", (text, kind) => {
    const all = files.flatMap(readTimeCells);
    expect(all).toContain(text);
    const result = parseTimeExpression(text, PLAN);
    expect(result.ok && result.kind).toBe(kind);
  });
});
