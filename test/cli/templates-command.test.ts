/** `annex templates`: the written template as Excel will open it — protection, open cells, ids, fingerprint. */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFingerprint, rowIdsOf } from "../../src/core/loop/fingerprint";
import { TEMPLATE_COLUMNS } from "../../src/core/plans/template-plan";
import { readWorkbook } from "../../src/file/read-workbook";
import { writeSeedAnnex } from "../helpers/xlsx-fixtures";
import { runInProcess } from "./cli-helpers";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-templates-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("writes a protected template with open cells, hidden ids and a very hidden fingerprint", async () => {
  const plan = await writeSeedAnnex(path.join(dir, "ke-hoach.xlsx"));
  const out = path.join(dir, "mau");
  const run = await runInProcess([
    "templates",
    plan,
    "--directory",
    path.join(__dirname, "..", "..", "examples", "danh-muc-co-quan.xlsx"),
    "--due",
    "2024-12-05",
    "-o",
    out,
  ]);
  expect(run.code).toBe(0);
  // The examples' directory marks five wards as must submit.
  expect(fs.readdirSync(out)).toHaveLength(5);
  const file = path.join(out, "bao-cao-phuong-lam-ha.xlsx");

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("Báo cáo")!;
  expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
  expect(ws.getCell("A4").value).toBe("Đơn vị báo cáo: Ủy ban nhân dân phường Lãm Hà");
  expect(String(ws.getCell("A5").value)).toContain("Hạn gửi báo cáo: ngày 05/12/2024");
  const first = 10; // row 9 is section I's heading
  expect(ws.getCell(first, TEMPLATE_COLUMNS.content).protection?.locked).not.toBe(false);
  for (const column of [TEMPLATE_COLUMNS.status, TEMPLATE_COLUMNS.completed, TEMPLATE_COLUMNS.result]) {
    expect(ws.getCell(first, column).protection?.locked).toBe(false);
  }
  expect(ws.getColumn(TEMPLATE_COLUMNS.id).hidden).toBe(true);
  expect(ws.getCell(first, TEMPLATE_COLUMNS.status).dataValidation).toMatchObject({
    type: "list",
    formulae: ['"Đã hoàn thành,Đang thực hiện,Chưa thực hiện"'],
  });
  expect(wb.worksheets.find((s) => s.name !== "Báo cáo")?.state).toBe("veryHidden");

  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const custom = await zip.file("docProps/custom.xml")!.async("string");
  expect(custom).toContain('name="TaskAnnexUnit"><vt:lpwstr>Ủy ban nhân dân phường Lãm Hà</vt:lpwstr>');
  expect(await zip.file("[Content_Types].xml")!.async("string")).toContain("/docProps/custom.xml");

  const read = await readWorkbook(file, file);
  if (!read.ok) throw new Error(read.message);
  const fingerprint = readFingerprint(read.sheets)!;
  expect(fingerprint.unit).toBe("Ủy ban nhân dân phường Lãm Hà");
  expect(fingerprint.tasks).toHaveLength(14);
  expect(fingerprint.plan).toMatch(/^KH-[0-9a-f]{16}$/);
  const ids = rowIdsOf(
    read.sheets.find((s) => s.sheet === "Báo cáo")!,
    fingerprint,
  );
  expect([...ids.values()]).toEqual(fingerprint.tasks.map((t) => t.id));
  // The template reads as a clean report of the plan's tasks: no finding about its own layout.
  const validate = await runInProcess(["validate", file, "--json", "--as-of", "2024-11-20"]);
  const json = JSON.parse(validate.stdout) as {
    sheets: { sheet: string; tasks: number; findings: { code: string }[] }[];
  };
  expect(json.sheets.map((s) => [s.sheet, s.tasks])).toEqual([["Báo cáo", 14]]);
  const codes = new Set(json.sheets[0]!.findings.map((f) => f.code));
  for (const code of ["HEADER_NOT_FOUND", "COLUMN_DUPLICATE", "COLUMN_MISSING", "STT_GAP", "STT_INVALID"]) {
    expect(codes.has(code)).toBe(false);
  }
}, 60_000);

it("says what is missing instead of writing nothing", async () => {
  const plan = await writeSeedAnnex(path.join(dir, "ke-hoach-2.xlsx"));
  const noDirectory = await runInProcess(["templates", plan, "-o", path.join(dir, "x")]);
  expect(noDirectory.code).toBe(2);
  expect(noDirectory.stderr).toContain("--directory");
  const badDue = await runInProcess([
    "templates",
    plan,
    "--directory",
    path.join(__dirname, "..", "..", "examples", "danh-muc-co-quan.xlsx"),
    "--due",
    "30/11/2024",
    "-o",
    path.join(dir, "x"),
  ]);
  expect(badDue.code).toBe(2);
  expect(badDue.stderr).toContain("30/11/2024");
  expect(fs.existsSync(path.join(dir, "x"))).toBe(false);
});
