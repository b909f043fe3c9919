import type { Cell } from "../../../src/core/snapshot";
import type { FindingCode } from "../../../src/core/findings";
import { found, grid, run, section, task } from "./sheet-grid";

// Rows start at sheet row 2; the STT is column A.
type Case = readonly [string, readonly (readonly Cell[])[], FindingCode, readonly string[]];

const t = (stt: Cell): Cell[] => task(stt);

const cases: readonly Case[] = [
  ["1, 2, 4", [t("1"), t("2"), t("4")], "STT_GAP", ["A4"]],
  ["1, 2, 3", [t("1"), t("2"), t("3")], "STT_GAP", []],
  ["first task 2", [section("I"), t("2"), t("3")], "STT_GAP", ["A3"]],
  [
    "sections I, II, IV",
    [section("I"), t("1"), section("II"), t("1"), section("IV"), t("1")],
    "STT_GAP",
    ["A6"],
  ],
  [
    "restart in every section is normal",
    [section("I"), t("1"), t("2"), section("II"), t("1"), t("2")],
    "STT_DUPLICATE",
    [],
  ],
  [
    "restart in every section: no gap",
    [section("I"), t("1"), t("2"), section("II"), t("1"), t("2")],
    "STT_GAP",
    [],
  ],
  [
    "numbering continued across sections",
    [section("I"), t("1"), t("2"), section("II"), t("3"), t("4")],
    "STT_GAP",
    [],
  ],
  ["1, 2, 2", [t("1"), t("2"), t("2")], "STT_DUPLICATE", ["A4"]],
  ["2 twice in one section", [section("I"), t("1"), t("2"), t("2"), t("3")], "STT_DUPLICATE", ["A5"]],
  [
    "I, II, IV, IV, VI: the second IV",
    [section("I"), section("II"), section("IV"), section("IV"), section("VI")],
    "STT_DUPLICATE",
    ["A5"],
  ],
  [
    "I, II, III, IV, IV, VI: no gap after the duplicate",
    [section("I"), section("II"), section("III"), section("IV"), section("IV"), section("VI")],
    "STT_GAP",
    [],
  ],
  [
    "2.1 after section II is not a gap",
    [section("I"), t("1.1"), t("1.2"), section("II"), t("2.1"), t("2.2")],
    "STT_GAP",
    [],
  ],
  ["2.1, 2.3 in section II", [section("I"), t("1.1"), section("II"), t("2.1"), t("2.3")], "STT_GAP", ["A6"]],
  ["1, 1.1, 1.2, 2", [section("I"), t("1"), t("1.1"), t("1.2"), t("2")], "STT_GAP", []],
  ["1.1, 1.3", [t("1"), t("1.1"), t("1.3")], "STT_GAP", ["A4"]],
  ["1.1 twice", [t("1"), t("1.1"), t("1.1")], "STT_DUPLICATE", ["A4"]],
  [
    "III.1, III.2 under III",
    [section("I"), t("1"), section("II"), t("1"), section("III"), t("III.1"), t("III.2")],
    "STT_GAP",
    [],
  ],
  [
    "III.1, III.3 under III",
    [section("I"), t("1"), section("II"), t("1"), section("III"), t("III.1"), t("III.3")],
    "STT_GAP",
    ["A8"],
  ],
  ["a first section II skips I", [section("II"), t("1")], "STT_GAP", ["A2"]],
  [
    "task 1 in every section: no duplicate",
    [section("I"), t("1"), section("II"), t("1"), section("III"), t("1")],
    "STT_DUPLICATE",
    [],
  ],
  [
    "A, B, D parts",
    [section("A"), section("I"), section("B"), section("I"), section("D")],
    "STT_GAP",
    ["A6"],
  ],
  ["task numbered 1a", [t("1"), t("1a")], "STT_INVALID", ["A3"]],
  ["task numbers 1., 2)", [t("1."), t("2)")], "STT_INVALID", []],
  ["a number typed as an Excel number", [t(1), t(2), t(3)], "STT_GAP", []],
];

describe("numbering rules", () => {
  it.each(cases.map(([name, rows, code, cells]) => [`${code}: ${name}`, rows, code, cells] as const))(
    "%s",
    (_name, rows, code, cells) => {
      expect(found(run(grid(rows)), code)).toEqual(cells.map((cell) => `${code}@${cell}`));
    },
  );

  it("a number merged down over two rows (one task, two lines) is not a duplicate", () => {
    const rows = [t("1"), [null, "Việc phụ của nhiệm vụ 1", null, null, "Phòng GD&ĐT", null], t("2"), t("2")];
    const merges = [{ top: 2, left: 1, bottom: 3, right: 1 }];
    expect(found(run({ ...grid(rows), merges }), "STT_DUPLICATE")).toEqual(["STT_DUPLICATE@A5"]);
  });

  it("says which number was expected", () => {
    const report = run(grid([t("1"), t("2"), t("4")]));
    const gap = report.findings.find((f) => f.code === "STT_GAP");
    expect(gap?.params).toEqual({ stt: "4", previous: "2", expected: "3" });
    expect(gap?.field).toBe("stt");
  });

  it("suggests the next section number for a duplicate", () => {
    const report = run(grid([section("III"), section("IV"), section("IV")]));
    expect(report.findings.find((f) => f.code === "STT_DUPLICATE")?.params).toEqual({
      stt: "IV",
      expected: "V",
    });
  });
});
