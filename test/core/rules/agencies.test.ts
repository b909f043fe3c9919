import type { Cell } from "../../../src/core/snapshot";
import type { FindingCode } from "../../../src/core/findings";
import { found, grid, run, section, task } from "./sheet-grid";

// Rows start at sheet row 2. Columns: E lead, F support.
type Case = readonly [string, readonly (readonly Cell[])[], FindingCode, readonly string[]];

const row = (lead: Cell, support: Cell = null): Cell[] => task("1", "Quý IV", lead, support);

const cases: readonly Case[] = [
  ["known lead", [row("Phòng VH-TT")], "LEAD_UNKNOWN", []],
  [
    "known lead, NFD and tone style",
    [row("Phòng Văn hoá và Thông tin".normalize("NFD"))],
    "LEAD_UNKNOWN",
    [],
  ],
  [
    "known lead with NBSP and zero-width space",
    [row("Phòng\u00a0Văn hóa\u200b và Thông tin")],
    "LEAD_UNKNOWN",
    [],
  ],
  ["typo", [row("Sở Sở Công thương")], "LEAD_UNKNOWN", ["E2"]],
  ["a number in the lead column", [row(12345)], "LEAD_UNKNOWN", ["E2"]],
  ["two unknown leads", [row("Ban Xyz; Hội Abc")], "LEAD_UNKNOWN", ["E2", "E2"]],
  ["one lead", [row("Phòng Văn hóa và Thông tin")], "LEAD_MULTIPLE", []],
  ["two leads", [row("Phòng Văn hóa và Thông tin; UBND các phường")], "LEAD_MULTIPLE", ["E2"]],
  ["the same lead twice is one lead", [row("Phòng VH-TT; Phòng Văn hóa và Thông tin")], "LEAD_MULTIPLE", []],
  ["unknown support", [row("Phòng VH-TT", "UBND các phường; Trung tâm Xyz")], "SUPPORT_UNKNOWN", ["F2"]],
  ["known supports", [row("Phòng VH-TT", "UBND các phường; Các phòng, ban, đơn vị")], "SUPPORT_UNKNOWN", []],
  [
    "support listed twice",
    [row("Phòng VH-TT", "UBND các phường; Ủy ban nhân dân các phường")],
    "SUPPORT_DUPLICATE",
    ["F2"],
  ],
  ["supports distinct", [row("Phòng VH-TT", "UBND các phường; Phòng GD&ĐT")], "SUPPORT_DUPLICATE", []],
  [
    "lead also support (alias)",
    [row("Phòng VH-TT", "Phòng Văn hóa và Thông tin; UBND các phường")],
    "LEAD_ALSO_SUPPORT",
    ["F2"],
  ],
  ["lead also support (unknown, same key)", [row("Ban Xyz", "Ban  XYZ.")], "LEAD_ALSO_SUPPORT", ["F2"]],
  ["lead not support", [row("Phòng VH-TT", "UBND các phường")], "LEAD_ALSO_SUPPORT", []],
  ["blank lead", [row(null)], "LEAD_MISSING", ["E2"]],
  [
    "lead inherited from the section",
    [["I", "Mục", null, null, "Phòng VH-TT", null], row(null)],
    "LEAD_MISSING",
    [],
  ],
  ["sub-item inherits its task's lead", [row("Phòng VH-TT"), task("a)", "Quý IV", null)], "LEAD_MISSING", []],
  ["section without a lead gives nothing", [section("I"), row(null)], "LEAD_MISSING", ["E3"]],
  [
    "a section's own unknown lead is reported",
    [["I", "Mục", null, null, "Ban Xyz", null], row(null)],
    "LEAD_UNKNOWN",
    ["E2"],
  ],
];

describe("agency rules", () => {
  it.each(cases.map(([name, rows, code, cells]) => [`${code}: ${name}`, rows, code, cells] as const))(
    "%s",
    (_name, rows, code, cells) => {
      expect(found(run(grid(rows)), code)).toEqual(cells.map((cell) => `${code}@${cell}`));
    },
  );

  it("an unknown name carries the name and the closest directory names", () => {
    const report = run(grid([row("Sở Sở Công thương")]));
    const finding = report.findings.find((f) => f.code === "LEAD_UNKNOWN");
    expect(finding?.params).toEqual({ name: "Sở Sở Công thương" });
    expect(finding?.suggestions).toContain("Sở Công Thương");
    expect(finding?.field).toBe("lead");
  });

  it("an unknown supporting agency that is also the lead is reported once", () => {
    const report = run(grid([row("Ban Xyz", "Ban Xyz")]));
    expect(found(report, "SUPPORT_UNKNOWN", "LEAD_ALSO_SUPPORT")).toEqual(["LEAD_ALSO_SUPPORT@F2"]);
  });
});
