import { createAgencyMatcher } from "../../src/core/agency";
import { consolidateSubmissions } from "../../src/core/consolidate";
import type { Consolidation } from "../../src/core/consolidate";
import { dayNumber, yearInterval } from "../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import type { Finding } from "../../src/core/findings";
import type { SheetReport } from "../../src/core/report-types";
import { DIRECTORY, annexTable, sheetReport } from "./plans/fixtures";

const AS_OF = dayNumber(2024, 7, 1);

function consolidate(
  reports: SheetReport[],
  unreadable: { file: string; message: string }[] = [],
): Consolidation {
  return consolidateSubmissions(
    { reports, unreadable, directory: DIRECTORY, period: yearInterval(2024), asOf: AS_OF },
    createAgencyMatcher(DIRECTORY),
  );
}

// Nam Sơn's report: STT | Nội dung | Hoàn thành | Chủ trì | Tình trạng | Nguồn kinh phí.
const NAM_SON = annexTable(
  { stt: 1, content: 2, end: 3, lead: 4, status: 5 },
  [
    { kind: "section", stt: "I", cells: { content: "Truyền thông", end: "Quý IV", lead: "Phòng VH-TT" } },
    { kind: "task", stt: "1", cells: { content: "Việc xong", end: "Quý I", status: "Đã hoàn thành" } },
    { kind: "task", stt: "2", cells: { content: "Việc trễ", end: "Quý I", status: "Đang thực hiện" } },
    { kind: "task", stt: "3", cells: { content: "Việc chưa đến hạn", end: "Quý IV", status: null } },
    {
      kind: "task",
      stt: "4",
      cells: { content: "Việc thường xuyên", end: "Thường xuyên", status: "Chưa thực hiện" },
    },
    {
      kind: "task",
      stt: "5",
      cells: { content: "Việc không hạn", end: "Quý V", lead: "Ban Không Có", status: "Đang thực hiện" },
      extras: { 6: "Ngân sách" },
    },
  ],
  { extras: [{ column: 6, label: "Nguồn kinh phí" }] },
);

// Bắc Sơn's report, columns in another order: Chủ trì | STT | Tình trạng | Nội dung | Hoàn thành.
const BAC_SON = annexTable({ lead: 1, stt: 2, status: 3, content: 4, end: 5 }, [
  {
    kind: "task",
    stt: "1",
    cells: { content: "Việc Bắc Sơn", end: "30/06/2024", lead: "Phòng VH-TT", status: "Xong" },
  },
]);

const LEAD_MISSING_ON_ROW_7: Finding = {
  code: "LEAD_UNKNOWN",
  severity: "warning",
  row: 7,
  cell: "D7",
  field: "lead",
  params: { name: "Ban Không Có" },
};

describe("consolidateSubmissions", () => {
  const result = consolidate(
    [
      sheetReport("Phường Nam Sơn", NAM_SON),
      sheetReport("Báo cáo 1", NAM_SON, { unit: "UBND PHƯỜNG NAM SƠN", findings: [LEAD_MISSING_ON_ROW_7] }),
      sheetReport("Bắc Sơn", BAC_SON, { file: "bac-son.xlsx" }),
    ],
    [
      { file: "dong-son.xlsx", message: "tệp bị hỏng" },
      { file: "rac.xlsx", message: "không phải tệp Excel" },
    ],
  );

  it("takes two sheets naming one unit differently as one unit: the later counts, the other is replaced", () => {
    const namSon = result.units.find((u) => u.unit === "Phường Nam Sơn");
    expect(namSon?.sheets).toEqual([{ sheet: "Báo cáo 1" }]);
    expect(result.replaced).toEqual([
      {
        unit: "Phường Nam Sơn",
        kept: { sheet: "Báo cáo 1" },
        replaced: [{ sheet: "Phường Nam Sơn" }],
        by: "order",
      },
    ]);
    const duplicates = result.setFindings.filter((f) => f.code === "SUBMISSION_DUPLICATE");
    expect(duplicates).toEqual([
      {
        code: "SUBMISSION_DUPLICATE",
        severity: "warning",
        sheet: "Báo cáo 1",
        unit: "Phường Nam Sơn",
        params: {
          unit: "Phường Nam Sơn",
          kept: "Báo cáo 1",
          replaced: "Phường Nam Sơn",
          by: "order",
          count: 2,
        },
      },
    ]);
    expect(result.tasks.filter((t) => t.unit === "Phường Nam Sơn")).toHaveLength(5);
  });

  it("reports a unit that must submit and did not, and not one that need not", () => {
    expect(result.notSubmitted).toEqual([]);
    const alone = consolidate([sheetReport("Nam Sơn", NAM_SON)]);
    expect(alone.notSubmitted).toEqual(["Phường Bắc Sơn", "Phường Đông Sơn"]);
    expect(alone.setFindings.filter((f) => f.code === "SUBMISSION_MISSING")).toEqual([
      {
        code: "SUBMISSION_MISSING",
        severity: "warning",
        unit: "Phường Bắc Sơn",
        params: { unit: "Phường Bắc Sơn" },
      },
      {
        code: "SUBMISSION_MISSING",
        severity: "warning",
        unit: "Phường Đông Sơn",
        params: { unit: "Phường Đông Sơn" },
      },
    ]);
    expect(alone.units.map((u) => u.unit)).toEqual(["Phường Nam Sơn", "Phường Bắc Sơn", "Phường Đông Sơn"]);
  });

  it("lists unreadable files as errors, and a unit whose file was unreadable as received, not missing", () => {
    expect(result.unreadable.map((u) => u.file)).toEqual(["dong-son.xlsx", "rac.xlsx"]);
    expect(result.setFindings.filter((f) => f.code === "SUBMISSION_UNREADABLE")).toEqual([
      {
        code: "SUBMISSION_UNREADABLE",
        severity: "error",
        file: "dong-son.xlsx",
        params: { file: "dong-son.xlsx", reason: "tệp bị hỏng" },
      },
      {
        code: "SUBMISSION_UNREADABLE",
        severity: "error",
        file: "rac.xlsx",
        params: { file: "rac.xlsx", reason: "không phải tệp Excel" },
      },
    ]);
    const dongSon = result.units.find((u) => u.unit === "Phường Đông Sơn");
    expect(dongSon).toMatchObject({ submitted: false, unreadable: "tệp bị hỏng", tasks: 0 });
    expect(result.setFindings.some((f) => f.code === "SUBMISSION_MISSING")).toBe(false);
  });

  it("matches columns by field whatever their order", () => {
    const [task] = result.tasks.filter((t) => t.unit === "Phường Bắc Sơn");
    expect(task).toMatchObject({
      file: "bac-son.xlsx",
      sheet: "Bắc Sơn",
      content: "Việc Bắc Sơn",
      end: "30/06/2024",
      endDate: "2024-06-30",
      quarter: "Quý II/2024",
      lead: "Phòng Văn hóa và Thông tin",
      status: "done",
      statusText: "Xong",
      overdue: false,
    });
  });

  it("reports extra columns and keeps their values on the tasks", () => {
    expect(result.extraColumns).toEqual([{ sheet: "Báo cáo 1", labels: ["Nguồn kinh phí"] }]);
    const task = result.tasks.find((t) => t.content === "Việc không hạn");
    expect(task?.extras).toEqual({ "Nguồn kinh phí": "Ngân sách" });
    expect(result.tasks.find((t) => t.content === "Việc xong")?.extras).toEqual({});
  });

  it("counts done, overdue, missing deadlines and completion per unit", () => {
    const single = consolidate([sheetReport("Nam Sơn", NAM_SON, { findings: [LEAD_MISSING_ON_ROW_7] })]);
    expect(single.units[0]).toMatchObject({
      unit: "Phường Nam Sơn",
      submitted: true,
      sheets: [{ sheet: "Nam Sơn" }],
      tasks: 5,
      errors: 0,
      warnings: 1,
      missingDeadlines: 1,
      overdue: 1,
      done: 1,
      completion: 0.2,
    });
    // The grid: the done task's deadline passed with no completion date; two tasks have no deadline.
    expect(single.units[0]?.grid.classes).toMatchObject({ doneUndated: 1, openOverdue: 1, noDeadline: 2 });
    expect(single.tasks.map((t) => [t.stt, t.overdue, t.endDate ?? null, t.findings])).toEqual([
      ["1", false, "2024-03-31", 0],
      ["2", true, "2024-03-31", 0],
      ["3", false, "2024-12-31", 0],
      ["4", false, null, 0],
      ["5", false, null, 1],
    ]);
  });

  it("inherits the section's lead, keeps unknown leads as typed, gives each dated finish its quarter", () => {
    const single = consolidate([sheetReport("Nam Sơn", NAM_SON)]);
    expect(single.tasks.map((t) => t.lead)).toEqual([
      "Phòng Văn hóa và Thông tin",
      "Phòng Văn hóa và Thông tin",
      "Phòng Văn hóa và Thông tin",
      "Phòng Văn hóa và Thông tin",
      "Ban Không Có",
    ]);
    expect(single.tasks[0]?.section).toBe("I Truyền thông");
    expect(single.tasks.map((t) => t.quarter ?? null)).toEqual([
      "Quý I/2024",
      "Quý I/2024",
      "Quý IV/2024",
      null,
      null,
    ]);
  });

  it("gives every sheet finding its sheet, file and unit, after the set-level findings", () => {
    const sheetFinding = result.findings.find((f) => f.code === "LEAD_UNKNOWN");
    expect(sheetFinding).toMatchObject({ sheet: "Báo cáo 1", unit: "Phường Nam Sơn", cell: "D7" });
    expect(result.findings.slice(0, result.setFindings.length)).toEqual(result.setFindings);
  });

  it("counts no overdue work on a sheet without a status column", () => {
    const noStatus = annexTable({ stt: 1, content: 2, end: 3, lead: 4 }, [
      { kind: "task", stt: "1", cells: { content: "Việc", end: "Quý I", lead: "Phòng VH-TT" } },
    ]);
    const c = consolidate([sheetReport("Tây Sơn", noStatus)]);
    expect(c.tasks[0]).toMatchObject({ overdue: false, status: "blank", unit: "Phường Tây Sơn" });
  });

  it("reads status as the findings do: a done result, a cancelled task, a column of project stages", () => {
    const withResult = annexTable({ stt: 1, content: 2, end: 3, lead: 4, status: 5, result: 6 }, [
      {
        kind: "task",
        stt: "1",
        cells: { content: "A", end: "Quý I", lead: "Phòng VH-TT", result: "Đã ban hành Kế hoạch" },
      },
      {
        kind: "task",
        stt: "2",
        cells: { content: "B", end: "Quý I", lead: "Phòng VH-TT", result: "Đang xây dựng" },
      },
      {
        kind: "task",
        stt: "3",
        cells: { content: "C", end: "Quý I", lead: "Phòng VH-TT", status: "Dừng thực hiện" },
      },
    ]);
    const stages = annexTable({ stt: 1, content: 2, end: 3, lead: 4, status: 5 }, [
      {
        kind: "task",
        stt: "1",
        cells: { content: "D", end: "Quý I", lead: "Phòng VH-TT", status: "Chuyển tiếp" },
      },
      {
        kind: "task",
        stt: "2",
        cells: { content: "E", end: "Quý I", lead: "Phòng VH-TT", status: "Thực hiện mới" },
      },
    ]);
    const c = consolidate([sheetReport("Nam Sơn", withResult), sheetReport("Bắc Sơn", stages)]);
    expect(c.tasks.map((t) => [t.content, t.status, t.overdue])).toEqual([
      ["A", "done", false],
      ["B", "inProgress", true],
      ["C", "cancelled", false],
      ["D", "unknown", false],
      ["E", "unknown", false],
    ]);
  });

  it("keeps the unit the sheet names (title, Kèm theo line) even when it is not in the directory", () => {
    // The issuer read from the sheet is not in the directory; the file name would match Phường Bắc Sơn.
    const c = consolidate([
      sheetReport("Sheet1", BAC_SON, {
        unit: "Ủy ban nhân dân xã Tân Phú",
        unitText: "Ủy ban nhân dân xã Tân Phú",
        file: "bac_son.xlsx",
      }),
    ]);
    expect(c.tasks.map((t) => t.unit)).toEqual(["Ủy ban nhân dân xã Tân Phú"]);
    expect(c.units.find((u) => u.unit === "Phường Bắc Sơn")?.submitted).toBe(false);
    // Without a unit read from the sheet, the file name still names it.
    const byFile = consolidate([sheetReport("Sheet1", BAC_SON, { file: "bac_son.xlsx" })]);
    expect(byFile.tasks.map((t) => t.unit)).toEqual(["Phường Bắc Sơn"]);
  });

  it("keeps a sheet whose unit is unknown under its own name", () => {
    const c = consolidate([sheetReport("Sheet lạ", BAC_SON)]);
    expect(c.units.map((u) => [u.unit, u.submitted])).toContainEqual(["Sheet lạ", true]);
  });
});

describe("lead agencies named canonically with the built-in model", () => {
  const consolidateBuiltIn = (reports: SheetReport[]): Consolidation =>
    consolidateSubmissions(
      { reports, unreadable: [], directory: DEFAULT_DIRECTORY, period: yearInterval(2024), asOf: AS_OF },
      createAgencyMatcher(DEFAULT_DIRECTORY),
    );

  it("gives spelling variants of one body one canonical name", () => {
    const table = annexTable({ stt: 1, content: 2, end: 3, lead: 4 }, [
      { kind: "task", stt: "1", cells: { content: "A", end: "Quý I", lead: "Công chức VH-XH" } },
      { kind: "task", stt: "2", cells: { content: "B", end: "Quý II", lead: "Công chức Văn hóa - Xã hội" } },
      { kind: "task", stt: "3", cells: { content: "C", end: "Quý III", lead: "Phòng Kinh tế xã" } },
      { kind: "task", stt: "4", cells: { content: "D", end: "Quý III", lead: "Phòng Kinh tế" } },
    ]);
    const c = consolidateBuiltIn([sheetReport("Báo cáo", table, { unit: "Ủy ban nhân dân xã Tân Phú" })]);
    expect(c.tasks.map((t) => t.lead)).toEqual([
      "Công chức Văn hóa - Xã hội",
      "Công chức Văn hóa - Xã hội",
      "Phòng Kinh tế",
      "Phòng Kinh tế",
    ]);
  });

  it("counts the ward's own committee, however typed, as the ward", () => {
    const table = annexTable({ stt: 1, content: 2, end: 3, lead: 4 }, [
      { kind: "task", stt: "1", cells: { content: "A", end: "Quý I", lead: "UBND phường" } },
      {
        kind: "task",
        stt: "2",
        cells: { content: "B", end: "Quý II", lead: "Ủy ban nhân dân phường Nam Sơn" },
      },
    ]);
    const c = consolidateBuiltIn([sheetReport("Báo cáo", table, { unit: "Ủy ban nhân dân phường Nam Sơn" })]);
    expect(c.tasks.map((t) => t.lead)).toEqual([
      "Ủy ban nhân dân phường Nam Sơn",
      "Ủy ban nhân dân phường Nam Sơn",
    ]);
  });
});

// A ward's workbook with its report and a visible notes sheet (no table, HEADER_NOT_FOUND): the notes
// sheet is not a unit of its own called "Ghi chú", nor a second submission of the ward.
describe("a sheet without a task table beside a report in the same file", () => {
  const headerNotFound: Finding = { code: "HEADER_NOT_FOUND", severity: "error", params: {} };
  const c = consolidate([
    sheetReport("Bắc Sơn", BAC_SON, { file: "bac-son.xlsx" }),
    sheetReport("Ghi chú", undefined, { file: "bac-son.xlsx", findings: [headerNotFound] }),
    sheetReport("Trang lạ", undefined, { file: "la.xlsx", findings: [headerNotFound] }),
  ]);

  it.each([
    ["Phường Bắc Sơn", true, 1],
    ["Trang lạ", true, 1],
  ])("unit %s: submitted %s, %i error", (unit, submitted, errors) => {
    expect(c.units.find((u) => u.unit === unit)).toMatchObject({ submitted, errors });
  });

  it("lists no unit for the notes sheet and finds no duplicate", () => {
    expect(c.units.map((u) => u.unit)).not.toContain("Ghi chú");
    expect(c.setFindings.filter((f) => f.code === "SUBMISSION_DUPLICATE")).toEqual([]);
    expect(c.findings.find((f) => f.code === "HEADER_NOT_FOUND" && f.sheet === "Ghi chú")?.unit).toBe(
      "Phường Bắc Sơn",
    );
  });
});

describe("error values in the lead column", () => {
  // `#REF!` is a broken cell, not an agency: the task keeps it as it was.
  it.each([[{ error: "#REF!" }], [{ error: "#N/A" }]])("%j is kept as the task's lead text", (lead) => {
    const table = annexTable({ stt: 1, content: 2, end: 3, lead: 4 }, [
      { kind: "task", stt: "1", cells: { content: "Việc", end: "Quý I", lead } },
      { kind: "task", stt: "2", cells: { content: "Việc 2", end: "Quý I", lead: null } },
    ]);
    const c = consolidate([sheetReport("Nam Sơn", table)]);
    expect(c.tasks.map((t) => t.lead)).toEqual([lead.error, ""]);
  });
});

describe("time cells typed as numbers", () => {
  // 45300 and 45400 are Excel serials (09/01/2024, 18/04/2024) stored without a date format; 2025 is a year.
  it.each([
    { start: 45300, end: 45400, shown: ["09/01/2024", "18/04/2024"], endDate: "2024-04-18" },
    { start: "Quý I", end: 45400, shown: ["Quý I", "18/04/2024"], endDate: "2024-04-18" },
    { start: 2024, end: 2025, shown: ["2024", "2025"], endDate: "2025-12-31" },
  ])("shows $start → $end as $shown, never a raw serial", ({ start, end, shown, endDate }) => {
    const table = annexTable({ stt: 1, content: 2, start: 3, end: 4, lead: 5 }, [
      { kind: "task", stt: "1", cells: { content: "Việc", start, end, lead: "Phòng VH-TT" } },
    ]);
    const [task] = consolidate([sheetReport("Nam Sơn", table)]).tasks;
    expect([task?.start, task?.end]).toEqual(shown);
    expect(task?.endDate).toBe(endDate);
  });
});
