import { dayNumber } from "../../src/core/day";
import type { TaskStatus } from "../../src/core/status";
import { classifyTask, countGrid, type GridClass } from "../../src/core/task-grid";

const d = (month: number, day: number) => dayNumber(2024, month, day);
const asOf = d(6, 30);

describe("classifyTask: the official status grid", () => {
  it.each<[string, TaskStatus, number | undefined, number | undefined, GridClass, number | undefined]>([
    ["done before the deadline", "done", d(6, 15), d(6, 10), "doneOnTime", undefined],
    ["done on the deadline day is on time", "done", d(6, 15), d(6, 15), "doneOnTime", undefined],
    ["done after the deadline", "done", d(6, 15), d(6, 20), "doneLate", 5],
    ["done, no date, deadline passed", "done", d(6, 15), undefined, "doneUndated", undefined],
    [
      "done, no date, deadline not passed: done in time",
      "done",
      d(9, 30),
      undefined,
      "doneOnTime",
      undefined,
    ],
    ["open, deadline passed", "inProgress", d(6, 15), undefined, "openOverdue", 15],
    ["blank status, deadline passed", "blank", d(6, 15), undefined, "openOverdue", 15],
    ["open, due on the as-of day", "notStarted", d(6, 30), undefined, "openInTime", undefined],
    ["open, due later", "inProgress", d(12, 31), undefined, "openInTime", undefined],
    ["no deadline", "inProgress", undefined, undefined, "noDeadline", undefined],
    ["done with no deadline", "done", undefined, d(3, 1), "noDeadline", undefined],
    ["cancelled, deadline passed", "cancelled", d(1, 31), undefined, "cancelled", undefined],
  ])("%s", (_name, status, deadline, completed, grid, days) => {
    const place = classifyTask({
      status,
      tracked: true,
      ...(deadline === undefined ? {} : { deadline }),
      ...(completed === undefined ? {} : { completed }),
      asOf,
      dueSoonDays: 7,
    });
    expect(place.grid).toBe(grid);
    expect(place.daysOverdue).toBe(days);
  });

  it("a sheet without a status column is untracked", () => {
    expect(
      classifyTask({ status: "blank", tracked: false, deadline: d(1, 1), asOf, dueSoonDays: 7 }).grid,
    ).toBe("untracked");
  });

  it("due soon is open work due within N days", () => {
    const at = (deadline: number, dueSoonDays = 7) =>
      classifyTask({ status: "inProgress", tracked: true, deadline, asOf, dueSoonDays }).dueSoon;
    expect(at(d(7, 7))).toBe(true);
    expect(at(d(7, 8))).toBe(false);
    expect(at(d(7, 8), 10)).toBe(true);
    expect(at(d(6, 29))).toBe(false);
  });

  it("counts classes, due-soon and overdue age bands", () => {
    const places = [d(6, 20), d(5, 1), d(5, 31), d(3, 1), d(7, 2)].map((deadline) =>
      classifyTask({ status: "inProgress", tracked: true, deadline, asOf, dueSoonDays: 7 }),
    );
    const counts = countGrid(places);
    expect(counts.total).toBe(5);
    expect(counts.classes.openOverdue).toBe(4);
    expect(counts.classes.openInTime).toBe(1);
    expect(counts.dueSoon).toBe(1);
    // 10 days, 60 days, 30 days, 121 days.
    expect(counts.bands).toEqual({ upTo30: 2, upTo90: 1, over90: 1 });
  });
});
