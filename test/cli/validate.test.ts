import fs from "fs";
import os from "os";
import path from "path";
import {
  writeAnnexWorkbook,
  writeBadFiles,
  writeDirectoryWorkbook,
  writeSeedAnnex,
  type AnnexRowSpec,
} from "../helpers/xlsx-fixtures";
import { annex } from "./cli-helpers";

interface JsonReport {
  period: { from: string; to: string };
  asOf: string;
  sheets: {
    file: string;
    sheet: string;
    unit: string | null;
    tasks: number;
    header: { row: number; columns: Record<string, string> } | null;
    findings: {
      code: string;
      severity: string;
      cell: string | null;
      row: number | null;
      column: string | null;
      field: string | null;
      message: string;
      suggestion: string | null;
    }[];
  }[];
  findings: unknown[];
  errors: { file: string; message: string }[];
}

const CLEAN_ROWS: AnnexRowSpec[] = [
  ["I.", "Tuyên truyền về chuyển đổi số", "", "", "", ""],
  [
    "1.",
    "Xây dựng kế hoạch truyền thông năm 2024",
    "Quý I",
    "Quý I",
    "Phòng Văn hóa và Thông tin",
    "Trung tâm Văn hóa, Thông tin và Thể thao",
  ],
  [
    "2.",
    "Duy trì chuyên mục phát thanh",
    "Quý I",
    "Quý IV",
    "Trung tâm Văn hóa, Thông tin và Thể thao",
    "Phòng Văn hóa và Thông tin",
  ],
];
// Not a name the built-in model can read (no head noun), so only a directory that lists it knows it.
const CUSTOM_AGENCY = "BCĐ chuyển đổi số phường";
const CUSTOM_ROWS: AnnexRowSpec[] = [
  ["1.", "Họp Ban Chỉ đạo định kỳ", "Quý I", "Quý IV", CUSTOM_AGENCY, "Phòng Văn hóa và Thông tin"],
];
const NĂM_2024 = "NHIỆM VỤ TRUYỀN THÔNG CHUYỂN ĐỔI SỐ NĂM 2024";

let dir: string;
let seed: string;
let clean: string;
let custom: string;
let withOwnDirectory: string;
let directoryFile: string;
let folder: string;
let bad: Record<string, string>;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-cli-"));
  seed = await writeSeedAnnex(path.join(dir, "seed.xlsx"));
  clean = await writeAnnexWorkbook(path.join(dir, "clean.xlsx"), [
    { sheetName: "Phụ lục", title: NĂM_2024, rows: CLEAN_ROWS },
  ]);
  custom = await writeAnnexWorkbook(path.join(dir, "custom.xlsx"), [
    { sheetName: "Phụ lục", title: NĂM_2024, rows: CUSTOM_ROWS },
  ]);
  const directoryRows = [
    [CUSTOM_AGENCY, "Ban Chỉ đạo chuyển đổi số phường", "Cơ quan", ""],
    ["Phòng Văn hóa và Thông tin", "Phòng VH-TT", "Cơ quan", ""],
  ] as const;
  directoryFile = await writeDirectoryWorkbook(path.join(dir, "danh-muc.xlsx"), directoryRows);
  withOwnDirectory = await writeAnnexWorkbook(
    path.join(dir, "own-directory.xlsx"),
    [{ sheetName: "Phụ lục", title: NĂM_2024, rows: CUSTOM_ROWS }],
    (workbook) => {
      const ws = workbook.addWorksheet("Danh mục cơ quan");
      ws.addRow(["Tên chuẩn", "Tên khác", "Loại", "Phải nộp"]);
      for (const row of directoryRows) ws.addRow([...row]);
    },
  );
  folder = path.join(dir, "nop");
  fs.mkdirSync(path.join(folder, "dot-2"), { recursive: true });
  fs.copyFileSync(clean, path.join(folder, "b-clean.xlsx"));
  fs.copyFileSync(seed, path.join(folder, "dot-2", "a-seed.xlsx"));
  fs.writeFileSync(path.join(folder, "~$b-clean.xlsx"), "lock");
  fs.writeFileSync(path.join(folder, "ghi-chu.txt"), "ghi chú");
  bad = await writeBadFiles(fs.mkdtempSync(path.join(dir, "bad-")));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function parse(stdout: string): JsonReport {
  return JSON.parse(stdout) as JsonReport;
}

describe("annex validate --json", () => {
  it("prints one JSON object with the seed annex's findings at their cells", () => {
    const run = annex(["validate", "--json", "--year", "2024", "--as-of", "2024-11-20", seed]);
    expect(run.status).toBe(1);
    const report = parse(run.stdout);
    expect(report.period).toEqual({ from: "2024-01-01", to: "2024-12-31" });
    expect(report.asOf).toBe("2024-11-20");
    expect(report.sheets.map((s) => s.sheet)).toEqual(["Phụ lục"]);
    const [sheet] = report.sheets;
    expect(sheet!.header).toEqual({
      row: 4,
      columns: { stt: "A", content: "B", start: "C", end: "D", lead: "E", support: "F" },
    });
    expect(sheet!.tasks).toBe(12);
    const outside = sheet!.findings.filter((f) => f.code === "DEADLINE_OUTSIDE_PERIOD");
    expect(outside.map((f) => [f.cell, f.row, f.column, f.field, f.severity])).toEqual([
      ["D8", 8, "D", "end", "error"],
      ["D9", 9, "D", "end", "error"],
    ]);
    expect(outside[0]!.message).toContain("Trước 20/12/2023");
    expect(report.findings).toEqual([]);
    expect(report.errors).toEqual([]);
  });

  it("reads the period from the title when no --year is given", () => {
    const report = parse(annex(["validate", "--json", "--as-of", "2024-11-20", seed]).stdout);
    expect(report.period).toEqual({ from: "2024-01-01", to: "2024-12-31" });
  });

  it("exits 0 when no finding is an error", () => {
    const run = annex(["validate", "--json", "--as-of", "2024-03-01", clean]);
    expect(run.status).toBe(0);
    const report = parse(run.stdout);
    expect(report.sheets[0]!.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("lists the folder's workbooks sorted, skips lock files, and lists other files without failing", () => {
    const run = annex(["validate", "--json", "--as-of", "2024-03-01", folder]);
    const report = parse(run.stdout);
    expect(report.sheets.map((s) => path.basename(s.file))).toEqual(["b-clean.xlsx", "a-seed.xlsx"]);
    expect(report.errors.map((e) => path.basename(e.file))).toEqual(["ghi-chu.txt"]);
    expect(report.errors[0]!.message).toMatch(/không phải tệp Excel \.xlsx/);
    expect(run.status).toBe(1);
  });

  it("exits 2 for an unreadable workbook but still reports the others", () => {
    const run = annex(["validate", "--json", "--year", "2024", bad.encrypted!, clean, bad.notes!]);
    expect(run.status).toBe(2);
    const report = parse(run.stdout);
    expect(report.sheets.map((s) => path.basename(s.file))).toEqual(["clean.xlsx"]);
    expect(report.errors.map((e) => path.basename(e.file)).sort()).toEqual(["ghi-chu.txt", "mat-khau.xlsx"]);
    expect(report.errors.find((e) => e.file.endsWith("mat-khau.xlsx"))!.message).toMatch(/mật khẩu/);
  });

  it("uses --directory, then a workbook's own directory sheet (never validated), then the default", () => {
    const unknown = (args: string[]): string[] =>
      parse(annex(["validate", "--json", "--year", "2024", ...args]).stdout).sheets.flatMap((s) =>
        s.findings.filter((f) => f.code === "LEAD_UNKNOWN").map((f) => `${s.sheet}!${f.cell}`),
      );
    expect(unknown([custom])).toEqual(["Phụ lục!E5"]);
    expect(unknown(["--directory", directoryFile, custom])).toEqual([]);
    expect(unknown([withOwnDirectory])).toEqual([]);
    const sheets = parse(annex(["validate", "--json", "--year", "2024", withOwnDirectory]).stdout).sheets;
    expect(sheets.map((s) => s.sheet)).toEqual(["Phụ lục"]);
  });
});

describe("annex validate (text)", () => {
  it("prints findings grouped by row with cells, severities, suggestions and totals", () => {
    const run = annex(["validate", "--year", "2024", "--as-of", "2024-11-20", seed]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`Tệp: ${seed}`);
    expect(run.stdout).toContain("Dòng tiêu đề bảng: 4; cột: STT=A");
    expect(run.stdout).toMatch(/Dòng 8:\n\s+D8\s+\[Lỗi\] .*Trước 20\/12\/2023.*\(DEADLINE_OUTSIDE_PERIOD\)/);
    expect(run.stdout).toMatch(/Tổng cộng: 1 tệp, 1 trang tính, 12 nhiệm vụ; 2 lỗi/);
  });

  it("speaks English with --lang en", () => {
    const run = annex(["validate", "--lang", "en", "--year", "2024", seed]);
    expect(run.stdout).toMatch(/Row 8:\n\s+D8\s+\[Error\]/);
    expect(run.stdout).toContain("Result: errors to fix (exit code 1).");
  });
});

describe("annex usage errors exit 2", () => {
  it.each([
    [["validate", "--bogus", "x.xlsx"], /Sai cách dùng/],
    [["validate", "--year", "20x4", "x.xlsx"], /Năm "20x4" không hợp lệ/],
    [["validate"], /ít nhất một tệp/],
    [["nothing"], /lệnh "nothing" không có/],
  ])("annex %j", (args, message) => {
    const run = annex(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe("");
  });

  it("--help prints the usage and exits 0", () => {
    const run = annex(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("annex validate");
  });
});
