/** Consolidation end to end: worksheets → validateSheet → consolidateSubmissions → the three plans. */
import { createAgencyMatcher } from "../../src/core/agency";
import type { AgencyDirectory } from "../../src/core/agency-types";
import { consolidateSubmissions } from "../../src/core/consolidate";
import { dayNumber, yearInterval } from "../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import { consolidationPlans } from "../../src/core/plans/consolidation-plans";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { validateSheet } from "../../src/core/validate";
import { HYPERLINK_TEXT } from "./plans/fixtures";

const MUST_SUBMIT = new Set([
  "Ủy ban nhân dân phường Nam Sơn",
  "Ủy ban nhân dân phường Bắc Sơn",
  "Ủy ban nhân dân phường Lãm Hà",
  "Ủy ban nhân dân phường Văn Đẩu",
]);
const DIRECTORY: AgencyDirectory = {
  source: "test",
  entries: DEFAULT_DIRECTORY.entries.map((e) => ({ ...e, mustSubmit: MUST_SUBMIT.has(e.name) })),
};
const AS_OF = dayNumber(2024, 7, 1);

const SHEETS: SheetSnapshot[] = [
  // Nam Sơn's report in two sheets of one file: parts of one submission, counted together.
  {
    file: "nam-son.xlsx",
    sheet: "Báo cáo 1",
    merges: [],
    rows: [
      ["UBND PHƯỜNG NAM SƠN"],
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024"],
      [],
      ["STT", "Nội dung nhiệm vụ", "Hoàn thành", "Cơ quan chủ trì", "Tình trạng", "Nguồn kinh phí"],
      ["1", "Việc đã xong", "Quý I", "Phòng VH-TT", "Đã hoàn thành", "Ngân sách"],
      ["2", HYPERLINK_TEXT, "Quý I", "Phòng VH-TT", "Đang thực hiện", null],
    ],
  },
  {
    file: "nam-son.xlsx",
    sheet: "Phường Nam Sơn",
    merges: [],
    rows: [
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024"],
      [],
      ["Cơ quan chủ trì", "STT", "Nội dung nhiệm vụ", "Tình trạng", "Hoàn thành"],
      ["Phòng GD&ĐT", "1", "Việc thứ tự khác", "Chưa thực hiện", "Quý IV"],
    ],
  },
  {
    file: "bac-son.xlsx",
    sheet: "Sheet1",
    merges: [],
    rows: [
      ["UBND phường Bắc Sơn"],
      ["BÁO CÁO NĂM 2024"],
      ["STT", "Nội dung nhiệm vụ", "Thời gian hoàn thành", "Cơ quan chủ trì", "Tình trạng"],
      ["1", "Việc Bắc Sơn", "30/06/2024", "Phòng VH-TT", "Xong"],
    ],
  },
];

describe("consolidating validated worksheets", () => {
  const matcher = createAgencyMatcher(DIRECTORY);
  const reports = SHEETS.map((s) => validateSheet(s, { asOf: AS_OF, directory: DIRECTORY }, matcher));
  const c = consolidateSubmissions(
    {
      reports,
      unreadable: [{ file: "lam-ha.xlsx", message: "không phải tệp Excel" }],
      directory: DIRECTORY,
      period: yearInterval(2024),
      asOf: AS_OF,
    },
    matcher,
  );

  it("recognises the title and the sheet name as one unit, and two sheets of one file as one report", () => {
    expect(c.setFindings.find((f) => f.code === "SUBMISSION_DUPLICATE")).toBeUndefined();
    expect(c.replaced).toEqual([]);
    const namSon = c.units.find((u) => u.unit === "Ủy ban nhân dân phường Nam Sơn");
    expect(namSon?.tasks).toBe(3);
    expect(namSon?.sheets.map((s) => s.sheet)).toEqual(["Báo cáo 1", "Phường Nam Sơn"]);
  });

  it("reads columns in any order by field", () => {
    expect(c.tasks.find((t) => t.sheet === "Phường Nam Sơn")).toMatchObject({
      stt: "1",
      content: "Việc thứ tự khác",
      end: "Quý IV",
      quarter: "Quý IV/2024",
      lead: "Phòng Giáo dục và Đào tạo",
      status: "notStarted",
    });
    expect(c.tasks.find((t) => t.file === "bac-son.xlsx")).toMatchObject({
      unit: "Ủy ban nhân dân phường Bắc Sơn",
      endDate: "2024-06-30",
      status: "done",
    });
  });

  it("reports the extra column and keeps its values", () => {
    expect(c.extraColumns).toEqual([
      { sheet: "Báo cáo 1", file: "nam-son.xlsx", labels: ["Nguồn kinh phí"] },
    ]);
    expect(c.tasks.find((t) => t.content === "Việc đã xong")?.extras).toEqual({
      "Nguồn kinh phí": "Ngân sách",
    });
  });

  it("lists the missing and the unreadable submissions", () => {
    expect(c.notSubmitted).toEqual(["Ủy ban nhân dân phường Văn Đẩu"]);
    expect(c.units.find((u) => u.unit === "Ủy ban nhân dân phường Lãm Hà")?.unreadable).toBe(
      "không phải tệp Excel",
    );
    expect(c.setFindings.map((f) => f.code).sort()).toEqual(["SUBMISSION_MISSING", "SUBMISSION_UNREADABLE"]);
  });

  it("counts overdue work and completion", () => {
    const namSon = c.units.find((u) => u.unit === "Ủy ban nhân dân phường Nam Sơn");
    expect(namSon).toMatchObject({ tasks: 3, done: 1, overdue: 1 });
    expect(namSon?.completion).toBeCloseTo(1 / 3);
  });

  it("writes the formula-like text verbatim as a string in the task, and into all three sheets", () => {
    expect(c.tasks.some((t) => t.content === HYPERLINK_TEXT)).toBe(true);
    const plans = consolidationPlans(c, "vi", { sourceInWorkbook: true });
    const [summary, data, findings] = plans.map((p) => p.values.flat());
    expect(data).toContain(HYPERLINK_TEXT);
    expect(findings?.some((v) => typeof v === "string" && v.includes(HYPERLINK_TEXT))).toBe(true);
    // The summary lists no task text; what it holds from the submissions (unit names, files) is text too.
    expect(summary?.every((v) => v === null || typeof v !== "object" || "date" in v)).toBe(true);
  });
});
