import { OWNED_SHEETS, consolidationPlans } from "../../../src/core/plans/consolidation-plans";
import { LISTED_OVERDUE, shortUnitName, summaryPlan } from "../../../src/core/plans/summary-plan";
import type { PlanValue, SheetPlan } from "../../../src/core/sheet-plan";
import { DONG_HOA, handConsolidation, NAM_SON, task } from "./summary-fixture";

const C = handConsolidation();
const SUMMARY = summaryPlan(C, "vi", OWNED_SHEETS.summary, OWNED_SHEETS.data);

function firstColumn(plan: SheetPlan): PlanValue[] {
  return plan.values.map((r) => r[0] ?? null);
}

function rowOf(plan: SheetPlan, first: string): readonly PlanValue[] {
  const row = plan.values.find((r) => r[0] === first);
  if (!row) throw new Error(`No row ${first}`);
  return row;
}

describe("Tổng hợp: the first lines", () => {
  it("name the plan, its reference, the period and as-of day, and the key figures", () => {
    expect(firstColumn(SUMMARY).slice(0, 4)).toEqual([
      "BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRUYỀN THÔNG CHUYỂN ĐỔI SỐ NĂM 2024",
      "(Kèm theo Kế hoạch số 45/KH-UBND ngày 15 tháng 03 năm 2024 của Ủy ban nhân dân quận Kiến An)",
      "Kỳ kế hoạch: 01/01/2024 - 31/12/2024. Số liệu tính đến ngày: 20/11/2024.",
      "Đã nộp 4/5 — chưa nộp: Phường Ngọc Sơn; hoàn thành 10/17 (59 %); quá hạn 4",
    ]);
  });

  it("say what the plan is when the title is not a report's, and fall back without a title", () => {
    const annex = handConsolidation({ plan: { name: "Nhiệm vụ cụ thể năm 2024" } });
    expect(summaryPlan(annex, "vi", "T", "D").values[0]?.[0]).toBe(
      "BÁO CÁO TỔNG HỢP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CỤ THỂ NĂM 2024",
    );
    const none = summaryPlan(handConsolidation({ plan: {} }), "vi", "T", "D");
    expect(firstColumn(none).slice(0, 2)).toEqual([
      "BÁO CÁO TỔNG HỢP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ",
      "Kỳ kế hoạch: 01/01/2024 - 31/12/2024. Số liệu tính đến ngày: 20/11/2024.",
    ]);
  });

  it("say the roster is unknown instead of naming nobody as missing", () => {
    const plan = summaryPlan(handConsolidation({ rosterKnown: false, notSubmitted: [] }), "vi", "T", "D");
    expect(firstColumn(plan)[3]).toBe("Đã nộp 4 đơn vị; hoàn thành 10/17 (59 %); quá hạn 4");
    expect(firstColumn(plan)).toContain(
      "Chưa có danh mục đơn vị phải báo cáo: không xác định được đơn vị chưa nộp.",
    );
    expect(firstColumn(SUMMARY)).toContain("Đơn vị chưa nộp báo cáo (1): Phường Ngọc Sơn.");
  });
});

describe("Tổng hợp: the grid per unit", () => {
  it("has the official grid's columns under a two-row header", () => {
    const header = firstColumn(SUMMARY).indexOf("Đơn vị");
    expect(SUMMARY.values[header]).toEqual([
      "Đơn vị",
      "Tổng số nhiệm vụ",
      "Đã hoàn thành",
      null,
      null,
      "Chưa hoàn thành",
      null,
      null,
      "Không có thời hạn",
      "Tỉ lệ hoàn thành",
      "Tỉ lệ quá hạn",
    ]);
    expect(SUMMARY.values[header + 1]).toEqual([
      null,
      null,
      "Đúng hạn",
      "Quá hạn",
      "Không rõ ngày",
      "Trong hạn",
      "Sắp đến hạn (≤ 7 ngày)",
      "Quá hạn",
      null,
      null,
      null,
    ]);
  });

  it("counts each unit by hand, worst first (overdue rate, then completion), absent units as — last", () => {
    const header = firstColumn(SUMMARY).indexOf("Đơn vị");
    expect(SUMMARY.values.slice(header + 2, header + 8)).toEqual([
      ["Phường Đồng Hòa", 3, 1, 0, 0, 0, 0, 2, 0, 1 / 3, 2 / 3],
      ["Phường Lãm Hà", 4, 2, 0, 0, 1, 0, 1, 0, 0.5, 0.25],
      ["Phường Nam Sơn", 7, 1, 1, 1, 2, 1, 1, 1, 0.5, 1 / 6],
      ["Phường Bắc Sơn", 4, 4, 0, 0, 0, 0, 0, 0, 1, 0],
      ["Phường Ngọc Sơn", "—", "—", "—", "—", "—", "—", "—", "—", "—", "—"],
      ["Tổng cộng", 18, 8, 1, 1, 3, 1, 4, 1, 10 / 17, 4 / 17],
    ]);
  });

  it("adds stopped/cancelled and untracked columns only when some unit has such tasks", () => {
    const base = handConsolidation();
    const extra = task(NAM_SON, 20, "cancelled");
    const units = base.units.map((u) =>
      u.unit === NAM_SON
        ? { ...u, grid: { ...u.grid, total: 8, classes: { ...u.grid.classes, cancelled: 1 } } }
        : u,
    );
    const plan = summaryPlan({ ...base, units, tasks: [...base.tasks, extra] }, "vi", "T", "D");
    const header = firstColumn(plan).indexOf("Đơn vị");
    expect(plan.values[header]?.slice(8)).toEqual([
      "Không có thời hạn",
      "Dừng, hủy",
      "Tỉ lệ hoàn thành",
      "Tỉ lệ quá hạn",
    ]);
    // The cancelled task is out of the rates: still 3 done of 6.
    expect(rowOf(plan, "Phường Nam Sơn").slice(8)).toEqual([1, 1, 0.5, 1 / 6]);
    expect(SUMMARY.values.some((r) => r.includes("Dừng, hủy"))).toBe(false);
  });

  it("shades overdue counts and rates red (numbers only) and bars the completion rate", () => {
    const header = firstColumn(SUMMARY).indexOf("Đơn vị") + 1;
    const body = { top: header + 2, bottom: header + 7 };
    expect(SUMMARY.conditionalFormats).toEqual([
      {
        kind: "above",
        threshold: 0,
        fill: "#FFC7CE",
        fontColor: "#9C0006",
        range: { ...body, left: 8, right: 8 },
      },
      {
        kind: "above",
        threshold: 0,
        fill: "#FFC7CE",
        fontColor: "#9C0006",
        range: { ...body, left: 11, right: 11 },
      },
      { kind: "dataBar", min: 0, max: 1, color: "#63BE7B", range: { ...body, left: 10, right: 10 } },
    ]);
  });

  it("no longer carries data-quality counts (they are on Kiểm tra)", () => {
    const words = SUMMARY.values.flat().filter((v): v is string => typeof v === "string");
    expect(words.some((w) => /^(Lỗi|Cảnh báo|Thiếu thời hạn)$/.test(w))).toBe(false);
  });
});

describe("Tổng hợp: overdue tasks", () => {
  it("lists unfinished overdue tasks longest first with deadline and days; the age bands counted above", () => {
    const header = SUMMARY.values.findIndex((r) => r[2] === "Nội dung nhiệm vụ");
    const rows = SUMMARY.values.slice(header + 1, header + 5).map((r) => [r[0], r[2], ...r.slice(-2)]);
    expect(rows).toEqual([
      ["Phường Đồng Hòa", `Nhiệm vụ 8 của ${DONG_HOA}`, { date: "2024-07-23" }, 120],
      ["Phường Đồng Hòa", `Nhiệm vụ 7 của ${DONG_HOA}`, { date: "2024-10-06" }, 45],
      ["Phường Nam Sơn", `Nhiệm vụ 11 của ${NAM_SON}`, { date: "2024-10-31" }, 20],
      ["Phường Lãm Hà", "Nhiệm vụ 8 của Ủy ban nhân dân phường Lãm Hà", { date: "2024-11-15" }, 5],
    ]);
    expect(firstColumn(SUMMARY)).toContain(
      "Theo thời gian quá hạn: đến 30 ngày: 2; từ 31 đến 90 ngày: 1; trên 90 ngày: 1.",
    );
  });

  it(`lists at most ${LISTED_OVERDUE} and says where the rest are`, () => {
    const base = handConsolidation();
    const many = Array.from({ length: 14 }, (_, i) =>
      task(NAM_SON, 30 + i, "openOverdue", { daysOverdue: 200 + i }),
    );
    const plan = summaryPlan({ ...base, tasks: [...base.tasks, ...many] }, "vi", "T", "Dữ liệu tổng hợp");
    const header = plan.values.findIndex((r) => r[2] === "Nội dung nhiệm vụ");
    expect(plan.values[header + 1]?.at(-1)).toBe(213);
    expect(plan.values[header + LISTED_OVERDUE]?.at(-1)).toBe(204);
    expect(plan.values[header + LISTED_OVERDUE + 1]?.[0]).toBe(
      '… và 8 nhiệm vụ khác, xem trang "Dữ liệu tổng hợp".',
    );
  });
});

describe("Tổng hợp: chart and print", () => {
  it("charts the grid per submitting unit, worst on top, one coloured series per grid class", () => {
    const [chart] = SUMMARY.charts ?? [];
    const header = firstColumn(SUMMARY).indexOf("Đơn vị") + 1;
    expect(chart).toMatchObject({
      type: "barStacked",
      title: "Tình trạng nhiệm vụ theo đơn vị",
      categories: { top: header + 2, left: 1, bottom: header + 5, right: 1 },
      firstCategoryOnTop: true,
    });
    expect(chart?.series.map((s) => [s.name, s.values.left, s.color])).toEqual([
      ["Đã hoàn thành – Đúng hạn", 3, "#548235"],
      ["Đã hoàn thành – Quá hạn", 4, "#BF9000"],
      ["Đã hoàn thành – Không rõ ngày", 5, "#A9D18E"],
      ["Chưa hoàn thành – Trong hạn", 6, "#FFD966"],
      ["Chưa hoàn thành – Quá hạn", 8, "#C00000"],
      ["Không có thời hạn", 9, "#A6A6A6"],
    ]);
    // Below everything else on the sheet.
    expect(chart!.anchor.top).toBeGreaterThan(SUMMARY.values.length);
  });

  it("prints one page wide at full size, never fitted to one page tall", () => {
    expect(SUMMARY.page).toMatchObject({ orientation: "landscape", paperSize: "A4", fitToWidth: true });
    expect(SUMMARY.page?.fitToHeight).toBeUndefined();
    // Columns of the width of an A4 landscape page inside its margins (~128 Excel width units).
    const width = SUMMARY.columnWidths.reduce((a, w) => a + w, 0);
    expect(width).toBeLessThanOrEqual(128);
  });

  it("puts a long table last and repeats its header on its printed pages; a short one first, unrepeated", () => {
    expect(SUMMARY.page?.printTitleRows).toBeUndefined();
    const base = handConsolidation();
    const many = Array.from({ length: 30 }, (_, i) => ({ ...base.units[0]!, unit: `Xã Số ${i + 1}` }));
    const plan = summaryPlan({ ...base, units: many }, "vi", "T", "D");
    // The overdue list's own header row also starts with "Đơn vị": the grid's is the last one, below it.
    const column = firstColumn(plan);
    const header = column.lastIndexOf("Đơn vị") + 1;
    expect(header).toBeGreaterThan(column.indexOf("Đơn vị") + 1);
    const unitRows = column.slice(header + 1, header + 1 + many.length);
    expect([...unitRows].sort()).toEqual(many.map((u) => u.unit).sort());
    expect(column[header + 1 + many.length]).toBe("Tổng cộng");
    expect(plan.page?.printTitleRows).toEqual({ first: header, last: header + 1 });
  });

  it("speaks English when asked", () => {
    const [plan] = consolidationPlans(C, "en", { sourceInWorkbook: false });
    expect(firstColumn(plan!)[3]).toBe(
      "Submitted 4/5 — missing: Phường Ngọc Sơn; done 10/17 (59 %); overdue 4",
    );
    expect(plan!.values.some((r) => r[0] === "Unit" && r[1] === "Tasks")).toBe(true);
  });
});

describe("shortUnitName", () => {
  it.each([
    ["Ủy ban nhân dân phường Bắc Sơn", "Phường Bắc Sơn"],
    ["Uỷ ban nhân dân xã Tân Lập", "Xã Tân Lập"],
    ["UBND phường Nam Sơn", "Phường Nam Sơn"],
    ["ỦY BAN NHÂN DÂN PHƯỜNG LÃM HÀ", "PHƯỜNG LÃM HÀ"],
    ["Ủy ban nhân dân phường Bắc Sơn".normalize("NFD"), "Phường Bắc Sơn"],
    ["Phòng Văn hóa và Thông tin", "Phòng Văn hóa và Thông tin"],
    ["Ủy ban nhân dân", "Ủy ban nhân dân"],
  ])("%s → %s", (name, short) => {
    expect(shortUnitName(name).normalize("NFC")).toBe(short);
  });
});
