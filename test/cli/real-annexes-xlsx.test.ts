/**
 * The eight real annexes (test/fixtures/real-annexes) as .xlsx workbooks, checked by `annex validate --json` over
 * a folder: the file path gives the same findings as the core on the same grid, the documents' real
 * defects are found, and the correct documents do not drown in errors.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { parseIsoDay } from "../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import { isDateCell, isErrorCell, type SheetSnapshot } from "../../src/core/snapshot";
import { validateSheet } from "../../src/core/validate";
import {
  REAL_ANNEX_IDS,
  REAL_ANNEX_MAX_ERRORS,
  realAnnexSnapshot,
  type RealAnnexId,
} from "../helpers/snapshot-from-tsv";

const ROOT = path.resolve(__dirname, "../..");
const AS_OF = "2025-12-15";

/** A title line per document carrying its plan period, as the published title does. */
const TITLES: Readonly<Record<RealAnnexId, string>> = {
  "01": "KẾ HOẠCH CHUYỂN ĐỔI SỐ CHO CÁC DOANH NGHIỆP NĂM 2025",
  "02": "LỘ TRÌNH ĐỔI MỚI CÔNG NGHỆ NGÀNH KINH TẾ MŨI NHỌN GIAI ĐOẠN 2025 - 2035",
  "03": "PHÁT TRIỂN HẠ TẦNG 5G, IOT TRONG CÁC KHU CÔNG NGHIỆP GIAI ĐOẠN 2025 - 2030",
  "04": "KẾ HOẠCH THỰC HIỆN QUYẾT ĐỊNH 1899/QĐ-TTG NĂM 2025",
  "05": "KẾ HOẠCH PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH ĐỒNG NAI GIAI ĐOẠN 2026 - 2030",
  "06": "KẾ HOẠCH TRIỂN KHAI HỆ THỐNG THÔNG TIN VỀ QUY HOẠCH GIAI ĐOẠN 2025 - 2030",
  "07": "KẾ HOẠCH PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ TỈNH BẮC NINH GIAI ĐOẠN 2026-2030",
  "08": "CHƯƠNG TRÌNH PHÁT TRIỂN CHÍNH PHỦ SỐ GIAI ĐOẠN 2025 - 2030",
};

interface JsonFinding {
  code: string;
  severity: string;
  cell: string | null;
  suggestion: string | null;
}
interface JsonSheet {
  file: string;
  sheet: string;
  tasks: number;
  findings: JsonFinding[];
}

/** Writes a snapshot's grid and merges to a one-sheet workbook, as a user's file would hold them. */
async function writeSnapshot(snapshot: SheetSnapshot, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(snapshot.sheet);
  snapshot.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell === null || cell === "") return;
      const target = sheet.getCell(r + 1, c + 1);
      if (isDateCell(cell)) target.value = new Date(`${cell.date}T00:00:00Z`);
      else if (isErrorCell(cell)) target.value = { error: cell.error } as ExcelJS.CellErrorValue;
      else target.value = cell;
    }),
  );
  for (const m of snapshot.merges) sheet.mergeCells(m.top, m.left, m.bottom, m.right);
  await workbook.xlsx.writeFile(file);
}

describe("real annexes as workbooks through annex validate", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "real-annexes-"));
  const snapshots = new Map<RealAnnexId, SheetSnapshot>();
  let sheets: JsonSheet[] = [];
  let status: number | null = null;

  beforeAll(async () => {
    for (const id of REAL_ANNEX_IDS) {
      const { snapshot } = realAnnexSnapshot(id, { title: [TITLES[id]], numbers: true });
      snapshots.set(id, snapshot);
      await writeSnapshot(snapshot, path.join(dir, `phu-luc-${id}.xlsx`));
    }
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, "bin", "annex.js"), "validate", "--json", "--as-of", AS_OF, dir],
      { encoding: "utf8", cwd: ROOT },
    );
    status = run.status;
    sheets = (JSON.parse(run.stdout) as { sheets: JsonSheet[] }).sheets;
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const sheetOf = (id: RealAnnexId): JsonSheet => {
    const found = sheets.find((s) => s.file.endsWith(`phu-luc-${id}.xlsx`));
    if (!found) throw new Error(`no report for annex ${id}`);
    return found;
  };

  it("reports every annex, and exits 1 because two documents have real errors", () => {
    expect(sheets).toHaveLength(REAL_ANNEX_IDS.length);
    expect(status).toBe(1);
  });

  it.each(REAL_ANNEX_IDS)("%s: the file gives the core's findings on the same grid", (id) => {
    const snapshot = snapshots.get(id);
    if (!snapshot) throw new Error("snapshot missing");
    const core = validateSheet(snapshot, { asOf: parseIsoDay(AS_OF) ?? 0, directory: DEFAULT_DIRECTORY });
    const report = sheetOf(id);
    expect(report.tasks).toBe(core.tasks);
    expect(report.findings.map((f) => [f.code, f.cell])).toEqual(
      core.findings.map((f) => [f.code, f.cell ?? null]),
    );
  });

  it.each(REAL_ANNEX_IDS)("%s: no flood of errors, tasks recognised", (id) => {
    const report = sheetOf(id);
    expect(report.tasks).toBeGreaterThan(5);
    expect(report.findings.filter((f) => f.severity === "error").length).toBeLessThanOrEqual(
      REAL_ANNEX_MAX_ERRORS[id],
    );
  });

  it("finds 05's real defects: a second section IV, tasks due 2025 in a 2026–2030 plan, a doubled word", () => {
    const codes = sheetOf("05").findings.map((f) => f.code);
    expect(codes).toContain("STT_DUPLICATE");
    expect(codes.filter((c) => c === "DEADLINE_OUTSIDE_PERIOD")).toHaveLength(2);
    const unknown = sheetOf("05").findings.filter((f) => /^(LEAD|SUPPORT)_UNKNOWN$/.test(f.code));
    expect(unknown.some((f) => (f.suggestion ?? "").includes("Sở Công Thương"))).toBe(true);
  });

  it("finds 07's missing time column once, not once per task", () => {
    const errors = sheetOf("07").findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.code)).toEqual(["COLUMN_MISSING"]);
  });
});
