/** The words of the three consolidation sheets, in Vietnamese (default) and English. */
import type { TaskStatus } from "../status";
import type { Lang } from "../report-types";

/** The grid's column headings: `group` over the sub-headings it spans (DESIGN §7). */
export interface GridLabels {
  readonly unit: string;
  readonly total: string;
  readonly done: string;
  readonly doneOnTime: string;
  readonly doneLate: string;
  readonly doneUndated: string;
  readonly open: string;
  readonly openInTime: string;
  readonly dueSoon: (days: number) => string;
  readonly openOverdue: string;
  readonly noDeadline: string;
  readonly cancelled: string;
  readonly untracked: string;
  readonly completionRate: string;
  readonly overdueRate: string;
}

export interface ConsolidationLabels {
  /** The summary's title, naming the plan when the submissions share a title. */
  readonly title: (planName?: string) => string;
  readonly period: string;
  readonly asOf: string;
  /** "Đã nộp 4/5 — chưa nộp: Ngọc Sơn; hoàn thành 18/32 (56 %); quá hạn 2". */
  readonly keyFigures: (figures: KeyFigures) => string;
  readonly grid: GridLabels;
  /** A unit that did not submit, in each figure of its row. */
  readonly absent: string;
  readonly yes: string;
  readonly total: string;
  readonly rateBase: string;
  readonly replacedBlock: string;
  readonly replacedLine: (unit: string, kept: string, replaced: readonly string[]) => string;
  readonly notSubmitted: (units: readonly string[]) => string;
  readonly rosterUnknown: string;
  readonly unreadable: string;
  readonly unreadableLine: (file: string, message: string) => string;
  readonly overdueBlock: (count: number) => string;
  readonly overdueBands: (bands: { upTo30: number; upTo90: number; over90: number }) => string;
  readonly overdueHeader: readonly [string, string, string, string, string];
  readonly overdueMore: (count: number, sheet: string) => string;
  readonly chartTitle: (shown: number, of: number) => string;
  readonly qualityBlock: string;
  readonly qualityHeader: readonly [string, string, string, string];
  readonly dataHeader: readonly string[];
  /** The data sheet's last column when the submissions' own columns exceed Excel's width. */
  readonly otherColumns: string;
  /** The last row of a sheet cut at Excel's row limit: how many rows are not in it, and where they are. */
  readonly rowsLeftOut: (count: number, limit: number) => string;
  readonly findingsHeader: readonly string[];
  readonly status: Readonly<Record<TaskStatus, string>>;
  readonly quarter: (quarter: number, year: number) => string;
}

/** What the key-figures line says. */
export interface KeyFigures {
  readonly submitted: number;
  /** Units that had to submit; undefined when no directory says which. */
  readonly expected?: number;
  readonly notSubmitted: readonly string[];
  readonly done: number;
  readonly base: number;
  readonly overdue: number;
}

/** `56 %` (the spacing of the Vietnamese and the international standard). */
export function percentText(part: number, whole: number): string {
  return whole === 0 ? "—" : `${Math.round((part / whole) * 100)} %`;
}

// Names in the key-figures line before "và N đơn vị khác".
const NAMED_IN_LINE = 3;

function namedList(names: readonly string[], more: (n: number) => string): string {
  const shown = names.slice(0, NAMED_IN_LINE).join(", ");
  return names.length > NAMED_IN_LINE ? `${shown} ${more(names.length - NAMED_IN_LINE)}` : shown;
}

/** The title of a submission without its leading `Báo cáo` (`Báo cáo kết quả …` → `kết quả …`). */
function reportSubject(planName: string): string | undefined {
  const m = /^\s*báo\s+cáo\s+(.+)$/isu.exec(planName.normalize("NFC"));
  return m?.[1];
}

const VI: ConsolidationLabels = {
  title: (planName) => {
    if (planName === undefined) return "BÁO CÁO TỔNG HỢP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ";
    const subject = reportSubject(planName);
    return (
      subject !== undefined
        ? `Báo cáo tổng hợp ${subject}`
        : `Báo cáo tổng hợp tình hình thực hiện ${planName}`
    ).toLocaleUpperCase("vi");
  },
  period: "Kỳ kế hoạch",
  asOf: "Số liệu tính đến ngày",
  keyFigures: (f) =>
    [
      f.expected === undefined
        ? `Đã nộp ${f.submitted} đơn vị`
        : `Đã nộp ${f.submitted}/${f.expected}` +
          (f.notSubmitted.length > 0
            ? ` — chưa nộp: ${namedList(f.notSubmitted, (n) => `và ${n} đơn vị khác`)}`
            : ""),
      `hoàn thành ${f.done}/${f.base} (${percentText(f.done, f.base)})`,
      `quá hạn ${f.overdue}`,
    ].join("; "),
  grid: {
    unit: "Đơn vị",
    total: "Tổng số nhiệm vụ",
    done: "Đã hoàn thành",
    doneOnTime: "Đúng hạn",
    doneLate: "Quá hạn",
    doneUndated: "Không rõ ngày",
    open: "Chưa hoàn thành",
    openInTime: "Trong hạn",
    dueSoon: (days) => `Sắp đến hạn (≤ ${days} ngày)`,
    openOverdue: "Quá hạn",
    noDeadline: "Không có thời hạn",
    cancelled: "Dừng, hủy",
    untracked: "Chưa rõ tình trạng",
    completionRate: "Tỉ lệ hoàn thành",
    overdueRate: "Tỉ lệ quá hạn",
  },
  absent: "—",
  yes: "Có",
  total: "Tổng cộng",
  rateBase:
    "Tỉ lệ tính trên số nhiệm vụ có thời hạn và có báo cáo tình trạng (không tính nhiệm vụ không có thời hạn, dừng, hủy).",
  replacedBlock: "Đơn vị nộp nhiều bản báo cáo (chỉ tính một bản):",
  replacedLine: (unit, kept, replaced) => `- ${unit}: tính ${kept}; thay cho ${replaced.join("; ")}.`,
  notSubmitted: (units) =>
    units.length === 0
      ? "Đơn vị chưa nộp báo cáo: không có."
      : `Đơn vị chưa nộp báo cáo (${units.length}): ${units.join("; ")}.`,
  rosterUnknown: "Chưa có danh mục đơn vị phải báo cáo: không xác định được đơn vị chưa nộp.",
  unreadable: "Báo cáo không đọc được",
  unreadableLine: (file, message) => `${file}: đã nhận nhưng không đọc được: ${message}`,
  overdueBlock: (count) => `Nhiệm vụ chưa hoàn thành đã quá hạn (${count}), quá hạn lâu nhất trước`,
  overdueBands: (b) =>
    `Theo thời gian quá hạn: đến 30 ngày: ${b.upTo30}; từ 31 đến 90 ngày: ${b.upTo90}; trên 90 ngày: ${b.over90}.`,
  overdueHeader: ["Đơn vị", "STT", "Nội dung nhiệm vụ", "Thời hạn", "Số ngày quá hạn"],
  overdueMore: (count, sheet) => `… và ${count} nhiệm vụ khác, xem trang "${sheet}".`,
  chartTitle: (shown, of) =>
    shown < of
      ? `Tình trạng nhiệm vụ theo đơn vị (${shown}/${of} đơn vị có tỉ lệ quá hạn cao nhất)`
      : "Tình trạng nhiệm vụ theo đơn vị",
  qualityBlock: "Số phát hiện theo đơn vị",
  qualityHeader: ["Đơn vị", "Lỗi", "Cảnh báo", "Thiếu thời hạn"],
  otherColumns: "Các cột khác",
  rowsLeftOut: (count, limit) =>
    `… còn ${count} dòng không ghi được: Excel chỉ chứa ${limit} dòng mỗi trang tính. Xem đầy đủ bằng lệnh annex với --json, hoặc tổng hợp từng nhóm đơn vị.`,
  dataHeader: [
    "Đơn vị",
    "Tệp",
    "Trang tính",
    "Dòng",
    "STT",
    "Mục",
    "Nội dung",
    "Bắt đầu",
    "Hoàn thành",
    "Hạn (ngày)",
    "Quý",
    "Chủ trì",
    "Phối hợp",
    "Tình trạng",
    "Quá hạn",
    "Số phát hiện",
  ],
  findingsHeader: ["Đơn vị", "Tệp", "Trang tính", "Ô", "Mức độ", "Mã", "Nội dung", "Gợi ý"],
  status: {
    done: "Đã hoàn thành",
    inProgress: "Đang thực hiện",
    notStarted: "Chưa thực hiện",
    cancelled: "Dừng, không thực hiện",
    unknown: "Không rõ",
    blank: "",
  },
  quarter: (q, year) => `Quý ${["I", "II", "III", "IV"][q - 1] ?? q}/${year}`,
};

const EN: ConsolidationLabels = {
  title: (planName) =>
    planName === undefined
      ? "CONSOLIDATED REPORT ON TASK IMPLEMENTATION"
      : `CONSOLIDATED REPORT: ${planName.toLocaleUpperCase("vi")}`,
  period: "Plan period",
  asOf: "Figures as of",
  keyFigures: (f) =>
    [
      f.expected === undefined
        ? `Submitted: ${f.submitted} units`
        : `Submitted ${f.submitted}/${f.expected}` +
          (f.notSubmitted.length > 0
            ? ` — missing: ${namedList(f.notSubmitted, (n) => `and ${n} more`)}`
            : ""),
      `done ${f.done}/${f.base} (${percentText(f.done, f.base)})`,
      `overdue ${f.overdue}`,
    ].join("; "),
  grid: {
    unit: "Unit",
    total: "Tasks",
    done: "Done",
    doneOnTime: "On time",
    doneLate: "Late",
    doneUndated: "Date unknown",
    open: "Not done",
    openInTime: "In time",
    dueSoon: (days) => `Due within ${days} days`,
    openOverdue: "Overdue",
    noDeadline: "No deadline",
    cancelled: "Stopped, cancelled",
    untracked: "Status not known",
    completionRate: "Completion rate",
    overdueRate: "Overdue rate",
  },
  absent: "—",
  yes: "Yes",
  total: "Total",
  rateBase:
    "Rates are of the tasks that have a deadline and a reported status (not counting tasks without a deadline, stopped or cancelled).",
  replacedBlock: "Units that submitted more than once (one copy counts):",
  replacedLine: (unit, kept, replaced) => `- ${unit}: counted ${kept}; replaces ${replaced.join("; ")}.`,
  notSubmitted: (units) =>
    units.length === 0
      ? "Units that have not submitted: none."
      : `Units that have not submitted (${units.length}): ${units.join("; ")}.`,
  rosterUnknown: "No list of the units that must report: the units that have not submitted cannot be known.",
  unreadable: "Unreadable submissions",
  unreadableLine: (file, message) => `${file}: received but could not be read: ${message}`,
  overdueBlock: (count) => `Unfinished tasks past their deadline (${count}), longest overdue first`,
  overdueBands: (b) =>
    `By time overdue: up to 30 days: ${b.upTo30}; 31 to 90 days: ${b.upTo90}; over 90 days: ${b.over90}.`,
  overdueHeader: ["Unit", "No.", "Task", "Deadline", "Days overdue"],
  overdueMore: (count, sheet) => `… and ${count} more tasks, see the "${sheet}" sheet.`,
  chartTitle: (shown, of) =>
    shown < of
      ? `Task status by unit (the ${shown} of ${of} units with the highest overdue rate)`
      : "Task status by unit",
  qualityBlock: "Findings by unit",
  qualityHeader: ["Unit", "Errors", "Warnings", "Missing deadlines"],
  otherColumns: "Other columns",
  rowsLeftOut: (count, limit) =>
    `… ${count} more rows not written: Excel holds ${limit} rows per sheet. See them all with annex --json, or consolidate the units in groups.`,
  dataHeader: [
    "Unit",
    "File",
    "Sheet",
    "Row",
    "No.",
    "Section",
    "Task",
    "Start",
    "Finish",
    "Deadline (date)",
    "Quarter",
    "Lead",
    "Support",
    "Status",
    "Overdue",
    "Findings",
  ],
  findingsHeader: ["Unit", "File", "Sheet", "Cell", "Severity", "Code", "Message", "Suggestion"],
  status: {
    done: "Done",
    inProgress: "In progress",
    notStarted: "Not started",
    cancelled: "Stopped or cancelled",
    unknown: "Unknown",
    blank: "",
  },
  quarter: (q, year) => `Q${q}/${year}`,
};

export function consolidationLabels(lang: Lang): ConsolidationLabels {
  return lang === "en" ? EN : VI;
}
