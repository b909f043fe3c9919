/**
 * Issue 8 on the command line: the directory workbook found among the inputs is the directory (the
 * examples folder names Ngọc Sơn as not submitted), and a ward that submitted twice is counted once, the
 * CLI saying which submission counts and which was replaced.
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { writeDirectoryWorkbook } from "../helpers/xlsx-fixtures";
import { ROOT, annex, runInProcess } from "./cli-helpers";

const EXAMPLES = path.join(ROOT, "examples");
const BAC_SON = path.join(EXAMPLES, "phuong-bac-son.xlsx");
const EDITED = "Nội dung đã sửa trong bản nộp lại";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-resub-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function sheetValues(file: string, sheet: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const ws = workbook.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet} in ${file}`);
  const values: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => void values.push(String(cell.value))));
  return values;
}

/** Bắc Sơn's example report, with a date line in E1 and, for the resubmission, its first task edited. */
async function bacSonCopy(file: string, options: { date?: string; edited?: boolean }): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(BAC_SON);
  const ws = workbook.worksheets[0]!;
  if (options.date !== undefined) ws.getCell("E1").value = `Bắc Sơn, ngày ${options.date}`;
  if (options.edited) ws.getCell("B8").value = EDITED;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await workbook.xlsx.writeFile(file);
  return file;
}

describe("annex consolidate examples -o out.xlsx (the directory is in the folder)", () => {
  it("takes examples/danh-muc-co-quan.xlsx as the directory and names Ngọc Sơn as not submitted", async () => {
    const out = path.join(dir, "out.xlsx");
    const run = annex(["consolidate", "examples", "-o", out], ROOT);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(
      'Đơn vị "Ủy ban nhân dân phường Ngọc Sơn" chưa nộp báo cáo. Hãy nhắc đơn vị gửi báo cáo. (SUBMISSION_MISSING)',
    );
    expect(run.stdout).toContain(
      "Ghi chú:\n  Danh mục cơ quan: dùng tệp examples/danh-muc-co-quan.xlsx (có trong các tệp đầu vào); tệp này không phải báo cáo của đơn vị.",
    );
    // The directory workbook is no submission: four ward files, four sheets.
    expect(run.stdout).toMatch(/Tổng cộng: 4 tệp, 4 trang tính, 32 nhiệm vụ/);
    expect(run.stdout).not.toContain("Tệp: examples/danh-muc-co-quan.xlsx");
    expect((await sheetValues(out, "Tổng hợp")).some((v) => v.includes("Ngọc Sơn"))).toBe(true);
    const findings = await sheetValues(out, "Kiểm tra");
    expect(findings).toContain("SUBMISSION_MISSING");
    expect(findings.some((v) => v.includes("Ngọc Sơn"))).toBe(true);
  });

  it("finds a directory by its header, whatever the file and sheet are called", async () => {
    const folder = path.join(dir, "by-content");
    fs.mkdirSync(folder);
    fs.copyFileSync(BAC_SON, path.join(folder, "phuong-bac-son.xlsx"));
    const list = path.join(folder, "ds.xlsx");
    await writeDirectoryWorkbook(list, [
      ["Ủy ban nhân dân phường Bắc Sơn", "UBND phường Bắc Sơn", "Đơn vị", "x"],
      ["Ủy ban nhân dân phường Ngọc Sơn", "UBND phường Ngọc Sơn", "Đơn vị", "x"],
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(list);
    workbook.worksheets[0]!.name = "Sheet1";
    await workbook.xlsx.writeFile(list);
    const { stdout } = await runInProcess(["consolidate", folder, "-o", path.join(dir, "by-content.xlsx")]);
    expect(stdout).toContain('"Ủy ban nhân dân phường Ngọc Sơn" chưa nộp báo cáo');
    expect(stdout).toContain(`Danh mục cơ quan: dùng tệp ${list}`);
    expect(stdout).not.toContain("HEADER_NOT_FOUND");
  });

  it("--directory given wins over one in the folder, and says so", async () => {
    const other = await writeDirectoryWorkbook(path.join(dir, "other-directory.xlsx"), [
      ["Ủy ban nhân dân phường Văn Đẩu", "", "Đơn vị", "x"],
    ]);
    const { stdout } = await runInProcess([
      "consolidate",
      EXAMPLES,
      "--directory",
      other,
      "-o",
      path.join(dir, "given.xlsx"),
    ]);
    expect(stdout).toContain(
      `Tệp ${path.join(EXAMPLES, "danh-muc-co-quan.xlsx")} là danh mục cơ quan nhưng không dùng: đã chỉ --directory ${other}.`,
    );
    expect(stdout).toContain('"Ủy ban nhân dân phường Văn Đẩu" chưa nộp báo cáo');
    expect(stdout).not.toContain("Ngọc Sơn");
  });

  it("the same file given as --directory and found in the folder: no note about two directories", async () => {
    const { stdout } = await runInProcess([
      "consolidate",
      EXAMPLES,
      "--directory",
      path.join(EXAMPLES, "danh-muc-co-quan.xlsx"),
      "-o",
      path.join(dir, "same.xlsx"),
    ]);
    expect(stdout).not.toContain("là danh mục cơ quan");
    expect(stdout).toContain('"Ủy ban nhân dân phường Ngọc Sơn" chưa nộp báo cáo');
  });
});

describe("a ward that submitted twice", () => {
  const folder = () => path.join(dir, "twice");
  let first: string;
  let second: string;
  beforeAll(async () => {
    // The resubmission sorts first in the folder; the date line says it is the later report.
    second = await bacSonCopy(path.join(folder(), "a", "phuong-bac-son-nop-lai.xlsx"), {
      date: "20 tháng 6 năm 2024",
      edited: true,
    });
    first = await bacSonCopy(path.join(folder(), "b", "phuong-bac-son.xlsx"), {
      date: "15 tháng 6 năm 2024",
    });
  });

  it("counts the later report once and says which was replaced", async () => {
    const out = path.join(dir, "twice.xlsx");
    const { code, stdout } = await runInProcess(["consolidate", folder(), "--year", "2024", "-o", out]);
    expect(code).toBe(0);
    expect(stdout).toContain("Đơn vị nộp nhiều bản (chỉ tính một bản):");
    expect(stdout).toContain(
      `Ủy ban nhân dân phường Bắc Sơn: tính "Báo cáo" (${second}) (ngày báo cáo muộn nhất); thay cho "Báo cáo" (${first}).`,
    );
    expect(stdout).toContain(`Bản này đã được thay bằng "Báo cáo" (${second}): không tính vào tổng hợp.`);
    expect(stdout).toContain("(SUBMISSION_DUPLICATE)");
    expect(stdout).toMatch(/Tổng cộng: 2 tệp, 1 trang tính, 8 nhiệm vụ/);
    const data = await sheetValues(out, "Dữ liệu tổng hợp");
    expect(data).toContain(EDITED);
    expect(data.filter((v) => v === second)).toHaveLength(8);
    expect(data).not.toContain(first);
    // Tổng hợp names the replaced file too.
    expect((await sheetValues(out, "Tổng hợp")).some((v) => v.includes(first))).toBe(true);
  });

  it("--json lists the replacement", async () => {
    const { stdout } = await runInProcess([
      "consolidate",
      "--json",
      folder(),
      "-o",
      path.join(dir, "twice.json.xlsx"),
    ]);
    const json = JSON.parse(stdout) as { replaced: unknown };
    expect(json.replaced).toEqual([
      {
        unit: "Ủy ban nhân dân phường Bắc Sơn",
        kept: { file: second, sheet: "Báo cáo" },
        replaced: [{ file: first, sheet: "Báo cáo" }],
        by: "reportDate",
      },
    ]);
  });

  it("--keep FILE counts the one the user names, in English too", async () => {
    const { stdout } = await runInProcess([
      "consolidate",
      folder(),
      "--keep",
      first,
      "--lang",
      "en",
      "-o",
      path.join(dir, "kept.xlsx"),
    ]);
    expect(stdout).toContain(
      `Ủy ban nhân dân phường Bắc Sơn: "Báo cáo" (${first}) counts (chosen with --keep); it replaces "Báo cáo" (${second}).`,
    );
  });

  it("--keep naming a file that was not read is a usage error", async () => {
    const { code, stderr } = await runInProcess([
      "consolidate",
      folder(),
      "--keep",
      path.join(dir, "nowhere.xlsx"),
      "-o",
      path.join(dir, "nowhere-out.xlsx"),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain("--keep");
  });

  it("without dates, the file changed last counts", async () => {
    const undated = path.join(dir, "undated");
    const older = await bacSonCopy(path.join(undated, "z-cu.xlsx"), {});
    const newer = await bacSonCopy(path.join(undated, "a-moi.xlsx"), { edited: true });
    fs.utimesSync(older, new Date("2024-06-01T08:00:00Z"), new Date("2024-06-01T08:00:00Z"));
    fs.utimesSync(newer, new Date("2024-06-03T08:00:00Z"), new Date("2024-06-03T08:00:00Z"));
    const { stdout } = await runInProcess(["consolidate", undated, "-o", path.join(dir, "undated.xlsx")]);
    expect(stdout).toContain(
      `tính "Báo cáo" (${newer}) (tệp được sửa sau cùng); thay cho "Báo cáo" (${older}).`,
    );
  });
});
