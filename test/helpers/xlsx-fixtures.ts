/**
 * Real .xlsx fixture files for the file adapter and CLI tests, written with exceljs directly (not with
 * the adapter under test): the seed annex (seed 000), a real annex with a combined time column, a zoo of
 * cell kinds, a directory workbook, and files that are not workbooks. The example submissions
 * (scripts/make-examples.ts) and the benchmark use the same builder.
 */
import { promises as fs } from "fs";
import path from "path";
import ExcelJS from "exceljs";

/** One annex row: STT, content, start, end, lead, support, and (when the sheet has one) status. */
export type AnnexRowSpec = readonly (string | number | Date | ExcelJS.CellValue)[];

export interface AnnexSheetSpec {
  readonly sheetName: string;
  /** Issuing body / unit line at the top left (e.g. `ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN`). */
  readonly unitLine?: string;
  readonly title: string;
  readonly subtitle?: string;
  /** Adds a `Tình trạng` column after `Cơ quan phối hợp`. */
  readonly status?: boolean;
  readonly rows: readonly AnnexRowSpec[];
}

const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Seed 000: the 2024 digital-transformation communication annex, cell by cell as published. */
export const SEED_ANNEX_ROWS: readonly AnnexRowSpec[] = [
  ["I.", "Xây dựng, ban hành và triển khai kế hoạch truyền thông về chuyển đổi số", "", "", "", ""],
  [
    "1.",
    "Xây dựng, ban hành và triển khai Kế hoạch truyền thông về chuyển đổi số năm 2024",
    "",
    "Quý I",
    "Phòng Văn hóa – Thông tin.",
    "Các phòng, ban, đơn vị; Các tổ chức Chính trị - xã hội; UBND các phường",
  ],
  [
    "2.",
    "Báo cáo kết quả triển khai kế hoạch truyền thông về chuyển đổi số năm 2024",
    "",
    "Trước 20/12/2023",
    "Các phòng, ban, đơn vị; UBND các phường",
    "Phòng Văn hóa – Thông tin.",
  ],
  [
    "3.",
    "Báo cáo tổng hợp kết quả triển khai Kế hoạch truyền thông về chuyển đổi số năm 2024 trên địa bàn quận",
    "",
    "Trước 25/12/2023",
    "Phòng Văn hóa – Thông tin.",
    "Các phòng, ban, đơn vị; UBND các phường",
  ],
  [
    "II.",
    "Tổ chức hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia, Ngày Chuyển đổi số thành phố Hải Phòng năm 2024; hưởng ứng và phổ biến Tháng 10 - Tháng tiêu dùng số",
    "Quý I",
    "Quý IV",
    "Phòng Văn hóa – Thông tin; UBND các phường",
    "Trung tâm VH-TT & TT; các doanh nghiệp viễn thông; các đơn vị liên quan",
  ],
  [
    "III.",
    "Tổ chức hoạt động tuyên truyền các chương trình, nội dung triển khai về chuyển  đổi số trên địa bàn quận",
    "Quý I",
    "Quý IV",
    "",
    "",
  ],
  [
    "1",
    "Tổ chức và tham gia hội nghị, hội thảo, toạ đàm….về chuyển đổi số nhằm trao đổi kinh nghiệm, giải đáp thắc mắc về chuyển đổi số.",
    "Quý I",
    "Quý IV",
    "Các phòng, ban, ngành; các tổ chức Chính trị - Xã hội; UBND các phường",
    "Các phòng, ban, đơn vị liên quan",
  ],
  [
    "2",
    "Thông tin, chia sẻ kinh nghiệm, phổ biến mô hình chuyển đổi số thành công, tôn vinh tấm gương điển hình về chuyển đổi số",
    "Quý I",
    "Quý IV",
    "Các phòng, ban, ngành; các tổ chức Chính trị - Xã hội; UBND các phường",
    "Các phòng, ban, đơn vị liên quan",
  ],
  [
    "3",
    "Chủ động tuyên truyền, cung cấp thông tin về các công tác triển khai Chuyển đổi số tại đơn vị, địa phương",
    "Quý I",
    "Quý IV",
    "Các phòng, ban, ngành; các tổ chức Chính trị - Xã hội; UBND các phường",
    "Các phòng, ban, đơn vị liên quan",
  ],
  ["IV", "Tuyên truyền trên các phương tiện thông tin đại chúng", "", "", "", ""],
  [
    "1.",
    "Tuyên truyển trên Cổng thông tin điện tử quận, phường: Tiếp tục duy trì Chuyên mục “ Chuyển đổi số”; tăng cường viết tin bài tuyên truyền về công tác chuyển đổi số trên địa bàn quận.",
    "Quý I",
    "Quý IV",
    "Văn phòng HĐND-UBND quận; UBND các phường.",
    "Phòng Văn hóa – Thông tin;\nTrung tâm VH-TT & TT; các phòng, ban, đơn vị liên quan.",
  ],
  [
    "2.",
    "Tuyên truyền trên hệ thống truyền thanh quận:Tiếp tục duy trì Chuyên mục phát thanh về “ Chuyển đổi số”, tối thiểu phát sóng 1 chương trình/ tuần",
    "Quý I",
    "Quý IV",
    "Trung tâm Văn hóa – Thông tin",
    "Phòng Văn hóa – Thông tin; các phòng, ban, đơn vị liên quan; UBND các phường",
  ],
  [
    "3.",
    "Tuyên truyền trên hệ thống truyền thanh các phường: Xây dựng, duy trì chuyên mục phát thanh về “ Chuyển đổi số”, tần suất tối thiểu 1 chương trình/ tuần, thời lượng 1-3 phút.",
    "Quý I",
    "Quý IV",
    "UBND các phường",
    "Phòng Văn hóa – Thông tin; Trung tâm Văn hóa – Thông tin; Các phòng, ban, đơn vị liên quan",
  ],
  [
    "4.",
    "Tuyên truyền qua các bảng tin công cộng: Thông tin tuyên truyền qua các bảng tin công cộng tại tổ dân phố (khoảng 2-3 tin/ tháng).",
    "Quý I",
    "Quý IV",
    "UBND các phường.",
    "Phòng Văn hóa – Thông tin",
  ],
  [
    "5.",
    "Tuyên truyền cổ động trực quan: Treo Pa nô, áp phích, băng zôn…. Tuyên truyền về nâng cao nhận thức về chuyển đổi số",
    "Quý I",
    "Quý IV",
    "Trung tâm Văn hóa – Thông tin; UBND các phường",
    "Phòng Văn hóa - Thông tin; các phòng, ban, đơn vị liên quan",
  ],
  [
    "6.",
    "Tuyên truyền trên mạng xã hội:\n- Kịp thời tuyên truyền các hoạt động, sự kiện về các nội dung chuyển đổi số tại trang zalo “ Chính quyền điện tử thành phố Hải Phòng”; trang fanpage, facebook Cổng tin tức thành phố…\n- Hướng dẫn tuyên truyền và triển khai kênh truyền thông “ Chuyển đổi số quốc gia” trên zalo.\n- Khuyến khích cán bộ công chức, viên chức, người lao động tuyên truyền, chia sẻ thông tin về chuyển đổi số trên mạng xã hội.",
    "Quý I",
    "Quý IV",
    "Phòng Văn hóa - Thông tin; các phòng, ban, đơn vị; UBND các phường.",
    "Các cơ quan, đơn vị liên quan.",
  ],
  [
    "V",
    "Truyền thông trong khối trường học: Tổ chức xây dựng các tiết học phổ biến các thông tin về chuyển đổi số trong các buổi học ngoại khoá tại các trường học",
    "Quý I",
    "Quý IV",
    "Phòng Giáo dục và Đào tạo",
    "Các cơ sở giáo dục; các cơ quan, đơn vị liên quan; UBND các phường",
  ],
];

export const SEED_TITLE = "NHIỆM VỤ CỤ THỂ TRIỂN KHAI CÔNG TÁC TRUYỀN THÔNG CHUYỂN ĐỔI SỐ NĂM 2024";
export const SEED_SUBTITLE =
  "(Ban hành kèm theo Kế hoạch số         /KH-UBND ngày       tháng 03 năm 2024 của Ủy ban nhân dân quận)";

/** Sheet rows of the seed annex as written by writeSeedAnnex: header on rows 4–5, data from row 6. */
export const SEED_LAYOUT = { headerRow: 4, firstDataRow: 6 } as const;

/** Adds one annex sheet in the official layout: title block, two-row merged header, bordered table. */
export function addAnnexSheet(workbook: ExcelJS.Workbook, spec: AnnexSheetSpec): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(spec.sheetName);
  const lastColumn = spec.status ? 7 : 6;
  let row = 1;
  if (spec.unitLine) {
    ws.getCell(row, 1).value = spec.unitLine;
    ws.getCell(row, 1).font = { bold: true };
    ws.mergeCells(row, 1, row, 3);
    row += 1;
  }
  ws.getCell(row, 1).value = spec.title;
  ws.getCell(row, 1).font = { bold: true, size: 14 };
  ws.getCell(row, 1).alignment = { horizontal: "center" };
  ws.mergeCells(row, 1, row, lastColumn);
  row += 1;
  if (spec.subtitle) {
    ws.getCell(row, 1).value = spec.subtitle;
    ws.getCell(row, 1).font = { italic: true };
    ws.mergeCells(row, 1, row, lastColumn);
    row += 1;
  }
  row += 1;
  const header = row;
  const labels: [number, string][] = [
    [1, "STT"],
    [2, "Nội dung nhiệm vụ"],
    [3, "Thời gian"],
    [5, "Phân công trách nhiệm"],
  ];
  for (const [column, label] of labels) ws.getCell(header, column).value = label;
  const second: [number, string][] = [
    [3, "Bắt đầu"],
    [4, "Hoàn thành"],
    [5, "Cơ quan chủ trì"],
    [6, "Cơ quan phối hợp"],
  ];
  for (const [column, label] of second) ws.getCell(header + 1, column).value = label;
  ws.mergeCells(header, 1, header + 1, 1);
  ws.mergeCells(header, 2, header + 1, 2);
  ws.mergeCells(header, 3, header, 4);
  ws.mergeCells(header, 5, header, 6);
  if (spec.status) {
    ws.getCell(header, 7).value = "Tình trạng";
    ws.mergeCells(header, 7, header + 1, 7);
  }
  spec.rows.forEach((cells, i) => {
    cells.forEach((value, c) => {
      if (value !== "" && value !== null && value !== undefined) {
        ws.getCell(header + 2 + i, c + 1).value = value as ExcelJS.CellValue;
      }
    });
  });
  for (let r = header; r < header + 2 + spec.rows.length; r++) {
    for (let c = 1; c <= lastColumn; c++) {
      const cell = ws.getCell(r, c);
      cell.border = BORDER;
      cell.alignment = { wrapText: true, vertical: "top" };
    }
  }
  ws.columns.forEach((column, i) => {
    column.width = [6, 60, 12, 14, 30, 30, 16][i] ?? 12;
  });
  return ws;
}

/** Writes a workbook with the given annex sheets (and any extra sheets `more` adds). */
export async function writeAnnexWorkbook(
  file: string,
  sheets: readonly AnnexSheetSpec[],
  more?: (workbook: ExcelJS.Workbook) => void,
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) addAnnexSheet(workbook, spec);
  more?.(workbook);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** The seed annex (seed 000) as a one-sheet workbook, plus an unused empty `Sheet2` as Excel leaves it. */
export function writeSeedAnnex(file: string): Promise<string> {
  return writeAnnexWorkbook(
    file,
    [{ sheetName: "Phụ lục", title: SEED_TITLE, subtitle: SEED_SUBTITLE, rows: SEED_ANNEX_ROWS }],
    (workbook) => workbook.addWorksheet("Sheet2"),
  );
}

/**
 * An excerpt of real annex 02 (Đồng Tháp, 2025): upper-case one-row header in another column order,
 * a combined `THỜI GIAN` column, a `Sản phẩm dự kiến` extra column, `2025 - 2035` and `Thường xuyên`.
 */
export async function writeRealAnnex(file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Phu luc 02");
  ws.addRow(["KẾ HOẠCH LỘ TRÌNH ĐỔI MỚI CÔNG NGHỆ GIAI ĐOẠN 2025 - 2035"]);
  ws.addRow([]);
  ws.addRow(["STT", "NHIỆM VỤ VÀ GIẢI PHÁP", "CHỦ TRÌ", "PHỐI HỢP", "THỜI GIAN", "Sản phẩm dự kiến"]);
  ws.addRow(["I", "NHÓM GIẢI PHÁP VỀ CƠ CHẾ CHÍNH SÁCH"]);
  ws.addRow([
    1,
    "Rà soát, kịp thời cụ thể hoá các cơ chế, chính sách khuyến khích xã hội hóa, thu hút đầu tư.",
    "Sở Tài chính",
    "Sở, ban, ngành có liên quan",
    "Thường xuyên",
    "Báo cáo",
  ]);
  ws.addRow([
    2,
    "Đề xuất giải pháp cải thiện môi trường đầu tư, kinh doanh.",
    "Sở Tài chính",
    "Sở Công Thương; Ban Quản lý khu Kinh tế tỉnh Đồng Tháp",
    "2026",
    "Đề án",
  ]);
  ws.addRow(["II", "HỖ TRỢ VÀ PHÁT TRIỂN CÔNG NGHỆ"]);
  ws.addRow([
    1,
    "Phát triển hệ sinh thái đổi mới sáng tạo.",
    "Sở Khoa học và Công nghệ",
    "Sở, ban, ngành có liên quan",
    "2025 - 2035",
    "Chương trình",
  ]);
  ws.mergeCells("A1:F1");
  await workbook.xlsx.writeFile(file);
  return file;
}

/** Every kind of cell the reader must understand, on one sheet, plus hidden, empty and protected sheets. */
export async function writeCellZoo(file: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Zoo");
  ws.getCell("A1").value = "Văn bản";
  ws.getCell("B1").value = 42.5;
  ws.getCell("C1").value = true;
  ws.getCell("A2").value = new Date(Date.UTC(2024, 11, 20));
  ws.getCell("A2").numFmt = "dd/mm/yyyy";
  ws.getCell("B2").value = new Date(Date.UTC(2024, 0, 1));
  ws.getCell("B2").numFmt = "d mmm yyyy";
  ws.getCell("A3").value = {
    richText: [{ text: "Phòng ", font: { bold: true } }, { text: "Văn hóa và Thông tin" }],
  };
  ws.getCell("A4").value = { formula: "B1*2", result: 85 } as ExcelJS.CellValue;
  ws.getCell("B4").value = { formula: 'A1&" x"', result: "Văn bản x" } as ExcelJS.CellValue;
  ws.getCell("C4").value = { formula: "B1*3" } as ExcelJS.CellValue;
  ws.getCell("D4").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellValue;
  ws.getCell("A5").value = { error: "#REF!" } as ExcelJS.CellValue;
  ws.getCell("A6").value = { text: "Cổng thông tin", hyperlink: "https://example.gov.vn" };
  ws.getCell("A7").value = '=HYPERLINK("http://example.vn","Trang")';
  ws.getCell("A9").value = "Gộp";
  ws.mergeCells("A9:C10");
  ws.getCell("E12").value = "  NBSP\u00a0cuối  ";
  workbook.addWorksheet("Trống");
  const hidden = workbook.addWorksheet("Ẩn", { state: "hidden" });
  hidden.getCell("A1").value = "ẩn";
  const veryHidden = workbook.addWorksheet("Rất ẩn", { state: "veryHidden" });
  veryHidden.getCell("A1").value = "rất ẩn";
  const locked = workbook.addWorksheet("Khoá");
  locked.getCell("A1").value = "khoá";
  await locked.protect("", {});
  await workbook.xlsx.writeFile(file);
  return file;
}

/** Directory rows: canonical name, aliases (`;`-separated), kind label, must submit (`x`). */
export type DirectoryRowSpec = readonly [string, string, string, string];

/** A workbook whose `Danh mục cơ quan` sheet lists agencies and units. */
export async function writeDirectoryWorkbook(
  file: string,
  rows: readonly DirectoryRowSpec[],
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("Danh mục cơ quan");
  ws.addRow(["Tên chuẩn", "Tên khác", "Loại", "Phải nộp"]);
  for (const row of rows) ws.addRow([...row]);
  ws.getColumn(1).width = 40;
  ws.getColumn(2).width = 40;
  await workbook.xlsx.writeFile(file);
  return file;
}

/** Files that are not readable workbooks, each with the reason the reader must give. */
export async function writeBadFiles(dir: string): Promise<Record<string, string>> {
  const files = {
    textRenamed: path.join(dir, "van-ban.xlsx"),
    garbageZip: path.join(dir, "hong.xlsx"),
    encrypted: path.join(dir, "mat-khau.xlsx"),
    oldXls: path.join(dir, "cu.xls"),
    empty: path.join(dir, "rong.xlsx"),
    csv: path.join(dir, "bang.csv"),
    notes: path.join(dir, "ghi-chu.txt"),
  };
  await fs.writeFile(files.textRenamed, "Đây là văn bản, không phải bảng tính.\n", "utf8");
  // A zip local-file header followed by garbage: looks like a zip, is not one.
  await fs.writeFile(
    files.garbageZip,
    Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]),
  );
  await fs.writeFile(files.encrypted, oleContainer(["EncryptionInfo", "EncryptedPackage"]));
  await fs.writeFile(files.oldXls, oleContainer(["Workbook"]));
  await fs.writeFile(files.empty, Buffer.alloc(0));
  await fs.writeFile(files.csv, "STT,Nội dung\n1,Việc\n", "utf8");
  await fs.writeFile(files.notes, "Ghi chú: phường Ngọc Sơn nộp muộn.\n", "utf8");
  return files;
}

/** The start of a Compound File Binary container with the given stream names in its directory. */
function oleContainer(streams: readonly string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const directory = Buffer.alloc(512);
  streams.forEach((name, i) => Buffer.from(name, "utf16le").copy(directory, i * 128));
  return Buffer.concat([header, directory]);
}
