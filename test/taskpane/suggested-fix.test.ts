import { replaceName, suggestedFix } from "../../src/taskpane/actions";
import { grid, run, task } from "../core/rules/sheet-grid";

describe("Sửa ô này thành … for a time", () => {
  it("offers the reversed range the right way round and rewrites only a cell still holding it", () => {
    const report = run(grid([task("1", "Quý IV - Quý II", undefined, undefined, null)]));
    const finding = report.findings.find((f) => f.code === "RANGE_REVERSED");
    const fix = finding && suggestedFix(finding);
    expect(fix).toEqual({ from: "Quý IV - Quý II", to: ["Quý II - Quý IV"] });
    expect(replaceName("Quý IV - Quý II", fix?.from ?? "", "Quý II - Quý IV")).toBe("Quý II - Quý IV");
    expect(replaceName("Quý III", fix?.from ?? "", "Quý II - Quý IV")).toBeUndefined();
  });

  it("offers nothing for a time it cannot correct with certainty (Quý V, 31/02/2024)", () => {
    const report = run(grid([task("1", "Quý V"), task("2", "31/02/2024", undefined, undefined, null)]));
    const timed = report.findings.filter((f) => f.field === "end");
    expect(timed.map((f) => f.code)).toEqual(["QUARTER_INVALID", "DATE_INVALID"]);
    expect(timed.map((f) => suggestedFix(f))).toEqual([undefined, undefined]);
  });
});
