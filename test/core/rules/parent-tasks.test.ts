/** A task numbered under another (1.1, 1.2 under 1): the children inherit from it, and it groups them. */
import type { Cell } from "../../../src/core/snapshot";
import { found, grid, run, section, task } from "./sheet-grid";

const t = (stt: string, end: Cell = "Quý IV", lead: Cell = "Phòng Văn hóa và Thông tin"): Cell[] =>
  task(stt, end, lead);
const group = (stt: string, end: Cell, lead: Cell): Cell[] => [
  stt,
  "Nhóm nhiệm vụ về hạ tầng",
  null,
  end,
  lead,
  null,
];

const MISSING = ["LEAD_MISSING", "END_MISSING", "CONTENT_MISSING"] as const;

describe("tasks under a numbered parent task", () => {
  it.each<readonly [string, readonly (readonly Cell[])[], readonly string[]]>([
    [
      "the parent has the lead, the children the finish",
      [
        section("I"),
        group("1.", null, "Sở Nội vụ"),
        t("1.1", "Quý II", null),
        t("1.2", "Quý III", null),
        t("2."),
      ],
      [],
    ],
    [
      "the parent has the lead and finish, the children neither",
      [section("I"), group("1.", "Quý IV", "Sở Nội vụ"), t("1.1", null, null), t("1.2", null, null), t("2.")],
      [],
    ],
    [
      "the parent has the finish, the children their leads",
      [section("I"), group("1.", "Quý IV", null), t("1.1"), t("1.2"), t("2.")],
      [],
    ],
    [
      "three levels: 1.1.1 inherits from 1 through 1.1",
      [
        group("1.", "Quý IV", "Sở Nội vụ"),
        group("1.1", null, null),
        t("1.1.1", null, null),
        t("1.1.2", "Quý III"),
      ],
      [],
    ],
    [
      "no lead anywhere: each child is missing it, once",
      [section("I"), group("1.", "Quý IV", null), t("1.1", "Quý II", null), t("1.2", "Quý III", null)],
      ["LEAD_MISSING@E4", "LEAD_MISSING@E5"],
    ],
    [
      "a task 2 after 1.2 inherits nothing from task 1",
      [group("1.", "Quý IV", "Sở Nội vụ"), t("1.1", null, null), t("2.", null, null)],
      ["END_MISSING@D4", "LEAD_MISSING@E4"],
    ],
  ])("%s", (_name, rows, expected) => {
    expect(found(run(grid(rows)), ...MISSING)).toEqual(expected);
  });

  it("a child due after its parent task's finish is outside the parent's range, as a sub-item would be", () => {
    const report = run(
      grid([group("1.", "Quý II", "Sở Nội vụ"), t("1.1", "Quý I", null), t("1.2", "Quý IV", null)]),
    );
    expect(found(report, "OUTSIDE_SECTION_RANGE")).toEqual(["OUTSIDE_SECTION_RANGE@D4"]);
    expect(report.findings.find((f) => f.code === "OUTSIDE_SECTION_RANGE")?.params["section"]).toBe("1.");
  });
});
