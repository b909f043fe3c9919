import { isDateFormat, serialToIsoDay, toCell } from "../../src/office/read-snapshot";
import { parseAreaAddress, parseAreaList, parseCellAddress } from "../../src/office/address";
import { planTargets, type ExistingSheet } from "../../src/office/plan-targets";
import { parseSettings, serializeSettings } from "../../src/office/settings";
import { rowCells, estimateBytes } from "../../src/office/cell-values";
import { columnWidthPoints } from "../../src/office/render-plan";
import { toHostError } from "../../src/office/errors";
import { parseOwnerMarker } from "../../src/office/markers";
import type { SheetPlan } from "../../src/core/sheet-plan";

describe("isDateFormat", () => {
  it.each([
    ["dd/mm/yyyy", true],
    ["d/m/yy", true],
    ["[$-42A]dd/mm/yyyy", true],
    ["yyyy-mm-dd hh:mm", true],
    ["mmmm yyyy", true],
    ["General", false],
    ["@", false],
    ["0.00", false],
    ["#,##0;[Red]-#,##0", false],
    ['0" ngày"', false],
    ["h:mm", false],
    ["[h]:mm:ss", false],
    ['"Quý "0', false],
    ["", false],
  ])("%s → %s", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});

describe("toCell", () => {
  it.each([
    [45646, "dd/mm/yyyy", "Double", { date: "2024-12-20" }],
    [61, "d/m/yyyy", "Double", { date: "1900-03-01" }],
    [45646, "General", "Double", 45646],
    [0, "dd/mm/yyyy", "Double", 0],
    ["#REF!", "General", "Error", { error: "#REF!" }],
    ["", "General", "Empty", null],
    [true, "General", "Boolean", true],
    ["=A1", "@", "String", "=A1"],
  ])("%p with %s (%s) → %p", (value, format, type, expected) => {
    expect(toCell(value, format, type)).toEqual(expected);
  });

  it("converts serials with Excel's 1900 leap-year bug", () => {
    expect(serialToIsoDay(1)).toBe("1900-01-01");
    expect(serialToIsoDay(45292)).toBe("2024-01-01");
  });
});

describe("addresses", () => {
  it.each([
    ["B12", { row: 12, column: 2 }],
    ["$AA$3", { row: 3, column: 27 }],
    ["'Phụ lục'!c7", { row: 7, column: 3 }],
    ["A", undefined],
  ])("cell %s", (address, expected) => {
    expect(parseCellAddress(address)).toEqual(expected);
  });

  it("parses areas and lists of areas, sheet names with commas included", () => {
    expect(parseAreaAddress("Sheet1!$B$2:$A$5")).toEqual({ top: 2, left: 1, bottom: 5, right: 2 });
    expect(parseAreaList("'Kế hoạch, 2024'!A1:B1, 'Kế hoạch, 2024'!C3")).toEqual([
      { top: 1, left: 1, bottom: 1, right: 2 },
      { top: 3, left: 3, bottom: 3, right: 3 },
    ]);
    expect(parseAreaList("A1:B2,D4")).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 4, left: 4, bottom: 4, right: 4 },
    ]);
  });
});

describe("planTargets", () => {
  const plan = (name: string, owner?: SheetPlan["owner"], tables: string[] = []): SheetPlan => ({
    name,
    ...(owner ? { owner } : {}),
    values: [],
    styles: [],
    merges: [],
    columnWidths: [],
    tables: tables.map((t) => ({ name: t, range: { top: 1, left: 1, bottom: 2, right: 2 } })),
  });
  const sheet = (
    name: string,
    id: string,
    owner?: ExistingSheet["owner"],
    tables: string[] = [],
  ): ExistingSheet => ({
    name,
    id,
    position: Number(id),
    tables,
    ...(owner ? { owner } : {}),
  });

  it("replaces only same-kind owned sheets (names compared across case and NFC/NFD)", () => {
    const existing = [
      sheet("tổng hợp".normalize("NFD"), "1", "summary", ["TongHop"]),
      sheet("Kiểm tra", "2"),
    ];
    const targets = planTargets(
      [plan("Tổng hợp", "summary", ["TongHop"]), plan("Kiểm tra", "findings")],
      existing,
    );
    expect(targets.map((t) => [t.name, t.replaces?.id, t.tableNames])).toEqual([
      ["tổng hợp".normalize("NFD"), "1", ["TongHop"]],
      ["Kiểm tra (2)", undefined, []],
    ]);
  });

  it.each([
    ["Tổng hợp (2)", "summary", "Tổng hợp (2)"],
    ["Tổng hợp (12)", "summary", "Tổng hợp (12)"],
    ["Tổng hợp (2)", "data", "Tổng hợp (3)"],
    ["Tổng hợp cũ (2)", "summary", "Tổng hợp (2)"],
  ] as const)("with the user's Tổng hợp, an owned %s of kind %s → writes %s", (name, owner, expected) => {
    const existing = [sheet("Tổng hợp", "1"), sheet(name, "2", owner)];
    expect(planTargets([plan("Tổng hợp", "summary")], existing)[0]?.name).toBe(expected);
  });

  it("recognises a numbered variant of a name cut to 31 characters", () => {
    const long = "Tổng hợp kết quả thực hiện nhiệm vụ năm 2024";
    const variant = `${long.slice(0, 27)} (2)`;
    const targets = planTargets(
      [plan(long, "summary")],
      [sheet(long.slice(0, 31), "1"), sheet(variant, "2", "summary")],
    );
    expect(targets[0]).toMatchObject({ name: variant, replaces: { id: "2" } });
  });

  it("never replaces a sheet for a plan without an owner, and keeps other sheets' table names", () => {
    const targets = planTargets(
      [plan("A"), plan("B", "data", ["Bảng dữ liệu"])],
      [sheet("A", "1"), sheet("C", "3", undefined, ["Bảng_dữ_liệu"])],
    );
    expect(targets.map((t) => [t.name, t.tableNames])).toEqual([
      ["A (2)", []],
      ["B", ["Bảng_dữ_liệu_2"]],
    ]);
  });
});

describe("settings", () => {
  it.each([
    ['{"period":"2024","asOf":"2024-07-01","lang":"vi"}', { period: "2024", asOf: "2024-07-01", lang: "vi" }],
    ['{"period":"24","asOf":"1/7/2024","lang":"fr"}', {}],
    ["not json", {}],
    [42, {}],
    [{ period: "2024-2025" }, { period: "2024-2025" }],
    ['{"dueSoonDays":14}', { dueSoonDays: 14 }],
    // A window that is no whole number of days from 0 to 365 is dropped, the rest kept.
    ['{"dueSoonDays":-1,"lang":"en"}', { lang: "en" }],
    ['{"dueSoonDays":400}', {}],
    ['{"dueSoonDays":"7"}', {}],
    ['{"dueSoonDays":2.5}', {}],
  ])("parses %p", (value, expected) => {
    expect(parseSettings(value)).toEqual(expected);
  });

  it("round-trips", () => {
    const settings = { period: "2025", lang: "en" as const, dueSoonDays: 0 };
    expect(parseSettings(serializeSettings(settings))).toEqual(settings);
  });
});

describe("cell values", () => {
  it("writes strings as text, dates as serials, formulas separately", () => {
    const cells = rowCells(
      ["=1+1", 3, { date: "2024-12-20" }, { formula: "SUM(B1)" }, null, { date: "20/12/2024" }],
      1,
      7,
      () => undefined,
    );
    expect(cells.values).toEqual(["=1+1", 3, 45646, "", "", "20/12/2024", ""]);
    expect(cells.formats).toEqual(["@", "General", "dd/mm/yyyy", "General", "General", "@", "General"]);
    expect([...cells.formulas]).toEqual([[3, "=SUM(B1)"]]);
  });

  it("counts each formula as a command of its own", () => {
    const plain = rowCells([1, null], 1, 2, () => undefined);
    const withFormula = rowCells([1, { formula: "SUM(A1:A1)" }], 1, 2, () => undefined);
    expect(withFormula.bytes - plain.bytes).toBeGreaterThan(150);
  });

  it("counts Vietnamese letters as multi-byte", () => {
    expect(estimateBytes("Nghị quyết")).toBeGreaterThan(estimateBytes("Nghi quyet"));
  });

  it.each([
    [8.43, 48.0],
    [50, 266.25],
  ])("column width %d characters → %d points", (characters, points) => {
    expect(columnWidthPoints(characters)).toBeCloseTo(points, 0);
  });
});

describe("markers and errors", () => {
  it.each([
    ["annex", "annex"],
    ["summary", "summary"],
    ["Annex", undefined],
    [3, undefined],
  ])("marker %p → %p", (value, expected) => {
    expect(parseOwnerMarker(value)).toBe(expected);
  });

  it("keeps Excel's protected-sheet message as a protected error", () => {
    const error = Object.assign(
      new Error("The cell or chart you're trying to change is on a protected sheet."),
      { code: "InvalidOperation" },
    );
    expect(toHostError(error)).toMatchObject({ kind: "protected", code: "InvalidOperation" });
  });

  it("wraps a non-Office failure with its text for support", () => {
    expect(toHostError(new TypeError("boom"))).toMatchObject({
      kind: "unknown",
      message: expect.stringContaining("boom"),
    });
  });
});
