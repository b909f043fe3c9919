/**
 * The web page's own words, Vietnamese first. Finding messages, severities and file problems come from the
 * same catalogues as the add-in and the CLI; this file holds only the page's chrome.
 */
import type { Lang } from "../core/report-types";

export const vi = {
  title: "Phụ lục nhiệm vụ — bản dùng trên trình duyệt",
  intro:
    "Dành cho máy không chạy được phần bổ trợ (Office 2013–2019, WPS, LibreOffice): chọn các tệp Excel .xlsx để kiểm tra, dựng phụ lục hoặc tổng hợp. Mọi việc chạy ngay trên máy này; tệp không được gửi đi đâu.",
  language: "English",
  languageLabel: "Switch to English",
  tabs: { check: "Kiểm tra", annex: "Phụ lục", summary: "Tổng hợp" },
  files: {
    title: "Tệp đã chọn",
    drop: "Kéo thả các tệp .xlsx hoặc cả thư mục vào đây",
    pick: "Chọn tệp…",
    pickFolder: "Chọn thư mục…",
    clear: "Bỏ hết",
    remove: (name: string) => `Bỏ tệp ${name}`,
    none: "Chưa chọn tệp nào.",
    count: (n: number) => `${n} tệp`,
    skipped: (names: readonly string[]) =>
      `Bỏ qua ${names.length} tệp không phải .xlsx: ${names.slice(0, 5).join(", ")}${names.length > 5 ? "…" : ""}`,
    unreadable: (name: string) => `Không đọc được tệp "${name}" từ máy (trình duyệt từ chối).`,
  },
  settings: {
    period: "Năm hoặc giai đoạn kế hoạch",
    periodHint: "Để trống: đọc từ tiêu đề trang tính. Ví dụ 2024 hoặc 2026-2030.",
    asOf: "Ngày tính quá hạn",
    asOfHint: "Để trống: hôm nay.",
  },
  busy: "Đang xử lý…",
  errorTitle: "Không thực hiện được",
  needFiles: "Hãy chọn ít nhất một tệp .xlsx trước.",
  unexpected: (detail: string) => `Lỗi không mong muốn: ${detail}. Các tệp của bạn không bị thay đổi.`,
  check: {
    run: "Kiểm tra các tệp",
    done: (sheets: number, findings: number) => `Đã kiểm tra ${sheets} trang tính: ${findings} vấn đề.`,
    problems: "Tệp không kiểm tra được",
    notes: "Ghi chú",
    directoryFrom: (file: string | undefined) =>
      file ? `Danh mục cơ quan lấy từ tệp "${file}".` : "Danh mục cơ quan: danh mục mặc định.",
    sheetHeading: (file: string, sheet: string) => `${file} › ${sheet}`,
    unit: (unit: string | undefined) => `Đơn vị: ${unit ?? "(chưa xác định)"}`,
    tasks: (n: number) => `${n} nhiệm vụ`,
    findings: "Danh sách vấn đề",
    filter: "Lọc theo mức độ",
    search: "Tìm trong nội dung vấn đề",
    noFindings: "Không có vấn đề nào.",
    noneMatch: "Không có vấn đề nào khớp bộ lọc.",
    row: (row: number) => `Dòng ${row}`,
    wholeSheet: "Toàn trang tính",
    showing: (shown: number, total: number) => `Đang hiện ${shown}/${total} vấn đề.`,
    showMore: (n: number) => `Hiện thêm ${n} vấn đề`,
  },
  annex: {
    run: "Dựng phụ lục",
    intro: "Mỗi tệp: phụ lục theo thể thức chuẩn từ trang tính đầu tiên có bảng nhiệm vụ.",
    done: (n: number) => `Đã dựng ${n} phụ lục.`,
    download: (file: string) => `Tải phụ lục của ${file} (.xlsx)`,
    from: (file: string, sheet: string) => `${file} › ${sheet}`,
  },
  summary: {
    run: "Tổng hợp",
    intro: "Kiểm tra và tổng hợp báo cáo của các đơn vị vào một tệp: Tổng hợp, Dữ liệu tổng hợp, Kiểm tra.",
    done: (units: number, tasks: number) => `Đã tổng hợp ${units} đơn vị, ${tasks} nhiệm vụ.`,
    download: "Tải tệp tổng hợp (.xlsx)",
    fileName: "tong-hop.xlsx",
    notSubmitted: (names: readonly string[]) => `Chưa nộp: ${names.join(", ")}`,
  },
  preview: {
    label: (sheet: string) => `Xem trước trang tính "${sheet}"`,
    more: (shown: number, total: number) => `Đang hiện ${shown}/${total} dòng; tệp tải về có đủ.`,
  },
};

export type AppText = typeof vi;

export const en: AppText = {
  title: "Task annex — browser edition",
  intro:
    "For computers that cannot run the add-in (Office 2013–2019, WPS, LibreOffice): pick .xlsx workbooks to check, build annexes or consolidate. Everything runs on this computer; no file is sent anywhere.",
  language: "Tiếng Việt",
  languageLabel: "Chuyển sang tiếng Việt",
  tabs: { check: "Check", annex: "Annex", summary: "Summary" },
  files: {
    title: "Picked files",
    drop: "Drop .xlsx files or whole folders here",
    pick: "Pick files…",
    pickFolder: "Pick a folder…",
    clear: "Remove all",
    remove: (name) => `Remove ${name}`,
    none: "No file picked yet.",
    count: (n) => `${n} file${n === 1 ? "" : "s"}`,
    skipped: (names) =>
      `Skipped ${names.length} file(s) that are not .xlsx: ${names.slice(0, 5).join(", ")}${names.length > 5 ? "…" : ""}`,
    unreadable: (name) => `Could not read "${name}" from the computer (the browser refused).`,
  },
  settings: {
    period: "Plan year or period",
    periodHint: "Empty: read from the sheet title. E.g. 2024 or 2026-2030.",
    asOf: "Overdue as of",
    asOfHint: "Empty: today.",
  },
  busy: "Working…",
  errorTitle: "Could not do this",
  needFiles: "Pick at least one .xlsx file first.",
  unexpected: (detail) => `Unexpected error: ${detail}. Your files were not changed.`,
  check: {
    run: "Check the files",
    done: (sheets, findings) => `Checked ${sheets} sheet(s): ${findings} finding(s).`,
    problems: "Files that could not be checked",
    notes: "Notes",
    directoryFrom: (file) =>
      file ? `Agency directory from "${file}".` : "Agency directory: the default one.",
    sheetHeading: (file, sheet) => `${file} › ${sheet}`,
    unit: (unit) => `Unit: ${unit ?? "(not identified)"}`,
    tasks: (n) => `${n} task${n === 1 ? "" : "s"}`,
    findings: "Findings",
    filter: "Filter by severity",
    search: "Search the findings",
    noFindings: "No findings.",
    noneMatch: "No finding matches the filter.",
    row: (row) => `Row ${row}`,
    wholeSheet: "Whole sheet",
    showing: (shown, total) => `Showing ${shown} of ${total} findings.`,
    showMore: (n) => `Show ${n} more`,
  },
  annex: {
    run: "Build annexes",
    intro: "For each file: the official annex of its first sheet with a task table.",
    done: (n) => `Built ${n} annex(es).`,
    download: (file) => `Download the annex of ${file} (.xlsx)`,
    from: (file, sheet) => `${file} › ${sheet}`,
  },
  summary: {
    run: "Consolidate",
    intro:
      "Check and consolidate the units' reports into one workbook: Tổng hợp, Dữ liệu tổng hợp, Kiểm tra.",
    done: (units, tasks) => `Consolidated ${units} unit(s), ${tasks} task(s).`,
    download: "Download the summary (.xlsx)",
    fileName: "tong-hop.xlsx",
    notSubmitted: (names) => `Not submitted: ${names.join(", ")}`,
  },
  preview: {
    label: (sheet) => `Preview of sheet "${sheet}"`,
    more: (shown, total) => `Showing ${shown} of ${total} rows; the download has them all.`,
  },
};

export const APP_TEXT: Readonly<Record<Lang, AppText>> = { vi, en };
