/**
 * The read+write floor for `annex validate` and `annex consolidate` (issue 10): read every workbook of a
 * folder with exceljs and write all their rows to one sheet with exceljs, nothing else. Run as its own
 * process, like the CLI, so the two are compared whole process against whole process.
 * Usage: floor.ts FOLDER OUTPUT.xlsx
 */
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";

async function readAndWrite(folder: string, output: string): Promise<void> {
  const summary = new ExcelJS.Workbook();
  const sheet = summary.addWorksheet("Dữ liệu");
  const files = fs
    .readdirSync(folder)
    .filter((name) => name.toLowerCase().endsWith(".xlsx"))
    .sort();
  for (const name of files) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(folder, name));
    for (const ws of workbook.worksheets) {
      ws.eachRow({ includeEmpty: false }, (row) => {
        const values: ExcelJS.CellValue[] = [];
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          values[column - 1] = cell.value;
        });
        sheet.addRow(values);
      });
    }
  }
  await summary.xlsx.writeFile(output);
}

const [folder, output] = process.argv.slice(2);
if (folder === undefined || output === undefined) {
  console.error("usage: floor.ts FOLDER OUTPUT.xlsx");
  process.exitCode = 2;
} else {
  readAndWrite(folder, output).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
