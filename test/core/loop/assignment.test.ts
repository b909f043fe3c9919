import { createAgencyMatcher } from "../../../src/core/agency";
import { DEFAULT_DIRECTORY } from "../../../src/core/default-directory";
import { groupLevels, tasksForUnit, unitLevel } from "../../../src/core/loop/assignment";
import type { PlanTask } from "../../../src/core/loop/plan-tasks";

describe("groupLevels: a group stands for every unit of its kind", () => {
  it.each([
    ["UBND các phường", ["phuong"]],
    ["Ủy ban nhân dân các phường", ["phuong"]],
    ["UBND các xã, phường", ["phuong", "xa"]],
    ["UBND các phường, xã", ["phuong", "xa"]],
    ["Các xã", ["xa"]],
    ["các phường", ["phuong"]],
    ["UBND cấp xã", ["phuong", "xa", "thiTran", "dacKhu"]],
    ["UBND các xã, phường, đặc khu", ["phuong", "xa", "dacKhu"]],
    ["UBND các xã, thị trấn", ["xa", "thiTran"]],
    ["UBND các phường.", ["phuong"]],
  ])("%s → %j", (text, levels) => {
    expect([...groupLevels(text)].sort()).toEqual([...levels].sort());
  });

  it.each([
    // Only some units, or maybe one, or no unit at all.
    "UBND các xã, phường liên quan",
    "UBND phường",
    "UBND phường Lãm Hà",
    "Các tổ chức chính trị - xã hội",
    "Các phòng, ban, đơn vị",
    "UBND các thị xã",
    "Các địa phương",
    "Các cơ quan, đơn vị liên quan",
  ])("%s names no whole kind of unit", (text) => {
    expect(groupLevels(text)).toEqual([]);
  });
});

describe("unitLevel", () => {
  it.each([
    ["Ủy ban nhân dân phường Lãm Hà", "phuong"],
    ["UBND xã Tân Phú", "xa"],
    ["Ủy ban nhân dân thị trấn An Lão", "thiTran"],
    ["Ủy ban nhân dân đặc khu Cát Hải", "dacKhu"],
    ["Phòng Văn hóa và Thông tin", undefined],
    ["Ủy ban nhân dân thị xã Kinh Môn", undefined],
  ])("%s → %s", (name, level) => {
    expect(unitLevel(name)).toBe(level);
  });
});

describe("tasksForUnit", () => {
  const matcher = createAgencyMatcher(DEFAULT_DIRECTORY);
  const lamHa = matcher.units().find((u) => u.name === "Ủy ban nhân dân phường Lãm Hà")!;
  const task = (id: string, lead: string, support: string): PlanTask => ({
    id,
    stt: "1.",
    sectionStt: "I.",
    section: "",
    content: `Nhiệm vụ ${id}`,
    start: "Quý I",
    end: "Quý IV",
    lead,
    support,
  });
  it("takes the tasks naming the unit itself or its whole kind, as lead or support", () => {
    const tasks = [
      task("a", "UBND phường Lãm Hà", ""),
      task("b", "Phòng Văn hóa và Thông tin", "UBND các phường"),
      task("c", "Phòng Văn hóa và Thông tin", "UBND phường Nam Sơn"),
      task("d", "UBND các xã, phường liên quan", ""),
      task("e", "UBND các phường; Phòng Văn hóa và Thông tin", "UBND phường Lãm Hà"),
      task("f", "Các tổ chức chính trị - xã hội", "Trường THCS Lãm Hà"),
    ];
    expect(tasksForUnit(tasks, lamHa, matcher).map((a) => [a.task.id, a.role, a.through])).toEqual([
      ["a", "lead", "self"],
      ["b", "support", "group"],
      ["e", "lead", "group"],
    ]);
  });
});
