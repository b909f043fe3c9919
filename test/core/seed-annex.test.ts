/**
 * The seed annex (test/fixtures/seeds/000, DESIGN §2) as the clerk's worksheet: a correct document except for
 * two deadlines typed in the wrong year (tasks I.2 and I.3: `Trước 20/12/2023`, `Trước 25/12/2023` in
 * the 2024 plan). The validator must find exactly those errors and invent none.
 */
import { parseIsoDay, yearInterval } from "../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import { formatFinding } from "../../src/core/messages";
import type { ValidateOptions } from "../../src/core/report-types";
import { validateSheet } from "../../src/core/validate";
import { SEED_ANNEX, seedAnnexSnapshot } from "../helpers/seed-annex";

const asOf = parseIsoDay("2024-06-30") ?? 0;
const withPeriod: ValidateOptions = { period: yearInterval(2024), asOf, directory: DEFAULT_DIRECTORY };

// Sheet rows of the tasks I.1, I.2, I.3 (the data start under the two-row header).
const TASK_I1 = SEED_ANNEX.dataRow + 1;
const TASK_I2 = SEED_ANNEX.dataRow + 2;
const TASK_I3 = SEED_ANNEX.dataRow + 3;

describe("seed annex 000", () => {
  const report = validateSheet(seedAnnexSnapshot(), withPeriod);

  it("finds the two deadlines outside 2024, on the finish cells of tasks I.2 and I.3, and no other error", () => {
    const errors = report.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => `${f.code}@${f.cell}`)).toEqual([
      `DEADLINE_OUTSIDE_PERIOD@D${TASK_I2}`,
      `DEADLINE_OUTSIDE_PERIOD@D${TASK_I3}`,
    ]);
    expect(errors.map((f) => f.params["deadline"])).toEqual(["19/12/2023", "24/12/2023"]);
    expect(formatFinding(errors[0]!, "vi").message).toContain("Trước 20/12/2023");
  });

  it("has no warnings: every agency is in the default directory, numbering and columns are right", () => {
    expect(report.findings.filter((f) => f.severity === "warning").map((f) => `${f.code}@${f.cell}`)).toEqual(
      [],
    );
  });

  it("notes only what a reader may want to know (a missing start, several leads)", () => {
    const infos = report.findings.filter((f) => f.severity === "info");
    expect(new Set(infos.map((f) => f.code))).toEqual(new Set(["START_MISSING", "LEAD_MULTIPLE"]));
    // Task I.1 is due `Quý I` with no start; I.2 and I.3 are one-off deadlines that need none.
    expect(infos.filter((f) => f.code === "START_MISSING").map((f) => f.cell)).toEqual([`C${TASK_I1}`]);
  });

  it("counts the twelve tasks and sorts findings by row", () => {
    expect(report.tasks).toBe(12);
    expect(report.empty).toBe(false);
    const rows = report.findings.map((f) => f.row ?? 0);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  });

  it("reads the plan year 2024 from the title when no period is given", () => {
    const fromTitle = validateSheet(seedAnnexSnapshot(), {
      asOf: parseIsoDay("2026-01-15") ?? 0,
      directory: DEFAULT_DIRECTORY,
    });
    expect(fromTitle.periodSource).toBe("title");
    expect(fromTitle.period).toEqual(yearInterval(2024));
    expect(fromTitle.findings.filter((f) => f.severity === "error").map((f) => f.cell)).toEqual([
      `D${TASK_I2}`,
      `D${TASK_I3}`,
    ]);
  });
});
