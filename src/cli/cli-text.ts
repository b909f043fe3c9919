/** The CLI's own sentences (usage, headings, totals) in Vietnamese and English. */
import type { Lang } from "../core/report-types";

export const USAGE: Readonly<Record<Lang, string>> = {
  vi: `Cách dùng:
  annex validate [tùy chọn] <tệp-hoặc-thư-mục>...
      Kiểm tra các phụ lục nhiệm vụ trong tệp .xlsx (thư mục: mọi tệp .xlsx bên trong).
  annex format <tệp.xlsx> [--sheet TÊN] -o <phu-luc.xlsx> [--year YYYY] [--lang vi|en]
      Dựng phụ lục theo thể thức chuẩn từ một trang tính, ghi ra tệp mới.
  annex consolidate [tùy chọn] <tệp-hoặc-thư-mục>... -o <tong-hop.xlsx>
      Kiểm tra và tổng hợp báo cáo của các đơn vị vào một tệp mới.
  annex templates <ke-hoach.xlsx> --directory TỆP -o <thư-mục> [--due YYYY-MM-DD]
      Tạo mẫu báo cáo cho từng đơn vị phải nộp, gồm các nhiệm vụ được giao.

Tùy chọn:
  --json                 In kết quả dạng JSON (một đối tượng duy nhất)
  --directory TỆP        Danh mục cơ quan lấy từ tệp này (trang "Danh mục cơ quan" hoặc trang đầu tiên)
  --year YYYY            Năm kế hoạch          --period YYYY-YYYY   Giai đoạn kế hoạch
  --as-of YYYY-MM-DD     Ngày tính quá hạn (mặc định: hôm nay)
  --due-soon N           "Sắp đến hạn": còn hạn trong N ngày tới (mặc định: 7; consolidate)
  --lang vi|en           Ngôn ngữ thông báo (mặc định: vi)
  -o, --output TỆP       Tệp kết quả (format, consolidate)
  --sheet TÊN            Trang tính cần dựng (format)
  --plan TỆP             Kế hoạch đã dùng để tạo mẫu (consolidate: nhận ra mẫu cũ, mẫu của kế hoạch khác)
  --feedback THƯ-MỤC     Ghi tệp phản hồi cho từng đơn vị (validate, consolidate)
  --previous TỆP         Bản tổng hợp trước, hoặc báo cáo trước của đơn vị: thêm trang "Thay đổi"
  --due YYYY-MM-DD       Hạn gửi báo cáo, ghi trong mẫu và thư nhắc
  --keep TỆP             Đơn vị nộp nhiều bản: tính bản trong tệp này (consolidate; mặc định: bản sau cùng)
  --title "TIÊU ĐỀ"      Tiêu đề phụ lục (format; mặc định: tiêu đề của trang tính nguồn)
  --kem-theo "…"         Dòng "(Kèm theo …)" (format), ví dụ "Kế hoạch số 12/KH-UBND ngày 05/3/2024"
  -h, --help             Hướng dẫn này

Mã thoát: 0 không có lỗi; 1 có lỗi cần sửa; 2 sai cách dùng hoặc có tệp không đọc được.
`,
  en: `Usage:
  annex validate [options] <file-or-folder>...
      Check the task annexes in .xlsx files (a folder: every .xlsx inside).
  annex format <file.xlsx> [--sheet NAME] -o <annex.xlsx> [--year YYYY] [--lang vi|en]
      Build the official annex from one sheet into a new file.
  annex consolidate [options] <file-or-folder>... -o <summary.xlsx>
      Check and consolidate the units' submissions into a new file.
  annex templates <plan.xlsx> --directory FILE -o <folder> [--due YYYY-MM-DD]
      Make a report template for each unit that must report, with the tasks assigned to it.

Options:
  --json                 Print the result as JSON (one object)
  --directory FILE       Agency directory from this file ("Danh mục cơ quan" sheet, or its first sheet)
  --year YYYY            Plan year             --period YYYY-YYYY   Plan period
  --as-of YYYY-MM-DD     Date for overdue tasks (default: today)
  --due-soon N           "Due soon": due within the next N days (default: 7; consolidate)
  --lang vi|en           Message language (default: vi)
  -o, --output FILE      Output file (format, consolidate)
  --sheet NAME           Sheet to build from (format)
  --plan FILE            The plan the templates were made from (consolidate: tells old or other templates)
  --feedback FOLDER      Write a feedback file for each unit (validate, consolidate)
  --previous FILE        The previous summary, or a unit's previous report: adds a "Thay đổi" sheet
  --due YYYY-MM-DD       The day reports are due, in templates and reminders
  --keep FILE            A unit that submitted more than once: count the one in FILE (consolidate; default: the latest)
  --title "TITLE"        The annex's title (format; default: the source sheet's title)
  --kem-theo "…"         The "(Kèm theo …)" line (format), e.g. "Kế hoạch số 12/KH-UBND ngày 05/3/2024"
  -h, --help             This help

Exit codes: 0 no errors; 1 errors to fix; 2 bad usage or an unreadable file.
`,
};

interface Texts {
  file: (name: string) => string;
  sheet: (name: string) => string;
  unit: (name: string | undefined) => string;
  tasks: (n: number) => string;
  header: (row: number, columns: string) => string;
  noHeader: string;
  period: (from: string, to: string, source: string) => string;
  periodSources: Readonly<Record<"options" | "title" | "asOf", string>>;
  row: (row: number) => string;
  sheetLevel: string;
  suggestion: string;
  clean: string;
  directoryProblem: (file: string, problem: string) => string;
  directoryFound: (file: string) => string;
  directoryOverridden: (file: string, given: string) => string;
  directoryIgnored: (file: string, used: string | undefined) => string;
  replacedSheet: (kept: string) => string;
  replacedHeading: string;
  replacedLine: (unit: string, kept: string, replaced: string, why: string) => string;
  replacedWhy: Readonly<Record<"reportDate" | "fileTime" | "order" | "chosen", string>>;
  keepUnknown: (file: string) => string;
  errorsHeading: string;
  setHeading: string;
  notesHeading: string;
  totals: (t: Totals) => string;
  runPeriod: (from: string, to: string, asOf: string) => string;
  verdict: Readonly<Record<0 | 1 | 2, string>>;
  verdictWriteFailed: string;
  written: (file: string) => string;
  /** A sheet cut at Excel's row limit: what is missing from it and where to find it. */
  rowsLeftOut: (sheet: string, count: number, limit: number) => string;
  usageError: (detail: string) => string;
  unknownCommand: (name: string) => string;
  unknownOption: (name: string) => string;
  optionNeedsValue: (name: string) => string;
  optionTakesNoValue: (name: string) => string;
  noInputs: string;
  needOutput: string;
  sameAsInput: (file: string) => string;
  sheetNotFound: (sheet: string, available: string) => string;
  noTable: (file: string) => string;
  writeFailed: (file: string, error: unknown) => string;
  ownSheetsSkipped: (file: string, sheets: readonly string[]) => string;
  formatOneInput: (inputs: readonly string[]) => string;
  findingsCapped: (left: number, limit: number) => string;
  optionValueMissing: (name: string, long: string) => string;
}

export interface Totals {
  readonly files: number;
  readonly sheets: number;
  readonly tasks: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly unreadable: number;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

const VI: Texts = {
  file: (name) => `Tệp: ${name}`,
  sheet: (name) => `Trang tính "${name}"`,
  unit: (name) => (name ? `đơn vị: ${name}` : "chưa nhận ra đơn vị"),
  tasks: (n) => `${n} nhiệm vụ`,
  header: (row, columns) => `Dòng tiêu đề bảng: ${row}; cột: ${columns}`,
  noHeader: "Không nhận ra dòng tiêu đề bảng.",
  period: (from, to, source) => `Kỳ kế hoạch ${from}–${to} (${source})`,
  periodSources: { options: "theo tùy chọn", title: "theo tiêu đề", asOf: "theo năm của ngày tính" },
  row: (row) => `Dòng ${row}:`,
  sheetLevel: "Toàn trang:",
  suggestion: "Gợi ý",
  clean: "Không có phát hiện nào.",
  directoryProblem: (file, problem) => `Danh mục cơ quan (${file}): ${problem}`,
  directoryFound: (file) =>
    `Danh mục cơ quan: dùng tệp ${file} (có trong các tệp đầu vào); tệp này không phải báo cáo của đơn vị.`,
  directoryOverridden: (file, given) =>
    `Tệp ${file} là danh mục cơ quan nhưng không dùng: đã chỉ --directory ${given}. Tệp này không phải báo cáo của đơn vị.`,
  directoryIgnored: (file, used) =>
    `Tệp ${file} là danh mục cơ quan nhưng không dùng${used ? `: đã dùng ${used}` : ""}. Tệp này không phải báo cáo của đơn vị.`,
  replacedSheet: (kept) => `Bản này đã được thay bằng ${kept}: không tính vào tổng hợp.`,
  replacedHeading: "Đơn vị nộp nhiều bản (chỉ tính một bản):",
  replacedLine: (unit, kept, replaced, why) => `${unit}: tính ${kept} (${why}); thay cho ${replaced}.`,
  replacedWhy: {
    reportDate: "ngày báo cáo muộn nhất",
    fileTime: "tệp được sửa sau cùng",
    order: "đứng sau cùng trong danh sách",
    chosen: "chọn bằng --keep",
  },
  keepUnknown: (file) => `--keep ${file}: tệp này không có trong các báo cáo đã đọc.`,
  errorsHeading: "Tệp không đọc được / không phải sổ làm việc:",
  setHeading: "Phát hiện của cả bộ báo cáo:",
  notesHeading: "Ghi chú:",
  totals: (t) =>
    `Tổng cộng: ${t.files} tệp, ${t.sheets} trang tính, ${t.tasks} nhiệm vụ; ${t.errors} lỗi, ${t.warnings} cảnh báo, ${t.infos} thông tin` +
    (t.unreadable > 0 ? `; ${t.unreadable} tệp không đọc được.` : "."),
  runPeriod: (from, to, asOf) => `Kỳ kế hoạch: ${from}–${to}; ngày tính: ${asOf}.`,
  verdict: {
    0: "Kết quả: không có lỗi (mã thoát 0).",
    1: "Kết quả: có lỗi cần sửa (mã thoát 1).",
    2: "Kết quả: có tệp không đọc được (mã thoát 2).",
  },
  verdictWriteFailed: "Kết quả: chưa ghi được tệp tổng hợp, xem lỗi bên dưới (mã thoát 2).",
  written: (file) => `Đã ghi: ${file}`,
  rowsLeftOut: (sheet, count, limit) =>
    `Trang "${sheet}" đầy: ${count} dòng không ghi được vì Excel chỉ chứa ${limit} dòng mỗi trang tính (dòng cuối của trang ghi rõ). Xem đầy đủ bằng --json, hoặc tổng hợp từng nhóm đơn vị.`,
  usageError: (detail) => `Sai cách dùng: ${detail}\nXem: annex --help`,
  unknownCommand: (name) => `lệnh "${name}" không có (validate, format, consolidate).`,
  unknownOption: (name) => `tùy chọn "${name}" không có.`,
  optionNeedsValue: (name) => `tùy chọn "${name}" cần một giá trị ngay sau nó.`,
  optionTakesNoValue: (name) => `tùy chọn "${name}" không nhận giá trị.`,
  noInputs: "cần ít nhất một tệp hoặc thư mục.",
  needOutput: "cần chỉ tệp kết quả bằng -o TỆP.",
  sameAsInput: (file) => `tệp kết quả "${file}" trùng với tệp đầu vào; tệp đầu vào không bao giờ bị ghi đè.`,
  sheetNotFound: (sheet, available) => `Không có trang tính "${sheet}". Các trang có: ${available}.`,
  noTable: (file) => `Không tìm thấy bảng nhiệm vụ (dòng tiêu đề STT, Nội dung…) trong "${file}".`,
  writeFailed: (file, error) => `Không ghi được tệp "${file}": ${writeReason(error, "vi")}`,
  ownSheetsSkipped: (file, sheets) =>
    `${file}: bỏ qua trang tính ${sheets.map((s) => `"${s}"`).join(", ")} do annex ghi (tổng hợp), không phải báo cáo của đơn vị.`,
  formatOneInput: (inputs) =>
    `format dựng phụ lục từ một tệp, đã nhận ${inputs.length}: ${inputs.map((f) => `"${f}"`).join(", ")}. Hãy chạy format cho từng tệp (mỗi lần một -o).`,
  optionValueMissing: (name, long) =>
    `tùy chọn "${name}" cần một giá trị ngay sau nó; nếu giá trị bắt đầu bằng "-", hãy viết ${long}=-….`,
  findingsCapped: (left, limit) =>
    `… còn ${left} phát hiện nữa không in ra (giới hạn ${limit} phát hiện mỗi trang tính); tổng số bên dưới vẫn tính đủ, xem tất cả bằng --json.`,
};

const EN: Texts = {
  file: (name) => `File: ${name}`,
  sheet: (name) => `Sheet "${name}"`,
  unit: (name) => (name ? `unit: ${name}` : "unit not recognised"),
  tasks: (n) => plural(n, "task"),
  header: (row, columns) => `Header row: ${row}; columns: ${columns}`,
  noHeader: "No table header recognised.",
  period: (from, to, source) => `Plan period ${from}–${to} (${source})`,
  periodSources: { options: "from the options", title: "from the title", asOf: "year of the as-of date" },
  row: (row) => `Row ${row}:`,
  sheetLevel: "Whole sheet:",
  suggestion: "Suggestion",
  clean: "No findings.",
  directoryProblem: (file, problem) => `Agency directory (${file}): ${problem}`,
  directoryFound: (file) =>
    `Agency directory: using ${file} (found among the inputs); it is not a unit's report.`,
  directoryOverridden: (file, given) =>
    `${file} is an agency directory but is not used: --directory ${given} was given. It is not a unit's report.`,
  directoryIgnored: (file, used) =>
    `${file} is an agency directory but is not used${used ? `: ${used} is` : ""}. It is not a unit's report.`,
  replacedSheet: (kept) => `Replaced by ${kept}: not counted in the summary.`,
  replacedHeading: "Units that submitted more than once (one counts):",
  replacedLine: (unit, kept, replaced, why) => `${unit}: ${kept} counts (${why}); it replaces ${replaced}.`,
  replacedWhy: {
    reportDate: "the latest report date",
    fileTime: "the file changed last",
    order: "the last one listed",
    chosen: "chosen with --keep",
  },
  keepUnknown: (file) => `--keep ${file}: no report read from that file.`,
  errorsHeading: "Unreadable files / not workbooks:",
  setHeading: "Findings for the whole set:",
  notesHeading: "Notes:",
  totals: (t) =>
    `Total: ${plural(t.files, "file")}, ${plural(t.sheets, "sheet")}, ${plural(t.tasks, "task")}; ` +
    `${plural(t.errors, "error")}, ${plural(t.warnings, "warning")}, ${t.infos} info` +
    (t.unreadable > 0 ? `; ${plural(t.unreadable, "unreadable file")}.` : "."),
  runPeriod: (from, to, asOf) => `Plan period: ${from}–${to}; as of: ${asOf}.`,
  verdict: {
    0: "Result: no errors (exit code 0).",
    1: "Result: errors to fix (exit code 1).",
    2: "Result: some files could not be read (exit code 2).",
  },
  verdictWriteFailed: "Result: the summary was not written, see the error below (exit code 2).",
  written: (file) => `Written: ${file}`,
  rowsLeftOut: (sheet, count, limit) =>
    `Sheet "${sheet}" is full: ${count} rows not written, as Excel holds ${limit} rows per sheet (its last row says so). See them all with --json, or consolidate the units in groups.`,
  usageError: (detail) => `Usage error: ${detail}\nSee: annex --help`,
  unknownCommand: (name) => `no command "${name}" (validate, format, consolidate).`,
  unknownOption: (name) => `no option "${name}".`,
  optionNeedsValue: (name) => `option "${name}" needs a value right after it.`,
  optionTakesNoValue: (name) => `option "${name}" takes no value.`,
  noInputs: "give at least one file or folder.",
  needOutput: "give the output file with -o FILE.",
  sameAsInput: (file) => `the output "${file}" is an input file; input files are never overwritten.`,
  sheetNotFound: (sheet, available) => `No sheet "${sheet}". Sheets: ${available}.`,
  noTable: (file) => `No task table (a header row with STT, Nội dung…) found in "${file}".`,
  writeFailed: (file, error) => `Could not write "${file}": ${writeReason(error, "en")}`,
  ownSheetsSkipped: (file, sheets) =>
    `${file}: skipped sheet ${sheets.map((s) => `"${s}"`).join(", ")}, written by annex (a summary), not a unit's report.`,
  formatOneInput: (inputs) =>
    `format builds the annex from one file, got ${inputs.length}: ${inputs.map((f) => `"${f}"`).join(", ")}. Run format once per file (each with its own -o).`,
  optionValueMissing: (name, long) =>
    `option "${name}" needs a value right after it; if the value starts with "-", write ${long}=-….`,
  findingsCapped: (left, limit) =>
    `… ${left} more finding${left === 1 ? "" : "s"} not printed (limit: ${limit} findings per sheet); the totals below count them all, see them all with --json.`,
};

type WriteProblem = "folder" | "busy" | "denied" | "full";

// Node's codes for the failures users cause: `-o` naming a folder, the output open in Excel (Windows
// locks it: EBUSY, or EPERM on the rename), a read-only folder, a full disk.
const WRITE_PROBLEMS: Readonly<Record<string, WriteProblem>> = {
  EISDIR: "folder",
  ENOTDIR: "folder",
  EBUSY: "busy",
  EPERM: "busy",
  EACCES: "denied",
  EROFS: "denied",
  ENOSPC: "full",
};

const WRITE_REASONS: Readonly<Record<Lang, Readonly<Record<WriteProblem, string>>>> = {
  vi: {
    folder: "đó là một thư mục. Hãy ghi cả tên tệp, ví dụ -o ket-qua.xlsx.",
    busy: "tệp đang mở (có thể trong Excel). Hãy đóng tệp rồi chạy lại, hoặc ghi ra tên khác.",
    denied: "không có quyền ghi vào thư mục này. Hãy chọn thư mục khác.",
    full: "ổ đĩa đã đầy. Hãy giải phóng chỗ trống hoặc ghi ra ổ khác.",
  },
  en: {
    folder: "that is a folder. Give a file name, e.g. -o result.xlsx.",
    busy: "the file is open (perhaps in Excel). Close it and run again, or write to another name.",
    denied: "no permission to write in that folder. Choose another folder.",
    full: "the disk is full. Free some space or write to another drive.",
  },
};

function writeReason(error: unknown, lang: Lang): string {
  const code = (error as { code?: unknown } | null)?.code;
  const problem = typeof code === "string" ? WRITE_PROBLEMS[code] : undefined;
  if (problem) return WRITE_REASONS[lang][problem];
  return error instanceof Error ? error.message : String(error);
}

export function texts(lang: Lang): Texts {
  return lang === "en" ? EN : VI;
}
