/**
 * Issue 10, items 1–2: no input of any kind is ever the output, however its path is spelled, and a
 * workbook holding sheets this tool wrote is reported, not skipped silently or replaced as "our output".
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import {
  SEED_ANNEX_ROWS,
  SEED_TITLE,
  writeAnnexWorkbook,
  writeDirectoryWorkbook,
} from "../helpers/xlsx-fixtures";
import { runInProcess as run, fileDigest as digest } from "./cli-helpers";

let dir: string;
let ward: string;
let directory: string;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-overwrite-"));
  fs.mkdirSync(path.join(dir, "bao-cao"));
  ward = await writeAnnexWorkbook(path.join(dir, "bao-cao", "bac-son.xlsx"), [
    {
      sheetName: "Báo cáo",
      unitLine: "ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN",
      title: SEED_TITLE,
      rows: SEED_ANNEX_ROWS,
    },
  ]);
  directory = await writeDirectoryWorkbook(path.join(dir, "danh-muc.xlsx"), [
    ["UBND phường Bắc Sơn", "Phường Bắc Sơn", "Phường", "x"],
  ]);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("no input is ever the output (item 1)", () => {
  const spellings: [string, (file: string) => string][] = [
    ["as given", (file) => file],
    ["through ..", (file) => path.join(path.dirname(file), "bao-cao", "..", path.basename(file))],
    ["through ./", (file) => path.join(path.dirname(file), ".", path.basename(file))],
    [
      "through a symbolic link",
      (file) => {
        const link = path.join(dir, "link.xlsx");
        fs.symlinkSync(file, link);
        return link;
      },
    ],
    [
      "through a hard link",
      (file) => {
        const link = path.join(dir, "hard.xlsx");
        fs.linkSync(file, link);
        return link;
      },
    ],
  ];

  it.each(spellings)(
    "consolidate refuses the --directory workbook as -o, spelled %s",
    async (_how, spell) => {
      const before = digest(directory);
      const result = await run(["consolidate", "--directory", directory, ward, "-o", spell(directory)]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("trùng với tệp đầu vào");
      expect(digest(directory)).toBe(before);
    },
  );

  it.each(spellings)(
    "consolidate refuses a submission in the folder as -o, spelled %s",
    async (_how, spell) => {
      const before = digest(ward);
      const result = await run(["consolidate", path.join(dir, "bao-cao"), "-o", spell(ward)]);
      expect(result.code).toBe(2);
      expect(digest(ward)).toBe(before);
    },
  );

  it.each(spellings)("format refuses its input as -o, spelled %s", async (_how, spell) => {
    const before = digest(ward);
    const result = await run(["format", ward, "-o", spell(ward)]);
    expect(result.code).toBe(2);
    expect(digest(ward)).toBe(before);
  });

  it("says so in English under --lang en", async () => {
    const result = await run([
      "consolidate",
      "--lang",
      "en",
      "--directory",
      directory,
      ward,
      "-o",
      directory,
    ]);
    expect(result.stderr).toContain("is an input file");
  });
});

describe("sheets this tool wrote, found in an input (item 2)", () => {
  async function summaryOf(name: string): Promise<string> {
    const out = path.join(dir, name);
    expect((await run(["consolidate", ward, "-o", out])).code).not.toBe(2);
    return out;
  }

  /** Opens and saves the workbook with another program, as a ward editing last year's summary would. */
  async function editWith(file: string, edit: (workbook: ExcelJS.Workbook) => void): Promise<void> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    edit(workbook);
    await workbook.xlsx.writeFile(file);
  }

  it("a workbook holding only our sheets, edited since, is an unreadable submission (exit 2)", async () => {
    const folder = path.join(dir, "nop");
    fs.mkdirSync(folder);
    const summary = await summaryOf(path.join("nop", "phuong-cu.xlsx"));
    await editWith(summary, (workbook) => {
      workbook.worksheets[1]!.getCell("G2").value = "Nhiệm vụ năm nay của phường";
    });
    const result = await run(["consolidate", folder, "-o", path.join(dir, "tong-hop.xlsx")]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("phuong-cu.xlsx");
    expect(result.stdout).toContain("do annex ghi");
  });

  it("an untouched summary among the inputs is named as skipped, not passed over silently", async () => {
    const folder = path.join(dir, "nop");
    fs.mkdirSync(folder);
    await summaryOf(path.join("nop", "tong-hop-phuong.xlsx"));
    const result = await run(["validate", folder]);
    expect(result.stdout).toContain('Bỏ qua tệp "' + path.join(folder, "tong-hop-phuong.xlsx"));
    expect(result.stdout).toContain("do annex ghi");
  });

  it("a ward report built from an earlier summary is never replaced as our own output", async () => {
    const summary = await summaryOf(path.join("bao-cao", "tu-tong-hop-cu.xlsx"));
    await editWith(summary, (workbook) => {
      workbook.worksheets[1]!.getCell("G2").value = "Nhiệm vụ năm nay của phường";
    });
    const before = digest(summary);
    const result = await run(["consolidate", path.join(dir, "bao-cao"), "-o", summary]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("trùng với tệp đầu vào");
    expect(digest(summary)).toBe(before);
  });

  it("a marked sheet beside a unit's own sheet is named in the report", async () => {
    const summary = await summaryOf("tong-hop-cu.xlsx");
    expect(fs.existsSync(summary)).toBe(true);
    await editWith(ward, (workbook) => {
      const copy = workbook.addWorksheet("Tổng hợp cũ");
      copy.getCell("A1").value = "Bảng tổng hợp";
      workbook.definedNames.add("'Tổng hợp cũ'!$A$1", "TaskAnnexOwner_summary_9");
    });
    const result = await run(["validate", ward]);
    expect(result.stdout).toContain("Tổng hợp cũ");
    expect(result.stdout).toContain("do annex ghi");
  });
});
