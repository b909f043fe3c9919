/**
 * Issue 8's "done when": the grid counts of a ward report equal a hand count, on a fixture with every
 * cell of the grid (done on time, late, on the deadline day, without a date; open in time, due soon,
 * overdue in each age band; no deadline; cancelled).
 */
import { createAgencyMatcher } from "../../src/core/agency";
import { consolidateSubmissions } from "../../src/core/consolidate";
import { parseIsoDay, yearInterval } from "../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import { validateSheet } from "../../src/core/validate";
import { GRID_REPORT, GRID_REPORT_AS_OF } from "../fixtures/grid-ward-report";

const asOf = parseIsoDay(GRID_REPORT_AS_OF) ?? 0;
const matcher = createAgencyMatcher(DEFAULT_DIRECTORY);

function consolidate(dueSoonDays?: number) {
  const options = { period: yearInterval(2024), asOf, directory: DEFAULT_DIRECTORY };
  const report = validateSheet(GRID_REPORT, options, matcher);
  return consolidateSubmissions(
    {
      reports: [report],
      unreadable: [],
      directory: DEFAULT_DIRECTORY,
      period: yearInterval(2024),
      asOf,
      ...(dueSoonDays === undefined ? {} : { dueSoonDays }),
    },
    matcher,
  );
}

describe("the status grid of a ward report, counted by hand", () => {
  const c = consolidate();
  const unit = c.units.find((u) => u.submitted);

  it("is the ward's", () => {
    expect(unit?.unit).toBe("Ủy ban nhân dân phường Bắc Sơn");
  });

  it("counts each task in its cell", () => {
    expect(unit?.grid).toEqual({
      total: 14,
      classes: {
        doneOnTime: 3, // I.1 before the deadline, I.4 on it, I.6 not yet due
        doneLate: 2, // I.2 by the completion column, I.3 by the status text
        doneUndated: 1, // I.5
        openInTime: 2, // II.1, II.2
        openOverdue: 4, // II.3, II.4, II.5, III.1
        noDeadline: 1, // II.6
        cancelled: 1, // II.7
        untracked: 0,
      },
      dueSoon: 1, // II.2
      bands: { upTo30: 1, upTo90: 1, over90: 2 },
    });
    expect(unit?.overdue).toBe(4);
    expect(unit?.done).toBe(6);
  });

  it("gives each task its completion day and days late", () => {
    const row = (section: string, stt: string) =>
      c.tasks.find((t) => t.section.startsWith(`${section} `) && t.stt === stt);
    expect([row("I", "1")?.completed, row("I", "1")?.grid]).toEqual(["2024-06-20", "doneOnTime"]);
    expect([row("I", "2")?.completed, row("I", "2")?.daysOverdue]).toEqual(["2024-04-10", 10]);
    expect([row("I", "3")?.completed, row("I", "3")?.daysOverdue]).toEqual(["2024-05-15", 15]);
    expect([row("I", "4")?.completed, row("I", "4")?.grid]).toEqual(["2024-06-15", "doneOnTime"]);
    expect(row("I", "5")?.completed).toBeUndefined();
    expect([row("II", "3")?.daysOverdue, row("II", "4")?.daysOverdue, row("II", "5")?.daysOverdue]).toEqual([
      15, 45, 106,
    ]);
    expect([row("III", "1")?.endDate, row("III", "1")?.grid, row("III", "1")?.daysOverdue]).toEqual([
      "2024-03-31",
      "openOverdue",
      106,
    ]);
  });

  it("reports OVERDUE on the same four tasks", () => {
    const report = validateSheet(
      GRID_REPORT,
      { period: yearInterval(2024), asOf, directory: DEFAULT_DIRECTORY },
      matcher,
    );
    expect(report.findings.filter((f) => f.code === "OVERDUE").map((f) => f.cell)).toEqual([
      "E15",
      "E16",
      "E17",
      "E21",
    ]);
  });

  it("widens 'due soon' with the window: within 200 days, II.1 (due 31/12) is due soon too", () => {
    const wide = consolidate(200).units.find((u) => u.submitted);
    expect(wide?.grid.dueSoon).toBe(2);
    expect(consolidate(0).units.find((u) => u.submitted)?.grid.dueSoon).toBe(0);
  });
});
