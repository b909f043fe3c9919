/** Sentences the file adapter shows when a file cannot be read, in Vietnamese and English. */
import type { Lang } from "../core/report-types";

export type FileProblem =
  | "empty"
  | "encrypted"
  | "oldXls"
  | "ole"
  | "ods"
  | "csv"
  | "unsupportedType"
  | "notWorkbook"
  | "corrupt"
  | "notFound"
  | "unreadable"
  | "noData"
  | "skipped"
  | "ownOutput"
  | "ownSheetsOnly"
  | "denied"
  | "notRegular"
  | "brokenLink"
  | "tooLarge"
  | "folderDenied"
  | "noWorkbooks"
  | "tooLargeUnpacked"
  | "memoryLimit";

const VI: Record<FileProblem, (file: string, limit: string) => string> = {
  memoryLimit: (f, limit) =>
    `Không đọc tệp "${f}": lần chạy đã dùng gần hết bộ nhớ được phép (${limit}) nên các tệp còn lại không được đọc; các tệp đã đọc vẫn được kiểm tra và tổng hợp. Hãy tổng hợp ít tệp hơn mỗi lần, hoặc chạy lại với nhiều bộ nhớ hơn (NODE_OPTIONS=--max-old-space-size=8192).`,
  tooLargeUnpacked: (f, limit) =>
    `Tệp "${f}" quá lớn: khi giải nén hơn ${limit} (giới hạn), không đọc. Có thể tệp bị hỏng hoặc chứa quá nhiều dữ liệu: hãy kiểm tra đúng tệp chưa, hoặc tách thành nhiều tệp.`,
  noWorkbooks: (f) =>
    `Thư mục "${f}" không có tệp Excel .xlsx nào để đọc: hãy kiểm tra đúng thư mục chưa, hoặc chép các báo cáo vào đó.`,
  denied: (f) =>
    `Không có quyền đọc tệp "${f}": hãy xin quyền đọc (hoặc chép tệp sang thư mục của mình) rồi chạy lại.`,
  notRegular: (f) =>
    `Bỏ qua "${f}": không phải tệp thông thường (ống dẫn, thiết bị hoặc liên kết tới chúng), không đọc.`,
  brokenLink: (f) => `Bỏ qua "${f}": liên kết tới một tệp không còn tồn tại.`,
  tooLarge: (f, limit) =>
    `Tệp "${f}" quá lớn (hơn ${limit}), không đọc: hãy kiểm tra có đúng tệp không, hoặc tách thành nhiều tệp.`,
  folderDenied: (f) =>
    `Bỏ qua thư mục "${f}": không có quyền đọc (thư mục hệ thống hoặc của người khác); các tệp khác vẫn được đọc.`,
  empty: (f) => `Tệp "${f}" rỗng (0 byte): hãy gửi lại tệp Excel .xlsx có dữ liệu.`,
  encrypted: (f) =>
    `Tệp "${f}" được đặt mật khẩu (mã hoá) nên không đọc được: hãy mở trong Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi lưu lại.`,
  oldXls: (f) =>
    `Tệp "${f}" là định dạng Excel cũ (.xls), không được hỗ trợ: hãy mở trong Excel và lưu lại dưới dạng "Sổ làm việc Excel (.xlsx)".`,
  ole: (f) =>
    `Tệp "${f}" là định dạng Excel cũ (.xls) hoặc được đặt mật khẩu: hãy mở trong Excel, bỏ mật khẩu nếu có, và lưu lại dưới dạng .xlsx.`,
  ods: (f) =>
    `Tệp "${f}" là bảng tính OpenDocument (.ods), không được hỗ trợ: hãy lưu lại dưới dạng Excel .xlsx.`,
  csv: (f) => `Tệp "${f}" là tệp CSV, không được hỗ trợ: hãy mở trong Excel và lưu lại dưới dạng .xlsx.`,
  unsupportedType: (f) =>
    `Tệp "${f}" không phải tệp Excel .xlsx, không được hỗ trợ: hãy lưu lại dưới dạng .xlsx.`,
  notWorkbook: (f) =>
    `Tệp "${f}" không phải sổ làm việc Excel (.xlsx): có thể tệp bị đổi tên đuôi. Hãy mở tệp gốc trong Excel và lưu lại dưới dạng .xlsx.`,
  corrupt: (f) =>
    `Tệp "${f}" bị hỏng, không đọc được: hãy mở trong Excel (Excel có thể sửa tệp) và lưu lại, hoặc xin gửi lại tệp.`,
  notFound: (f) => `Không tìm thấy tệp "${f}".`,
  unreadable: (f) => `Không đọc được tệp "${f}": hãy mở trong Excel, lưu lại dưới dạng .xlsx rồi thử lại.`,
  noData: (f) =>
    `Tệp "${f}" không có dữ liệu: mọi trang tính đều trống. Hãy xin gửi lại tệp có báo cáo (có thể đã gửi nhầm tệp).`,
  skipped: (f) => `Bỏ qua tệp "${f}": không phải tệp Excel .xlsx.`,
  ownOutput: (f) =>
    `Bỏ qua tệp "${f}": đây là bản tổng hợp do annex ghi (chưa ai sửa), không phải báo cáo của một đơn vị.`,
  ownSheetsOnly: (f) =>
    `Tệp "${f}" chỉ có các trang tính do annex ghi (tổng hợp, dữ liệu, kiểm tra) và đã được sửa sau đó, nên không được đọc như báo cáo của đơn vị: hãy chép các nhiệm vụ sang một trang tính mới (hoặc xin gửi phụ lục của đơn vị) rồi chạy lại.`,
};

const EN: Record<FileProblem, (file: string, limit: string) => string> = {
  memoryLimit: (f, limit) =>
    `Not read: "${f}". The run had used most of the memory it may use (${limit}), so the remaining files were not read; the files read are still checked and consolidated. Consolidate fewer files at a time, or run again with more memory (NODE_OPTIONS=--max-old-space-size=8192).`,
  tooLargeUnpacked: (f, limit) =>
    `The file "${f}" is too large: over ${limit} once unpacked (the limit), not read. It may be damaged or hold too much data: check it is the right file, or split it.`,
  noWorkbooks: (f) =>
    `The folder "${f}" holds no Excel .xlsx file to read: check it is the right folder, or copy the reports into it.`,
  denied: (f) =>
    `No permission to read "${f}": ask for read access (or copy the file to your own folder) and run again.`,
  notRegular: (f) => `Skipped "${f}": not a regular file (a pipe, a device or a link to one), not read.`,
  brokenLink: (f) => `Skipped "${f}": a link to a file that no longer exists.`,
  tooLarge: (f, limit) =>
    `The file "${f}" is too large (over ${limit}) to read safely: check it is the right file, or split it.`,
  folderDenied: (f) =>
    `Skipped the folder "${f}": no permission to read it (a system folder or someone else's); the other files are read.`,
  empty: (f) => `The file "${f}" is empty (0 bytes): send an .xlsx workbook with data again.`,
  encrypted: (f) =>
    `The file "${f}" is password-protected (encrypted) and cannot be read: open it in Excel, remove the password (File > Info > Protect Workbook) and save it again.`,
  oldXls: (f) =>
    `The file "${f}" is an old Excel file (.xls), which is not supported: open it in Excel and save it as "Excel Workbook (.xlsx)".`,
  ole: (f) =>
    `The file "${f}" is an old Excel file (.xls) or is password-protected: open it in Excel, remove any password, and save it as .xlsx.`,
  ods: (f) =>
    `The file "${f}" is an OpenDocument spreadsheet (.ods), which is not supported: save it as an Excel .xlsx file.`,
  csv: (f) => `The file "${f}" is a CSV file, which is not supported: open it in Excel and save it as .xlsx.`,
  unsupportedType: (f) =>
    `The file "${f}" is not an Excel .xlsx file and is not supported: save it as .xlsx.`,
  notWorkbook: (f) =>
    `The file "${f}" is not an Excel workbook (.xlsx): it may have been renamed. Open the original in Excel and save it as .xlsx.`,
  corrupt: (f) =>
    `The file "${f}" is damaged and cannot be read: open it in Excel (which may repair it) and save it, or ask for it again.`,
  notFound: (f) => `The file "${f}" was not found.`,
  unreadable: (f) => `The file "${f}" could not be read: open it in Excel, save it as .xlsx and try again.`,
  noData: (f) =>
    `The file "${f}" holds no data: every sheet is empty. Ask for the report again (the wrong file may have been sent).`,
  skipped: (f) => `Skipped "${f}": not an Excel .xlsx file.`,
  ownOutput: (f) => `Skipped "${f}": a summary written by annex (unchanged since), not a unit's report.`,
  ownSheetsOnly: (f) =>
    `The file "${f}" holds only sheets written by annex (summary, data, findings), edited since, so it is not read as a unit's report: copy the tasks into a new sheet (or ask for the unit's annex) and run again.`,
};

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${bytes} byte`;
}

/** The user-facing sentence for a file problem; `limitBytes` is the limit `tooLarge` or `memoryLimit` names. */
export function fileProblemMessage(problem: FileProblem, file: string, lang: Lang, limitBytes = 0): string {
  return (lang === "en" ? EN : VI)[problem](file, megabytes(limitBytes));
}
