import { compareTaskLines, type TaskLine } from "../../../src/core/loop/changes";

const line = (over: Partial<TaskLine>): TaskLine => ({
  unit: "Ủy ban nhân dân phường Lãm Hà",
  stt: "1.",
  section: "I. Kế hoạch",
  content: "Xây dựng kế hoạch",
  id: "",
  status: "Đang thực hiện",
  completed: "",
  deadline: "Quý I",
  ...over,
});

describe("compareTaskLines", () => {
  it("finds nothing between equal lists, whatever the tone-mark style", () => {
    expect(compareTaskLines([line({})], [line({ unit: "Uỷ ban nhân dân phường Lãm Hà" })])).toEqual([]);
  });

  it("names status, completion date and deadline changes, and rows added or removed", () => {
    const before = [line({}), line({ stt: "2.", content: "Báo cáo" })];
    const after = [
      line({ status: "Đã hoàn thành", completed: "12/03/2024", deadline: "Quý II" }),
      line({ stt: "3.", content: "Tuyên truyền" }),
    ];
    expect(compareTaskLines(before, after).map((c) => [c.stt, c.kind, c.before, c.after])).toEqual([
      ["1.", "status", "Đang thực hiện", "Đã hoàn thành"],
      ["1.", "completed", "", "12/03/2024"],
      ["1.", "deadline", "Quý I", "Quý II"],
      ["3.", "added", "", "Đang thực hiện"],
      ["2.", "removed", "Đang thực hiện", ""],
    ]);
  });

  it("follows a task by its id when its row moved and its number changed", () => {
    const before = [line({ id: "NV-00000001", stt: "1." })];
    const after = [line({ id: "NV-00000001", stt: "4.", status: "Đã hoàn thành" })];
    expect(compareTaskLines(before, after).map((c) => c.kind)).toEqual(["status"]);
  });

  it("does not call the tasks of a unit that did not report this time removed", () => {
    const other = line({ unit: "Ủy ban nhân dân phường Nam Sơn" });
    expect(compareTaskLines([line({}), other], [line({})])).toEqual([]);
  });
});
