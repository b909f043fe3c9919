/**
 * Times fixed without typing (issue 9): which time findings carry a correction, and that it is offered only
 * when certain — a slip the parser reads anyway or a look-alike letter, never an impossible quarter or day.
 */
import { lookAlikeRepair, standardTimeSpelling } from "../../../src/core/time-respell";
import { grid, run, task } from "./sheet-grid";

/** The finish cell D2 as written → the finding on D2 and its correction (none: no suggestion). */
const cases: readonly (readonly [string, string, string | undefined])[] = [
  ["Qúy II", "TIME_SPELLING", "Quý II"],
  ["Quí 2", "TIME_SPELLING", "Quý II"],
  ["quy II/2024", "TIME_SPELLING", "Quý II/2024"],
  ["QUY III", "TIME_SPELLING", "Quý III"],
  ["Qủy IV", "TIME_SPELLING", "Quý IV"],
  ["Quỳ I - Qúy IV", "TIME_SPELLING", "Quý I - Quý IV"],
  ["Quí IV-2024", "TIME_SPELLING", "Quý IV-2024"],
  ["30/6//2024", "TIME_SPELLING", "30/6/2024"],
  ["Trước 30/6//2024", "TIME_SPELLING", "Trước 30/6/2024"],
  ["Quý ll", "TIME_UNPARSEABLE", "Quý II"],
  ["Qúy lV", "TIME_UNPARSEABLE", "Quý IV"],
  ["30/06/2O24", "TIME_UNPARSEABLE", "30/06/2024"],
  ["Tháng 1O/2024", "TIME_UNPARSEABLE", "Tháng 10/2024"],
  // Never a guess: an impossible quarter or day has no slip to correct.
  ["Quý V", "QUARTER_INVALID", undefined],
  ["Qúy V", "QUARTER_INVALID", undefined],
  ["31/02/2024", "DATE_INVALID", undefined],
  ["abc xyz", "TIME_UNPARSEABLE", undefined],
];

describe("time findings and their corrections", () => {
  it.each(cases)("%s → %s, corrected to %s", (cell, code, to) => {
    const report = run(grid([task("1", cell, undefined, undefined, null)]));
    const finding = report.findings.find((f) => f.cell === "D2" && f.code === code);
    expect(finding).toBeDefined();
    expect(finding?.suggestions).toEqual(to === undefined ? undefined : [to]);
    if (to !== undefined) expect(finding?.params["text"]).toBe(cell);
  });

  it.each(["Quý II", "quý II", "Quý 2", "30/6/2024", "Trước 30/6/2024", "Quý I - Quý IV", "Thường xuyên"])(
    "%s is standard: no spelling finding",
    (cell) => {
      const report = run(grid([task("1", cell, undefined, undefined, null)]));
      expect(report.findings.filter((f) => f.code === "TIME_SPELLING")).toEqual([]);
    },
  );

  it("a start cell gets its correction too", () => {
    const report = run(grid([task("1", "Quý IV", undefined, undefined, "Qúy I")]));
    const finding = report.findings.find((f) => f.code === "TIME_SPELLING");
    expect([finding?.cell, finding?.field, finding?.suggestions]).toEqual(["C2", "start", ["Quý I"]]);
  });

  it("a time in a sentence is not rewritten", () => {
    const report = run(grid([task("1", "Ban hành trong qúy I năm 2024, sau đó rà soát")]));
    expect(report.findings.filter((f) => f.code === "TIME_SPELLING")).toEqual([]);
  });
});

describe("the spelling and look-alike repairs", () => {
  it.each([
    ["quy định", "quy định"],
    ["Quyết định 12", "Quyết định 12"],
    ["Quý 2", "Quý 2"],
    ["Qúy V", "Qúy V"],
    ["15/6/2024 - 30/6//2024", "15/6/2024 - 30/6/2024"],
  ])("standardTimeSpelling(%s) = %s", (text, standard) => {
    expect(standardTimeSpelling(text)).toBe(standard);
  });

  it.each([
    ["Ông lI", "Ông lI"],
    ["Quý V", "Quý V"],
    ["3O/6/2O24", "30/6/2024"],
  ])("lookAlikeRepair(%s) = %s", (text, repaired) => {
    expect(lookAlikeRepair(text)).toBe(repaired);
  });
});
