/**
 * Issue 10 (speed): the summary's parts go from exceljs straight to the native zip writer. exceljs's own
 * writer put them in a JavaScript zip that the adapter then opened again to fix two parts: most of the
 * time of writing a large summary, and twice its memory. The parts themselves must not change.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetPlan } from "../../src/core/sheet-plan";
import { renderSheetPlan } from "../../src/file/render-plan";
import { workbookBuffer } from "../../src/file/write-workbook";

const plan: SheetPlan = {
  name: "Tổng hợp",
  values: [
    ["Đơn vị", "Nhiệm vụ", "Hạn"],
    ["Phường A", "Xây dựng kế hoạch “chuyển đổi số”", { date: "2024-12-20" }],
    ["Phường B", "=1+1 là chữ, không là công thức", 3],
  ],
  styles: [{ range: { top: 1, left: 1, bottom: 1, right: 3 }, style: { bold: true, border: "thin" } }],
  merges: [],
  columnWidths: [20, 50, 12],
};

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const found = new Map<string, string>();
  for (const file of Object.values(zip.files)) {
    // The package's creation time is the only part that differs from one writing to the next.
    if (!file.dir && file.name !== "docProps/core.xml") found.set(file.name, await file.async("string"));
  }
  return found;
}

describe("workbookBuffer's package", () => {
  afterEach(() => jest.restoreAllMocks());

  it("is zipped once, natively: no JavaScript zip is built or opened", async () => {
    const generate = jest.spyOn(JSZip.prototype, "generateAsync");
    const load = jest.spyOn(JSZip, "loadAsync");
    const bytes = await workbookBuffer([plan]);
    expect(generate).not.toHaveBeenCalled();
    expect(load).not.toHaveBeenCalled();
    expect(bytes.length).toBeGreaterThan(0);
  });

  it("holds exactly the parts exceljs writes, in its order", async () => {
    const ours = await parts(await workbookBuffer([plan]));
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "Task Annex for Excel";
    renderSheetPlan(workbook.addWorksheet(plan.name), plan);
    const theirs = await parts(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect([...ours.keys()]).toEqual([...theirs.keys()]);
    for (const [name, xml] of theirs) expect([name, ours.get(name)]).toEqual([name, xml]);
  });
});
