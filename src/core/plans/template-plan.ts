/**
 * A unit's report template (issue 11): the plan's tasks the unit must report on, with the plan's numbering,
 * status / completion date / result cells open for the ward's clerk (status from a drop-down list), the
 * unit's name filled in and instructions at the top. The sheet is protected without a password: the task
 * text, times and agencies are the plan's and cannot be typed over by accident; the task ids sit in a
 * hidden, locked last column, and the fingerprint in a very hidden sheet. Always Vietnamese: it goes to the
 * wards.
 */
import type { DayInterval } from "../day";
import { formatViDay } from "../day";
import type { AssignedTask } from "../loop/assignment";
import { fingerprintSheetPlan, TEMPLATE_VERSION, type Fingerprint } from "../loop/fingerprint";
import type { PlanTasks } from "../loop/plan-tasks";
import type { PlanValue, SheetPlan, StyledRange } from "../sheet-plan";
import { COMPLETED_LABEL, ID_LABEL, TEMPLATE_COLUMNS } from "../loop/template-layout";
import { HEADER_STYLE, PLAN_FONT, range, styled } from "./plan-style";

export const TEMPLATE_SHEET = "Báo cáo";

// The report sheet's layout lives with the loop's domain code (which reads returned reports by it).
export { COMPLETED_LABEL, ID_LABEL, TEMPLATE_COLUMNS } from "../loop/template-layout";

export const STATUS_CHOICES = ["Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện"] as const;

const WIDTHS = [7, 52, 11, 13, 22, 22, 17, 14, 40, 14];
const HEADER_ROW = 7;
const FIRST_ROW = 9;
const LAST_COLUMN = TEMPLATE_COLUMNS.result;
const OPEN_FILL = "#FFF2CC";

export interface TemplateInput {
  readonly plan: PlanTasks;
  /** The unit's canonical name, as the directory has it. */
  readonly unit: string;
  readonly tasks: readonly AssignedTask[];
  readonly period: DayInterval;
  /** The day reports are due, when the office set one. */
  readonly due?: number;
}

function instructions(input: TemplateInput): string {
  const due = input.due === undefined ? "" : ` Hạn gửi báo cáo: ngày ${formatViDay(input.due)}.`;
  return [
    `Hướng dẫn: Đơn vị điền vào các ô màu vàng của từng nhiệm vụ: cột "Tình trạng" (chọn trong danh sách:`,
    `${STATUS_CHOICES.join(", ")}), cột "${COMPLETED_LABEL}" (ngày/tháng/năm, khi đã hoàn thành) và cột`,
    `"Kết quả thực hiện" (kết quả cụ thể; nhiệm vụ chưa làm thì ghi lý do). Nội dung nhiệm vụ, thời gian và`,
    `phân công là của kế hoạch nên đã được khóa; không thêm, xóa hay đổi thứ tự cột, không đổi tên trang tính.${due}`,
  ].join(" ");
}

/** The template's sheets: the report sheet, then the very hidden fingerprint. */
export function templatePlans(input: TemplateInput): SheetPlan[] {
  const values: PlanValue[][] = [
    [input.unit.toLocaleUpperCase("vi")],
    [`BÁO CÁO KẾT QUẢ THỰC HIỆN ${input.plan.title}`.trim()],
    [input.plan.attachedTo ?? null],
    [`Đơn vị báo cáo: ${input.unit}`],
    [instructions(input)],
    [],
    [
      "STT",
      "Nội dung nhiệm vụ",
      "Thời gian",
      null,
      "Phân công trách nhiệm",
      null,
      "Tình trạng",
      COMPLETED_LABEL,
      "Kết quả thực hiện",
      ID_LABEL,
    ],
    [null, null, "Bắt đầu", "Hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp"],
  ];
  const sectionRows: number[] = [];
  let section: string | undefined;
  for (const { task } of input.tasks) {
    const key = `${task.sectionStt}|${task.section}`;
    if (task.sectionStt !== "" && key !== section) {
      sectionRows.push(values.length + 1);
      values.push([task.sectionStt, task.section]);
    }
    section = key;
    values.push([
      task.stt,
      task.content,
      task.start,
      task.end,
      task.lead,
      task.support,
      null,
      null,
      null,
      task.id,
    ]);
  }
  const last = Math.max(values.length, FIRST_ROW);
  const taskRows = range(FIRST_ROW, 1, last, LAST_COLUMN);
  const open = range(FIRST_ROW, TEMPLATE_COLUMNS.status, last, TEMPLATE_COLUMNS.result);
  const styles: StyledRange[] = [
    styled(range(1, 1, 1, 3), { bold: true, horizontal: "center" }),
    styled(range(2, 1, 2, LAST_COLUMN), { bold: true, horizontal: "center", wrap: true, fontSize: 14 }),
    styled(range(3, 1, 3, LAST_COLUMN), { italic: true, horizontal: "center", wrap: true }),
    styled(range(4, 1, 4, LAST_COLUMN), { bold: true }),
    styled(range(5, 1, 5, LAST_COLUMN), { italic: true, wrap: true, vertical: "top" }),
    styled(range(HEADER_ROW, 1, HEADER_ROW + 1, TEMPLATE_COLUMNS.id), HEADER_STYLE),
    styled(taskRows, { border: "thin", wrap: true, vertical: "top" }),
    styled(range(FIRST_ROW, 1, last, 1), { horizontal: "center" }),
    styled(range(FIRST_ROW, 3, last, 4), { horizontal: "center" }),
    ...sectionRows.map((row) => styled(range(row, 1, row, LAST_COLUMN), { bold: true })),
    styled(open, { locked: false, fill: OPEN_FILL }),
    styled(range(FIRST_ROW, TEMPLATE_COLUMNS.completed, last, TEMPLATE_COLUMNS.completed), {
      numberFormat: "dd/mm/yyyy",
      horizontal: "center",
    }),
  ];
  const report: SheetPlan = {
    name: TEMPLATE_SHEET,
    values,
    styles,
    merges: [
      range(1, 1, 1, 3),
      range(2, 1, 2, LAST_COLUMN),
      range(3, 1, 3, LAST_COLUMN),
      range(4, 1, 4, LAST_COLUMN),
      range(5, 1, 5, LAST_COLUMN),
      range(HEADER_ROW, 1, HEADER_ROW + 1, 1),
      range(HEADER_ROW, 2, HEADER_ROW + 1, 2),
      range(HEADER_ROW, 3, HEADER_ROW, 4),
      range(HEADER_ROW, 5, HEADER_ROW, 6),
      ...[
        TEMPLATE_COLUMNS.status,
        TEMPLATE_COLUMNS.completed,
        TEMPLATE_COLUMNS.result,
        TEMPLATE_COLUMNS.id,
      ].map((column) => range(HEADER_ROW, column, HEADER_ROW + 1, column)),
    ],
    columnWidths: WIDTHS,
    rowHeights: { 2: 36, 5: 66 },
    freeze: { rows: HEADER_ROW + 1, columns: 0 },
    page: {
      orientation: "landscape",
      paperSize: "A4",
      margins: { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 },
      printTitleRows: { first: HEADER_ROW, last: HEADER_ROW + 1 },
      fitToWidth: true,
      pageNumbers: true,
    },
    validations: [
      {
        range: range(FIRST_ROW, TEMPLATE_COLUMNS.status, last, TEMPLATE_COLUMNS.status),
        list: STATUS_CHOICES,
        allowOther: false,
      },
    ],
    hiddenColumns: [TEMPLATE_COLUMNS.id],
    protection: { allow: ["formatColumns", "formatRows"] },
    font: { name: PLAN_FONT, size: 12 },
  };
  return [report, fingerprintSheetPlan(templateFingerprint(input))];
}

/** The fingerprint a unit's template carries. */
export function templateFingerprint(input: TemplateInput): Fingerprint {
  return {
    plan: input.plan.identity,
    title: input.plan.title,
    period: input.period,
    version: TEMPLATE_VERSION,
    unit: input.unit,
    sheet: TEMPLATE_SHEET,
    idColumn: TEMPLATE_COLUMNS.id,
    tasks: input.tasks.map(({ task }) => ({
      id: task.id,
      stt: task.stt,
      content: task.content,
      end: task.end,
    })),
  };
}
