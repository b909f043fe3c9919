/**
 * Writes the workbook the strict host's fix flows run on: `examples/phuong-lam-ha.xlsx` with a misspelt
 * lead (`Phòng Tư phap`, which Kiểm tra offers to correct) and a supporting body no directory lists (a
 * club, which the clerk may add to Danh mục cơ quan). Usage: npx tsx scripts/pane-check/misspelt-report.ts OUT.xlsx
 */
import path from "path";
import ExcelJS from "exceljs";

async function main(output: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(__dirname, "..", "..", "examples", "phuong-lam-ha.xlsx"));
  const sheet = workbook.getWorksheet("Báo cáo");
  if (!sheet) throw new Error("examples/phuong-lam-ha.xlsx has no sheet Báo cáo");
  sheet.getCell("E11").value = "Phòng Tư phap";
  sheet.getCell("F13").value = "Câu lạc bộ dưỡng sinh phường";
  await workbook.xlsx.writeFile(output);
}

const [output] = process.argv.slice(2);
if (output === undefined) {
  console.error("usage: npx tsx scripts/pane-check/misspelt-report.ts OUT.xlsx");
  process.exitCode = 2;
} else {
  main(output).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
