import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { SEED_TITLE, writeAnnexWorkbook, writeSeedAnnex } from "../helpers/xlsx-fixtures";
import { ROOT, annex, fileDigest as digest } from "./cli-helpers";

let dir: string;
let seed: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-cli-out-"));
  seed = await writeSeedAnnex(path.join(dir, "seed.xlsx"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function open(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

describe("annex format", () => {
  it("writes the official annex: title, two-row merged header, the tasks", async () => {
    const out = path.join(dir, "out", "phu-luc.xlsx");
    const before = digest(seed);
    const run = annex(["format", seed, "-o", out]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(digest(seed)).toBe(before);
    const ws = (await open(out)).worksheets[0]!;
    expect(ws.name).toBe("Phụ lục");
    const texts = (row: number): string[] =>
      (ws.getRow(row).values as unknown[]).filter((v): v is string => typeof v === "string");
    const titleRow = [1, 2, 3].find((r) => texts(r).includes(SEED_TITLE));
    expect(titleRow).toBeDefined();
    const headerRow = [4, 5, 6, 7].find((r) => texts(r).includes("STT"))!;
    expect(texts(headerRow)).toEqual(expect.arrayContaining(["STT", "Nội dung nhiệm vụ", "Thời gian"]));
    expect(texts(headerRow + 1)).toEqual(
      expect.arrayContaining(["Bắt đầu", "Hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp"]),
    );
    expect(ws.getCell(headerRow + 1, 1).isMerged).toBe(true);
    expect(ws.getCell(headerRow + 1, 1).master.address).toBe(`A${headerRow}`);
    expect(ws.getCell(titleRow!, 2).isMerged).toBe(true);
    expect(ws.getCell(titleRow!, 1).font?.bold).toBe(true);
    const column = (n: number): unknown[] => ws.getColumn(n).values as unknown[];
    expect(column(4)).toContain("Trước 20/12/2023");
    expect(ws.pageSetup.orientation).toBe("landscape");
  });

  it("adds --year to a title that names no year", async () => {
    const source = await writeAnnexWorkbook(path.join(dir, "no-year.xlsx"), [
      {
        sheetName: "Nhiệm vụ",
        title: "NHIỆM VỤ TRUYỀN THÔNG CHUYỂN ĐỔI SỐ",
        rows: [["1.", "Duy trì chuyên mục phát thanh", "Quý I", "Quý IV", "Phòng Văn hóa và Thông tin", ""]],
      },
    ]);
    const out = path.join(dir, "no-year-out.xlsx");
    expect(annex(["format", source, "--year", "2025", "-o", out]).status).toBe(0);
    const ws = (await open(out)).worksheets[0]!;
    const texts = [1, 2, 3].map((r) => ws.getCell(r, 1).value);
    expect(texts).toContain("NHIỆM VỤ TRUYỀN THÔNG CHUYỂN ĐỔI SỐ NĂM 2025");
  });

  it("refuses to write over its input", () => {
    const before = digest(seed);
    const run = annex(["format", seed, "-o", path.join(dir, ".", "seed.xlsx")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/không bao giờ bị ghi đè/);
    expect(digest(seed)).toBe(before);
  });

  it("explains a missing sheet", () => {
    const run = annex(["format", seed, "--sheet", "Không có", "-o", path.join(dir, "x.xlsx")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Không có trang tính "Không có"');
  });
});

describe("annex consolidate (the bundled examples)", () => {
  const examples = path.join(ROOT, "examples");
  const sources = fs.readdirSync(examples).map((name) => path.join(examples, name));
  const args = [
    "--directory",
    path.join(examples, "danh-muc-co-quan.xlsx"),
    "--year",
    "2024",
    "--as-of",
    "2024-11-20",
  ];

  it("writes the three summary sheets and leaves every source byte unchanged", async () => {
    const before = sources.map(digest);
    const out = path.join(dir, "tong-hop.xlsx");
    const run = annex(["consolidate", examples, ...args, "-o", out]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("SUBMISSION_MISSING");
    expect(run.stdout).toContain(`Đã ghi: ${out}`);
    expect(sources.map(digest)).toEqual(before);
    const workbook = await open(out);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Tổng hợp", "Dữ liệu tổng hợp", "Kiểm tra"]);
    const data = workbook.getWorksheet("Dữ liệu tổng hợp")!;
    expect(data.rowCount).toBeGreaterThan(32);
    const cells = workbook.worksheets.flatMap((ws) => {
      const found: ExcelJS.Cell[] = [];
      ws.eachRow((row) => row.eachCell((cell) => void found.push(cell)));
      return found;
    });
    // The defective submission's `=HYPERLINK(…)` text is copied as text, never as a formula.
    const copied = cells.filter((c) => typeof c.value === "string" && c.value.startsWith("=HYPERLINK"));
    expect(copied.length).toBeGreaterThan(0);
    expect(cells.some((c) => c.formula?.includes("kienan.haiphong.gov.vn"))).toBe(false);
  });

  it("--json: one object, set-level findings with their unit, the stray note in errors", () => {
    const out = path.join(dir, "tong-hop-2.xlsx");
    const run = annex(["consolidate", "--json", examples, ...args, "-o", out]);
    const report = JSON.parse(run.stdout) as {
      sheets: { file: string; unit: string | null; findings: { code: string; cell: string | null }[] }[];
      findings: { code: string; unit: string | null; severity: string }[];
      errors: { file: string }[];
    };
    expect(report.sheets).toHaveLength(4);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ code: "SUBMISSION_MISSING", unit: "Ủy ban nhân dân phường Ngọc Sơn" }),
    );
    expect(report.errors.map((e) => path.basename(e.file))).toEqual(["ghi-chu.txt"]);
    const lamHa = report.sheets.find((s) => s.file.endsWith("phuong-lam-ha.xlsx"))!;
    expect(lamHa.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(["DEADLINE_OUTSIDE_PERIOD", "OVERDUE", "FORMULA_TEXT", "SUPPORT_UNKNOWN"]),
    );
    expect(run.status).toBe(1);
    expect(fs.existsSync(out)).toBe(true);
  });

  it("lists an unreadable submission as a set-level error and exits 2", async () => {
    const locked = path.join(dir, "phuong-ngoc-son.xlsx");
    fs.writeFileSync(locked, Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(600)]));
    const run = annex([
      "consolidate",
      "--json",
      examples,
      locked,
      ...args,
      "-o",
      path.join(dir, "tong-hop-3.xlsx"),
    ]);
    expect(run.status).toBe(2);
    const report = JSON.parse(run.stdout) as {
      findings: { code: string }[];
      errors: { file: string; message: string }[];
    };
    expect(report.findings.map((f) => f.code)).toContain("SUBMISSION_UNREADABLE");
    expect(report.errors.find((e) => e.file === locked)?.message).toMatch(
      /Excel cũ \(\.xls\) hoặc được đặt mật khẩu/,
    );
  });

  it("refuses an output that is one of the inputs", () => {
    const target = path.join(examples, "phuong-bac-son.xlsx");
    const before = digest(target);
    const run = annex(["consolidate", examples, "-o", target]);
    expect(run.status).toBe(2);
    expect(digest(target)).toBe(before);
  });
});
