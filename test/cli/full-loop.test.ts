/**
 * Issue 11's round trip in one run: plan → templates for 6 units → 5 filled reports (one with reordered and
 * deleted rows, one typed in a TCVN3 font) → consolidation names the missing unit and the missing tasks,
 * and reads the TCVN3 text as Unicode → feedback files → one
 * corrected report → the `Thay đổi` sheet shows exactly the correction.
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import { directorySheetPlan } from "../../src/core/directory-sheet";
import { TEMPLATE_COLUMNS } from "../../src/core/plans/template-plan";
import { cellText } from "../../src/core/snapshot";
import { readWorkbook } from "../../src/file/read-workbook";
import { writeWorkbook } from "../../src/file/write-file";
import { toTcvn3 } from "../helpers/legacy-text";
import { writeSeedAnnex } from "../helpers/xlsx-fixtures";
import { runInProcess } from "./cli-helpers";

const WARDS = ["Bắc Sơn", "Đồng Hòa", "Lãm Hà", "Nam Sơn", "Ngọc Sơn", "Phù Liễn"];
const SILENT = "Ngọc Sơn";
// Its clerk types with the old .VnTime font: its statuses and results arrive as TCVN3 bytes.
const LEGACY = "Phù Liễn";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-loop-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface TaskRow {
  readonly row: number;
  readonly id: string;
  readonly stt: string;
  readonly end: string;
}

function taskRows(ws: ExcelJS.Worksheet): TaskRow[] {
  const rows: TaskRow[] = [];
  ws.eachRow((row, n) => {
    const id = String(row.getCell(TEMPLATE_COLUMNS.id).value ?? "");
    if (/^NV-/.test(id)) {
      rows.push({
        row: n,
        id,
        stt: String(row.getCell(1).value ?? ""),
        end: String(row.getCell(TEMPLATE_COLUMNS.end).value ?? ""),
      });
    }
  });
  return rows;
}

/** The ward fills in its template: every task done, except those `open` lists (in progress). */
async function fill(
  template: string,
  out: string,
  open: ReadonlySet<string>,
  edit?: (ws: ExcelJS.Worksheet) => void,
  typed: (text: string) => string = (text) => text,
) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ws = wb.getWorksheet("Báo cáo")!;
  for (const task of taskRows(ws)) {
    const row = ws.getRow(task.row);
    const done = !open.has(task.id);
    row.getCell(TEMPLATE_COLUMNS.status).value = typed(done ? "Đã hoàn thành" : "Đang thực hiện");
    if (done) row.getCell(TEMPLATE_COLUMNS.completed).value = "10/11/2024";
    row.getCell(TEMPLATE_COLUMNS.result).value = typed(
      done ? "Đã triển khai theo kế hoạch" : "Đang triển khai",
    );
  }
  edit?.(ws);
  await wb.xlsx.writeFile(out);
}

async function sheetRows(file: string, owner: string): Promise<string[][]> {
  const read = await readWorkbook(file, file);
  if (!read.ok) throw new Error(read.message);
  const sheet = read.sheets.find((s) => read.owners[s.sheet] === owner);
  if (!sheet) throw new Error(`no ${owner} sheet in ${file}`);
  return sheet.rows.map((row) => row.map((cell) => cellText(cell)));
}

it("runs plan → templates → reports → consolidation → feedback → correction → changes", async () => {
  const plan = await writeSeedAnnex(path.join(dir, "ke-hoach.xlsx"));
  const directory = path.join(dir, "danh-muc.xlsx");
  await writeWorkbook(
    [
      directorySheetPlan({
        source: "danh-muc.xlsx",
        entries: DEFAULT_DIRECTORY.entries.map((e) => ({
          ...e,
          mustSubmit: e.kind === "unit" && WARDS.some((w) => e.name.endsWith(`phường ${w}`)),
        })),
      }),
    ],
    directory,
  );

  // 1. Templates: one per ward, each with the 14 tasks the seed gives `UBND các phường`.
  const templates = path.join(dir, "mau");
  const made = await runInProcess(["templates", plan, "--directory", directory, "-o", templates]);
  expect(made.stderr).toBe("");
  expect(made.code).toBe(0);
  const files = fs.readdirSync(templates).sort();
  expect(files).toHaveLength(6);
  expect(files).toContain("bao-cao-phuong-lam-ha.xlsx");

  // 2. Five reports come back; Ngọc Sơn sends none. Nam Sơn leaves a Quý I task open (overdue);
  // Lãm Hà swaps two tasks' rows and deletes two others.
  const reports = path.join(dir, "bao-cao");
  fs.mkdirSync(reports);
  const lamHa = new ExcelJS.Workbook();
  await lamHa.xlsx.readFile(path.join(templates, "bao-cao-phuong-lam-ha.xlsx"));
  const lamHaTasks = taskRows(lamHa.getWorksheet("Báo cáo")!);
  const deleted = [lamHaTasks[4]!, lamHaTasks[6]!];
  const swapped = [lamHaTasks[8]!, lamHaTasks[9]!];
  const namSon = new ExcelJS.Workbook();
  await namSon.xlsx.readFile(path.join(templates, "bao-cao-phuong-nam-son.xlsx"));
  const lateTask = taskRows(namSon.getWorksheet("Báo cáo")!).find((t) => t.end === "Quý I")!;
  expect(lateTask).toBeDefined();
  for (const ward of WARDS.filter((w) => w !== SILENT)) {
    const name = `bao-cao-${ward === "Bắc Sơn" ? "phuong-bac-son" : ward === "Đồng Hòa" ? "phuong-dong-hoa" : ward === "Lãm Hà" ? "phuong-lam-ha" : ward === "Nam Sơn" ? "phuong-nam-son" : "phuong-phu-lien"}.xlsx`;
    const open = new Set(ward === "Nam Sơn" ? [lateTask.id] : ward === "Lãm Hà" ? [swapped[0]!.id] : []);
    await fill(
      path.join(templates, name),
      path.join(reports, name),
      open,
      (ws) => {
        if (ward !== "Lãm Hà") return;
        // Swap the rows' values (the ids travel with them), then delete two rows, bottom first.
        const [a, b] = swapped.map((t) => ws.getRow(t.row));
        const values = [a!.values, b!.values];
        a!.values = values[1] as ExcelJS.CellValue[];
        b!.values = values[0] as ExcelJS.CellValue[];
        for (const t of [...deleted].sort((x, y) => y.row - x.row)) ws.spliceRows(t.row, 1);
      },
      ward === LEGACY ? toTcvn3 : undefined,
    );
  }

  // 3. Consolidation: the missing unit, the missing tasks, the swapped rows read by id.
  const first = path.join(dir, "tong-hop-1.xlsx");
  const feedback = path.join(dir, "phan-hoi");
  const args = ["--directory", directory, "--plan", plan, "--as-of", "2024-11-20", "--year", "2024"];
  const run1 = await runInProcess([
    "consolidate",
    reports,
    ...args,
    "--feedback",
    feedback,
    "--due",
    "2024-11-30",
    "-o",
    first,
    "--json",
  ]);
  expect(run1.code).toBeLessThan(2);
  const json = JSON.parse(run1.stdout) as {
    findings: { code: string; unit?: string; message: string }[];
    sheets: { file: string | null; findings: { code: string }[] }[];
  };
  const setCodes = json.findings.map((f) => `${f.code} ${f.unit ?? ""}`);
  expect(setCodes.filter((c) => c.startsWith("SUBMISSION_MISSING"))).toEqual([
    "SUBMISSION_MISSING Ủy ban nhân dân phường Ngọc Sơn",
  ]);
  const notReported = json.findings.filter((f) => f.code === "TASK_NOT_REPORTED");
  expect(notReported.map((f) => f.unit)).toEqual([
    "Ủy ban nhân dân phường Lãm Hà",
    "Ủy ban nhân dân phường Lãm Hà",
  ]);
  expect(json.findings.some((f) => f.code === "TEMPLATE_OUTDATED" || f.code === "TEMPLATE_OTHER_PLAN")).toBe(
    false,
  );

  // The TCVN3 report: one finding naming the conversion, and its statuses read, not "unknown".
  const phuLien = "Ủy ban nhân dân phường Phù Liễn";
  const phuLienCodes = json.sheets
    .filter((sheet) => sheet.file?.endsWith("bao-cao-phuong-phu-lien.xlsx"))
    .flatMap((sheet) => sheet.findings.map((f) => f.code));
  expect(phuLienCodes).toContain("LEGACY_ENCODING");
  expect(phuLienCodes).not.toContain("STATUS_UNKNOWN");

  const data = await sheetRows(first, "data");
  const header = data[0]!;
  const col = (label: string) => header.indexOf(label);
  const lamHaRows = data.filter((r) => r[col("Đơn vị")] === "Ủy ban nhân dân phường Lãm Hà");
  expect(lamHaRows).toHaveLength(12);
  const statusOf = (id: string) => lamHaRows.find((r) => r[col("Mã dòng")] === id)?.[col("Tình trạng")];
  expect(statusOf(swapped[0]!.id)).toBe("Đang thực hiện");
  expect(statusOf(swapped[1]!.id)).toBe("Đã hoàn thành");
  const phuLienRows = data.filter((r) => r[col("Đơn vị")] === phuLien);
  expect(phuLienRows).toHaveLength(14);
  expect(new Set(phuLienRows.map((r) => r[col("Tình trạng")]))).toEqual(new Set(["Đã hoàn thành"]));

  // 4. Feedback: one file per unit; the silent unit gets a reminder with its tasks and the due day.
  const feedbackFiles = fs.readdirSync(feedback).sort();
  expect(feedbackFiles).toHaveLength(6);
  const reminder = (await sheetRows(path.join(feedback, "phan-hoi-phuong-ngoc-son.xlsx"), "feedback")).map(
    (r) => r.join(" | "),
  );
  expect(reminder.join("\n")).toContain("chưa nhận được báo cáo");
  expect(reminder.join("\n")).toContain("trước ngày 30/11/2024");
  expect(reminder.join("\n")).toContain("Các nhiệm vụ đơn vị cần báo cáo (14)");
  const namSonFeedback = (
    await sheetRows(path.join(feedback, "phan-hoi-phuong-nam-son.xlsx"), "feedback")
  ).map((r) => r.join(" | "));
  // Only the unit's own cells: the overdue status, not the plan's deadline outside the period.
  const fixes = namSonFeedback.filter((line) => /^\d+ \| \d+ \| [A-Z]+\d+/.test(line));
  expect(fixes).toHaveLength(1);
  expect(fixes[0]).toContain(`G${lateTask.row}`);
  expect(fixes[0]).toContain("quá hạn");
  const lamHaFeedback = (
    await sheetRows(path.join(feedback, "phan-hoi-phuong-lam-ha.xlsx"), "feedback")
  ).join("\n");
  expect(lamHaFeedback).toContain(deleted[0]!.stt.replace(/\.$/, ""));
  expect(lamHaFeedback).toContain("thiếu nhiệm vụ");

  // 5. Nam Sơn corrects its report; the next consolidation shows exactly that correction.
  const namSonFile = path.join(reports, "bao-cao-phuong-nam-son.xlsx");
  const corrected = new ExcelJS.Workbook();
  await corrected.xlsx.readFile(namSonFile);
  const row = corrected.getWorksheet("Báo cáo")!.getRow(lateTask.row);
  row.getCell(TEMPLATE_COLUMNS.status).value = "Đã hoàn thành";
  row.getCell(TEMPLATE_COLUMNS.completed).value = "28/03/2024";
  await corrected.xlsx.writeFile(namSonFile);
  const second = path.join(dir, "tong-hop-2.xlsx");
  const run2 = await runInProcess(["consolidate", reports, ...args, "--previous", first, "-o", second]);
  expect(run2.code).toBeLessThan(2);
  expect(run2.stdout).toContain('Thay đổi so với lần trước (trang "Thay đổi"): 2');
  const changes = await sheetRows(second, "changes");
  expect(changes.slice(1).map((r) => [r[0], r[1], r[3], r[4], r[5]])).toEqual([
    ["Ủy ban nhân dân phường Nam Sơn", lateTask.stt, "Tình trạng", "Đang thực hiện", "Đã hoàn thành"],
    ["Ủy ban nhân dân phường Nam Sơn", lateTask.stt, "Ngày thực hiện xong", "", "28/03/2024"],
  ]);
}, 120_000);
