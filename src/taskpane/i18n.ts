/**
 * The task pane's own words, Vietnamese first. Finding messages, severity and field labels come from the
 * core catalogue (src/core/messages.ts); this file holds only the pane's chrome.
 */
import type { Lang } from "../core/report-types";
import type { OwnerKind } from "../core/owner-marker";
import type { HostErrorKind } from "../office/host";

/** The add-in's own sheets, named as a clerk would say them. */
const VI_OWNED: Readonly<Record<OwnerKind, string>> = {
  annex: "trang tính phụ lục",
  summary: "trang tính tổng hợp",
  data: "trang tính dữ liệu tổng hợp",
  findings: "trang tính kết quả kiểm tra",
  directory: "trang tính danh mục cơ quan",
  changes: "trang tính thay đổi so với lần tổng hợp trước",
  feedback: "trang tính phản hồi cho đơn vị",
  example: "trang tính báo cáo mẫu",
};

const EN_OWNED: Readonly<Record<OwnerKind, string>> = {
  annex: "an annex sheet",
  summary: "the summary sheet",
  data: "the consolidated data sheet",
  findings: "the findings sheet",
  directory: "the agency directory sheet",
  changes: "the changes sheet",
  feedback: "a unit's feedback sheet",
  example: "the sample report sheet",
};

/** The Office adapter's sentences in English (it words its errors in Vietnamese, see office/errors.ts). */
const EN_HOST_ERRORS: Readonly<Record<HostErrorKind, string>> = {
  cellEditMode:
    "Excel is still editing a cell. Press Enter to finish it (what you typed is kept), then try again.",
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
  unsupported: (version: string) =>
    `Phiên bản Excel này chưa dùng được phần bổ trợ: cần Excel hỗ trợ bộ lệnh ExcelApi ${version} (Microsoft 365, Excel 2021 trở lên, hoặc Excel trên web). Hãy cập nhật Excel, hoặc mở tệp bằng Excel trên web.`,
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
    noReportingUnits:
      'Danh mục cơ quan không có đơn vị nào "Phải nộp" báo cáo, nên không có mẫu báo cáo nào để tạo.',
    directoryUnreadable:
      "Chưa thêm được tên: trang tính danh mục cơ quan của sổ làm việc chưa đọc được (xem các chỗ chưa đọc được bên dưới). Hãy sửa trang tính đó trước. Trang tính:",
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
    where: (row: number, cell?: string) => (cell ? `Dòng ${row} · ô ${cell}` : `Dòng ${row}`),
    filterLabel: "Hiện theo mức độ",
    applyOne: (to: string) => `Sửa ô này thành “${to}”`,
    applyAll: (n: number, to: string) => `Sửa cả ${n} ô như vậy thành “${to}”`,
    applied: (n: number, to: string) =>
      n === 0
        ? "Ô đã được sửa khác đi từ lần kiểm tra trước nên không đổi gì; danh sách đã được kiểm tra lại."
        : `Đã sửa ${n} ô thành “${to}” và kiểm tra lại các dòng đó.`,
    rechecked: (rows: readonly number[], n: number) =>
      `Đã kiểm tra lại ${rows.length <= 5 ? `dòng ${rows.join(", ")}` : `${rows.length} dòng`} vừa sửa: trang tính còn ${n} vấn đề.`,
    recheckedSheet: (n: number) =>
      `Có dòng hoặc cột được thêm, xóa (hoặc sửa nhiều ô một lúc): đã kiểm tra lại cả trang tính, còn ${n} vấn đề.`,
    watching:
      "Dòng nào được sửa trên trang tính này thì được kiểm tra lại ngay. Ô tự đổi do công thức, gộp hoặc bỏ gộp ô, sửa danh mục cơ quan hay cài đặt: bấm Kiểm tra trang tính để kiểm tra lại.",
    watchFailed:
      "Không theo dõi được việc sửa trên trang tính này; sau khi sửa, hãy bấm Kiểm tra trang tính.",
    addName: "Thêm tên này vào Danh mục cơ quan",
    addNameAsk: (name: string) =>
      `Sổ làm việc chưa có trang tính “Danh mục cơ quan” (đang dùng danh mục mặc định). Thêm trang tính này, gồm danh mục mặc định, các tên cơ quan trong bảng đang kiểm tra mà phần bổ trợ đã nhận ra, và tên “${name}”? Từ đó chỉ các tên có trong trang tính này mới được coi là có trong danh mục; trang tính do phần bổ trợ quản lý, có thể sửa, thêm tên cơ quan ở đó.`,
    addNameCreate: "Thêm trang tính và tên này",
    nameAdded: (name: string, sheet: string, row: number, n: number) =>
      `Đã thêm “${name}” vào trang tính “${sheet}” (dòng ${row}) và kiểm tra lại: trang tính còn ${n} vấn đề.`,
    nameAddedWithDirectory: (name: string, sheet: string, n: number) =>
      `Đã thêm trang tính “${sheet}” (danh mục mặc định, do phần bổ trợ quản lý) có tên “${name}”, và kiểm tra lại: trang tính còn ${n} vấn đề.`,
    filterAll: (n: number) => `Tất cả (${n})`,
    findingsList: "Danh sách vấn đề",
    showing: (shown: number, total: number) => `Đang hiện ${shown}/${total} vấn đề.`,
    showMore: (n: number) => `Hiện thêm ${n} vấn đề`,
    goTo: (cell: string) => `Đến ô ${cell}`,
    checked: (sheet: string, n: number) =>
      n === 0
        ? `Đã kiểm tra trang tính “${sheet}”: không có vấn đề nào.`
        : `Đã kiểm tra trang tính “${sheet}”: có ${n} vấn đề cần xem.`,
    ownedSheet: (sheet: string, owner: OwnerKind) =>
      `“${sheet}” là ${VI_OWNED[owner]} do phần bổ trợ tạo ra, không phải báo cáo nhiệm vụ, nên không kiểm tra. Hãy mở trang tính báo cáo của đơn vị rồi bấm Kiểm tra trang tính.`,
    directoryAsk:
      "Danh sách cơ quan quá dài để ghi thẳng vào ô. Thêm trang tính “Danh mục cơ quan” vào sổ làm việc để làm nguồn cho danh sách chọn? Trang tính này do phần bổ trợ quản lý; có thể sửa, thêm tên cơ quan ở đó.",
    directoryAdd: "Thêm trang tính và danh sách chọn",
    cancel: "Hủy",
    dropdownsCancelled: "Chưa thêm danh sách chọn.",
    highlighted: (n: number) => `Đã đánh dấu ${n} ô.`,
    highlightedSome: (n: number, total: number) =>
      `Đã đánh dấu ${n}/${total} ô (lỗi trước, rồi cảnh báo): đánh dấu nhiều hơn thì Excel không lưu được. Sửa bớt rồi kiểm tra lại.`,
    cleared: (n: number) => `Đã xóa đánh dấu ${n} ô.`,
    dropdownsAdded: (n: number) =>
      `Đã thêm danh sách chọn cho ${n} cột. Vẫn gõ được giá trị khác danh sách (ví dụ “Trước 20/12/2024”).`,
    dropdownsAddedWithDirectory: (n: number, sheet: string) =>
      `Đã thêm trang tính “${sheet}” (danh mục cơ quan, do phần bổ trợ quản lý) và danh sách chọn cho ${n} cột.`,
    noTable: "Chưa nhận ra bảng nhiệm vụ nên chưa thêm được danh sách chọn.",
    selected: (cell: string) => `Đã chọn ô ${cell}.`,
    directoryFrom: (source: string) => `Danh mục cơ quan: ${source}`,
    directoryDefault: "mặc định",
    directoryProblems: "Trang tính danh mục cơ quan có chỗ chưa đọc được",
  },
  example: {
    offer:
      "Sổ làm việc này chưa có bảng nhiệm vụ nào. Mở một báo cáo mẫu của phường để thử các chức năng (Phụ lục, Kiểm tra, Tổng hợp)?",
    open: "Mở ví dụ",
    opened: (sheet: string) =>
      `Đã mở báo cáo mẫu trong trang tính “${sheet}”. Báo cáo có vài chỗ sai thường gặp: thử Kiểm tra trang tính, Tạo phụ lục hoặc Tổng hợp trên trang tính này. Bấm Mở ví dụ lần nữa để mở lại bản gốc.`,
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
    noHeader: "Chưa nhận ra dòng tiêu đề bảng. Hãy chọn cột cho từng trường rồi bấm Tạo phụ lục.",
    annexLabel: "Dòng phụ lục",
    title: "Tiêu đề",
    attachedTo: "Dòng “Kèm theo…”",
    sheetName: "Tên trang tính mới",
    numbering: "Số thứ tự",
    keep: "Giữ nguyên",
    renumber: "Đánh số lại",
    created: (sheet: string, source: string) =>
      `Đã tạo phụ lục trong trang tính “${sheet}” từ trang tính “${source}”. Trang tính nguồn không bị thay đổi.`,
    switched: (source: string) =>
      `Trang tính đang mở là “${source}”, không phải trang tính của biểu mẫu: đã dùng “${source}” với cột và tiêu đề nhận ra từ chính nó (biểu mẫu nay hiện trang tính này).`,
    noTable: "Không tìm thấy bảng nhiệm vụ với các cột đã chọn.",
    notRead: "Chưa đọc trang tính.",
  },
  consolidate: {
    intro: "Chọn các trang tính báo cáo của đơn vị để tổng hợp. Trang tính nguồn không bị thay đổi.",
    refresh: "Đọc lại danh sách",
    addFiles: "Thêm tệp…",
    run: "Tổng hợp",
    feedback: "Kèm phiếu phản hồi cho từng đơn vị (mỗi đơn vị một trang tính, để in và gửi)",
    sheets: "Trang tính báo cáo",
    noSheets: "Sổ làm việc chưa có trang tính báo cáo nào.",
    tasks: (n: number) => `${n} nhiệm vụ`,
    unitUnknown: "chưa rõ đơn vị",
    statusOk: "Hợp lệ",
    statusEmpty: "Trống",
    statusNoTable: "Không có bảng",
    statusBlankTemplate: "Mẫu chưa điền",
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
    makeTemplates: "Tạo mẫu báo cáo từ kế hoạch đang mở",
    makingTemplates: "Đang tạo mẫu báo cáo cho từng đơn vị…",
    templatesMade: (n: number, skipped: number) =>
      `Đã tạo ${n} trang mẫu báo cáo, mỗi đơn vị phải nộp một trang (nhiệm vụ đã khóa, ô màu vàng để đơn vị điền).` +
      (skipped > 0 ? ` ${skipped} đơn vị không có nhiệm vụ nào trong kế hoạch nên không có mẫu.` : "") +
      " Để gửi: bấm chuột phải vào tên trang tính → Di chuyển hoặc Sao chép… → (sách mới), lưu tệp rồi gửi cho đơn vị." +
      " Khi đơn vị gửi lại, dùng Thêm tệp… rồi Tổng hợp: báo cáo được đọc theo mã từng nhiệm vụ.",
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
    asOfHint: "Ngày/tháng/năm, ví dụ 31/12/2024. Dùng để xác định nhiệm vụ quá hạn. Để trống: hôm nay.",
    asOfInvalid: "Ngày đối chiếu phải có dạng ngày/tháng/năm, ví dụ 31/12/2024.",
    dueSoon: "Sắp đến hạn (số ngày)",
    dueSoonHint: "Nhiệm vụ chưa hoàn thành còn hạn trong số ngày này được tính là sắp đến hạn. Để trống: 7.",
    dueSoonInvalid: "Số ngày phải là số nguyên từ 0 đến 365.",
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
  unsupported: (version: string) =>
    `This version of Excel cannot run the add-in: it needs Excel with the ExcelApi ${version} requirement set (Microsoft 365, Excel 2021 or later, or Excel on the web). Update Excel, or open the file in Excel on the web.`,
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
    noReportingUnits:
      'The agency directory marks no unit as "Phải nộp" (must report), so there is no report template to make.',
    directoryUnreadable:
      "The name was not added: the workbook's agency directory sheet could not be read (see what could not be read below). Fix that sheet first. Sheet:",
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
    where: (row: number, cell?: string) => (cell ? `Row ${row} · cell ${cell}` : `Row ${row}`),
    filterLabel: "Show by severity",
    applyOne: (to: string) => `Change this cell to “${to}”`,
    applyAll: (n: number, to: string) => `Change all ${n} such cells to “${to}”`,
    applied: (n: number, to: string) =>
      n === 0
        ? "The cells were changed since the last check, so nothing was changed; the list was checked again."
        : `Changed ${n} ${n === 1 ? "cell" : "cells"} to “${to}” and checked those rows again.`,
    rechecked: (rows: readonly number[], n: number) =>
      `Checked the edited ${rows.length <= 5 ? `${rows.length === 1 ? "row" : "rows"} ${rows.join(", ")}` : `${rows.length} rows`} again: the sheet has ${n} ${n === 1 ? "problem" : "problems"} left.`,
    recheckedSheet: (n: number) =>
      `Rows or columns were added or deleted (or many cells changed at once): checked the whole sheet again, ${n} ${n === 1 ? "problem" : "problems"} left.`,
    watching:
      "Rows edited on this sheet are checked again at once. For cells a formula changed, merged or unmerged cells, or edits to the agency directory or the settings, press Check sheet.",
    watchFailed: "Edits on this sheet cannot be followed; after editing, press Check sheet.",
    addName: "Add this name to the agency directory",
    addNameAsk: (name: string) =>
      `The workbook has no “Danh mục cơ quan” (agency directory) sheet (the default directory is used). Add that sheet, with the default directory, the agency names of the checked sheet the add-in recognised, and the name “${name}”? From then on only the names on that sheet count as in the directory; the add-in manages that sheet, and agency names can be edited or added there.`,
    addNameCreate: "Add the sheet and this name",
    nameAdded: (name: string, sheet: string, row: number, n: number) =>
      `Added “${name}” to sheet “${sheet}” (row ${row}) and checked again: the sheet has ${n} ${n === 1 ? "problem" : "problems"} left.`,
    nameAddedWithDirectory: (name: string, sheet: string, n: number) =>
      `Added the sheet “${sheet}” (the default directory, managed by the add-in) with the name “${name}”, and checked again: the sheet has ${n} ${n === 1 ? "problem" : "problems"} left.`,
    filterAll: (n: number) => `All (${n})`,
    findingsList: "Problems",
    showing: (shown: number, total: number) => `Showing ${shown} of ${total} problems.`,
    showMore: (n: number) => `Show ${n} more`,
    goTo: (cell: string) => `Go to cell ${cell}`,
    checked: (sheet: string, n: number) =>
      n === 0
        ? `Checked sheet “${sheet}”: no problems found.`
        : `Checked sheet “${sheet}”: ${n} ${n === 1 ? "problem" : "problems"} to look at.`,
    ownedSheet: (sheet: string, owner: OwnerKind) =>
      `“${sheet}” is ${EN_OWNED[owner]} the add-in made, not a task report, so it is not checked. Open a unit's report sheet, then press Check sheet.`,
    directoryAsk:
      "The list of agencies is too long to store in the cells. Add a “Danh mục cơ quan” (agency directory) sheet to the workbook as the source of the dropdown lists? The add-in manages that sheet; agency names can be edited or added there.",
    directoryAdd: "Add the sheet and the lists",
    cancel: "Cancel",
    dropdownsCancelled: "No dropdown lists were added.",
    highlighted: (n: number) => `Highlighted ${n} cells.`,
    highlightedSome: (n: number, total: number) =>
      `Highlighted ${n} of ${total} cells (errors first, then warnings): Excel cannot store more. Fix some, then check again.`,
    cleared: (n: number) => `Cleared highlights from ${n} cells.`,
    dropdownsAdded: (n: number) =>
      `Added dropdown lists to ${n} columns. Other values can still be typed (such as “Trước 20/12/2024”).`,
    dropdownsAddedWithDirectory: (n: number, sheet: string) =>
      `Added the sheet “${sheet}” (the agency directory, managed by the add-in) and dropdown lists to ${n} columns.`,
    noTable: "No task table was recognised, so no dropdown lists were added.",
    selected: (cell: string) => `Selected cell ${cell}.`,
    directoryFrom: (source: string) => `Agency directory: ${source}`,
    directoryDefault: "default",
    directoryProblems: "Parts of the agency directory sheet could not be read",
  },
  example: {
    offer:
      "This workbook has no task table yet. Open a ward's sample report to try the add-in (Annex, Check, Consolidate)?",
    open: "Open the example",
    opened: (sheet: string) =>
      `Opened the sample report on sheet “${sheet}”. It has a few common mistakes: try Check sheet, Create annex or Consolidate on it. Press Open the example again to get the original back.`,
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
    noHeader: "No table header was recognised. Pick the column of each field, then Create annex.",
    annexLabel: "Annex line",
    title: "Title",
    attachedTo: "“Attached to…” line",
    sheetName: "New sheet name",
    numbering: "Numbering",
    keep: "Keep as is",
    renumber: "Renumber",
    created: (sheet: string, source: string) =>
      `Created the annex on sheet “${sheet}” from sheet “${source}”. The source sheet was not changed.`,
    switched: (source: string) =>
      `The sheet open now is “${source}”, not the form's: “${source}” was used, with the columns and title read from it (the form now shows that sheet).`,
    noTable: "No task table found with the chosen columns.",
    notRead: "The sheet has not been read yet.",
  },
  consolidate: {
    intro: "Tick the units' report sheets to consolidate. Source sheets are not changed.",
    refresh: "Reload list",
    addFiles: "Add files…",
    run: "Consolidate",
    feedback: "Also a feedback sheet for each unit (one sheet per unit, to print and send)",
    sheets: "Report sheets",
    noSheets: "The workbook has no report sheets yet.",
    tasks: (n: number) => `${n} tasks`,
    unitUnknown: "unit not identified",
    statusOk: "Valid",
    statusEmpty: "Empty",
    statusNoTable: "No table",
    statusBlankTemplate: "Blank template",
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
    makeTemplates: "Make report templates from the open plan",
    makingTemplates: "Making each unit's report template…",
    templatesMade: (n: number, skipped: number) =>
      `Made ${n} report template sheets, one per unit that must report (tasks locked, yellow cells for the unit).` +
      (skipped > 0 ? ` ${skipped} units have no task in the plan, so no template.` : "") +
      " To send one: right-click the sheet tab → Move or Copy… → (new book), save the file and send it to the unit." +
      " When it comes back, use Add files… then Consolidate: the report is read by each task's id.",
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
    asOfHint: "Day/month/year, e.g. 31/12/2024. Used to decide which tasks are overdue. Empty: today.",
    asOfInvalid: "The as-of date must be day/month/year, e.g. 31/12/2024.",
    dueSoon: "Due soon (days)",
    dueSoonHint: "Unfinished tasks due within this many days count as due soon. Empty: 7.",
    dueSoonInvalid: "The number of days must be a whole number from 0 to 365.",
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
