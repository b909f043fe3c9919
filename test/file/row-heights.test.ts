import type { PlanStyle, SheetPlan } from "../../src/core/sheet-plan";
import { textWidthPoints } from "../../src/core/plans/font-metrics";
import { columnTextPoints, wrappedLinesAt } from "../../src/core/plans/font-metrics";
import { estimateRowHeights } from "../../src/file/row-heights";

describe("textWidthPoints (Times New Roman's advance widths)", () => {
  it.each([
    // m is 0.778 em, i 0.278 em, a space 0.25 em: at 12 pt, 9.336, 3.336 and 3 points.
    ["mmmmm", 12, 5 * 0.778 * 12],
    ["iiiii", 12, 5 * 0.278 * 12],
    ["a b", 10, (0.444 + 0.25 + 0.5) * 10],
    // A toned letter is as wide as its base letter, composed or decomposed.
    ["ệ", 12, 0.444 * 12],
    ["e\u0323\u0302", 12, 0.444 * 12],
    ["Đ", 12, 0.722 * 12],
  ])("%j at %i pt is %f pt", (text, size, points) => {
    expect(textWidthPoints(text, size)).toBeCloseTo(points, 3);
  });
});

describe("wrappedLinesAt", () => {
  it.each([
    ["", 100, 1],
    ["một hai ba", 100, 1],
    ["dòng một\ndòng hai", 400, 2],
    // Each `mmmmm` is 46.68 pt at 12 pt, a space 3 pt: two need 96.36 pt, three 146.04 pt.
    ["mmmmm mmmmm mmmmm", 100, 2],
    ["mmmmm mmmmm mmmmm", 96.3, 3],
    ["mmmmm mmmmm mmmmm", 96.4, 2],
    ["mmmmm mmmmm mmmmm", 143.1, 2],
    ["mmmmm mmmmm mmmmm", 146.1, 1],
    // A word longer than a line breaks across lines.
    ["mmmmmmmmmmmmmmmmmmmm", 100, 2],
  ])("%j in %f pt → %i lines", (text, width, lines) => {
    expect(wrappedLinesAt(text, width, 12)).toBe(lines);
  });
});

describe("columnTextPoints", () => {
  it("is the column's pixels (7 per width unit + 5) less the cell margins, in points", () => {
    expect(columnTextPoints(50)).toBeCloseTo((50 * 7 + 5 - 4) * 0.75);
  });
});

describe("estimateRowHeights", () => {
  const wrap: PlanStyle = { wrap: true };
  const long = "Tổ chức và tham gia hội nghị, hội thảo, toạ đàm về chuyển đổi số nhằm trao đổi kinh nghiệm.";
  const plan: SheetPlan = {
    name: "x",
    font: { name: "Times New Roman", size: 12 },
    values: [["Tiêu đề"], [long, long], [long], ["ngắn"], [long]],
    styles: [],
    merges: [{ top: 3, left: 1, bottom: 3, right: 2 }],
    columnWidths: [20, 20],
    rowHeights: { 5: 40 },
  };
  const heights = estimateRowHeights(plan, (r, c) => (r === 1 || (r === 2 && c === 2) ? undefined : wrap));

  it("gives each line the font's line spacing and no spare line (seed 000's 10-line cell: 140 pt, was 173)", () => {
    const lines = wrappedLinesAt(long, columnTextPoints(20), 12);
    expect(heights.get(2)).toBeCloseTo(lines * 12 * 1.15 + 2, 0);
  });

  it("grows rows with wrapped text, the more lines the taller", () => {
    expect(heights.get(2)).toBeGreaterThan(45);
    expect(heights.get(3)).toBeGreaterThan(15.5);
    expect(heights.get(3)).toBeLessThan(heights.get(2)!);
  });

  it("measures a text met again afresh for another width, size or weight (kept counts are per measure)", () => {
    const styles: PlanStyle[] = [wrap, { wrap: true, bold: true }, { wrap: true, fontSize: 16 }, wrap];
    const text = "mmmmm mmmmm mmmmm";
    // 18.5 units hold two of these words in regular type (97.5 pt), not in bold; two columns, all three.
    const repeated: SheetPlan = {
      ...plan,
      values: styles.map(() => [text]),
      merges: [],
      rowHeights: {},
      columnWidths: [18.5, 18.5],
    };
    const alone = (r: number): number | undefined =>
      estimateRowHeights(
        { ...repeated, values: [[text]], columnWidths: [r === 4 ? 37 : 18.5] },
        () => styles[r - 1],
      ).get(1);
    const together = estimateRowHeights(
      { ...repeated, merges: [{ top: 4, left: 1, bottom: 4, right: 2 }] },
      (r) => styles[r - 1],
    );
    expect([1, 2, 3, 4].map((r) => together.get(r))).toEqual([1, 2, 3, 4].map(alone));
    expect(new Set([1, 2, 3, 4].map((r) => together.get(r))).size).toBe(4);
  });

  it("leaves one-line rows and the plan's own heights alone", () => {
    expect(heights.has(5)).toBe(false);
    expect(heights.get(4)).toBeLessThan(20);
    expect(heights.get(1)).toBeLessThan(20);
  });
});
