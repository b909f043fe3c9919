/** Tasks drawn without numbers: checked as tasks, with at most one note for the sheet, not one per row. */
import type { Cell } from "../../../src/core/snapshot";
import { found, grid, run, section, task } from "./sheet-grid";

/** A task row with an empty STT cell (content, start, end, lead as given). */
const bare = (content: string, end: Cell = "Quý IV", lead: Cell = "Phòng Văn hóa và Thông tin"): Cell[] => [
  null,
  content,
  "Quý I",
  end,
  lead,
  null,
];

const NUMBER_CODES = ["STT_INVALID", "STT_GAP", "STT_DUPLICATE"] as const;

describe("task rows with no STT", () => {
  it.each<readonly [string, readonly (readonly Cell[])[], number]>([
    [
      "under numbered headings",
      [
        section("1.", "Công tác tuyên truyền"),
        bare("Tuyên truyền trên Cổng thông tin"),
        bare("Tuyên truyền trên loa truyền thanh"),
        section("2.", "Công tác đào tạo"),
        bare("Tập huấn cán bộ"),
      ],
      3,
    ],
    [
      "under Roman sections",
      [section("I"), bare("Tuyên truyền"), bare("Tập huấn"), section("II"), bare("Kiểm tra")],
      3,
    ],
    ["in a table with no numbers at all", [bare("Tuyên truyền"), bare("Tập huấn"), bare("Kiểm tra")], 3],
    [
      "written as bullets in the content cell under a heading",
      [
        section("1.", "Công tác tuyên truyền"),
        bare("- Tuyên truyền trên Cổng thông tin"),
        bare("- Tuyên truyền trên loa truyền thanh"),
      ],
      2,
    ],
  ])("%s: tasks, no number finding per row, one info for the sheet", (_name, rows, tasks) => {
    const report = run(grid(rows));
    expect(report.tasks).toBe(tasks);
    expect(found(report, ...NUMBER_CODES)).toEqual([]);
    const notes = report.findings.filter((f) => f.code === "TASKS_UNNUMBERED");
    expect(notes.map((f) => [f.severity, f.params["count"]])).toEqual([["info", tasks]]);
  });

  it("are still checked for a missing lead and finish", () => {
    const report = run(
      grid([
        section("1.", "Công tác tuyên truyền"),
        bare("Tuyên truyền trên Cổng thông tin", null),
        bare("Tuyên truyền trên loa truyền thanh", "Quý IV", null),
      ]),
    );
    expect(found(report, "END_MISSING", "LEAD_MISSING")).toEqual(["END_MISSING@D3", "LEAD_MISSING@E4"]);
  });

  it("after numbered tasks, a row with no number is still one STT_INVALID (a missing number)", () => {
    const report = run(grid([section("I"), task("1"), task("2"), bare("Kiểm tra"), task("3")]));
    expect(found(report, ...NUMBER_CODES)).toEqual(["STT_INVALID@A5"]);
    expect(found(report, "TASKS_UNNUMBERED")).toEqual([]);
  });

  it("a bullet in the content cell under a numbered task is a part of that task, not a task", () => {
    const report = run(
      grid([
        task("1"),
        bare("- Tuyên truyền trên Cổng thông tin", null, null),
        bare("+ Tuyên truyền trên loa", "Quý III"),
        task("2"),
      ]),
    );
    expect(report.tasks).toBe(2);
    expect(found(report, ...NUMBER_CODES, "LEAD_MISSING", "END_MISSING", "TASKS_UNNUMBERED")).toEqual([]);
  });
});
