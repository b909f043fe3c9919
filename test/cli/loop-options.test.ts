/** `--previous` with a unit's earlier report (not a summary), and `annex validate --feedback`. */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { cellText } from "../../src/core/snapshot";
import { readWorkbook } from "../../src/file/read-workbook";
import { ROOT, runInProcess } from "./cli-helpers";

const EXAMPLE = path.join(ROOT, "examples", "phuong-nam-son.xlsx");
const DIRECTORY = path.join(ROOT, "examples", "danh-muc-co-quan.xlsx");

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-changes-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("compares with a unit's earlier report", async () => {
  const corrected = path.join(dir, "phuong-nam-son.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  const ws = wb.worksheets[0]!;
  let changedRow = 0;
  let statusColumn = 0;
  ws.eachRow((row, n) => {
    row.eachCell((cell, c) => {
      if (cell.value === "Chưa thực hiện" && changedRow === 0) {
        changedRow = n;
        statusColumn = c;
      }
    });
  });
  expect(changedRow).toBeGreaterThan(0);
  const stt = String(ws.getRow(changedRow).getCell(1).value);
  ws.getRow(changedRow).getCell(statusColumn).value = "Đang thực hiện";
  await wb.xlsx.writeFile(corrected);

  const out = path.join(dir, "tong-hop.xlsx");
  const args = ["--directory", DIRECTORY, "--year", "2024", "--as-of", "2024-11-20"];
  const run = await runInProcess(["consolidate", corrected, ...args, "--previous", EXAMPLE, "-o", out]);
  expect(run.stderr).toBe("");
  expect(run.stdout).toContain('Thay đổi so với lần trước (trang "Thay đổi"): 1');
  const read = await readWorkbook(out, out);
  if (!read.ok) throw new Error(read.message);
  const sheet = read.sheets.find((s) => read.owners[s.sheet] === "changes")!;
  expect(sheet.sheet).toBe("Thay đổi");
  const rows = sheet.rows.slice(1).map((r) => r.map((c) => cellText(c)));
  expect(rows.map((r) => [r[0], r[1], r[3], r[4], r[5]])).toEqual([
    ["Ủy ban nhân dân phường Nam Sơn", stt, "Tình trạng", "Chưa thực hiện", "Đang thực hiện"],
  ]);
}, 60_000);

it("refuses a previous file that is neither a summary nor a report, and writes nothing", async () => {
  const out = path.join(dir, "khong-ghi.xlsx");
  const run = await runInProcess([
    "consolidate",
    EXAMPLE,
    "--directory",
    DIRECTORY,
    "--previous",
    DIRECTORY,
    "-o",
    out,
  ]);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("không phải bản tổng hợp");
  expect(fs.existsSync(out)).toBe(false);
});

it("annex validate --feedback writes one file per unit checked, and no reminder for the others", async () => {
  const folder = path.join(dir, "phan-hoi");
  const run = await runInProcess([
    "validate",
    path.join(ROOT, "examples", "phuong-lam-ha.xlsx"),
    "--directory",
    DIRECTORY,
    "--year",
    "2024",
    "--as-of",
    "2024-11-20",
    "--feedback",
    folder,
  ]);
  expect(run.code).toBe(1);
  expect(fs.readdirSync(folder)).toEqual(["phan-hoi-phuong-lam-ha.xlsx"]);
  const file = path.join(folder, "phan-hoi-phuong-lam-ha.xlsx");
  const read = await readWorkbook(file, file);
  if (!read.ok) throw new Error(read.message);
  const text = read.sheets[0]!.rows.map((r) => r.map((c) => cellText(c)).join(" | ")).join("\n");
  expect(text).toContain("Kính gửi: Ủy ban nhân dân phường Lãm Hà");
  // The deadline outside the plan period (D9) is the unit's own text here: a hand-made report.
  expect(text).toContain("D9");
  expect(text).toContain("Hãy kiểm tra lại năm");
});
