import { createAgencyMatcher } from "../../src/core/agency";
import { parseIsoDay, yearInterval } from "../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import { FINDING_CODES, SEVERITY } from "../../src/core/findings";
import { FINDING_PARAMS } from "../../src/core/messages";
import type { ValidateOptions } from "../../src/core/report-types";
import type { Cell, SheetSnapshot } from "../../src/core/snapshot";
import { isEmptySheet, validateSheet } from "../../src/core/validate";
import { HEADER, STATUS_HEADER, found, grid, run, section, task } from "./rules/sheet-grid";

const asOf = parseIsoDay("2024-06-30") ?? 0;
const options: ValidateOptions = { asOf, directory: DEFAULT_DIRECTORY };

describe("isEmptySheet", () => {
  it.each<readonly [string, readonly (readonly Cell[])[], boolean]>([
    ["no rows", [], true],
    ["empty rows", [[], [null, null]], true],
    ["blank strings and invisible characters", [["", " ", "\u200b\u00a0"]], true],
    ["one word", [[null, "x"]], false],
    ["a number", [[0]], false],
    ["an error value", [[{ error: "#REF!" }]], false],
    ["a date", [[{ date: "2024-01-01" }]], false],
    ["false", [[false]], false],
  ])("%s → %s", (_name, rows, empty) => {
    expect(isEmptySheet({ sheet: "S", rows, merges: [] })).toBe(empty);
  });
});

describe("validateSheet, whole sheet", () => {
  it("skips an empty sheet silently", () => {
    const report = validateSheet({ sheet: "Sheet2", rows: [[null], ["  "]], merges: [] }, options);
    expect(report).toMatchObject({ sheet: "Sheet2", empty: true, tasks: 0, findings: [] });
    expect(report.periodSource).toBe("asOf");
    expect(report.period).toEqual(yearInterval(2024));
  });

  it("reports HEADER_NOT_FOUND once, with no cell, when the sheet has content but no header", () => {
    const snapshot: SheetSnapshot = {
      sheet: "Ghi chú",
      rows: [["Danh sách cán bộ"], ["Nguyễn Văn A", "0912"]],
      merges: [],
    };
    const report = validateSheet(snapshot, options);
    expect(report.findings).toEqual([
      { code: "HEADER_NOT_FOUND", severity: "error", sheet: "Ghi chú", params: {} },
    ]);
    expect(report.table).toBeUndefined();
    expect(report.empty).toBe(false);
  });

  it("reports SHEET_TRUNCATED when the adapter stopped reading early", () => {
    const snapshot = { ...grid([task("1")]), truncated: true };
    const report = validateSheet(snapshot, { ...options, period: yearInterval(2024) });
    expect(found(report, "SHEET_TRUNCATED")).toEqual(["SHEET_TRUNCATED@sheet"]);
    expect(report.findings[0]?.params).toEqual({ rows: 2 });
    expect(found(validateSheet(grid([task("1")]), options), "SHEET_TRUNCATED")).toEqual([]);
  });

  it.each<readonly [string, ValidateOptions, string, readonly [number, number]]>([
    [
      "the options",
      { ...options, period: { from: yearInterval(2026).from, to: yearInterval(2030).to } },
      "options",
      [2026, 2030],
    ],
    ["the title", options, "title", [2025, 2025]],
    ["the as-of year", options, "asOf", [2024, 2024]],
  ])("takes the plan period from %s", (name, opts, source, [first, last]) => {
    const titled = name === "the title";
    const rows = titled ? [["KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2025"], HEADER, task("1")] : [HEADER, task("1")];
    const report = validateSheet({ sheet: "PL", rows, merges: [] }, opts);
    expect(report.periodSource).toBe(source);
    expect(report.period).toEqual({ from: yearInterval(first).from, to: yearInterval(last).to });
  });

  it("uses the period's first year for times without a year", () => {
    const period = { from: yearInterval(2026).from, to: yearInterval(2030).to };
    // `Quý I` is Q1 2026, inside the period; `Trước 20/12/2025` is before it.
    const report = run(
      grid([
        task("1", "Quý I", undefined, undefined, null),
        task("2", "Trước 20/12/2025", undefined, undefined, null),
      ]),
      { period },
    );
    expect(found(report, "DEADLINE_OUTSIDE_PERIOD")).toEqual(["DEADLINE_OUTSIDE_PERIOD@D3"]);
  });

  it("points each task finding at its field's cell and names the sheet and file", () => {
    const snapshot = { ...grid([task("1", "Quý IV", null)]), file: "phuong-a.xlsx" };
    const report = validateSheet(snapshot, { ...options, period: yearInterval(2024) });
    const lead = report.findings.find((f) => f.code === "LEAD_MISSING");
    expect(lead).toEqual({
      code: "LEAD_MISSING",
      severity: "error",
      sheet: "Phụ lục",
      file: "phuong-a.xlsx",
      row: 2,
      column: 5,
      cell: "E2",
      field: "lead",
      params: {},
    });
    expect(report.file).toBe("phuong-a.xlsx");
  });

  it("sorts findings by row, then column", () => {
    const rows = [task("1", "Quý V", "Xyz"), task("3", "abc", null), task("4", null, "Abc")];
    const report = run(grid(rows));
    const order = report.findings.map((f) => [f.row ?? 0, f.column ?? 0] as const);
    const sorted = [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(order).toEqual(sorted);
    expect(found(report).slice(0, 3)).toEqual(["QUARTER_INVALID@D2", "LEAD_UNKNOWN@E2", "STT_GAP@A3"]);
  });

  it("counts only task rows", () => {
    const report = run(grid([section("I"), task("1"), task("a)"), task("2"), section("II"), task("1")]));
    expect(report.tasks).toBe(3);
  });

  it("honours a user's column override", () => {
    // Column G holds the leads under an unrecognised label; the user maps it.
    const header = [...HEADER.slice(0, 4), "Ghi chú 2", "Cơ quan phối hợp", "Người làm"];
    const snapshot = grid([["1", "Việc", "Quý I", "Quý IV", null, null, "Xyz"]], header);
    const report = validateSheet(snapshot, {
      ...options,
      period: yearInterval(2024),
      columnOverrides: { lead: 7 },
    });
    expect(found(report, "LEAD_UNKNOWN", "LEAD_MISSING", "COLUMN_MISSING")).toEqual(["LEAD_UNKNOWN@G2"]);
  });

  it("gives every finding its code's severity (COLUMN_MISSING by field) and only declared params", () => {
    const rows: Cell[][] = [
      task("1", "Quý V", "Xyz; Phòng VH-TT", "Phòng VH-TT; Phòng VH-TT"),
      task("3", "31/02/2024", null, "Abc", null, null),
      task("3", "abc", "UBND các phường", "=SUM(A1)", "Quý III"),
      [...task("5", "Quý I"), "chưa rõ"],
      [...task("6", "Thường xuyên"), { error: "#REF!" }],
      task("7", "Trước 20/12/2023", undefined, undefined, null),
    ];
    const report = run({ ...grid(rows, STATUS_HEADER), truncated: true });
    const codes = new Set(report.findings.map((f) => f.code));
    expect(codes.size).toBeGreaterThanOrEqual(14);
    for (const f of report.findings) {
      expect(FINDING_CODES).toContain(f.code);
      if (f.code !== "COLUMN_MISSING") expect(f.severity).toBe(SEVERITY[f.code]);
      for (const name of Object.keys(f.params)) expect(FINDING_PARAMS[f.code]).toContain(name);
    }
  });

  it("shares one matcher across sheets", () => {
    const matcher = createAgencyMatcher(DEFAULT_DIRECTORY);
    const spy = jest.spyOn(matcher, "mentions");
    const opts = { ...options, period: yearInterval(2024) };
    validateSheet(grid([task("1")]), opts, matcher);
    validateSheet(grid([task("1")]), opts, matcher);
    expect(spy).toHaveBeenCalled();
  });
});
