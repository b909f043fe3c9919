import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { loadReports, type WorkbookReader } from "../../src/cli/load-reports";
import { dayNumber } from "../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import { resolveValidateInput } from "../../src/core/options";
import { readWorkbook } from "../../src/file/read-workbook";
import { addAnnexSheet } from "../helpers/xlsx-fixtures";

const fromDisk: WorkbookReader = (file, lang) => readWorkbook(file, file, { lang });

const ROWS = [["1.", "Xây dựng kế hoạch", "Quý I", "Quý IV", "Phòng Văn hóa và Thông tin", ""]];

let dir: string;
let file: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-load-"));
  file = path.join(dir, "bac-son.xlsx");
  const workbook = new ExcelJS.Workbook();
  addAnnexSheet(workbook, { sheetName: "Báo cáo", title: "NHIỆM VỤ NĂM 2024", rows: ROWS });
  // The lists behind the drop-downs, hidden as Excel users do: not a submission, not an error.
  const lists = workbook.addWorksheet("DS", { state: "hidden" });
  for (const name of ["Phòng Văn hóa và Thông tin", "UBND các phường", "Quý I"]) lists.addRow([name]);
  // A hidden copy of an annex is still an annex.
  addAnnexSheet(workbook, { sheetName: "Bản cũ", title: "NHIỆM VỤ NĂM 2024", rows: ROWS }).state = "hidden";
  // A visible sheet without a table is still reported (HEADER_NOT_FOUND).
  workbook.addWorksheet("Ghi chú").addRow(["Người lập: Nguyễn Văn B"]);
  await workbook.xlsx.writeFile(file);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("loadReports and hidden sheets", () => {
  it.each([
    ["Báo cáo", []],
    ["Bản cũ", []],
    ["Ghi chú", ["HEADER_NOT_FOUND"]],
    ["DS", undefined],
  ] as const)("sheet %s → %j", async (sheet, codes) => {
    const resolved = resolveValidateInput({ year: "2024" }, dayNumber(2024, 11, 20), DEFAULT_DIRECTORY);
    if (!resolved.ok) throw new Error(resolved.errors.join(" "));
    const { reports } = await loadReports([file], resolved.options, false, "vi", fromDisk);
    expect(reports.find((r) => r.sheet === sheet)?.findings.map((f) => f.code)).toEqual(codes);
  });
});

// A ward that sends a workbook with nothing in it has sent something: it must not be reported as "not
// submitted" (and chased), nor pass as a clean file. It is a submission that cannot be used.
describe("loadReports and a workbook with only empty sheets", () => {
  it.each([
    ["one empty sheet", ["Sheet1"]],
    ["three empty sheets", ["Sheet1", "Sheet2", "Sheet3"]],
  ])("%s: a submission problem, no report", async (_what, names) => {
    const empty = path.join(dir, `phuong-ngoc-son-${names.length}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    for (const name of names) workbook.addWorksheet(name);
    await workbook.xlsx.writeFile(empty);
    const resolved = resolveValidateInput({ year: "2024" }, dayNumber(2024, 11, 20), DEFAULT_DIRECTORY);
    if (!resolved.ok) throw new Error(resolved.errors.join(" "));
    const loaded = await loadReports([empty], resolved.options, false, "vi", fromDisk);
    expect(loaded.reports).toEqual([]);
    expect(loaded.problems).toEqual([
      { file: empty, message: expect.stringContaining("trống"), submission: true },
    ]);
  });
});

// A workbook's own `Danh mục cơ quan` sheet with rows it cannot use: the notes speak the run's language.
describe("loadReports notes on a workbook's own directory", () => {
  it.each([
    ["vi", "Dòng 3", "Row 3"],
    ["en", "Row 3", "Dòng"],
  ] as const)("%s", async (lang, expected, foreign) => {
    const file = path.join(dir, `own-directory-${lang}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Danh mục cơ quan");
    sheet.addRow(["Tên chuẩn", "Tên khác", "Loại", "Phải nộp"]);
    sheet.addRow(["Phòng Văn hóa và Thông tin", "VHTT", "Cơ quan", ""]);
    sheet.addRow(["Phòng Văn hoá và Thông tin", "", "Cơ quan", ""]);
    addAnnexSheet(workbook, { sheetName: "Báo cáo", title: "NHIỆM VỤ NĂM 2024", rows: ROWS });
    await workbook.xlsx.writeFile(file);
    const resolved = resolveValidateInput({ year: "2024" }, dayNumber(2024, 11, 20), DEFAULT_DIRECTORY);
    if (!resolved.ok) throw new Error(resolved.errors.join(" "));
    const { notes } = await loadReports([file], resolved.options, false, lang, fromDisk);
    expect(notes).toEqual([expect.stringContaining(expected)]);
    expect(notes.join(" ")).not.toContain(foreign);
  });
});

// Issue 10 (memory): a run holds one workbook's cells at a time, not every submission's at once.
describe("loadReports reads, validates and lets go of each workbook before the next", () => {
  const unitLine = (ward: string): string => `ỦY BAN NHÂN DÂN PHƯỜNG ${ward}`;
  const CANONICAL = "Ủy ban nhân dân phường Hòa Thử";

  async function submission(name: string): Promise<string> {
    const target = path.join(dir, name);
    const workbook = new ExcelJS.Workbook();
    addAnnexSheet(workbook, {
      sheetName: "Báo cáo",
      unitLine: unitLine("HÒA THỬ"),
      title: "NHIỆM VỤ NĂM 2024",
      rows: ROWS,
    });
    await workbook.xlsx.writeFile(target);
    return target;
  }

  it("uses each workbook only until the next is read; a directory found late applies to all", async () => {
    const [a, b, c] = await Promise.all(["som-1.xlsx", "som-2.xlsx", "muon.xlsx"].map(submission));
    const directory = path.join(dir, "danh-muc.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Danh mục cơ quan");
    sheet.addRow(["Tên chuẩn", "Tên khác", "Loại", "Phải nộp"]);
    sheet.addRow([CANONICAL, "UBND phường Hòa Thử", "Đơn vị", "Có"]);
    sheet.addRow(["Phòng Văn hóa và Thông tin", "", "Cơ quan", ""]);
    await workbook.xlsx.writeFile(directory);

    const log: string[] = [];
    const tracked: WorkbookReader = async (file, lang) => {
      log.push(`read ${path.basename(file)}`);
      const result = await readWorkbook(file, file, { lang });
      if (!result.ok) return result;
      const { sheets } = result;
      return {
        ...result,
        get sheets() {
          log.push(`use ${path.basename(file)}`);
          return sheets;
        },
      };
    };
    const resolved = resolveValidateInput({ year: "2024" }, dayNumber(2024, 11, 20), DEFAULT_DIRECTORY);
    if (!resolved.ok) throw new Error(resolved.errors.join(" "));
    const loaded = await loadReports([a!, b!, directory, c!], resolved.options, false, "vi", tracked);

    let current = "";
    for (const entry of log) {
      if (entry.startsWith("read ")) current = entry.slice("read ".length);
      else expect([entry, current]).toEqual([`use ${current}`, current]);
    }
    expect(loaded.found?.file).toBe(directory);
    expect(loaded.reports.map((r) => [path.basename(r.file ?? ""), r.unit])).toEqual([
      ["som-1.xlsx", CANONICAL],
      ["som-2.xlsx", CANONICAL],
      ["muon.xlsx", CANONICAL],
    ]);
  });
});

// Issue 10 (memory): `annex validate` prints reports and nothing else, so it keeps no rows of them.
describe("loadReports keeping reports as printed", () => {
  it("keeps findings, header and title, and lets the rows and tasks go", async () => {
    const resolved = resolveValidateInput({ year: "2024" }, dayNumber(2024, 11, 20), DEFAULT_DIRECTORY);
    if (!resolved.ok) throw new Error(resolved.errors.join(" "));
    const whole = await loadReports([file], resolved.options, false, "vi", fromDisk);
    const printed = await loadReports([file], resolved.options, false, "vi", fromDisk, undefined, "printed");
    const report = printed.reports.find((r) => r.sheet === "Báo cáo")!;
    const full = whole.reports.find((r) => r.sheet === "Báo cáo")!;
    expect(full.table!.rows.length).toBeGreaterThan(0);
    expect(full.resolved).toBeDefined();
    expect(report.table!.rows).toEqual([]);
    expect(report.resolved).toBeUndefined();
    expect(report.table!.header).toEqual(full.table!.header);
    expect(report.table!.title).toEqual(full.table!.title);
    expect(printed.reports.map((r) => [r.sheet, r.tasks, r.findings])).toEqual(
      whole.reports.map((r) => [r.sheet, r.tasks, r.findings]),
    );
  });
});
