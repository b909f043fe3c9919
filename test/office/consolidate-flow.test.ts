/**
 * The Tổng hợp action end to end through the Office adapter and the fake Excel: a constant number of
 * syncs whatever the number of submissions, no write to a source sheet, and submitted text that looks
 * like a formula written as that text (never a formula) in all three owned sheets.
 */
import { createOfficeHost } from "../../src/office/office-host";
import { consolidateSheets } from "../../src/taskpane/consolidate-actions";
import { OWNED_SHEETS } from "../../src/core/plans/consolidation-plans";
import { dayNumber } from "../../src/core/day";
import type { Cell } from "../../src/core/snapshot";
import { wardReportHead } from "../helpers/ward-report";
import { installFakeExcel, type FakeExcel } from "../fakes/fake-excel";

const noWait = (): Promise<void> => Promise.resolve();
const HYPERLINK = '=HYPERLINK("http://example.invalid/bao-cao","Xem báo cáo")';

function wardRows(index: number): Cell[][] {
  return [
    ...wardReportHead(`ỦY BAN NHÂN DÂN PHƯỜNG SỐ ${index}`),
    ["I", "Truyền thông chuyển đổi số"],
    [1, HYPERLINK, "Quý I", "Quý II", "Phòng Văn hóa và Thông tin", "UBND các phường", "Đã hoàn thành"],
    [2, "Tổ chức hội nghị", "Quý I", "Quý III", "Phòng Văn hóa và Thông tin", "", "Đang thực hiện"],
    [3, "Báo cáo tổng kết", "", "Trước 20/12/2024", "Phòng Văn hóa và Thông tin", "", ""],
  ];
}

/** Every string value written on a sheet. */
function texts(fake: FakeExcel, sheet: string): string[] {
  return [...fake.sheet(sheet).cells.values()]
    .map((cell) => cell.value)
    .filter((value): value is string => typeof value === "string");
}

async function consolidate(count: number): Promise<{ fake: FakeExcel; wards: string[] }> {
  const fake = installFakeExcel();
  const wards = Array.from({ length: count }, (_, i) => `Phường ${i + 1}`);
  wards.forEach((name, i) => fake.addSheet(name, { rows: wardRows(i + 1) }));
  const host = createOfficeHost({ sleep: noWait });
  const result = await consolidateSheets(host, wards, dayNumber(2024, 11, 20), "vi");
  expect(result.written).toEqual(Object.values(OWNED_SHEETS));
  expect(result.consolidation.tasks).toHaveLength(count * 3);
  return { fake, wards };
}

describe("Tổng hợp through the Office adapter", () => {
  it("uses one Excel.run and the same number of syncs for 2 and 50 submissions", async () => {
    const small = await consolidate(2);
    const large = await consolidate(50);
    expect(small.fake.runCount).toBe(1);
    expect(large.fake.runCount).toBe(1);
    expect(large.fake.syncCount).toBe(small.fake.syncCount);
  });

  it("never writes to a submitted sheet", async () => {
    const { fake, wards } = await consolidate(3);
    for (const ward of wards) expect(fake.writesTo(ward)).toEqual([]);
  });

  it("writes a submitted =HYPERLINK(…) text as that text, not a formula, in all three sheets", async () => {
    const { fake } = await consolidate(2);
    for (const sheet of Object.values(OWNED_SHEETS)) {
      const cells = [...fake.sheet(sheet).cells.values()];
      expect(cells.some((cell) => cell.formula?.includes("HYPERLINK"))).toBe(false);
      if (sheet === OWNED_SHEETS.summary) continue; // the summary holds counts, not task text
      const found = cells.filter((cell) => typeof cell.value === "string" && cell.value.includes(HYPERLINK));
      expect(found.length).toBeGreaterThan(0);
      for (const cell of found) expect(cell.format).toBe("@");
    }
    expect(texts(fake, OWNED_SHEETS.data)).toContain(HYPERLINK);
  });
});

describe("a ward that submitted twice, through the Office adapter", () => {
  /** Ward 1's report as two sheets (the first import and the resubmission), dated in the title block. */
  function twice(): { fake: FakeExcel; host: ReturnType<typeof createOfficeHost> } {
    const fake = installFakeExcel();
    const dated = (day: number): Cell[][] => {
      const [first = [], ...rest] = wardRows(1);
      return [[...first, null, null, `Hà Nội, ngày ${day} tháng 6 năm 2024`], ...rest];
    };
    fake.addSheet("Báo cáo", { rows: dated(15) });
    fake.addSheet("Báo cáo (2)", { rows: dated(20) });
    fake.addSheet("Phường 2", { rows: wardRows(2) });
    return { fake, host: createOfficeHost({ sleep: noWait }) };
  }
  const sheets = ["Báo cáo", "Báo cáo (2)", "Phường 2"];

  it("counts the later report once, in one Excel.run with the syncs of any consolidation", async () => {
    const { fake, host } = twice();
    const result = await consolidateSheets(host, sheets, dayNumber(2024, 11, 20), "vi");
    expect(fake.runCount).toBe(1);
    const plain = await consolidate(3);
    expect(fake.syncCount).toBe(plain.fake.syncCount);
    expect(result.consolidation.tasks).toHaveLength(6);
    expect(result.consolidation.replaced).toEqual([
      {
        unit: "Ủy ban nhân dân phường Số 1",
        kept: { sheet: "Báo cáo (2)" },
        replaced: [{ sheet: "Báo cáo" }],
        by: "reportDate",
      },
    ]);
    expect(fake.writesTo("Báo cáo")).toEqual([]);
  });

  it("counts the one the clerk keeps", async () => {
    const { host } = twice();
    const result = await consolidateSheets(host, sheets, dayNumber(2024, 11, 20), "vi", {
      keep: [{ sheet: "Báo cáo" }],
    });
    expect(result.consolidation.replaced[0]).toMatchObject({ kept: { sheet: "Báo cáo" }, by: "chosen" });
    expect(result.consolidation.tasks.filter((t) => t.sheet === "Báo cáo (2)")).toEqual([]);
  });
});

describe("Tổng hợp's conditional formats and chart through the Office adapter", () => {
  it("shades overdue numbers red by formula, bars the completion rate, and charts the grid per unit", async () => {
    const { fake } = await consolidate(3);
    const summary = fake.sheet(OWNED_SHEETS.summary);
    const formats = summary.conditionalFormats.map((f) => ({
      type: f.type,
      rows: [f.area.top, f.area.bottom],
      column: f.area.left,
      props: f.props,
    }));
    // Units on rows 7–9 under the two header rows (5–6), the totals row 10.
    expect(formats).toEqual([
      {
        type: "Custom",
        rows: [7, 10],
        column: 8,
        props: {
          "rule.formula": "=AND(ISNUMBER(H7),H7>0)",
          "format.fill.color": "#FFC7CE",
          "format.font.color": "#9C0006",
        },
      },
      {
        type: "Custom",
        rows: [7, 10],
        column: 11,
        props: {
          "rule.formula": "=AND(ISNUMBER(K7),K7>0)",
          "format.fill.color": "#FFC7CE",
          "format.font.color": "#9C0006",
        },
      },
      {
        type: "DataBar",
        rows: [7, 10],
        column: 10,
        props: {
          lowerBoundRule: { type: "Number", formula: "0" },
          upperBoundRule: { type: "Number", formula: "1" },
          "positiveFormat.fillColor": "#63BE7B",
          "positiveFormat.gradientFill": true,
        },
      },
    ]);
    const [chart] = summary.charts;
    expect(chart).toMatchObject({ type: "BarStacked", title: "Tình trạng nhiệm vụ theo đơn vị" });
    expect(chart?.series.map((s) => [s.name, s.values, s.xValues])).toEqual([
      ["Đã hoàn thành – Đúng hạn", "C7:C9", "A7:A9"],
      ["Đã hoàn thành – Quá hạn", "D7:D9", "A7:A9"],
      ["Đã hoàn thành – Không rõ ngày", "E7:E9", "A7:A9"],
      ["Chưa hoàn thành – Trong hạn", "F7:F9", "A7:A9"],
      ["Chưa hoàn thành – Quá hạn", "H7:H9", "A7:A9"],
      ["Không có thời hạn", "I7:I9", "A7:A9"],
    ]);
    expect(chart?.reversePlotOrder).toBe(true);
  });
});

// Issue 8: the "Sắp đến hạn" window saved in the workbook's settings is the one consolidation uses.
describe("the due-soon window from the workbook's settings", () => {
  async function dueSoonTasks(settings: Record<string, unknown> | undefined) {
    const fake = installFakeExcel();
    fake.addSheet("Phường 1", { rows: wardRows(1) });
    if (settings) {
      fake.settings.set("taskannexsettings", { key: "TaskAnnexSettings", value: JSON.stringify(settings) });
    }
    const host = createOfficeHost({ sleep: noWait });
    const { consolidation } = await consolidateSheets(host, ["Phường 1"], dayNumber(2024, 11, 20), "vi");
    return {
      window: consolidation.dueSoonDays,
      dueSoon: consolidation.tasks.filter((t) => t.dueSoon).map((t) => t.stt),
    };
  }

  it("is 7 days unless set: the task due 19/12/2024 is not due soon on 20/11/2024", async () => {
    expect(await dueSoonTasks(undefined)).toEqual({ window: 7, dueSoon: [] });
  });

  it("is the saved number of days: within 30 days, it is", async () => {
    expect(await dueSoonTasks({ dueSoonDays: 30 })).toEqual({ window: 30, dueSoon: ["3"] });
  });
});
