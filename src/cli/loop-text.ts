/** The sentences of the round trip with the units (templates, feedback, changes) printed by the CLI. */
import type { Lang } from "../core/report-types";

interface LoopTexts {
  needDirectory: string;
  needOutputFolder: string;
  planOneInput: (inputs: readonly string[]) => string;
  noReportingUnits: (directory: string) => string;
  planRead: (file: string, sheet: string, tasks: number, title: string) => string;
  templateWritten: (unit: string, file: string, tasks: number) => string;
  noTasksFor: (unit: string) => string;
  templatesDone: (count: number, folder: string) => string;
  dueInvalid: (text: string) => string;
  feedbackWritten: (count: number, folder: string) => string;
  previousUnreadable: (file: string, reason: string) => string;
  changesCounted: (count: number) => string;
}

const VI: LoopTexts = {
  needDirectory: 'Cần --directory TỆP: danh mục cơ quan có cột "Phải nộp" cho biết đơn vị nào phải báo cáo.',
  needOutputFolder: "Cần -o THƯ-MỤC: thư mục ghi các mẫu báo cáo.",
  planOneInput: (inputs) => `Chỉ nhận một tệp kế hoạch, đã cho: ${inputs.join(", ")}.`,
  noReportingUnits: (directory) =>
    `Danh mục "${directory}" không có đơn vị nào được đánh dấu "Phải nộp": không có mẫu nào để tạo.`,
  planRead: (file, sheet, tasks, title) =>
    `Kế hoạch: ${file} › "${sheet}" — ${tasks} nhiệm vụ${title ? ` — ${title}` : ""}`,
  templateWritten: (unit, file, tasks) => `  ${unit}: ${tasks} nhiệm vụ → ${file}`,
  noTasksFor: (unit) => `  ${unit}: không được giao nhiệm vụ nào trong kế hoạch — không tạo mẫu.`,
  templatesDone: (count, folder) => `Đã ghi ${count} mẫu báo cáo vào ${folder}`,
  dueInvalid: (text) => `Hạn nộp "${text}" không phải ngày dạng YYYY-MM-DD.`,
  feedbackWritten: (count, folder) => `Đã ghi ${count} tệp phản hồi cho các đơn vị vào ${folder}`,
  previousUnreadable: (file, reason) => `Không đọc được bản tổng hợp trước "${file}": ${reason}`,
  changesCounted: (count) => `Thay đổi so với lần trước (trang "Thay đổi"): ${count}`,
};

const EN: LoopTexts = {
  needDirectory:
    'Needs --directory FILE: an agency directory whose "Phải nộp" column says which units report.',
  needOutputFolder: "Needs -o FOLDER: the folder to write the report templates to.",
  planOneInput: (inputs) => `Takes one plan file, given: ${inputs.join(", ")}.`,
  noReportingUnits: (directory) =>
    `The directory "${directory}" marks no unit as "must submit": no template to make.`,
  planRead: (file, sheet, tasks, title) =>
    `Plan: ${file} › "${sheet}" — ${tasks} tasks${title ? ` — ${title}` : ""}`,
  templateWritten: (unit, file, tasks) => `  ${unit}: ${tasks} tasks → ${file}`,
  noTasksFor: (unit) => `  ${unit}: no task of the plan is assigned to it — no template made.`,
  templatesDone: (count, folder) => `Wrote ${count} report templates to ${folder}`,
  dueInvalid: (text) => `The due day "${text}" is not a YYYY-MM-DD date.`,
  feedbackWritten: (count, folder) => `Wrote ${count} feedback files for the units to ${folder}`,
  previousUnreadable: (file, reason) => `The previous summary "${file}" could not be read: ${reason}`,
  changesCounted: (count) => `Changes since last time (sheet "Thay đổi"): ${count}`,
};

export function loopTexts(lang: Lang): LoopTexts {
  return lang === "en" ? EN : VI;
}
