import type { PlanStyle, SheetPlan } from "../../src/core/sheet-plan";
import { estimateRowHeights, wrappedLines } from "../../src/file/row-heights";

describe("wrappedLines", () => {
  it.each([
    ["", 10, 1],
    ["một hai ba", 10, 1],
    ["một hai ba bốn", 10, 2],
    ["dòng một\ndòng hai", 40, 2],
    ["abcdefghijklmnopqrstuvwxy", 10, 3],
    ["Tuyên truyền trên mạng xã hội", 12, 3],
  ])("%j at %i characters → %i lines", (text, capacity, lines) => {
    expect(wrappedLines(text, capacity)).toBe(lines);
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

  it("grows rows with wrapped text, the more lines the taller", () => {
    expect(heights.get(2)).toBeGreaterThan(45);
    expect(heights.get(3)).toBeGreaterThan(15.5);
    expect(heights.get(3)).toBeLessThan(heights.get(2)!);
  });

  it("leaves one-line rows and the plan's own heights alone", () => {
    expect(heights.has(5)).toBe(false);
    expect(heights.get(4)).toBeLessThan(20);
    expect(heights.get(1)).toBeLessThan(20);
  });
});
