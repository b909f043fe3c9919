/**
 * The sample report Mở ví dụ writes (owner kind `example`) is a task sheet wherever it goes: a workbook
 * holding it, saved and handed to the CLI, is checked like the report it copies, not skipped as one of the
 * add-in's own summaries (the pane already treated it as a report).
 */
import fs from "fs";
import os from "os";
import path from "path";
import { exampleReportPlan } from "../../src/core/plans/example-plan";
import { writeWorkbook } from "../../src/file/write-file";
import { runInProcess } from "./cli-helpers";

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-example-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("checks the sample report's tasks as `examples/phuong-lam-ha.xlsx`'s", async () => {
  const file = path.join(dir, "vi-du.xlsx");
  await writeWorkbook([exampleReportPlan()], file);
  const options = ["validate", "--year", "2024", "--as-of", "2024-11-20", "--json"];
  const sample = await runInProcess([...options, file]);
  const original = await runInProcess([
    ...options,
    path.join(__dirname, "../../examples/phuong-lam-ha.xlsx"),
  ]);
  type Sheet = { tasks: number; findings: { code: string; cell?: string }[] };
  const sheets = (run: { stdout: string }) =>
    (JSON.parse(run.stdout) as { sheets: Sheet[] }).sheets.map((s) => [
      s.tasks,
      s.findings.map((f) => [f.code, f.cell]),
    ]);
  expect(sample.code).toBe(original.code);
  expect(sheets(sample)).toEqual(sheets(original));
  expect(sheets(sample)[0]![0]).toBe(8);
});
