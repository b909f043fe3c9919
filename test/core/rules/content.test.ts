import type { Cell } from "../../../src/core/snapshot";
import { found, grid, run, section, task } from "./sheet-grid";

describe("CONTENT_MISSING", () => {
  it.each<readonly [string, readonly (readonly Cell[])[], readonly string[]]>([
    ["blank content", [task("1", "Quý IV", undefined, undefined, "Quý I", null)], ["B2"]],
    [
      "spaces and zero-width only",
      [task("1", "Quý IV", undefined, undefined, "Quý I", " \u200b\u00a0 ")],
      ["B2"],
    ],
    ["content present", [task("1")], []],
    ["a number is content", [task("1", "Quý IV", undefined, undefined, "Quý I", 2024)], []],
    ["a section title is not a task", [section("I", "Mục một"), task("1")], []],
  ])("%s", (_name, rows, cells) => {
    expect(found(run(grid(rows)), "CONTENT_MISSING")).toEqual(cells.map((c) => `CONTENT_MISSING@${c}`));
  });
});

describe("a row whose number is not a number", () => {
  it("is reported once as STT_INVALID, not also as missing its content, lead or finish", () => {
    const rows = [
      task("1"),
      // Real annex 06: a continuation row pasted one column off, its finish merged from the task above.
      [
        "Thực hiện sao lưu dữ liệu và phục hồi hệ thống.",
        "Sở Khoa học và Công nghệ",
        null,
        null,
        "Sở Tài chính",
        null,
      ],
      task("2"),
    ];
    const report = run(grid(rows));
    expect(found(report).filter((f) => f.endsWith("3"))).toEqual(["STT_INVALID@A3"]);
  });
});
