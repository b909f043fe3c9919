/**
 * Issue 10 item 11: what a submission holds beyond Excel's limits (16 384 columns, 32 767 characters in a
 * cell) reaches the summary within them, with a visible note, instead of a failed write or a file Excel
 * calls damaged.
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { rawXlsx, row, textCell } from "../helpers/raw-xlsx";
import { runInProcess as run, fileDigest as digest } from "./cli-helpers";

const EXCEL_COLUMNS = 16_384;
const EXCEL_CELL_CHARS = 32_767;

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-limits-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function columnName(n: number): string {
  let name = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
  return name;
}

const HEADER = ["STT", "Nội dung nhiệm vụ", "Bắt đầu", "Hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp"];

async function submission(name: string, width: number, content: string): Promise<string> {
  const header: string[] = [];
  for (let c = 1; c <= width; c++)
    header.push(textCell(`${columnName(c)}2`, HEADER[c - 1] ?? `Cột thêm ${c}`));
  const task = [
    textCell("A3", "1"),
    textCell("B3", content),
    textCell("D3", "Quý IV"),
    textCell("E3", "UBND phường Bắc Sơn"),
    ...(width > HEADER.length ? [textCell(`${columnName(width)}3`, "giá trị cột cuối")] : []),
  ];
  const rows = row(1, [textCell("A1", "KẾ HOẠCH NHIỆM VỤ NĂM 2024")]) + row(2, header) + row(3, task);
  const file = path.join(dir, name);
  fs.writeFileSync(file, await rawXlsx([{ name: "Phụ lục", rows }]));
  return file;
}

async function dataSheet(file: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.getWorksheet("Dữ liệu tổng hợp")!;
}

it("a submission 16 384 columns wide is consolidated, its last columns kept in one", async () => {
  const source = await submission("rong.xlsx", EXCEL_COLUMNS, "Báo cáo quý");
  const output = path.join(dir, "tong-hop-rong.xlsx");
  const before = digest(source);
  const result = await run(["consolidate", source, "-o", output]);
  expect(digest(source)).toBe(before);
  expect(result.stderr).toBe("");
  expect(result.code).not.toBe(2);
  const data = await dataSheet(output);
  expect(data.actualColumnCount).toBeLessThanOrEqual(EXCEL_COLUMNS);
  const task = (data.getRow(2).values as unknown[]).map((v) =>
    v === undefined || v === null ? "" : String(v),
  );
  expect(task.some((v) => v.includes(`Cột thêm ${EXCEL_COLUMNS}: giá trị cột cuối`))).toBe(true);
});

it("a cell over 32 767 characters is cut in the summary with a visible note, and reported", async () => {
  const long = "Nội dung rất dài. ".repeat(2_500);
  const source = await submission("dai.xlsx", HEADER.length, long);
  const output = path.join(dir, "tong-hop-dai.xlsx");
  const before = digest(source);
  const result = await run(["consolidate", source, "-o", output]);
  expect(digest(source)).toBe(before);
  expect(result.code).not.toBe(2);
  expect(result.stdout).toContain("(CELL_TOO_LONG)");
  const data = await dataSheet(output);
  const contents = (data.getRow(2).values as unknown[]).filter(
    (v): v is string => typeof v === "string" && v.startsWith("Nội dung rất dài."),
  );
  expect(contents).toHaveLength(1);
  expect(contents[0]!.length).toBeLessThanOrEqual(EXCEL_CELL_CHARS);
  expect(contents[0]).toMatch(/cắt bớt/);
});
