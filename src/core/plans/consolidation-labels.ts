/** The words of the three consolidation sheets, in Vietnamese (default) and English. */
import type { TaskStatus } from "../status";
import type { Lang } from "../report-types";

export interface ConsolidationLabels {
  readonly title: string;
  readonly period: string;
  readonly asOf: string;
  readonly unitHeader: readonly string[];
  readonly yes: string;
  readonly no: string;
  readonly unreadableShort: string;
  readonly total: string;
  readonly notSubmitted: string;
  readonly none: string;
  readonly unreadable: string;
  readonly unreadableLine: (file: string, message: string) => string;
  readonly byLead: string;
  readonly leadHeader: readonly string[];
  readonly noLead: string;
  readonly statusBlock: string;
  readonly statusHeader: readonly string[];
  readonly chartTitle: string;
  readonly dataHeader: readonly string[];
  /** The data sheet's last column when the submissions' own columns exceed Excel's width. */
  readonly otherColumns: string;
  readonly findingsHeader: readonly string[];
  readonly status: Readonly<Record<TaskStatus, string>>;
  readonly quarter: (quarter: number, year: number) => string;
}

const VI: ConsolidationLabels = {
  title: "BÁO CÁO TỔNG HỢP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ",
  period: "Kỳ kế hoạch",
  asOf: "Số liệu tính đến ngày",
  unitHeader: [
    "Đơn vị",
    "Đã nộp",
    "Số nhiệm vụ",
    "Lỗi",
    "Cảnh báo",
    "Thiếu thời hạn",
    "Quá hạn",
    "Đã hoàn thành",
    "Tỷ lệ hoàn thành (%)",
  ],
  yes: "Có",
  no: "Chưa",
  unreadableShort: "Không đọc được",
  total: "Tổng cộng",
  notSubmitted: "Đơn vị chưa nộp báo cáo",
  none: "Không có.",
  unreadable: "Báo cáo không đọc được",
  unreadableLine: (file, message) => `${file}: đã nhận nhưng không đọc được: ${message}`,
  byLead: "Số nhiệm vụ theo cơ quan chủ trì và quý hoàn thành",
  leadHeader: ["Cơ quan chủ trì", "Quý I", "Quý II", "Quý III", "Quý IV", "Khác", "Tổng"],
  noLead: "(chưa có cơ quan chủ trì)",
  statusBlock: "Tình trạng thực hiện theo đơn vị",
  statusHeader: [
    "Đơn vị",
    "Đã hoàn thành",
    "Đang thực hiện",
    "Chưa thực hiện",
    "Chưa rõ tình trạng",
    "Quá hạn",
  ],
  chartTitle: "Nhiệm vụ theo đơn vị và tình trạng",
  otherColumns: "Các cột khác",
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
  title: "CONSOLIDATED REPORT ON TASK IMPLEMENTATION",
  period: "Plan period",
  asOf: "Figures as of",
  unitHeader: [
    "Unit",
    "Submitted",
    "Tasks",
    "Errors",
    "Warnings",
    "Missing deadlines",
    "Overdue",
    "Done",
    "Completion (%)",
  ],
  yes: "Yes",
  no: "No",
  unreadableShort: "Unreadable",
  total: "Total",
  notSubmitted: "Units that have not submitted",
  none: "None.",
  unreadable: "Unreadable submissions",
  unreadableLine: (file, message) => `${file}: received but could not be read: ${message}`,
  byLead: "Tasks by lead agency and finishing quarter",
  leadHeader: ["Lead agency", "Q1", "Q2", "Q3", "Q4", "Other", "Total"],
  noLead: "(no lead agency)",
  statusBlock: "Task status by unit",
  statusHeader: ["Unit", "Done", "In progress", "Not started", "Status unknown", "Overdue"],
  chartTitle: "Tasks by unit and status",
  otherColumns: "Other columns",
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
