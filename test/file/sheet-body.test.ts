/**
 * Issue 10 (memory): a large sheet's body rows are written straight from the plan into the package
 * (sheet-body.ts) instead of through an exceljs object per cell. What a user opens must not change: the
 * same sheets written streamed and through exceljs read back cell for cell the same — values, styles, row
 * heights, the used range and the table's range.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { consolidateSubmissions } from "../../src/core/consolidate";
import { dayNumber, yearInterval } from "../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import { consolidationPlans } from "../../src/core/plans/consolidation-plans";
import type { SheetPlan } from "../../src/core/sheet-plan";
import type { Cell, SheetSnapshot } from "../../src/core/snapshot";
import { wardReportHead } from "../helpers/ward-report";
import { validateSheet } from "../../src/core/validate";
import { sheetBodyOf, STREAM_MIN_ROWS } from "../../src/file/sheet-body";
import { workbookBuffer } from "../../src/file/write-workbook";

const SOFFICE = "/usr/bin/soffice";
const OPTIONS = { period: yearInterval(2024), asOf: dayNumber(2024, 11, 20), directory: DEFAULT_DIRECTORY };
const ENDS: Cell[] = ["Quý IV", "Trước 20/12/2023", { date: "2024-06-30" }, "", "Thường xuyên"];
const LEADS = ["Phòng Văn hóa – Thông tin", "UBND các phường", "Phòng GD&ĐT; Văn phòng HĐND-UBND", ""];

function submission(unit: string, tasks: number): SheetSnapshot {
  const rows = wardReportHead(`ỦY BAN NHÂN DÂN PHƯỜNG ${unit}`);
  for (let i = 0; i < tasks; i++) {
    if (i % 7 === 0) rows.push([`${"IVX"[i % 3]}.`, `Nhóm nhiệm vụ <${i}> & "khác"`]);
    rows.push([
      `${i + 1}.`,
      i % 5 === 0
        ? `=Tuyên truyền\nchuyển đổi số trên hệ thống truyền thanh, tối thiểu 1 chương trình/tuần ${i}`
        : `Nhiệm vụ ${i}`,
      "Quý I",
      ENDS[i % ENDS.length]!,
      LEADS[i % LEADS.length]!,
      i % 3 === 0 ? "Các phòng, ban, đơn vị liên quan" : "",
      ["Đã hoàn thành", "Đang thực hiện", ""][i % 3]!,
    ]);
  }
  return { file: `${unit}.xlsx`, sheet: "Báo cáo", rows, merges: [] };
}

function consolidation(options: { sourceInWorkbook?: boolean; rowsOnDemand?: boolean } = {}): SheetPlan[] {
  const reports = ["LÃM HÀ", "NAM SƠN", "NGỌC SƠN"].map((unit) =>
    validateSheet(submission(unit, 40), OPTIONS),
  );
  const c = consolidateSubmissions({
    reports,
    unreadable: [],
    directory: DEFAULT_DIRECTORY,
    period: OPTIONS.period,
    asOf: OPTIONS.asOf,
  });
  return consolidationPlans(c, "vi", { sourceInWorkbook: false, ...options });
}

/** A sheet of every kind of value a plan holds, on wrapped and plain, styled and unstyled cells. */
const MIXED: SheetPlan = {
  name: "Hỗn hợp",
  values: [
    ["Tiêu đề", "Ngày", "Số", "Đúng", "Công thức"],
    ["  khoảng trắng đầu", { date: "2024-02-29" }, 3.25, true, { formula: "=C2*2" }],
    ["dòng\r\nmới và <thẻ> & 'nháy' \"kép\"", { date: "1999-12-31" }, Number.NaN, false, null],
    ["ký tự\u0001điều khiển", null, -7, null, "+84 912"],
    ["x".repeat(40_000), null, 0, null, "@tên"],
    [],
    [null, null, null, null, "cuối"],
  ],
  styles: [
    { range: { top: 1, left: 1, bottom: 7, right: 6 }, style: { border: "thin", vertical: "top" } },
    { range: { top: 2, left: 1, bottom: 7, right: 1 }, style: { wrap: true } },
    { range: { top: 3, left: 3, bottom: 4, right: 3 }, style: { numberFormat: "0.00", bold: true } },
    { range: { top: 1, left: 1, bottom: 1, right: 5 }, style: { bold: true, fill: "#DDEBF7" } },
  ],
  merges: [],
  columnWidths: [20, 12, 10],
  font: { name: "Times New Roman", size: 12 },
};

interface SheetRead {
  readonly name: string;
  readonly rows: unknown[];
  readonly dimensions: string;
}

/** Every cell's value and style and every row's height, as exceljs reads the package back. */
async function readBack(bytes: Uint8Array): Promise<SheetRead[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((ws) => {
    const rows: unknown[] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: unknown[] = [];
      for (let c = 1; c <= row.cellCount; c++) {
        const cell = row.getCell(c);
        // A text cell of nothing is written in the cell; exceljs reads that one back as empty.
        cells.push([cell.value === "" ? null : cell.value, cell.style]);
      }
      rows.push({ height: row.height, cells });
    }
    return { name: ws.name, rows, dimensions: ws.dimensions.range };
  });
}

async function tableParts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => n.startsWith("xl/tables/"));
  return Promise.all(names.map((n) => zip.file(n)!.async("string")));
}

describe("a streamed sheet body", () => {
  it("reads back cell for cell as the sheets written through exceljs", async () => {
    const plans = [...consolidation(), MIXED];
    const viaExceljs = await workbookBuffer(plans, { streamMinRows: Infinity });
    const streamed = await workbookBuffer(plans, { streamMinRows: 1 });
    const expected = await readBack(viaExceljs);
    expect(expected.map((s) => s.rows.length)).toEqual([expect.any(Number), 121, expect.any(Number), 7]);
    expect(await readBack(streamed)).toEqual(expected);
    expect(await tableParts(streamed)).toEqual(await tableParts(viaExceljs));
  });

  it("made on demand (rows not held in the plan), reads back as the plans holding every row", async () => {
    const held = consolidation();
    const onDemand = consolidation({ rowsOnDemand: true });
    // The data and findings plans hold their header (and the quality block above it), not their rows.
    expect(onDemand.map((p) => p.values.length)).toEqual([held[0]!.values.length, 1, 8]);
    expect(onDemand.map((p) => p.moreRows?.count)).toEqual([
      undefined,
      held[1]!.values.length - 1,
      held[2]!.values.length - 8,
    ]);
    const expected = await readBack(await workbookBuffer(held, { streamMinRows: Infinity }));
    for (const streamMinRows of [1, Infinity]) {
      expect(await readBack(await workbookBuffer(onDemand, { streamMinRows }))).toEqual(expected);
    }
  });

  it("made on demand with links into the workbook, reads back as the plans holding every row", async () => {
    // Linked rows are written by exceljs, so the rows before the last link are made before the body.
    const held = consolidation({ sourceInWorkbook: true });
    const onDemand = consolidation({ sourceInWorkbook: true, rowsOnDemand: true });
    const expected = await readBack(await workbookBuffer(held, { streamMinRows: 1 }));
    expect(await readBack(await workbookBuffer(onDemand, { streamMinRows: 1 }))).toEqual(expected);
  });

  it("states the used range exceljs states, values outside the styled ranges too", async () => {
    // The head states the range before the rows are made, foretold from the styled ranges: a value
    // beyond them proves that wrong, and the part is written again with the range its cells take.
    const beyond: SheetPlan = {
      ...MIXED,
      name: "Ngoài vùng",
      values: [...MIXED.values, [], [null, null, null, null, null, null, null, "xa"]],
    };
    const plans = [...consolidation({ rowsOnDemand: true }), MIXED, beyond];
    const ranges = async (bytes: Uint8Array): Promise<string[]> => {
      const zip = await JSZip.loadAsync(bytes);
      const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
      return Promise.all(
        sheets.map(async (n) => /<dimension ref="([^"]+)"/.exec(await zip.file(n)!.async("string"))![1]!),
      );
    };
    const viaExceljs = await workbookBuffer(plans, { streamMinRows: Infinity });
    const streamed = await workbookBuffer(plans, { streamMinRows: 1 });
    expect((await ranges(viaExceljs)).slice(3)).toEqual(["A1:F7", "A1:H9"]);
    expect(await ranges(streamed)).toEqual(await ranges(viaExceljs));
    expect(await readBack(streamed)).toEqual(await readBack(viaExceljs));
  });

  it("is the rows after merges, links, plan row heights and table headers", () => {
    const [summary, data, findings] = consolidation();
    expect(sheetBodyOf(data!, 1)?.first).toBe(2);
    // Kiểm tra's table is below its counts.
    expect(sheetBodyOf(findings!, 1)?.first).toBe(findings!.tables![0]!.range.top + 1);
    const lastMerge = Math.max(...summary!.merges.map((m) => m.bottom));
    expect(sheetBodyOf(summary!, 1)?.first ?? Infinity).toBeGreaterThan(lastMerge);
    const linked: SheetPlan = { ...MIXED, links: [{ row: 4, column: 1, target: "'Hỗn hợp'!A1" }] };
    expect(sheetBodyOf(linked, 1)?.first).toBe(5);
    expect(sheetBodyOf({ ...MIXED, rowHeights: { 6: 30 } }, 1)?.first).toBe(7);
  });

  it(`is left to exceljs below ${STREAM_MIN_ROWS} rows`, () => {
    const [, data] = consolidation();
    expect(sheetBodyOf(data!)).toBeUndefined();
    expect(sheetBodyOf(data!, 120)?.first).toBe(2);
    expect(sheetBodyOf(data!, 121)).toBeUndefined();
  });
});

/** Each sheet as LibreOffice Calc shows it (its text, as formatted), saved as CSV. */
function calcSheets(file: string, dir: string): Record<string, string> {
  const out = path.join(dir, path.basename(file, ".xlsx"));
  // Sheet -1: every sheet, one file each (`name-Sheet.csv`); 44,34,76: comma, quote, UTF-8; formatted.
  const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
  const result = spawnSync(
    SOFFICE,
    [
      `-env:UserInstallation=file://${path.join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      filter,
      "--outdir",
      out,
      file,
    ],
    { encoding: "utf8", timeout: 110_000 },
  );
  if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
  const sheets: Record<string, string> = {};
  for (const name of fs.readdirSync(out))
    sheets[name.replace(/^[^-]*-/, "")] = fs.readFileSync(path.join(out, name), "utf8");
  return sheets;
}

it("shows in LibreOffice Calc as the sheets written through exceljs", async () => {
  if (!fs.existsSync(SOFFICE))
    throw new Error(`${SOFFICE} is missing: install libreoffice-calc (apt-get; .ci/run does).`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-body-"));
  try {
    const plans = [...consolidation(), MIXED];
    const viaExceljs = path.join(dir, "exceljs.xlsx");
    const streamed = path.join(dir, "streamed.xlsx");
    fs.writeFileSync(viaExceljs, await workbookBuffer(plans, { streamMinRows: Infinity }));
    fs.writeFileSync(streamed, await workbookBuffer(plans, { streamMinRows: 1 }));
    const expected = calcSheets(viaExceljs, dir);
    expect(Object.keys(expected)).toHaveLength(4);
    expect(expected["Dữ liệu tổng hợp.csv"]).toContain("Nhiệm vụ 39");
    expect(calcSheets(streamed, dir)).toEqual(expected);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
