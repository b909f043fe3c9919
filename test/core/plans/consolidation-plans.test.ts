import { createAgencyMatcher } from "../../../src/core/agency";
import { consolidateSubmissions } from "../../../src/core/consolidate";
import type { Consolidation } from "../../../src/core/consolidate";
import { dayNumber, yearInterval } from "../../../src/core/day";
import type { Finding } from "../../../src/core/findings";
import { OWNED_SHEETS, consolidationPlans } from "../../../src/core/plans/consolidation-plans";
import type { PlanValue, SheetPlan } from "../../../src/core/sheet-plan";
import { DIRECTORY, HYPERLINK_TEXT, allValues, annexTable, rowWith, sheetReport } from "./fixtures";

const FORMULA_FINDING: Finding = {
  code: "FORMULA_TEXT",
  severity: "warning",
  row: 3,
  column: 2,
  cell: "B3",
  field: "content",
  params: { text: HYPERLINK_TEXT },
};

function consolidation(): Consolidation {
  // The formula-like text is a task's content and its lead (unknown, so kept as typed).
  const table = annexTable(
    { stt: 1, content: 2, end: 3, lead: 4, status: 5 },
    [
      { kind: "section", stt: "I", cells: { content: "Truyền thông" } },
      {
        kind: "task",
        stt: "1",
        cells: { content: HYPERLINK_TEXT, end: "Quý I", lead: HYPERLINK_TEXT, status: "Xong" },
      },
      {
        kind: "task",
        stt: "2",
        cells: { content: "Việc hai", end: "Quý II", lead: "Phòng VH-TT", status: "Đang thực hiện" },
        extras: { 6: "Ngân sách" },
      },
      {
        kind: "task",
        stt: "3",
        cells: { content: "Việc ba", end: "Quý IV", lead: "Phòng VH-TT", status: null },
      },
    ],
    { extras: [{ column: 6, label: "Nguồn kinh phí" }] },
  );
  return consolidateSubmissions(
    {
      reports: [sheetReport("Nam Sơn", table, { findings: [FORMULA_FINDING] })],
      unreadable: [{ file: "hong.xlsx", message: "tệp bị hỏng" }],
      directory: DIRECTORY,
      period: yearInterval(2024),
      asOf: dayNumber(2024, 7, 15),
    },
    createAgencyMatcher(DIRECTORY),
  );
}

const C = consolidation();
const [SUMMARY, DATA, FINDINGS] = consolidationPlans(C, "vi", { sourceInWorkbook: true }) as [
  SheetPlan,
  SheetPlan,
  SheetPlan,
];

function cellsOf(
  plan: SheetPlan,
  row: readonly PlanValue[] | undefined,
  header: string,
): PlanValue | undefined {
  const column = plan.values[0]?.indexOf(header) ?? -1;
  return row?.[column];
}

describe("consolidationPlans", () => {
  it("names and marks the three owned sheets", () => {
    expect([SUMMARY, DATA, FINDINGS].map((p) => [p.name, p.owner])).toEqual([
      [OWNED_SHEETS.summary, "summary"],
      [OWNED_SHEETS.data, "data"],
      [OWNED_SHEETS.findings, "findings"],
    ]);
  });

  it.each([
    ["Dữ liệu tổng hợp", () => DATA],
    ["Kiểm tra", () => FINDINGS],
  ])("%s holds formula-like text as a string and no formula at all", (_name, plan) => {
    const values = allValues(plan());
    expect(values.some((v) => typeof v === "string" && v.includes(HYPERLINK_TEXT))).toBe(true);
    expect(values.filter((v) => typeof v === "object" && v !== null && "formula" in v)).toEqual([]);
  });

  it("Tổng hợp writes no formula at all, and the overdue task's text as text", () => {
    const values = allValues(SUMMARY);
    expect(values).toContain("Việc hai");
    expect(values.filter((v) => typeof v === "object" && v !== null && "formula" in v)).toEqual([]);
  });

  it.each([
    ["Dữ liệu tổng hợp", () => DATA, 1],
    ["Kiểm tra", () => FINDINGS, 6],
  ])(
    "%s prints A4 landscape, one page wide but as tall as needed, its header on every page",
    (_name, plan, header) => {
      const { page, values } = plan();
      expect(page).toEqual({
        orientation: "landscape",
        paperSize: "A4",
        margins: { top: 15, bottom: 15, left: 10, right: 10, header: 8, footer: 8 },
        printTitleRows: { first: header, last: header },
        fitToWidth: true,
        pageNumbers: true,
      });
      expect(page?.fitToHeight).toBeUndefined();
      // The repeated title row is the table's header row.
      expect(values[(page?.printTitleRows?.first ?? 0) - 1]?.[0]).toBe("Đơn vị");
    },
  );
});

describe("Tổng hợp from a real consolidation", () => {
  it("names the plan's period and as-of day and the key figures", () => {
    expect(SUMMARY.values.slice(0, 3).map((r) => r[0])).toEqual([
      "BÁO CÁO TỔNG HỢP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ",
      "Kỳ kế hoạch: 01/01/2024 - 31/12/2024. Số liệu tính đến ngày: 15/07/2024.",
      "Đã nộp 1/3 — chưa nộp: Phường Bắc Sơn, Phường Đông Sơn; hoàn thành 1/3 (33 %); quá hạn 1",
    ]);
  });

  it("counts the unit in the grid, the absent ones as —", () => {
    // Xong (Quý I) done before the as-of day; Việc hai (Quý II) open and overdue; Việc ba (Quý IV) in time.
    expect(rowWith(SUMMARY, 1, "Phường Nam Sơn")).toEqual([
      "Phường Nam Sơn",
      3,
      0,
      0,
      1,
      1,
      0,
      1,
      0,
      1 / 3,
      1 / 3,
    ]);
    expect(rowWith(SUMMARY, 1, "Phường Bắc Sơn")?.slice(1, 3)).toEqual(["—", "—"]);
  });

  it("lists the units that have not submitted and the unreadable files with the reason", () => {
    const lines = SUMMARY.values.map((r) => r[0]);
    expect(lines).toContain("Đơn vị chưa nộp báo cáo (2): Phường Bắc Sơn; Phường Đông Sơn.");
    expect(lines).toContain("- hong.xlsx: đã nhận nhưng không đọc được: tệp bị hỏng");
  });

  it("speaks English when asked", () => {
    const [summary] = consolidationPlans(C, "en", { sourceInWorkbook: false });
    expect(summary?.values[0]?.[0]).toBe("CONSOLIDATED REPORT ON TASK IMPLEMENTATION");
  });
});

describe("Dữ liệu tổng hợp", () => {
  it("is one Excel table of every task with the extra column, frozen below the header", () => {
    expect(DATA.values[0]?.slice(-2)).toEqual(["Số phát hiện", "Nguồn kinh phí"]);
    expect(DATA.tables).toEqual([
      { name: "DuLieuTongHop", range: { top: 1, left: 1, bottom: 4, right: 17 }, style: "TableStyleLight9" },
    ]);
    expect(DATA.freeze).toEqual({ rows: 1, columns: 0 });
    const row = rowWith(DATA, 7, "Việc hai");
    expect(cellsOf(DATA, row, "Hạn (ngày)")).toEqual({ date: "2024-06-30" });
    expect(cellsOf(DATA, row, "Quý")).toBe("Quý II/2024");
    expect(cellsOf(DATA, row, "Nguồn kinh phí")).toBe("Ngân sách");
    expect(cellsOf(DATA, row, "Tình trạng")).toBe("Đang thực hiện");
    expect(cellsOf(DATA, row, "Quá hạn")).toBe("Có");
    expect(cellsOf(DATA, rowWith(DATA, 7, HYPERLINK_TEXT), "Quá hạn")).toBeNull();
    expect(cellsOf(DATA, rowWith(DATA, 7, "Việc ba"), "Quá hạn")).toBeNull();
  });

  it("links each task back to its source row when the source is in the workbook, else gives it as text", () => {
    expect(DATA.links?.[0]).toEqual({ row: 2, column: 4, target: "'Nam Sơn'!A3" });
    const [, offline] = consolidationPlans(C, "vi", { sourceInWorkbook: false });
    expect(offline?.links).toEqual([]);
    expect(offline?.values[1]?.slice(0, 4)).toEqual(["Phường Nam Sơn", null, "Nam Sơn", 3]);
  });

  it("still is a table when there are no tasks", () => {
    const empty = consolidateSubmissions({
      reports: [],
      unreadable: [],
      directory: DIRECTORY,
      period: yearInterval(2024),
      asOf: 0,
    });
    const [, data, findings] = consolidationPlans(empty, "vi", { sourceInWorkbook: true });
    expect(data?.tables?.[0]?.range).toEqual({ top: 1, left: 1, bottom: 2, right: 16 });
    // No unit submitted: no quality block, the findings table from the first row.
    expect(findings?.tables?.[0]?.range.top).toBe(1);
    expect(findings?.values.length).toBe(4);
  });
});

describe("Kiểm tra", () => {
  const head = FINDINGS.tables![0]!.range.top;

  it("opens with the data quality of each unit's report: errors, warnings, missing deadlines", () => {
    expect(FINDINGS.values.slice(0, 4)).toEqual([
      ["Số phát hiện theo đơn vị"],
      ["Đơn vị", "Lỗi", "Cảnh báo", "Thiếu thời hạn"],
      ["Phường Nam Sơn", 0, 1, 0],
      ["Tổng cộng", 0, 1, 0],
    ]);
    expect(head).toBe(6);
    expect(FINDINGS.freeze).toEqual({ rows: 6, columns: 0 });
    expect(FINDINGS.page?.printTitleRows).toEqual({ first: 6, last: 6 });
  });

  it("lists set-level findings and sheet findings with messages and links to the cell", () => {
    expect(FINDINGS.values[head - 1]).toEqual([
      "Đơn vị",
      "Tệp",
      "Trang tính",
      "Ô",
      "Mức độ",
      "Mã",
      "Nội dung",
      "Gợi ý",
    ]);
    const codes = FINDINGS.values.slice(head).map((r) => r[5]);
    expect(codes).toEqual([
      "SUBMISSION_MISSING",
      "SUBMISSION_MISSING",
      "SUBMISSION_UNREADABLE",
      "FORMULA_TEXT",
    ]);
    const formula = rowWith(FINDINGS, 6, "FORMULA_TEXT");
    expect(formula?.slice(0, 4)).toEqual(["Phường Nam Sơn", null, "Nam Sơn", "B3"]);
    expect(typeof formula?.[6]).toBe("string");
    expect(FINDINGS.links).toEqual([{ row: head + 4, column: 4, target: "'Nam Sơn'!B3" }]);
    expect(FINDINGS.values[head + 3]?.[5]).toBe("FORMULA_TEXT");
    const missing = rowWith(FINDINGS, 6, "SUBMISSION_MISSING");
    expect(String(missing?.[6])).toContain("Phường Bắc Sơn");
  });
});
