/** Issue 10 item 4: every column of every submission reaches `Dữ liệu tổng hợp`, recognised or not. */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { fileDigest, runInProcess } from "./cli-helpers";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-columns-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const HEADER = [
  "STT",
  "Nội dung nhiệm vụ",
  "Bắt đầu",
  "Hoàn thành",
  "Cơ quan chủ trì",
  "Cơ quan phối hợp",
  "Sản phẩm",
  "Kết quả thực hiện",
  "Ghi chú",
  "Kinh phí (triệu đồng)",
];
const TASK = [
  "1",
  "Xây dựng kế hoạch truyền thông",
  "Quý I",
  "Quý II",
  "UBND phường Bắc Sơn",
  "Công an phường",
  "Kế hoạch được ban hành",
  "Đã ban hành Kế hoạch số 12/KH-UBND",
  "Chậm 5 ngày do thay đổi nhân sự",
  "15",
];

it("keeps the product, result and note columns beside the unknown ones", async () => {
  const source = path.join(dir, "bac-son.xlsx");
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Báo cáo");
  ws.addRow(["ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN"]);
  ws.addRow(["KẾ HOẠCH NHIỆM VỤ NĂM 2024"]);
  ws.addRow(HEADER);
  ws.addRow(TASK);
  await workbook.xlsx.writeFile(source);
  const output = path.join(dir, "tong-hop.xlsx");
  const before = fileDigest(source);
  const { code } = await runInProcess(["consolidate", source, "-o", output]);
  expect(code).not.toBe(2);
  expect(fileDigest(source)).toBe(before);
  const summary = new ExcelJS.Workbook();
  await summary.xlsx.readFile(output);
  const data = summary.getWorksheet("Dữ liệu tổng hợp")!;
  const header = (data.getRow(1).values as unknown[]).map(String);
  const task = (data.getRow(2).values as unknown[]).map(String);
  for (const label of ["Sản phẩm", "Kết quả thực hiện", "Ghi chú", "Kinh phí (triệu đồng)"]) {
    const column = header.indexOf(label);
    expect([label, column > 0 ? task[column] : undefined]).toEqual([label, TASK[HEADER.indexOf(label)]]);
  }
});
