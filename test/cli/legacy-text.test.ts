/**
 * Issue 11, "Legacy text repair", end to end through the file adapter and the CLI: a ward's report typed
 * in TCVN3 (built by code from the bundled Bắc Sơn example, every text cell encoded with the TCVN3 table)
 * is checked and consolidated exactly like the same report in Unicode, with one LEGACY_ENCODING finding;
 * the consolidated data carries the converted text and the submitted file is not changed.
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { toTcvn3 } from "../helpers/legacy-text";
import { fileDigest, ROOT, runInProcess } from "./cli-helpers";

const EXAMPLE = path.join(ROOT, "examples", "phuong-bac-son.xlsx");
let dir: string;
let unicodeFile: string;
let tcvn3File: string;

/** Copies a workbook with every text cell as a TCVN3 typist's file shows it. */
async function writeTcvn3Copy(from: string, to: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(from);
  let encoded = 0;
  workbook.eachSheet((ws) => {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.String) return;
        const text = toTcvn3(cell.value as string);
        if (text === cell.value) return;
        cell.value = text;
        encoded += 1;
      });
    });
  });
  await workbook.xlsx.writeFile(to);
  return encoded;
}

interface JsonReport {
  readonly sheets: readonly {
    readonly unit?: string;
    readonly tasks: number;
    readonly header: unknown;
    readonly findings: readonly { code: string; cell?: string; message: string }[];
  }[];
}

async function validateJson(file: string): Promise<JsonReport> {
  const { code, stdout } = await runInProcess([
    "validate",
    "--json",
    "--year",
    "2024",
    "--as-of",
    "2024-11-20",
    file,
  ]);
  expect(code).not.toBe(2);
  return JSON.parse(stdout) as JsonReport;
}

async function consolidatedData(files: readonly string[], output: string): Promise<string[][]> {
  const { code } = await runInProcess([
    "consolidate",
    "--year",
    "2024",
    "--as-of",
    "2024-11-20",
    ...files,
    "-o",
    output,
  ]);
  expect(code).not.toBe(2);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(output);
  const data = workbook.getWorksheet("Dữ liệu tổng hợp");
  if (!data) throw new Error("no data sheet");
  const rows: string[][] = [];
  data.eachRow((row) =>
    rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? "" : String(v)))),
  );
  return rows;
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-legacy-"));
  unicodeFile = path.join(dir, "phuong-bac-son.xlsx");
  fs.copyFileSync(EXAMPLE, unicodeFile);
  fs.mkdirSync(path.join(dir, "tcvn3"));
  tcvn3File = path.join(dir, "tcvn3", "phuong-bac-son.xlsx");
  // Title, header, tasks, agencies, times, statuses: dozens of cells, not a token few.
  expect(await writeTcvn3Copy(EXAMPLE, tcvn3File)).toBeGreaterThan(40);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("the TCVN3 file really shows legacy text (the test is not vacuous)", async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(tcvn3File);
  const texts: string[] = [];
  workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
  expect(texts).toContain("C¬ quan chñ tr×");
  expect(texts).toContain("UBND ph\u00adêng B¾c S¬n");
  expect(texts.join(" ")).not.toMatch(/[ăđơưạ-ỹ]/);
});

it("validate reads the TCVN3 report as the Unicode one: same unit, tasks, columns; only LEGACY_ENCODING", async () => {
  const unicode = (await validateJson(unicodeFile)).sheets[0]!;
  const legacy = (await validateJson(tcvn3File)).sheets[0]!;
  expect(unicode.findings).toEqual([]);
  expect(legacy.unit).toBe("Ủy ban nhân dân phường Bắc Sơn");
  expect(legacy.tasks).toBe(unicode.tasks);
  expect(legacy.tasks).toBe(8);
  expect(legacy.header).toEqual(unicode.header);
  expect(legacy.findings.map((f) => f.code)).toEqual(["LEGACY_ENCODING"]);
  const finding = legacy.findings[0]!;
  expect(finding.cell).toBe("A1");
  expect(finding.message).toContain(
    `"${toTcvn3("ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN")}" → "ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN"`,
  );
  expect(finding.message).toMatch(/^\d+ ô gõ bằng bảng mã cũ TCVN3/);
});

it("the human report names the conversion in Vietnamese", async () => {
  const { stdout } = await runInProcess(["validate", "--year", "2024", "--as-of", "2024-11-20", tcvn3File]);
  expect(stdout).toContain("bảng mã cũ TCVN3");
  expect(stdout).toContain('→ "ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN"');
});

it("consolidation carries the converted text, and the submitted file is not changed", async () => {
  const before = fileDigest(tcvn3File);
  const fromUnicode = await consolidatedData([unicodeFile], path.join(dir, "a.xlsx"));
  const fromLegacy = await consolidatedData([tcvn3File], path.join(dir, "b.xlsx"));
  expect(fileDigest(tcvn3File)).toBe(before);
  expect(fromLegacy).toHaveLength(fromUnicode.length);
  expect(fromLegacy.length).toBeGreaterThan(8);
  // The same rows, cell for cell, but for the file path the source column names.
  const withoutPaths = (rows: string[][]) =>
    rows.map((row) => row.map((v) => v.replace(/^.*phuong-bac-son\.xlsx$/, "FILE")));
  expect(withoutPaths(fromLegacy)).toEqual(withoutPaths(fromUnicode));
  expect(fromLegacy.flat()).toContain("Phòng Văn hóa và Thông tin");
});
