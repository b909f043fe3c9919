import { createOfficeHost } from "../../src/office/office-host";
import { OWNER_PROPERTY_KEY } from "../../src/office/markers";
import type { PlanValue, SheetPlan } from "../../src/core/sheet-plan";
import type { WriteRequest } from "../../src/office/host";
import { installFakeExcel, type FakeExcel } from "../fakes/fake-excel";

const noWait = (): Promise<void> => Promise.resolve();

/** An annex-shaped plan: title, header, `count` task rows, formats, merges, list, table, page setup. */
function annexPlan(count: number, name = "Phụ lục tổng hợp"): SheetPlan {
  const values: PlanValue[][] = [
    ["PHỤ LỤC NHIỆM VỤ NĂM 2024"],
    ["STT", "Nội dung", "Chủ trì", "Hạn", "Ghi chú"],
  ];
  for (let i = 1; i <= count; i++) {
    values.push([
      i,
      `Nhiệm vụ ${i}: rà soát, cập nhật`,
      "Phòng Văn hóa và Thông tin",
      { date: "2024-12-20" },
      null,
    ]);
  }
  return {
    name,
    owner: "annex",
    values,
    styles: [
      {
        range: { top: 2, left: 1, bottom: 2, right: 5 },
        style: { bold: true, fill: "#D9E1F2", border: "thin" },
      },
      { range: { top: 3, left: 2, bottom: count + 2, right: 2 }, style: { wrap: true, vertical: "top" } },
    ],
    merges: [{ top: 1, left: 1, bottom: 1, right: 5 }],
    columnWidths: [6, 50, 25, 12, 20],
    rowHeights: { 1: 30 },
    freeze: { rows: 2, columns: 0 },
    page: {
      orientation: "landscape",
      paperSize: "A4",
      margins: { top: 20, bottom: 20, left: 15, right: 15, header: 8, footer: 8 },
      printTitleRows: { first: 2, last: 2 },
      fitToWidth: true,
      pageNumbers: true,
      centerHorizontally: true,
    },
    validations: [
      { range: { top: 3, left: 3, bottom: count + 2, right: 3 }, list: ["A", "B"], allowOther: true },
    ],
    tables: [{ name: "BangPhuLuc", range: { top: 2, left: 1, bottom: count + 2, right: 5 } }],
    links: [{ row: 3, column: 2, target: "'Nguồn'!A1", tooltip: "Về nguồn" }],
    font: { name: "Times New Roman", size: 13 },
  };
}

const build =
  (...plans: SheetPlan[]) =>
  (): WriteRequest => ({ plans, ...(plans[0] ? { activate: plans[0].name } : {}) });

describe("update", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = installFakeExcel();
    fake.addSheet("Nguồn", {
      rows: [
        ["STT", "Nội dung"],
        [1, "Việc"],
      ],
    });
  });

  it.each([10, 5000])(
    "creates a %i-row annex in one Excel.run with the same syncs (4 read + 1 write)",
    async (count) => {
      const host = createOfficeHost({ sleep: noWait });
      const { written } = await host.update({ active: true }, build(annexPlan(count)));
      expect(written).toEqual(["Phụ lục tổng hợp"]);
      expect(fake.runCount).toBe(1);
      expect(fake.syncCount).toBe(5);
      expect(fake.implicitSyncs).toBe(0);
      expect(fake.maxRequestBytes).toBeLessThan(fake.payloadLimitBytes);
      expect(fake.cell("Phụ lục tổng hợp", `B${count + 2}`).value).toBe(
        `Nhiệm vụ ${count}: rà soát, cập nhật`,
      );
    },
  );

  it("splits a write too big for one request into several, each under Excel's limit", async () => {
    fake.payloadLimitBytes = 400_000;
    const host = createOfficeHost({ sleep: noWait, chunkBytes: 200_000 });
    await host.update({}, build(annexPlan(5000)));
    expect(fake.syncCount).toBeGreaterThan(5);
    expect(fake.maxRequestBytes).toBeLessThan(400_000);
    expect(fake.cell("Phụ lục tổng hợp", "A5002").value).toBe(5000);
    // Calculation and screen updating are suspended in every write request, not only the first (the
    // first 2 syncs read the sheet list and markers).
    const suspended = new Set(fake.suspensions.map((s) => s.sync));
    expect([...suspended]).toEqual(Array.from({ length: fake.syncCount - 2 }, (_, i) => i + 3));
  });

  it.each(["=SUM(A1:A3)", "+84 912 345 678", "-5", "@mention", "0123"])(
    "writes %s as literal text with the @ format",
    async (text) => {
      const plan: SheetPlan = { ...annexPlan(1), values: [[text, 12, { formula: "SUM(B1:B1)" }]] };
      await createOfficeHost({ sleep: noWait }).update({}, build(plan));
      expect(fake.cell("Phụ lục tổng hợp", "A1")).toEqual({ value: text, format: "@" });
      expect(fake.cell("Phụ lục tổng hợp", "B1")).toEqual({ value: 12, format: "General" });
      expect(fake.cell("Phụ lục tổng hợp", "C1").formula).toBe("=SUM(B1:B1)");
    },
  );

  it("writes dates as serials formatted dd/mm/yyyy and renders formats, sizes, page and links", async () => {
    await createOfficeHost({ sleep: noWait }).update({}, build(annexPlan(3)));
    const sheet = fake.sheet("Phụ lục tổng hợp");
    expect(fake.cell("Phụ lục tổng hợp", "D3")).toEqual({ value: 45646, format: "dd/mm/yyyy" });
    expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 5 }]);
    expect(fake.formatAt("Phụ lục tổng hợp", "C2", "font.bold")).toBe(true);
    expect(fake.formatAt("Phụ lục tổng hợp", "C2", "border.InsideVertical.style")).toBe("Continuous");
    expect(fake.formatAt("Phụ lục tổng hợp", "B900", "columnWidth")).toBeCloseTo((50 * 7 + 5) * 0.75);
    expect(fake.formatAt("Phụ lục tổng hợp", "Z1", "rowHeight")).toBe(30);
    expect(sheet.freeze).toEqual({ rows: 2, columns: 0 });
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      setPrintTitleRows: ["$2:$2"],
      zoom: { horizontalFitToPages: 1 },
      centerHorizontally: true,
      "headersFooters.state": "FirstAndDefault",
      "headersFooters.defaultForAllPages.centerHeader": '&"Times New Roman,Regular"&13&P',
    });
    expect(sheet.pageLayout["topMargin"]).toBeCloseTo((20 * 72) / 25.4);
    expect(sheet.validations[0]?.props["rule"]).toEqual({ list: { inCellDropDown: true, source: "A,B" } });
    expect(sheet.validations[0]?.props["errorAlert"]).toMatchObject({ showAlert: false });
    expect(sheet.tables).toEqual([{ name: "BangPhuLuc", area: { top: 2, left: 1, bottom: 5, right: 5 } }]);
    expect(sheet.hyperlinks.size).toBe(1);
    expect(sheet.customProperties.get(OWNER_PROPERTY_KEY.toLowerCase())?.value).toBe("annex");
    expect(fake.activeSheetId).toBe(sheet.id);
  });

  it("replaces its own sheet in place and never touches a user's sheet of the same name", async () => {
    fake.addSheet("Tổng hợp", { rows: [["ghi chú của tôi"]] });
    fake.addSheet("Kiểm tra", { rows: [["cũ"]], customProperties: { [OWNER_PROPERTY_KEY]: "findings" } });
    fake.addSheet("Cuối");
    const userSheet = fake.sheet("Tổng hợp").id;
    const host = createOfficeHost({ sleep: noWait });
    const summary: SheetPlan = { ...annexPlan(2, "Tổng hợp"), owner: "summary", tables: [] };
    const findings: SheetPlan = { ...annexPlan(2, "Kiểm tra"), owner: "findings", tables: [] };
    const { written } = await host.update({}, build(summary, findings));

    expect(written).toEqual(["Tổng hợp (2)", "Kiểm tra"]);
    expect(fake.writes.filter((w) => w.sheetId === userSheet)).toEqual([]);
    expect(fake.writesTo("Nguồn")).toEqual([]);
    expect(fake.cell("Tổng hợp", "A1").value).toBe("ghi chú của tôi");
    expect(fake.sheets.map((s) => s.name)).toEqual(["Nguồn", "Tổng hợp", "Kiểm tra", "Cuối", "Tổng hợp (2)"]);
    expect(fake.cell("Kiểm tra", "A1").value).toBe("PHỤ LỤC NHIỆM VỤ NĂM 2024");
    expect(fake.sheet("Kiểm tra").customProperties.get(OWNER_PROPERTY_KEY.toLowerCase())?.value).toBe(
      "findings",
    );
  });

  it("re-running replaces its numbered sheet instead of adding another beside the user's", async () => {
    fake.addSheet("Tổng hợp", { rows: [["của người dùng"]] });
    const plan = (title: string): SheetPlan => ({
      ...annexPlan(1, "Tổng hợp"),
      owner: "summary",
      tables: [],
      values: [[title]],
    });
    await createOfficeHost({ sleep: noWait }).update({}, build(plan("lần 1")));
    const { written } = await createOfficeHost({ sleep: noWait }).update({}, build(plan("lần 2")));
    expect(written).toEqual(["Tổng hợp (2)"]);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Nguồn", "Tổng hợp", "Tổng hợp (2)"]);
    expect(fake.cell("Tổng hợp (2)", "A1").value).toBe("lần 2");
    expect(fake.cell("Tổng hợp", "A1").value).toBe("của người dùng");
  });

  it("does not replace an owned sheet of another kind", async () => {
    fake.addSheet("Tổng hợp", { customProperties: { [OWNER_PROPERTY_KEY]: "data" } });
    const { written } = await createOfficeHost({ sleep: noWait }).update(
      {},
      build({ ...annexPlan(1, "Tổng hợp"), owner: "summary", tables: [] }),
    );
    expect(written).toEqual(["Tổng hợp (2)"]);
  });

  it("renames a table whose name a user's table already has", async () => {
    await createOfficeHost({ sleep: noWait }).update({}, build(annexPlan(2, "Một")));
    await createOfficeHost({ sleep: noWait }).update({}, build({ ...annexPlan(2, "Hai"), owner: "data" }));
    expect(fake.sheet("Hai").tables[0]?.name).toBe("BangPhuLuc_2");
  });

  /** The annex of three tasks with a chart of its numbers beside it. */
  const annexWithChart = (): SheetPlan => ({
    ...annexPlan(3),
    charts: [
      {
        type: "columnStacked",
        title: "Số nhiệm vụ",
        categories: { top: 2, left: 1, bottom: 5, right: 1 },
        series: [{ name: "Số", values: { top: 2, left: 2, bottom: 5, right: 2 } }],
        anchor: { top: 8, left: 1, bottom: 20, right: 6 },
      },
    ],
  });

  it("keeps the sheet when the host throws as the chart is queued (a chart member it lacks)", async () => {
    fake.chartSeriesMissing = true;
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const { written } = await createOfficeHost({ sleep: noWait }).update({}, build(annexWithChart()));
    expect(written).toEqual(["Phụ lục tổng hợp"]);
    expect(fake.cell("Phụ lục tổng hợp", "B5").value).toBe("Nhiệm vụ 3: rà soát, cập nhật");
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it("keeps the sheet when Excel refuses a chart", async () => {
    fake.chartFailure = "GeneralException";
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const { written } = await createOfficeHost({ sleep: noWait }).update({}, build(annexWithChart()));
    expect(written).toEqual(["Phụ lục tổng hợp"]);
    expect(fake.cell("Phụ lục tổng hợp", "B5").value).toBe("Nhiệm vụ 3: rà soát, cập nhật");
    expect(fake.sheet("Phụ lục tổng hợp").charts).toEqual([]);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it("skips a typed-in list too long for Excel, keeping the sheet and its other lists", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const long = Array.from({ length: 30 }, (_, i) => `Ủy ban nhân dân phường số ${i + 1}`);
    const plan: SheetPlan = {
      ...annexPlan(3),
      validations: [
        { range: { top: 3, left: 3, bottom: 5, right: 3 }, list: long, allowOther: true },
        { range: { top: 3, left: 5, bottom: 5, right: 5 }, list: ["Đã xong", "Chưa"], allowOther: false },
      ],
    };
    await createOfficeHost({ sleep: noWait }).update({}, build(plan));
    expect(fake.sheet("Phụ lục tổng hợp").validations.map((v) => v.area.left)).toEqual([5]);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it("adds charts when Excel accepts them, each series from its own column with its name and colour", async () => {
    const plan: SheetPlan = {
      ...annexPlan(3),
      charts: [
        {
          type: "barStacked",
          title: "Số nhiệm vụ",
          categories: { top: 2, left: 1, bottom: 5, right: 1 },
          series: [
            { name: "Xong", values: { top: 2, left: 4, bottom: 5, right: 4 }, color: "#548235" },
            { name: "Quá hạn", values: { top: 2, left: 2, bottom: 5, right: 2 }, color: "#C00000" },
          ],
          anchor: { top: 8, left: 1, bottom: 20, right: 6 },
          firstCategoryOnTop: true,
        },
      ],
    };
    await createOfficeHost({ sleep: noWait }).update({}, build(plan));
    expect(fake.sheet("Phụ lục tổng hợp").charts).toEqual([
      {
        type: "BarStacked",
        source: "D2:D5",
        title: "Số nhiệm vụ",
        series: [
          { name: "Xong", values: "D2:D5", xValues: "A2:A5", color: "#548235" },
          { name: "Quá hạn", values: "B2:B5", xValues: "A2:A5", color: "#C00000" },
        ],
        legend: "Right",
        reversePlotOrder: true,
        from: "A8",
        to: "F20",
      },
    ]);
    // Reading nothing costs 2 syncs (sheet list, markers); then the sheet, then the charts on their own.
    expect(fake.syncCount).toBe(4);
  });

  it("says the workbook structure is protected before writing anything", async () => {
    fake.structureProtected = true;
    await expect(createOfficeHost({ sleep: noWait }).update({}, build(annexPlan(2)))).rejects.toMatchObject({
      kind: "protected",
      message: expect.stringContaining("Sổ làm việc đang được bảo vệ cấu trúc"),
    });
    expect(fake.writes).toEqual([]);
  });

  it("hands the read to the build function and returns it", async () => {
    const { read } = await createOfficeHost({ sleep: noWait }).update({ active: true }, (r) => {
      expect(r.active?.rows[1]).toEqual([1, "Việc"]);
      return { plans: [] };
    });
    expect(read.activeName).toBe("Nguồn");
    expect(fake.syncCount).toBe(4);
  });
});
