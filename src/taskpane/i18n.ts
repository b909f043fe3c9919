/**
 * The task pane's own words, Vietnamese first. Finding messages, severity and field labels come from the
 * core catalogue (src/core/messages.ts); this file holds only the pane's chrome.
 */
import type { Lang } from "../core/report-types";
import type { HostErrorKind } from "../office/host";

/** The Office adapter's sentences in English (it words its errors in Vietnamese, see office/errors.ts). */
const EN_HOST_ERRORS: Readonly<Record<HostErrorKind, string>> = {
  cellEditMode: "Excel is editing a cell. Press Esc, then try again.",
  protected:
    "The sheet is protected, so nothing can be written. Unprotect it (Review → Unprotect Sheet), then try again.",
  sheetNotFound:
    "The sheet was not found (it may have been renamed or deleted). Reload the list, then try again.",
  payloadTooLarge: "Too much data for one Excel write. Split the sheet, then try again.",
  notSupported: "This version of Excel does not support this. Update Excel or use Excel on the web.",
  busy: "Excel is busy. Wait a moment, then try again.",
  unknown: "Excel reported an error while doing this.",
};

/** write-plans.ts words a workbook (not sheet) protection as a "protected" error of its own. */
const EN_STRUCTURE_PROTECTED =
  "The workbook's structure is protected, so no sheet can be added. Unprotect it (Review → Protect Workbook), then try again.";

export const vi = {
  appTitle: "Phụ lục nhiệm vụ",
  tabs: { annex: "Phụ lục", validate: "Kiểm tra", consolidate: "Tổng hợp", settings: "Cài đặt" },
  busy: "Đang xử lý…",
  done: "Xong.",
  errorTitle: "Không thực hiện được",
  tabCrashed: "Thẻ này gặp lỗi không mong muốn. Hãy mở lại thẻ hoặc tải lại phần bổ trợ.",
  retry: "Thử lại",
  dismiss: "Đóng",
  /** An Excel failure: the adapter's own (Vietnamese) sentence, which may name the file or column. */
  hostError: (_kind: HostErrorKind, message: string, _code?: string): string => message,
  errors: {
    noActiveSheet: "Không đọc được trang tính đang mở.",
    sourceMissing: "Trang tính nguồn đã bị đổi tên hoặc xóa; hãy bấm Đọc lại. Trang tính:",
    noTable: "Không tìm thấy bảng nhiệm vụ với các cột đã chọn.",
    badSettings: "Cài đặt chưa hợp lệ (thẻ Cài đặt):",
    notWorkbook:
      "Chỉ thêm được tệp Excel .xlsx (tệp .xls, .ods, .csv: mở bằng Excel rồi lưu thành .xlsx trước).",
  },
  validate: {
    intro: "Kiểm tra từng dòng nhiệm vụ của trang tính đang mở: cơ quan chủ trì, phối hợp, thời gian.",
    run: "Kiểm tra trang tính",
    highlight: "Đánh dấu",
    clear: "Xóa đánh dấu",
    dropdowns: "Thêm danh sách chọn",
    sheet: "Trang tính",
    unit: "Đơn vị",
    unitUnknown: "(chưa xác định)",
    tasks: "Số nhiệm vụ",
    noFindings: "Không có vấn đề nào. Bảng hợp lệ.",
    emptySheet: "Trang tính trống.",
    row: (row: number) => `Dòng ${row}`,
    wholeSheet: "Toàn trang tính",
    findingsList: "Danh sách vấn đề",
    showing: (shown: number, total: number) => `Đang hiện ${shown}/${total} vấn đề.`,
    showMore: (n: number) => `Hiện thêm ${n} vấn đề`,
    goTo: (cell: string) => `Đến ô ${cell}`,
    checked: (n: number) => `Đã kiểm tra: ${n} vấn đề.`,
    highlighted: (n: number) => `Đã đánh dấu ${n} ô.`,
    highlightedSome: (n: number, total: number) =>
      `Đã đánh dấu ${n}/${total} ô (lỗi trước, rồi cảnh báo): đánh dấu nhiều hơn thì Excel không lưu được. Sửa bớt rồi kiểm tra lại.`,
    cleared: (n: number) => `Đã xóa đánh dấu ${n} ô.`,
    dropdownsAdded: (n: number) => `Đã thêm danh sách chọn cho ${n} cột.`,
    noTable: "Chưa nhận ra bảng nhiệm vụ nên chưa thêm được danh sách chọn.",
    selected: (cell: string) => `Đã chọn ô ${cell}.`,
    directoryFrom: (source: string) => `Danh mục cơ quan: ${source}`,
    directoryDefault: "mặc định",
    directoryProblems: "Trang tính danh mục cơ quan có chỗ chưa đọc được",
  },
  legacy: {
    title: (encoding: string) => `Chữ gõ bằng bảng mã cũ ${encoding}`,
    explain: (cells: number) =>
      `Khi kiểm tra, ${cells} ô này được đọc theo chữ Unicode đã chuyển mã. Bấm nút để ghi chữ Unicode vào chính các ô đó; các ô khác không đổi.`,
    convert: "Chuyển mã sang Unicode",
    converted: (cells: number, formulas: number) =>
      `Đã chuyển mã ${cells} ô sang Unicode và kiểm tra lại.${formulas > 0 ? ` ${formulas} ô chứa công thức được giữ nguyên.` : ""}`,
  },
  annex: {
    intro: "Tạo phụ lục chuẩn (Nghị định 30/2020/NĐ-CP) từ trang tính đang mở, vào một trang tính mới.",
    reload: "Đọc lại",
    create: "Tạo phụ lục",
    source: "Trang tính nguồn",
    mapping: "Cột của từng trường",
    mappingHint: "Kiểm tra cột đã nhận ra; chọn lại nếu sai.",
    none: "(không có)",
    confidence: (percent: number) => `Độ tin cậy khi nhận cột: ${percent}%`,
    noHeader: "Chưa nhận ra dòng tiêu đề bảng. Hãy chọn cột cho từng trường rồi bấm Tạo phụ lục.",
    annexLabel: "Dòng phụ lục",
    title: "Tiêu đề",
    attachedTo: "Dòng “Kèm theo…”",
    sheetName: "Tên trang tính mới",
    numbering: "Số thứ tự",
    keep: "Giữ nguyên",
    renumber: "Đánh số lại",
    created: (sheet: string) =>
      `Đã tạo phụ lục trong trang tính “${sheet}”. Trang tính nguồn không bị thay đổi.`,
    noTable: "Không tìm thấy bảng nhiệm vụ với các cột đã chọn.",
    notRead: "Chưa đọc trang tính.",
  },
  consolidate: {
    intro: "Chọn các trang tính báo cáo của đơn vị để tổng hợp. Trang tính nguồn không bị thay đổi.",
    refresh: "Đọc lại danh sách",
    addFiles: "Thêm tệp…",
    run: "Tổng hợp",
    sheets: "Trang tính báo cáo",
    noSheets: "Sổ làm việc chưa có trang tính báo cáo nào.",
    tasks: (n: number) => `${n} nhiệm vụ`,
    unitUnknown: "chưa rõ đơn vị",
    statusOk: "Hợp lệ",
    statusEmpty: "Trống",
    statusNoTable: "Không có bảng",
    statusProblems: (errors: number, warnings: number) => `${errors} lỗi, ${warnings} cảnh báo`,
    progress: (n: number) => `Đang tổng hợp ${n} trang tính…`,
    inserting: (name: string) => `Đang thêm tệp ${name}…`,
    inserted: (n: number) => `Đã thêm ${n} trang tính từ tệp.`,
    fileFailed: (name: string, message: string) => `Tệp “${name}”: ${message}`,
    filesFailed: "Một số tệp không thêm được",
    result: "Kết quả tổng hợp",
    units: "Đơn vị đã nộp",
    totalTasks: "Tổng số nhiệm vụ",
    errors: "Lỗi",
    warnings: "Cảnh báo",
    notSubmitted: "Chưa nộp",
    unreadable: "Không đọc được",
    none: "không có",
    written: (sheets: string) => `Đã ghi: ${sheets}.`,
    nothingTicked: "Hãy chọn ít nhất một trang tính.",
    selectAll: "Chọn tất cả",
    sheetMissing: "Không tìm thấy trang tính này trong sổ làm việc.",
  },
  resubmit: {
    title: "Đơn vị nộp nhiều bản",
    intro: "Mỗi đơn vị chỉ tính một bản. Bản nộp sau đã được chọn sẵn; chọn bản khác nếu cần.",
    unit: (unit: string) => `Bản được tính cho ${unit}`,
    dated: (day: string) => `ngày báo cáo ${day}`,
    undated: "không ghi ngày báo cáo",
    replaced: "Bản được thay thế (không tính)",
    replacedLine: (unit: string, kept: string, replaced: string) =>
      `${unit}: tính “${kept}”, thay cho ${replaced}`,
    rosterUnknown: "chưa rõ (danh mục cơ quan chưa ghi đơn vị nào phải nộp)",
  },
  settings: {
    intro: "Cài đặt được lưu trong sổ làm việc, để người khác mở tệp cũng có cùng kết quả.",
    period: "Kỳ kế hoạch",
    periodHint: "Một năm (2024) hoặc giai đoạn (2024-2030). Để trống: đọc từ tiêu đề phụ lục.",
    periodInvalid: "Kỳ kế hoạch phải là một năm (2024) hoặc giai đoạn (2024-2030).",
    asOf: "Ngày đối chiếu",
    asOfHint: "Dùng để xác định nhiệm vụ quá hạn. Để trống: hôm nay.",
    language: "Ngôn ngữ",
    save: "Lưu",
    saved: "Đã lưu cài đặt vào sổ làm việc.",
    openDirectory: "Mở danh mục cơ quan",
    directoryOpened: (sheet: string) => `Đã mở trang tính “${sheet}”.`,
    directoryCreated: (sheet: string) => `Đã tạo trang tính “${sheet}” với danh mục mặc định.`,
  },
};

export type Strings = typeof vi;

export const en: Strings = {
  appTitle: "Task annex",
  tabs: { annex: "Annex", validate: "Check", consolidate: "Consolidate", settings: "Settings" },
  busy: "Working…",
  done: "Done.",
  errorTitle: "Could not complete",
  tabCrashed: "This tab hit an unexpected error. Open the tab again or reload the add-in.",
  retry: "Try again",
  dismiss: "Close",
  hostError: (kind, message, code) => {
    if (kind === "protected" && message.includes("bảo vệ cấu trúc")) return EN_STRUCTURE_PROTECTED;
    if (kind !== "unknown") return EN_HOST_ERRORS[kind] ?? EN_HOST_ERRORS.unknown;
    if (code !== undefined) return `${EN_HOST_ERRORS.unknown} Error code: ${code}.`;
    // No Office code: the add-in's own failure; its text (after the adapter's lead-in) is for support.
    return `The add-in failed while doing this: ${message.slice(message.indexOf(": ") + 2)}`;
  },
  errors: {
    noActiveSheet: "Could not read the active sheet.",
    sourceMissing: "The source sheet was renamed or deleted; press Read again. Sheet:",
    noTable: "No task table found with the chosen columns.",
    badSettings: "The settings are not valid (Settings tab):",
    notWorkbook:
      "Only Excel .xlsx files can be added (a .xls, .ods or .csv file: open it in Excel and save it as .xlsx first).",
  },
  validate: {
    intro: "Check every task row of the active sheet: lead and supporting agencies, start and finish.",
    run: "Check sheet",
    highlight: "Highlight",
    clear: "Clear highlights",
    dropdowns: "Add dropdown lists",
    sheet: "Sheet",
    unit: "Unit",
    unitUnknown: "(not identified)",
    tasks: "Tasks",
    noFindings: "No problems found. The table is valid.",
    emptySheet: "The sheet is empty.",
    row: (row: number) => `Row ${row}`,
    wholeSheet: "Whole sheet",
    findingsList: "Problems",
    showing: (shown: number, total: number) => `Showing ${shown} of ${total} problems.`,
    showMore: (n: number) => `Show ${n} more`,
    goTo: (cell: string) => `Go to cell ${cell}`,
    checked: (n: number) => `Checked: ${n} problems.`,
    highlighted: (n: number) => `Highlighted ${n} cells.`,
    highlightedSome: (n: number, total: number) =>
      `Highlighted ${n} of ${total} cells (errors first, then warnings): Excel cannot store more. Fix some, then check again.`,
    cleared: (n: number) => `Cleared highlights from ${n} cells.`,
    dropdownsAdded: (n: number) => `Added dropdown lists to ${n} columns.`,
    noTable: "No task table was recognised, so no dropdown lists were added.",
    selected: (cell: string) => `Selected cell ${cell}.`,
    directoryFrom: (source: string) => `Agency directory: ${source}`,
    directoryDefault: "default",
    directoryProblems: "Parts of the agency directory sheet could not be read",
  },
  legacy: {
    title: (encoding: string) => `Text typed in the legacy ${encoding} encoding`,
    explain: (cells: number) =>
      `The check reads these ${cells} cells as the converted Unicode text. Press the button to write the Unicode text into those cells; no other cell changes.`,
    convert: "Convert to Unicode",
    converted: (cells: number, formulas: number) =>
      `Converted ${cells} cells to Unicode and checked again.${formulas > 0 ? ` ${formulas} cells holding a formula were left as they are.` : ""}`,
  },
  annex: {
    intro: "Build the official annex (Decree 30/2020/NĐ-CP) from the active sheet, on a new sheet.",
    reload: "Read again",
    create: "Create annex",
    source: "Source sheet",
    mapping: "Column of each field",
    mappingHint: "Check the detected columns; pick another one if wrong.",
    none: "(none)",
    confidence: (percent: number) => `Column detection confidence: ${percent}%`,
    noHeader: "No table header was recognised. Pick the column of each field, then Create annex.",
    annexLabel: "Annex line",
    title: "Title",
    attachedTo: "“Attached to…” line",
    sheetName: "New sheet name",
    numbering: "Numbering",
    keep: "Keep as is",
    renumber: "Renumber",
    created: (sheet: string) => `Created the annex on sheet “${sheet}”. The source sheet was not changed.`,
    noTable: "No task table found with the chosen columns.",
    notRead: "The sheet has not been read yet.",
  },
  consolidate: {
    intro: "Tick the units' report sheets to consolidate. Source sheets are not changed.",
    refresh: "Reload list",
    addFiles: "Add files…",
    run: "Consolidate",
    sheets: "Report sheets",
    noSheets: "The workbook has no report sheets yet.",
    tasks: (n: number) => `${n} tasks`,
    unitUnknown: "unit not identified",
    statusOk: "Valid",
    statusEmpty: "Empty",
    statusNoTable: "No table",
    statusProblems: (errors: number, warnings: number) => `${errors} errors, ${warnings} warnings`,
    progress: (n: number) => `Consolidating ${n} sheets…`,
    inserting: (name: string) => `Adding file ${name}…`,
    inserted: (n: number) => `Added ${n} sheets from files.`,
    fileFailed: (name: string, message: string) => `File “${name}”: ${message}`,
    filesFailed: "Some files could not be added",
    result: "Consolidation result",
    units: "Units submitted",
    totalTasks: "Total tasks",
    errors: "Errors",
    warnings: "Warnings",
    notSubmitted: "Not submitted",
    unreadable: "Unreadable",
    none: "none",
    written: (sheets: string) => `Written: ${sheets}.`,
    nothingTicked: "Tick at least one sheet.",
    selectAll: "Select all",
    sheetMissing: "This sheet is no longer in the workbook.",
  },
  resubmit: {
    title: "Units that submitted more than once",
    intro: "Only one submission counts per unit. The later one is selected; choose another if needed.",
    unit: (unit: string) => `Counted for ${unit}`,
    dated: (day: string) => `report dated ${day}`,
    undated: "no report date",
    replaced: "Replaced (not counted)",
    replacedLine: (unit: string, kept: string, replaced: string) =>
      `${unit}: “${kept}” counts, replacing ${replaced}`,
    rosterUnknown: "unknown (the agency directory marks no unit as required to submit)",
  },
  settings: {
    intro: "Settings are stored in the workbook, so a colleague opening the file gets the same results.",
    period: "Plan period",
    periodHint: "A year (2024) or a period (2024-2030). Empty: read from the annex title.",
    periodInvalid: "The plan period must be a year (2024) or a period (2024-2030).",
    asOf: "As-of date",
    asOfHint: "Used to decide which tasks are overdue. Empty: today.",
    language: "Language",
    save: "Save",
    saved: "Settings saved in the workbook.",
    openDirectory: "Open agency directory",
    directoryOpened: (sheet: string) => `Opened sheet “${sheet}”.`,
    directoryCreated: (sheet: string) => `Created sheet “${sheet}” with the default directory.`,
  },
};

/** Language names are shown in their own language, so a user can find theirs. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { vi: "Tiếng Việt", en: "English" };

export const STRINGS: Readonly<Record<Lang, Strings>> = { vi, en };
