/**
 * Folders of synthetic ward submissions for the CLI benchmarks: `count` workbooks of `tasks` task rows
 * each (bench/synthetic.ts's rows). Run directly to write one folder for a scale run (issue 10):
 *   npx tsx bench/folder.ts FOLDER WORKBOOKS TASKS_EACH
 */
import fs from "fs";
import path from "path";
import { writeAnnexWorkbook } from "../test/helpers/xlsx-fixtures";
import type { Cell } from "../src/core/snapshot";
import { annexRows } from "./synthetic";

export const WARDS = [
  "Bắc Sơn",
  "Đồng Hòa",
  "Lãm Hà",
  "Nam Sơn",
  "Ngọc Sơn",
  "Phù Liễn",
  "Quán Trữ",
  "Tràng Minh",
  "Văn Đẩu",
];

/**
 * Writes `count` workbooks of `tasks` task rows into `dir` (`bao-cao-001.xlsx`, …), each from a unit of its
 * own (the directory's wards `PHƯỜNG BẮC SƠN`, …, `PHƯỜNG VĂN ĐẨU`, then `PHƯỜNG 10`, `PHƯỜNG 11`, …): were two the same unit, only
 * the later would count and consolidation would write a fraction of the tasks.
 */
export async function writeWorkbooks(dir: string, count: number, tasks: number): Promise<void> {
  const digits = Math.max(3, String(count).length);
  for (let i = 0; i < count; i++) {
    const ward = i < WARDS.length ? WARDS[i]! : String(i + 1);
    const unitLine = `ỦY BAN NHÂN DÂN PHƯỜNG ${ward.toLocaleUpperCase("vi")}`;
    const rows = annexRows(tasks, unitLine).slice(6);
    await writeAnnexWorkbook(path.join(dir, `bao-cao-${String(i + 1).padStart(digits, "0")}.xlsx`), [
      {
        sheetName: "Báo cáo",
        unitLine,
        title: "BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRUYỀN THÔNG CHUYỂN ĐỔI SỐ NĂM 2024",
        status: true,
        rows: rows.map((row) => row.map(cellText)),
      },
    ]);
  }
}

/** A synthetic cell as typed into the sheet: a date as a clerk types it (`30/06/2024`). */
function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell !== "object") return String(cell);
  return "date" in cell ? cell.date.split("-").reverse().join("/") : cell.error;
}

if (require.main === module) {
  const [dir, count, tasks] = process.argv.slice(2);
  if (dir === undefined || !(Number(count) > 0) || !(Number(tasks) > 0)) {
    console.error("usage: folder.ts FOLDER WORKBOOKS TASKS_EACH");
    process.exitCode = 2;
  } else {
    fs.mkdirSync(dir, { recursive: true });
    writeWorkbooks(dir, Number(count), Number(tasks)).catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
  }
}
