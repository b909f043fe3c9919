/**
 * Issue 11, "Legacy text repair", end to end through the file adapter and the CLI: a ward's report typed
 * in TCVN3 or VNI (built by code from the bundled Bắc Sơn example, every text cell encoded with the
 * tables) is checked and consolidated exactly like the same report in Unicode, with one LEGACY_ENCODING
 * finding; the consolidated data carries the converted text and the submitted file is not changed.
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { toneKey } from "../../src/core/text";
import { toTcvn3, toVni } from "../helpers/legacy-text";
import { fileDigest, ROOT, runInProcess } from "./cli-helpers";

const EXAMPLE = path.join(ROOT, "examples", "phuong-bac-son.xlsx");
const UNIT_LINE = "ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN";
const ARGS = ["--year", "2024", "--as-of", "2024-11-20"];
let dir: string;
let unicodeFile: string;

/** Copies a workbook with every text cell as a legacy typist's file shows it; returns the cells changed. */
async function writeLegacyCopy(from: string, to: string, encode: (text: string) => string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(from);
  let encoded = 0;
  workbook.eachSheet((ws) => {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.String) return;
        const text = encode(cell.value as string);
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
  const { code, stdout } = await runInProcess(["validate", "--json", ...ARGS, file]);
  expect(code).not.toBe(2);
  return JSON.parse(stdout) as JsonReport;
}

async function consolidatedData(file: string, output: string): Promise<string[][]> {
  const { code } = await runInProcess(["consolidate", ...ARGS, file, "-o", output]);
  expect(code).not.toBe(2);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(output);
  const data = workbook.getWorksheet("Dữ liệu tổng hợp");
  if (!data) throw new Error("no data sheet");
  const rows: string[][] = [];
  data.eachRow((row) =>
    rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? "" : String(v)))),
  );
  // The file path the source column names differs; everything else must be the same.
  return rows.map((row) => row.map((v) => v.replace(/^.*phuong-bac-son\.xlsx$/, "FILE")));
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-legacy-"));
  unicodeFile = path.join(dir, "phuong-bac-son.xlsx");
  fs.copyFileSync(EXAMPLE, unicodeFile);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each([
  ["TCVN3", toTcvn3, ["C¬ quan chñ tr×", "UBND ph\u00adêng B¾c S¬n"]],
  ["VNI", toVni, ["Cô quan chuû trì", "UBND phöôøng Baéc Sôn"]],
] as const)("a report typed in %s", (encoding, encode, shown) => {
  let legacyFile: string;

  beforeAll(async () => {
    fs.mkdirSync(path.join(dir, encoding));
    legacyFile = path.join(dir, encoding, "phuong-bac-son.xlsx");
    // Title, header, tasks, agencies, times, statuses: dozens of cells, not a token few.
    expect(await writeLegacyCopy(EXAMPLE, legacyFile, encode)).toBeGreaterThan(40);
  });

  it("really shows legacy text (the test is not vacuous)", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(legacyFile);
    const texts: string[] = [];
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    for (const text of shown) expect(texts).toContain(text);
    expect(texts.join(" ")).not.toMatch(/[ăđơưạ-ỹ]/);
  });

  it("validate reads it as the Unicode report: same unit, tasks, columns; only LEGACY_ENCODING", async () => {
    const unicode = (await validateJson(unicodeFile)).sheets[0]!;
    const legacy = (await validateJson(legacyFile)).sheets[0]!;
    expect(unicode.findings).toEqual([]);
    expect(legacy.unit).toBe("Ủy ban nhân dân phường Bắc Sơn");
    expect(legacy.tasks).toBe(unicode.tasks);
    expect(legacy.tasks).toBe(8);
    expect(legacy.header).toEqual(unicode.header);
    expect(legacy.findings.map((f) => f.code)).toEqual(["LEGACY_ENCODING"]);
    const finding = legacy.findings[0]!;
    expect(finding.cell).toBe("A1");
    expect(finding.message).toContain(`"${encode(UNIT_LINE)}" → "${UNIT_LINE}"`);
    expect(finding.message).toMatch(new RegExp(`^\\d+ ô gõ bằng bảng mã cũ ${encoding}`));
  });

  it("consolidation carries the converted text, and the submitted file is not changed", async () => {
    const before = fileDigest(legacyFile);
    const fromUnicode = await consolidatedData(unicodeFile, path.join(dir, `${encoding}-a.xlsx`));
    const fromLegacy = await consolidatedData(legacyFile, path.join(dir, `${encoding}-b.xlsx`));
    expect(fileDigest(legacyFile)).toBe(before);
    expect(fromLegacy.length).toBeGreaterThan(8);
    expect(fromLegacy).toEqual(fromUnicode);
    expect(fromLegacy.flat()).toContain("Phòng Văn hóa và Thông tin");
  });

  it("annex format builds the annex in Unicode, the same as from the Unicode report", async () => {
    const annex = async (file: string, out: string): Promise<string[][]> => {
      const { code, stderr } = await runInProcess(["format", file, "-o", out]);
      expect(stderr).toBe("");
      expect(code).toBe(0);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(out);
      const rows: string[][] = [];
      workbook.worksheets[0]!.eachRow((row) => {
        rows.push(
          (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? "" : String(v))),
        );
      });
      return rows;
    };
    const fromUnicode = await annex(unicodeFile, path.join(dir, `${encoding}-annex-a.xlsx`));
    const fromLegacy = await annex(legacyFile, path.join(dir, `${encoding}-annex-b.xlsx`));
    // The same annex, up to where the tone mark sits (`Uỷ`/`Ủy`: the legacy font's habit, both correct).
    const tones = (rows: string[][]) => rows.map((row) => row.map((text) => toneKey(text)));
    expect(tones(fromLegacy)).toEqual(tones(fromUnicode));
    expect(fromLegacy.flat().some((text) => text.includes("Văn hóa"))).toBe(true);
  });
});

it("the human report names the conversion in Vietnamese", async () => {
  const file = path.join(dir, "TCVN3", "phuong-bac-son.xlsx");
  const { stdout } = await runInProcess(["validate", ...ARGS, file]);
  expect(stdout).toContain("bảng mã cũ TCVN3");
  expect(stdout).toContain(`→ "${UNIT_LINE}"`);
});
