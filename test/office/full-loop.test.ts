/**
 * Issue 11's round trip in the pane, over the fake Excel: plan sheet → template sheets for 6 units → 5
 * filled reports come back as files (one with reordered and deleted rows, one typed in TCVN3) →
 * consolidation names the missing unit and the missing tasks and reads the TCVN3 text → feedback sheets →
 * one corrected report → the second consolidation's `Thay đổi` shows exactly the correction. Each step is
 * one Excel.run with as many syncs for 6 units as for 4.
 */
import { dayNumber } from "../../src/core/day";
import { TEMPLATE_COLUMNS } from "../../src/core/plans/template-plan";
import { cellText, type Cell } from "../../src/core/snapshot";
import { createOfficeHost } from "../../src/office/office-host";
import type { WorkbookHost } from "../../src/office/host";
import { consolidateSheets, listSubmissions } from "../../src/taskpane/consolidate-actions";
import { consolidateWithFeedback } from "../../src/taskpane/feedback-actions";
import { createTemplates } from "../../src/taskpane/template-actions";
import { encodeFakeWorkbook } from "../fakes/fake-excel";
import { toTcvn3 } from "../helpers/legacy-text";
import { planWorkbook } from "../helpers/plan-workbook";

const noWait = (): Promise<void> => Promise.resolve();
const TODAY = dayNumber(2024, 11, 20);
const SILENT = "Ngọc Sơn";
const LEGACY = "Phù Liễn";
const unitOf = (ward: string) => `Ủy ban nhân dân phường ${ward}`;
const ID = TEMPLATE_COLUMNS.id - 1;

const isTaskRow = (row: readonly Cell[]) => /^NV-/.test(cellText(row[ID]));

/** The ward fills in its copy of the template: done, except the tasks `open` names (by STT). */
function filled(
  rows: readonly (readonly Cell[])[],
  open: readonly string[],
  typed = (t: string) => t,
): Cell[][] {
  return rows.map((row) => {
    if (!isTaskRow(row)) return [...row];
    const done = !open.includes(cellText(row[0]));
    const out = [...row];
    out[TEMPLATE_COLUMNS.status - 1] = typed(done ? "Đã hoàn thành" : "Đang thực hiện");
    out[TEMPLATE_COLUMNS.completed - 1] = done ? "10/11/2024" : null;
    out[TEMPLATE_COLUMNS.result - 1] = typed(done ? "Đã triển khai theo kế hoạch" : "Đang triển khai");
    return out;
  });
}

async function sendBack(host: WorkbookHost, file: string, sheet: string, rows: Cell[][]): Promise<string> {
  const [name] = await host.insertWorkbook(file, encodeFakeWorkbook([{ name: sheet, rows }]));
  if (name === undefined) throw new Error(`nothing inserted from ${file}`);
  return name;
}

async function sheetRows(host: WorkbookHost, sheet: string): Promise<string[][]> {
  const read = await host.read({ sheets: [sheet] });
  const snapshot = read.sheets[0];
  if (!snapshot) throw new Error(`no sheet ${sheet}`);
  return snapshot.rows.map((row) => row.map((cell) => cellText(cell)));
}

async function runLoop(wards: readonly string[]) {
  const fake = planWorkbook(wards);
  const host = createOfficeHost({ sleep: noWait });
  const syncs: number[] = [];
  const counted = async <T>(step: () => Promise<T>): Promise<T> => {
    const [before, runs] = [fake.syncCount, fake.runCount];
    const value = await step();
    syncs.push(fake.syncCount - before);
    expect(fake.runCount - runs).toBe(1);
    return value;
  };

  // 1. One template sheet per ward, from the plan sheet open now.
  const made = await counted(() => createTemplates(host, TODAY, dayNumber(2024, 11, 30)));
  expect(made.templates.map((t) => t.unit)).toEqual(wards.map(unitOf));
  const template = new Map(
    await Promise.all(
      made.templates.map(async (t) => {
        const read = await host.read({ sheets: [t.sheet] });
        return [t.unit, read.sheets[0]!.rows] as const;
      }),
    ),
  );

  // 2. Every ward but one sends its report back as a file, added with Thêm tệp….
  const lamHaRows = template.get(unitOf("Lãm Hà"))!;
  const lamHaTasks = lamHaRows.flatMap((row, i) => (isTaskRow(row) ? [i] : []));
  const deleted = [lamHaTasks[1]!, lamHaTasks[4]!].map((i) => cellText(lamHaRows[i]![0]));
  const swapped = [lamHaTasks[2]!, lamHaTasks[3]!];
  const imported = new Map<string, string>();
  for (const ward of wards.filter((w) => w !== SILENT)) {
    const unit = unitOf(ward);
    let rows = filled(
      template.get(unit)!,
      ward === "Nam Sơn" ? ["1"] : [],
      ward === LEGACY ? toTcvn3 : undefined,
    );
    if (ward === "Lãm Hà") {
      const [a, b] = swapped as [number, number];
      [rows[a], rows[b]] = [rows[b]!, rows[a]!];
      rows = rows.filter((row) => !(isTaskRow(row) && deleted.includes(cellText(row[0]))));
    }
    const sheet = made.templates.find((t) => t.unit === unit)!.sheet;
    imported.set(ward, await sendBack(host, `bao-cao-${ward}.xlsx`, sheet, rows));
  }

  // The office's own templates, still blank, are listed but are nobody's report: not ticked by default.
  const list = await listSubmissions(host, TODAY);
  const status = new Map(list.rows.map((row) => [row.sheet, row.status]));
  expect(made.templates.map((t) => status.get(t.sheet))).toEqual(made.templates.map(() => "blankTemplate"));
  expect([...imported.values()].map((sheet) => status.get(sheet))).not.toContain("blankTemplate");
  expect(list.resubmissions).toEqual([]);

  // 3. Consolidation with feedback: the missing unit, the missing tasks, the TCVN3 text read.
  const first = await counted(() => consolidateWithFeedback(host, [...imported.values()], TODAY, "vi"));
  const c = first.consolidation;
  expect(c.notSubmitted).toEqual([unitOf(SILENT)]);
  expect(c.recognitions?.map((r) => r.unit).sort()).toEqual(
    wards
      .filter((w) => w !== SILENT)
      .map(unitOf)
      .sort(),
  );
  const notReported = c.findings.filter((f) => f.code === "TASK_NOT_REPORTED");
  expect(notReported.map((f) => [f.params["unit"], f.params["stt"]])).toEqual(
    deleted.map((stt) => [unitOf("Lãm Hà"), stt]),
  );
  expect(c.findings.some((f) => f.code === "LEGACY_ENCODING" && f.sheet === imported.get(LEGACY))).toBe(true);
  expect(c.findings.filter((f) => f.code === "STATUS_UNKNOWN")).toEqual([]);
  expect(c.findings.filter((f) => f.code === "STT_GAP")).toEqual([]);
  const data = await sheetRows(host, "Dữ liệu tổng hợp");
  const legacyRows = data.filter((row) => row.includes(unitOf(LEGACY)));
  expect(legacyRows.length).toBe(made.templates.find((t) => t.unit === unitOf(LEGACY))!.tasks);
  expect(legacyRows.every((row) => row.includes("Đã triển khai theo kế hoạch"))).toBe(true);
  expect(first.written).toContain(`Phản hồi phường ${SILENT}`);
  expect((await sheetRows(host, `Phản hồi phường ${SILENT}`)).flat().join("\n")).toContain(
    "chưa nhận được báo cáo",
  );
  expect(first.written).not.toContain("Thay đổi");

  // 4. Nam Sơn corrects its report: task 1 done on 15/11/2024.
  const corrected = filled(template.get(unitOf("Nam Sơn"))!, []).map((row) =>
    cellText(row[0]) === "1" && isTaskRow(row) ? row.map((cell, i) => (i === 7 ? "15/11/2024" : cell)) : row,
  );
  const fixed = await sendBack(host, "bao-cao-Nam Sơn-sua.xlsx", "Nam Sơn sửa", corrected);
  const second = [...imported.entries()].map(([ward, sheet]) => (ward === "Nam Sơn" ? fixed : sheet));
  const again = await counted(() => consolidateSheets(host, second, TODAY, "vi"));
  expect(again.written).toContain("Thay đổi");
  return { host, syncs };
}

it("runs plan → templates → reports → consolidation → feedback → correction → Thay đổi in the pane", async () => {
  const wards = ["Bắc Sơn", "Đồng Hòa", "Lãm Hà", "Nam Sơn", SILENT, LEGACY];
  const { host, syncs } = await runLoop(wards);
  const changes = await sheetRows(host, "Thay đổi");
  // Exactly Nam Sơn's correction: task 1 now done, on 15/11/2024; nothing else moved.
  const task = [unitOf("Nam Sơn"), "1", "Xây dựng kế hoạch truyền thông"];
  expect(changes.slice(1)).toEqual([
    [...task, "Tình trạng", "Đang thực hiện", "Đã hoàn thành"],
    [...task, "Ngày thực hiện xong", "", "15/11/2024"],
  ]);
  const fewer = await runLoop(["Lãm Hà", "Nam Sơn", SILENT, LEGACY]);
  expect(syncs).toEqual(fewer.syncs);
});
