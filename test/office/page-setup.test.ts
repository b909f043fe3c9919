/**
 * Page setup through the Office adapter: fit to pages is `pageLayout.zoom`, with a dimension left out
 * meaning "as many pages as needed".
 */
import { dayNumber } from "../../src/core/day";
import { OWNED_SHEETS } from "../../src/core/plans/consolidation-plans";
import type { PageSetup, SheetPlan } from "../../src/core/sheet-plan";
import { createOfficeHost } from "../../src/office/office-host";
import { consolidateSheets } from "../../src/taskpane/consolidate-actions";
import { installFakeExcel, type FakeExcel } from "../fakes/fake-excel";

const noWait = (): Promise<void> => Promise.resolve();
const NAME = "Trang in";

function plan(fit: Pick<PageSetup, "fitToWidth" | "fitToHeight">): SheetPlan {
  return {
    name: NAME,
    owner: "data",
    values: [
      ["STT", "Nội dung"],
      [1, "Việc"],
    ],
    styles: [],
    merges: [],
    columnWidths: [6, 40],
    page: {
      orientation: "landscape",
      paperSize: "A4",
      margins: { top: 15, bottom: 15, left: 10, right: 10, header: 8, footer: 8 },
      pageNumbers: false,
      ...fit,
    },
  };
}

describe("page setup in Excel", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = installFakeExcel();
    fake.addSheet("Nguồn", { rows: [["STT", "Nội dung"]] });
  });

  it.each<[string, Pick<PageSetup, "fitToWidth" | "fitToHeight">, unknown]>([
    [
      "one page wide and tall",
      { fitToWidth: true, fitToHeight: true },
      { horizontalFitToPages: 1, verticalFitToPages: 1 },
    ],
    ["one page wide, as tall as needed", { fitToWidth: true }, { horizontalFitToPages: 1 }],
    [
      "one page wide, fitToHeight false",
      { fitToWidth: true, fitToHeight: false },
      { horizontalFitToPages: 1 },
    ],
    ["one page tall only", { fitToWidth: false, fitToHeight: true }, { verticalFitToPages: 1 }],
    ["no fitting", { fitToWidth: false }, undefined],
  ])("%s", async (_name, fit, zoom) => {
    await createOfficeHost({ sleep: noWait }).update({}, () => ({ plans: [plan(fit)] }));
    expect(fake.sheet(NAME).pageLayout["zoom"]).toEqual(zoom);
  });

  it("prints the summary and the data sheets one page wide, never shrunk to one page tall", async () => {
    fake.addSheet("Phường 1", {
      rows: [
        ["STT", "Nội dung nhiệm vụ", "Bắt đầu", "Hoàn thành", "Cơ quan chủ trì", "Tình trạng"],
        [1, "Tổ chức hội nghị", "Quý I", "Quý III", "Phòng Văn hóa và Thông tin", "Đang thực hiện"],
      ],
    });
    const host = createOfficeHost({ sleep: noWait });
    await consolidateSheets(host, ["Phường 1"], dayNumber(2024, 11, 20), "vi");
    const zoom = (sheet: string): unknown => fake.sheet(sheet).pageLayout["zoom"];
    expect(zoom(OWNED_SHEETS.summary)).toEqual({ horizontalFitToPages: 1 });
    // Kiểm tra opens with the per-unit count block (title, header, one unit, total, blank): its table at 6.
    for (const [sheet, header] of [
      [OWNED_SHEETS.data, 1],
      [OWNED_SHEETS.findings, 6],
    ] as const) {
      expect(fake.sheet(sheet).pageLayout).toMatchObject({
        orientation: "Landscape",
        paperSize: "A4",
        setPrintTitleRows: [`$${header}:$${header}`],
        zoom: { horizontalFitToPages: 1 },
        "headersFooters.defaultForAllPages.centerHeader": '&"Times New Roman,Regular"&13&P',
      });
    }
  });
});
