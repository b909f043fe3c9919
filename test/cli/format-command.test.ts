import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { attachedToLine } from "../../src/core/plans/annex-plan";
import { writeAnnexWorkbook, SEED_ANNEX_ROWS, SEED_TITLE } from "../helpers/xlsx-fixtures";
import { runInProcess as run } from "./cli-helpers";

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-format-"));
  await writeAnnexWorkbook(path.join(dir, "bac-son.xlsx"), [
    { sheetName: "Báo cáo", title: SEED_TITLE, rows: SEED_ANNEX_ROWS },
  ]);
  const made = await run([
    "consolidate",
    path.join(dir, "bac-son.xlsx"),
    "-o",
    path.join(dir, "tong-hop.xlsx"),
  ]);
  if (made.code === 2) throw new Error(made.stderr);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// The summary, data and findings sheets this tool wrote are not annexes: `format` must not build an
// "annex" out of the leadership summary's table.
describe("annex format of a workbook this tool wrote", () => {
  it("refuses a consolidation output (no annex in it)", async () => {
    const result = await run(["format", path.join(dir, "tong-hop.xlsx"), "-o", path.join(dir, "x.xlsx")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Không tìm thấy bảng nhiệm vụ");
    expect(fs.existsSync(path.join(dir, "x.xlsx"))).toBe(false);
  });

  it("still builds from an annex it wrote", async () => {
    const first = await run(["format", path.join(dir, "bac-son.xlsx"), "-o", path.join(dir, "phu-luc.xlsx")]);
    expect(first.code).toBe(0);
    const again = await run(["format", path.join(dir, "phu-luc.xlsx"), "-o", path.join(dir, "lai.xlsx")]);
    expect([again.code, again.stdout]).toEqual([0, expect.stringContaining('"Phụ lục"')]);
  });
});

describe("annex format --title and --kem-theo", () => {
  it("writes the title and the (Kèm theo …) line given on the command line", async () => {
    const out = path.join(dir, "tieu-de.xlsx");
    const result = await run([
      "format",
      path.join(dir, "bac-son.xlsx"),
      "--title",
      "NHIỆM VỤ TRỌNG TÂM NĂM 2025",
      "--kem-theo",
      "Kế hoạch số 12/KH-UBND ngày 05/3/2025 của UBND phường",
      "-o",
      out,
    ]);
    expect(result.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("Phụ lục");
    expect(sheet?.getCell("A2").value).toBe("NHIỆM VỤ TRỌNG TÂM NĂM 2025");
    expect(sheet?.getCell("A3").value).toBe(
      "(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/3/2025 của UBND phường)",
    );
  });

  it.each([
    ["Kế hoạch số 12/KH-UBND", "(Kèm theo Kế hoạch số 12/KH-UBND)"],
    ["Kèm theo Quyết định số 3/QĐ-UBND", "(Kèm theo Quyết định số 3/QĐ-UBND)"],
    ["(Kèm theo Kế hoạch số 12/KH-UBND)", "(Kèm theo Kế hoạch số 12/KH-UBND)"],
    ["  ", ""],
  ])("the line for %j is %j", (typed, line) => {
    expect(attachedToLine(typed)).toBe(line);
  });
});
