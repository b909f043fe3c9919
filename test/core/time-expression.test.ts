import { dayNumber, formatIsoDay, yearInterval } from "../../src/core/day";
import type { Cell } from "../../src/core/snapshot";
import { parseTimeExpression } from "../../src/core/time-expression";
import type { TimeContext, TimeFailureReason, TimeKind, TimeResult } from "../../src/core/time-types";

const PLAN_2024: TimeContext = { defaultYear: 2024, period: yearInterval(2024) };
const PLAN_2026_2030: TimeContext = {
  defaultYear: 2026,
  period: { from: dayNumber(2026, 1, 1), to: dayNumber(2030, 12, 31) },
};

/** The result as plain comparable values: kind, ISO ends, flags. */
function summary(result: TimeResult): unknown {
  if (!result.ok) return { reason: result.reason, detail: result.detail };
  const { kind, interval, hasDeadline, isRange } = result;
  return {
    kind,
    from: interval && formatIsoDay(interval.from),
    to: interval && formatIsoDay(interval.to),
    hasDeadline,
    isRange,
  };
}

type Row = [Cell, TimeKind, string | undefined, string | undefined, boolean, boolean];

function expectParsed(cell: Cell, ctx: TimeContext, row: Omit<Row, never>): void {
  const [, kind, from, to, hasDeadline, isRange] = row;
  expect(summary(parseTimeExpression(cell, ctx))).toEqual({ kind, from, to, hasDeadline, isRange });
}

describe("parseTimeExpression: every form of DESIGN §3 in a 2024 plan", () => {
  const rows: Row[] = [
    // quarter
    ["Quý I", "quarter", "2024-01-01", "2024-03-31", true, false],
    ["quý 2", "quarter", "2024-04-01", "2024-06-30", true, false],
    ["Quý III/2024", "quarter", "2024-07-01", "2024-09-30", true, false],
    ["Quý IV năm 2024", "quarter", "2024-10-01", "2024-12-31", true, false],
    ["Quý III Năm 2026", "quarter", "2026-07-01", "2026-09-30", true, false],
    ["Quí IV-2025", "quarter", "2025-10-01", "2025-12-31", true, false],
    ["Quý IV/2025", "quarter", "2025-10-01", "2025-12-31", true, false],
    ["Q3", "quarter", "2024-07-01", "2024-09-30", true, false],
    ["q2/2025", "quarter", "2025-04-01", "2025-06-30", true, false],
    ["QUÝ IV", "quarter", "2024-10-01", "2024-12-31", true, false],
    // quarter range
    ["Quý I - Quý IV", "quarterRange", "2024-01-01", "2024-12-31", true, true],
    ["Quý I đến Quý III", "quarterRange", "2024-01-01", "2024-09-30", true, true],
    ["Quý II-III", "quarterRange", "2024-04-01", "2024-09-30", true, true],
    ["Từ Quý II đến hết Quý IV", "quarterRange", "2024-04-01", "2024-12-31", true, true],
    ["Quý IV/2025- Quý II/2026", "quarterRange", "2025-10-01", "2026-06-30", true, true],
    ["Quý IV - Quý II/2026", "quarterRange", "2025-10-01", "2026-06-30", true, true],
    ["Quý III - Quý I", "quarterRange", "2024-07-01", "2024-03-31", true, true],
    // half year
    ["6 tháng đầu năm", "halfYear", "2024-01-01", "2024-06-30", true, false],
    ["6 tháng cuối năm 2024", "halfYear", "2024-07-01", "2024-12-31", true, false],
    ["Sáu tháng đầu năm 2025", "halfYear", "2025-01-01", "2025-06-30", true, false],
    // month
    ["Tháng 10", "month", "2024-10-01", "2024-10-31", true, false],
    ["tháng 10/2024", "month", "2024-10-01", "2024-10-31", true, false],
    ["Tháng 10 năm 2024", "month", "2024-10-01", "2024-10-31", true, false],
    ["Tháng 06/2026", "month", "2026-06-01", "2026-06-30", true, false],
    ["Tháng 2", "month", "2024-02-01", "2024-02-29", true, false],
    ["12/2025", "month", "2025-12-01", "2025-12-31", true, false],
    // month range
    ["từ tháng 3 đến tháng 6", "monthRange", "2024-03-01", "2024-06-30", true, true],
    ["Tháng 3 - 6/2025", "monthRange", "2025-03-01", "2025-06-30", true, true],
    // date
    ["20/12/2023", "date", "2023-12-20", "2023-12-20", true, false],
    ["ngày 20/12/2023", "date", "2023-12-20", "2023-12-20", true, false],
    ["20/12", "date", "2024-12-20", "2024-12-20", true, false],
    ["20-12-2023", "date", "2023-12-20", "2023-12-20", true, false],
    ["20.12.2023", "date", "2023-12-20", "2023-12-20", true, false],
    ["20/12/23", "date", "2023-12-20", "2023-12-20", true, false],
    ["ngày 20 tháng 12 năm 2023", "date", "2023-12-20", "2023-12-20", true, false],
    ["2023-12-20", "date", "2023-12-20", "2023-12-20", true, false],
    ["29/02", "date", "2024-02-29", "2024-02-29", true, false],
    // deadline
    ["Trước 20/12/2023", "deadline", "2023-12-19", "2023-12-19", true, false],
    ["Trước ngày 20/11", "deadline", "2024-11-19", "2024-11-19", true, false],
    ["Trước ngày 30/11/2025", "deadline", "2025-11-29", "2025-11-29", true, false],
    ["Chậm nhất ngày 15/10/2022", "deadline", "2022-10-15", "2022-10-15", true, false],
    ["Hạn 30/6", "deadline", "2024-06-30", "2024-06-30", true, false],
    ["Trước Quý III", "deadline", "2024-06-30", "2024-06-30", true, false],
    ["Chậm nhất trong Quý II/2025", "deadline", "2025-06-30", "2025-06-30", true, false],
    ["Đến hết năm 2025", "deadline", "2025-12-31", "2025-12-31", true, false],
    ["Hoàn thành trước 31/12/2024", "deadline", "2024-12-30", "2024-12-30", true, false],
    // `Hết quý II` is `Đến hết quý II`; `Cuối quý IV`, `cuối năm 2024`: by the end of it.
    ["Hết quý II", "deadline", "2024-06-30", "2024-06-30", true, false],
    ["Hết tháng 10/2024", "deadline", "2024-10-31", "2024-10-31", true, false],
    ["Cuối quý IV", "deadline", "2024-12-31", "2024-12-31", true, false],
    ["Cuối năm 2024", "deadline", "2024-12-31", "2024-12-31", true, false],
    // date range
    ["Từ ngày 01/10 đến 10/10/2022", "dateRange", "2022-10-01", "2022-10-10", true, true],
    ["01/10 - 10/10/2022", "dateRange", "2022-10-01", "2022-10-10", true, true],
    ["01/12 - 10/01/2023", "dateRange", "2022-12-01", "2023-01-10", true, true],
    ["Từ 01/10 đến 10/10/2022", "dateRange", "2022-10-01", "2022-10-10", true, true],
    ["Từ tháng 3 đến 15/6/2024", "dateRange", "2024-03-01", "2024-06-15", true, true],
    // year
    ["Năm 2024", "year", "2024-01-01", "2024-12-31", true, false],
    ["2024", "year", "2024-01-01", "2024-12-31", true, false],
    ["2025", "year", "2025-01-01", "2025-12-31", true, false],
    ["Cả năm", "year", "2024-01-01", "2024-12-31", true, false],
    ["Trong năm 2024", "year", "2024-01-01", "2024-12-31", true, false],
    ["Trong năm", "year", "2024-01-01", "2024-12-31", true, false],
    // multi-year
    ["2024-2025", "multiYear", "2024-01-01", "2025-12-31", true, true],
    ["2026 - 2030", "multiYear", "2026-01-01", "2030-12-31", true, true],
    ["2025 - 2035", "multiYear", "2025-01-01", "2035-12-31", true, true],
    ["Năm 2025 - 2026", "multiYear", "2025-01-01", "2026-12-31", true, true],
    ["Năm 2025-2030", "multiYear", "2025-01-01", "2030-12-31", true, true],
    ["Giai đoạn 2022-2025", "multiYear", "2022-01-01", "2025-12-31", true, true],
    ["Từ năm 2025 đến năm 2030", "multiYear", "2025-01-01", "2030-12-31", true, true],
    // recurring: the plan period, no deadline
    ["Thường xuyên", "recurring", "2024-01-01", "2024-12-31", false, false],
    ["Hằng năm", "recurring", "2024-01-01", "2024-12-31", false, false],
    ["Hàng năm", "recurring", "2024-01-01", "2024-12-31", false, false],
    ["Hằng năm.", "recurring", "2024-01-01", "2024-12-31", false, false],
    ["Hằng quý", "recurring", "2024-01-01", "2024-12-31", false, false],
    ["Hằng quí", "recurring", "2024-01-01", "2024-12-31", false, false],
    ["1 quí/lần", "recurring", "2024-01-01", "2024-12-31", false, false],
    ["Hằng tháng", "recurring", "2024-01-01", "2024-12-31", false, false],
    ["Định kỳ", "recurring", "2024-01-01", "2024-12-31", false, false],
    ["Thường xuyên, hằng năm", "recurring", "2024-01-01", "2024-12-31", false, false],
    ["Tháng 12 hằng năm", "recurring", "2024-01-01", "2024-12-31", false, false],
    ["Thường xuyên trong năm 2024", "recurring", "2024-01-01", "2024-12-31", false, false],
    ["Trước ngày 15/12 hằng năm", "recurring", "2024-01-01", "2024-12-31", false, false],
    ["6 tháng/lần", "recurring", "2024-01-01", "2024-12-31", false, false],
    [
      "Thường xuyên, định kỳ hằng quý báo cáo về Sở Tài chính",
      "recurring",
      "2024-01-01",
      "2024-12-31",
      false,
      false,
    ],
    // vague: no interval, no deadline
    ["Theo kế hoạch", "vague", undefined, undefined, false, false],
    ["Theo Kế hoạch riêng", "vague", undefined, undefined, false, false],
    ["Theo chỉ đạo", "vague", undefined, undefined, false, false],
    ["Khi có yêu cầu", "vague", undefined, undefined, false, false],
    ["Khi có phát sinh.", "vague", undefined, undefined, false, false],
    ["Sau khi có Quy chế của TW", "vague", undefined, undefined, false, false],
    ["Thực hiện theo tiến độ dự án", "vague", undefined, undefined, false, false],
    ["Kỳ họp thứ nhất Quốc hội khóa XVI", "vague", undefined, undefined, false, false],
    ["Tại kỳ họp cuối năm của HĐND tỉnh", "vague", undefined, undefined, false, false],
    ["Trong quá trình thực hiện Đề án", "vague", undefined, undefined, false, false],
    // filler words around a single time
    ["Hoàn thành trong Quý II/2026 và báo cáo kết quả", "quarter", "2026-04-01", "2026-06-30", true, false],
    ["Dự kiến: Quý III/2025", "quarter", "2025-07-01", "2025-09-30", true, false],
    ["Hoàn thành trong năm 2025", "year", "2025-01-01", "2025-12-31", true, false],
    ["Quý IV/2025 (báo cáo UBND tỉnh)", "quarter", "2025-10-01", "2025-12-31", true, false],
    ["- Quý I", "quarter", "2024-01-01", "2024-03-31", true, false],
  ];

  it.each(rows)("%j → %s %s..%s", (...row) => {
    expectParsed(row[0], PLAN_2024, row);
  });
});

describe("parseTimeExpression: the plan decides what the text leaves open", () => {
  it.each<Row>([
    ["Quý I", "quarter", "2026-01-01", "2026-03-31", true, false],
    ["Thường xuyên", "recurring", "2026-01-01", "2030-12-31", false, false],
    ["Hằng năm", "recurring", "2026-01-01", "2030-12-31", false, false],
    ["2025", "year", "2025-01-01", "2025-12-31", true, false],
    // An open start runs to the end of the plan.
    ["Bắt đầu triển khai từ năm 2026", "multiYear", "2026-01-01", "2030-12-31", true, true],
    ["Từ Quý III", "quarterRange", "2026-07-01", "2030-12-31", true, true],
  ])("%j in a 2026–2030 plan → %s %s..%s", (...row) => {
    expectParsed(row[0], PLAN_2026_2030, row);
  });
});

describe("parseTimeExpression: cells that are not text", () => {
  it.each<Row>([
    [2025, "year", "2025-01-01", "2025-12-31", true, false],
    [1900, "year", "1900-01-01", "1900-12-31", true, false],
    [2100, "year", "2100-01-01", "2100-12-31", true, false],
    [45291, "date", "2023-12-31", "2023-12-31", true, false],
    [45291.75, "date", "2023-12-31", "2023-12-31", true, false],
    [{ date: "2024-06-30" }, "date", "2024-06-30", "2024-06-30", true, false],
  ])("%j → %s %s..%s", (...row) => {
    expectParsed(row[0], PLAN_2024, row);
  });

  it.each<[Cell, TimeFailureReason, string | undefined]>([
    [null, "empty", undefined],
    ["", "empty", undefined],
    ["   ", "empty", undefined],
    ["\u00a0\u200b", "empty", undefined],
    [{ error: "#REF!" }, "unparseable", "#REF!"],
    [{ date: "2024-02-30" }, "dateInvalid", "30/02/2024"],
    [true, "unparseable", undefined],
    [7, "unparseable", "7"],
    [-3, "unparseable", "-3"],
    [1e9, "unparseable", "1000000000"],
    [Number.NaN, "unparseable", "NaN"],
  ])("%j fails as %s", (cell, reason, detail) => {
    expect(summary(parseTimeExpression(cell, PLAN_2024))).toEqual({ reason, detail });
  });

  it("keeps the display text NFC and trimmed", () => {
    const result = parseTimeExpression("  Quý\u00a0IV/2025 ".normalize("NFD"), PLAN_2024);
    expect(result.text).toBe("Quý IV/2025");
  });
});

describe("parseTimeExpression: one defect, one reason, with the offending fragment", () => {
  it.each<[string, TimeFailureReason, string | undefined]>([
    ["Quý V", "quarterInvalid", "Quý V"],
    ["Quý 0", "quarterInvalid", "Quý 0"],
    ["Q5", "quarterInvalid", "Q5"],
    ["quý VI/2025", "quarterInvalid", "quý VI/2025"],
    ["Quý II - Quý V", "quarterInvalid", "Quý V"],
    ["Quý V hằng năm", "quarterInvalid", "Quý V"],
    ["Trước Quý V", "quarterInvalid", "Quý V"],
    ["31/02/2024", "dateInvalid", "31/02/2024"],
    ["12/13/2024", "dateInvalid", "12/13/2024"],
    ["Tháng 13", "dateInvalid", "Tháng 13"],
    ["Tháng 0/2024", "dateInvalid", "Tháng 0/2024"],
    ["ngày 32/1", "dateInvalid", "ngày 32/1"],
    ["Trước ngày 31/4/2025", "dateInvalid", "31/4/2025"],
    ["Từ 01/10 đến 31/11/2024", "dateInvalid", "31/11/2024"],
    ["29/02/2023", "dateInvalid", "29/02/2023"],
    ["blah", "unparseable", undefined],
    ["Quý", "unparseable", undefined],
    ["Đang thực hiện", "unparseable", undefined],
    ["Quý II/2026 hoặc tháng 9", "unparseable", undefined],
    ["Tổ chức hội nghị tổng kết, báo cáo kết quả", "unparseable", undefined],
    ["=A1", "unparseable", undefined],
    ["- Quý I\n- Quý III", "unparseable", undefined],
  ])("%j fails as %s (%s)", (text, reason, detail) => {
    expect(summary(parseTimeExpression(text, PLAN_2024))).toEqual({ reason, detail });
  });

  it("reports 29/02 without a year as invalid in a plan year that has no such day", () => {
    const plan2025: TimeContext = { defaultYear: 2025, period: yearInterval(2025) };
    expect(summary(parseTimeExpression("29/02", plan2025))).toEqual({
      reason: "dateInvalid",
      detail: "29/02",
    });
  });
});

describe("parseTimeExpression: text variants read alike", () => {
  it.each([
    ["NFD input", "Quý IV/2025".normalize("NFD"), "Quý IV/2025"],
    ["tone style Quí/Quý", "Quí IV-2025", "Quý IV-2025"],
    ["tone style hằng/hàng", "Hàng năm", "Hằng năm"],
    ["en dash", "2026 – 2030", "2026 - 2030"],
    ["em dash", "Quý I — Quý IV", "Quý I - Quý IV"],
    ["NBSP", "Quý\u00a0I\u00a0-\u00a0Quý\u00a0IV", "Quý I - Quý IV"],
    ["zero-width space", "Tháng\u200b 12/2025", "Tháng 12/2025"],
    ["upper case", "TRƯỚC NGÀY 30/11/2025", "Trước ngày 30/11/2025"],
    ["repeated spaces", "Năm   2025  -  2026", "Năm 2025 - 2026"],
    ["line break", "Quý I\n- Quý IV", "Quý I - Quý IV"],
    ["a doubled slash", "Tháng 12//2025", "Tháng 12/2025"],
    ["a space after the slash", "20/12/ 2025", "20/12/2025"],
    ["spaces around the slash", "Quý IV / 2025", "Quý IV/2025"],
  ])("%s", (_label, variant, plain) => {
    expect(summary(parseTimeExpression(variant, PLAN_2024))).toEqual(
      summary(parseTimeExpression(plain, PLAN_2024)),
    );
    expect(parseTimeExpression(variant, PLAN_2024).ok).toBe(true);
  });
});

describe("parseTimeExpression: a time stated inside a sentence", () => {
  /** The result with the part of the sentence it was read from. */
  function withRead(result: TimeResult): unknown {
    return result.ok ? { ...(summary(result) as object), read: result.read } : summary(result);
  }

  it.each<[string, TimeKind, string, string, boolean, boolean, string]>([
    [
      "Ban hành trong quý I năm 2026. Thực hiện rà soát, điều chỉnh (nếu có)",
      "quarter",
      "2026-01-01",
      "2026-03-31",
      true,
      false,
      "quý I năm 2026",
    ],
    [
      "Thí điểm trong giai đoạn 2026 - 2027 và mở rộng sau năm 2028",
      "multiYear",
      "2026-01-01",
      "2027-12-31",
      true,
      true,
      "giai đoạn 2026 - 2027",
    ],
    [
      "Xây dựng dự thảo, trình UBND tỉnh trước ngày 30/9/2024",
      "deadline",
      "2024-09-29",
      "2024-09-29",
      true,
      false,
      "trước ngày 30/9/2024",
    ],
    [
      "Tổ chức sơ kết vào tháng 6/2024, báo cáo kết quả về Sở Nội vụ",
      "month",
      "2024-06-01",
      "2024-06-30",
      true,
      false,
      "tháng 6/2024",
    ],
    [
      "Hoàn thành dự thảo trong quý II, ban hành trong quý IV",
      "quarter",
      "2024-04-01",
      "2024-06-30",
      true,
      false,
      "quý II",
    ],
    [
      "Thực hiện Kế hoạch số 145/KH-UBND ngày 20/3/2024; hoàn thành trước 30/11/2024",
      "deadline",
      "2024-11-29",
      "2024-11-29",
      true,
      false,
      "trước 30/11/2024",
    ],
    [
      "Sơ kết, đánh giá kết quả thực hiện 2021-2025 (nếu có)",
      "multiYear",
      "2021-01-01",
      "2025-12-31",
      true,
      true,
      "2021-2025",
    ],
    [
      "Triển khai Nghị quyết của HĐND tỉnh, hoàn thành trong năm 2025",
      "year",
      "2025-01-01",
      "2025-12-31",
      true,
      false,
      "trong năm 2025",
    ],
    [
      "Thực hiện Đề án “Chuyển đổi số” trong giai đoạn 2024-2025",
      "multiYear",
      "2024-01-01",
      "2025-12-31",
      true,
      true,
      "giai đoạn 2024-2025",
    ],
    [
      "Tổng kết, báo cáo UBND tỉnh 2025, sau đó duy trì",
      "year",
      "2025-01-01",
      "2025-12-31",
      true,
      false,
      "2025",
    ],
    [
      "Thực hiện chuyển đổi số năm 2024 và các năm tiếp theo; báo cáo kết quả",
      "multiYear",
      "2024-01-01",
      "2024-12-31",
      true,
      true,
      "năm 2024 và các năm tiếp theo",
    ],
    [
      "Ban hành trong quý II, sau đó duy trì thường xuyên",
      "quarter",
      "2024-04-01",
      "2024-06-30",
      true,
      false,
      "quý II",
    ],
    [
      "Ban hành trong quý I năm 2026, sau đó thực hiện thường xuyên",
      "quarter",
      "2026-01-01",
      "2026-03-31",
      true,
      false,
      "quý I năm 2026",
    ],
    [
      "Ban hành trong quý I năm 2026. Thực hiện rà soát".normalize("NFD"),
      "quarter",
      "2026-01-01",
      "2026-03-31",
      true,
      false,
      "quý I năm 2026",
    ],
    // A remark after the time: read from its head.
    [
      "Hoàn thành trong Quý II/2026 và báo cáo kết quả",
      "quarter",
      "2026-04-01",
      "2026-06-30",
      true,
      false,
      "Quý II/2026",
    ],
    ["Quý IV/2025 (báo cáo UBND tỉnh)", "quarter", "2025-10-01", "2025-12-31", true, false, "Quý IV/2025"],
    // Milestones of one task, a list of times: the last is when it must be finished.
    ["Quý II và Quý IV", "quarter", "2024-10-01", "2024-12-31", true, false, "Quý IV"],
    ["Tháng 01 và tháng 12/2024", "month", "2024-12-01", "2024-12-31", true, false, "tháng 12/2024"],
    [
      "Quý II/2024, từ 01/7/2024, cuối năm 2024",
      "deadline",
      "2024-12-31",
      "2024-12-31",
      true,
      false,
      "cuối năm 2024",
    ],
  ])("%j → %s %s..%s", (text, kind, from, to, hasDeadline, isRange, read) => {
    expect(withRead(parseTimeExpression(text, PLAN_2024))).toEqual({
      kind,
      from,
      to,
      hasDeadline,
      isRange,
      read,
    });
  });

  it.each<Row>([
    // A recurring phrase anywhere, with no concrete time, is recurring.
    ["Nhiệm vụ thường xuyên", "recurring", "2024-01-01", "2024-12-31", false, false],
    ["Thực hiện thường xuyên", "recurring", "2024-01-01", "2024-12-31", false, false],
    ["Hằng năm, trước ngày 15/12", "recurring", "2024-01-01", "2024-12-31", false, false],
    ["Triển khai hằng năm", "recurring", "2024-01-01", "2024-12-31", false, false],
    ["Báo cáo kết quả định kỳ", "recurring", "2024-01-01", "2024-12-31", false, false],
    [
      "Báo cáo trước ngày 15/12 hằng năm, khi có yêu cầu",
      "recurring",
      "2024-01-01",
      "2024-12-31",
      false,
      false,
    ],
    [
      "Thực hiện hằng năm theo Kế hoạch số 145/KH-UBND ngày 20/3/2024",
      "recurring",
      "2024-01-01",
      "2024-12-31",
      false,
      false,
    ],
    // `… và các năm tiếp theo`, `… trở đi`: from that time to the end of the plan.
    ["Năm 2024 và các năm tiếp theo", "multiYear", "2024-01-01", "2024-12-31", true, true],
    ["Từ năm 2024 trở đi", "multiYear", "2024-01-01", "2024-12-31", true, true],
  ])("%j → %s %s..%s (the whole cell, not a part of it)", (...row) => {
    expectParsed(row[0], PLAN_2024, row);
    const result = parseTimeExpression(row[0], PLAN_2024);
    expect(result.ok && result.read).toBeUndefined();
  });

  it.each<[string, TimeFailureReason, string | undefined]>([
    // An impossible time inside a sentence is still reported as what it is.
    ["Hoàn thành trong Quý V năm 2024, báo cáo UBND tỉnh", "quarterInvalid", "Quý V năm 2024"],
    ["Tổ chức hội nghị trước ngày 31/02/2024 tại hội trường", "dateInvalid", "31/02/2024"],
    // Document numbers, percentages, counts and ordinals are not times.
    ["Quán triệt Nghị quyết 57-NQ/TW của Bộ Chính trị", "unparseable", undefined],
    ["Thực hiện Kế hoạch số 145/KH-UBND ngày 20/3/2025 của UBND tỉnh", "unparseable", undefined],
    ["Thực hiện Kế hoạch số 145/KH-UBND ngày 20 tháng 3 năm 2025", "unparseable", undefined],
    ["Triển khai Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu", "unparseable", undefined],
    ["Triển khai Quyết định số 1234/QĐ-UBND năm 2024 của UBND tỉnh", "unparseable", undefined],
    ["Căn cứ Luật Ngân sách nhà nước năm 2015", "unparseable", undefined],
    ["Triển khai Đề án “Chuyển đổi số giai đoạn 2021-2025” của tỉnh", "unparseable", undefined],
    ['Triển khai Đề án "Chuyển đổi số giai đoạn 2021-2025" của tỉnh', "unparseable", undefined],
    ["Đào tạo 2025 cán bộ về kỹ năng số", "unparseable", undefined],
    ["Phấn đấu đạt 80% số xã, phường", "unparseable", undefined],
    ["Phấn đấu đạt 25/30 chỉ tiêu, 3/5 nhiệm vụ", "unparseable", undefined],
    ["Tổ chức lần thứ 2, đợt 3 cho 1.000 học viên", "unparseable", undefined],
    ["Đạt 12.5% GRDP", "unparseable", undefined],
    // Times offered as a choice: which one is meant is not clear.
    ["Quý II/2026 hoặc tháng 9", "unparseable", undefined],
  ])("%j fails as %s (%s)", (text, reason, detail) => {
    expect(summary(parseTimeExpression(text, PLAN_2024))).toEqual({ reason, detail });
  });
});
