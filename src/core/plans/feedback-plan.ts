/**
 * The printable feedback sheet for one unit (issue 11): to whom, about which plan and period, as of when;
 * then either the table of what to fix (row, cell, what is wrong, how to fix it) or the reminder with the
 * tasks owed. Written as its own workbook by the CLI (`--feedback DIR`), as an owned sheet by the add-in.
 */
import type { DayInterval, DayNumber } from "../day";
import { formatViDay } from "../day";
import type { UnitFeedback } from "../loop/feedback";
import { formatFinding, severityLabel } from "../messages";
import type { Lang } from "../report-types";
import type { PlanValue, SheetPlan, StyledRange } from "../sheet-plan";
import { HEADER_STYLE, PLAN_FONT, range, styled } from "./plan-style";

export interface FeedbackContext {
  readonly planTitle: string;
  readonly period: DayInterval;
  readonly asOf: DayNumber;
  /** The day a corrected or missing report is due, when the office set one. */
  readonly due?: DayNumber;
  readonly lang: Lang;
}

const WIDTHS = [6, 9, 7, 11, 60, 45];
const LAST = WIDTHS.length;

interface Words {
  title: string;
  to: (unit: string) => string;
  about: (plan: string, from: string, to: string, asOf: string) => string;
  fix: (n: number, sources: string) => string;
  clean: (sources: string) => string;
  reminder: (asOf: string) => string;
  dueBy: (due: string) => string;
  owed: (n: number) => string;
  header: readonly string[];
  owedHeader: readonly string[];
  sheet: string;
}

const VI: Words = {
  title: "PHẢN HỒI KẾT QUẢ KIỂM TRA BÁO CÁO",
  to: (unit) => `Kính gửi: ${unit}`,
  about: (plan, from, to, asOf) =>
    `Về việc báo cáo kết quả thực hiện ${plan || "kế hoạch"} (kỳ ${from} – ${to}); số liệu tính đến ngày ${asOf}.`,
  fix: (n, sources) =>
    `Báo cáo của đơn vị (${sources}) có ${n} điểm cần sửa, liệt kê dưới đây theo từng dòng của báo cáo. Đề nghị đơn vị sửa trực tiếp trên tệp đã gửi và gửi lại.`,
  clean: (sources) =>
    `Báo cáo của đơn vị (${sources}) đã được tiếp nhận, không có điểm nào cần sửa. Trân trọng cảm ơn.`,
  reminder: (asOf) =>
    `Đến ngày ${asOf}, cơ quan tổng hợp chưa nhận được báo cáo của đơn vị. Đề nghị đơn vị gửi báo cáo trên mẫu đã được gửi kèm kế hoạch.`,
  dueBy: (due) => `Thời hạn gửi: trước ngày ${due}.`,
  owed: (n) => `Các nhiệm vụ đơn vị cần báo cáo (${n}):`,
  header: ["STT", "Dòng", "Ô", "Mức độ", "Nội dung cần sửa", "Cách sửa"],
  owedHeader: ["STT", "Mục", "", "Thời hạn", "Nội dung nhiệm vụ", "Cơ quan chủ trì"],
  sheet: "Phản hồi",
};

const EN: Words = {
  title: "FEEDBACK ON THE REPORT",
  to: (unit) => `To: ${unit}`,
  about: (plan, from, to, asOf) =>
    `Re: the report on ${plan || "the plan"} (period ${from} – ${to}); figures as of ${asOf}.`,
  fix: (n, sources) =>
    `Your report (${sources}) has ${n} points to correct, listed below row by row. Please correct them in the file you sent and send it again.`,
  clean: (sources) => `Your report (${sources}) was received with nothing to correct. Thank you.`,
  reminder: (asOf) =>
    `As of ${asOf}, your report has not been received. Please send it on the template sent with the plan.`,
  dueBy: (due) => `Due by ${due}.`,
  owed: (n) => `Tasks to report on (${n}):`,
  header: ["No.", "Row", "Cell", "Severity", "What to correct", "How"],
  owedHeader: ["No.", "Section", "", "Deadline", "Task", "Lead agency"],
  sheet: "Feedback",
};

function sourceText(sources: UnitFeedback["sources"]): string {
  return sources.map((s) => (s.file === undefined ? `"${s.sheet}"` : `${s.file} › "${s.sheet}"`)).join("; ");
}

/** The unit's feedback as one printable sheet (A4 portrait, one page wide). */
export function feedbackPlan(feedback: UnitFeedback, ctx: FeedbackContext): SheetPlan {
  const w = ctx.lang === "en" ? EN : VI;
  const lines: PlanValue[][] = [
    [w.title],
    [w.to(feedback.unit)],
    [w.about(ctx.planTitle, formatViDay(ctx.period.from), formatViDay(ctx.period.to), formatViDay(ctx.asOf))],
  ];
  if (feedback.kind === "fix") lines.push([w.fix(feedback.findings.length, sourceText(feedback.sources))]);
  if (feedback.kind === "clean") lines.push([w.clean(sourceText(feedback.sources))]);
  if (feedback.kind === "reminder") lines.push([w.reminder(formatViDay(ctx.asOf))]);
  if (ctx.due !== undefined && feedback.kind !== "clean") lines.push([w.dueBy(formatViDay(ctx.due))]);
  lines.push([]);
  const table: PlanValue[][] = [];
  if (feedback.kind === "fix") {
    table.push([...w.header]);
    feedback.findings.forEach((f, i) => {
      const { message, suggestion } = formatFinding(f, ctx.lang);
      table.push([
        i + 1,
        f.row ?? null,
        f.cell ?? null,
        severityLabel(f.severity, ctx.lang),
        message,
        suggestion,
      ]);
    });
  } else if (feedback.kind === "reminder" && feedback.owed.length > 0) {
    lines.splice(lines.length - 1, 0, [w.owed(feedback.owed.length)]);
    table.push([...w.owedHeader]);
    for (const task of feedback.owed) {
      table.push([task.stt, task.sectionStt, null, task.end, task.content, task.lead]);
    }
  }
  // The table's header row: below the text lines and the blank one that closes them.
  const top = lines.length + 1;
  const values = [...lines, ...table];
  const textRows = lines.length;
  const styles: StyledRange[] = [
    styled(range(1, 1, 1, LAST), { bold: true, horizontal: "center", fontSize: 14 }),
    styled(range(2, 1, 2, LAST), { bold: true }),
    styled(range(3, 1, textRows, LAST), { wrap: true, vertical: "top" }),
  ];
  if (table.length > 0) {
    const bottom = values.length;
    styles.push(styled(range(top, 1, bottom, LAST), { border: "thin", wrap: true, vertical: "top" }));
    styles.push(styled(range(top, 1, top, LAST), HEADER_STYLE));
    styles.push(styled(range(top + 1, 1, bottom, 4), { horizontal: "center" }));
  }
  const rowHeights: Record<number, number> = {};
  for (let r = 3; r <= textRows; r++) if (values[r - 1]?.[0]) rowHeights[r] = 48;
  return {
    name: w.sheet,
    owner: "feedback",
    values,
    styles,
    merges: Array.from({ length: textRows }, (_, i) => range(i + 1, 1, i + 1, LAST)),
    columnWidths: WIDTHS,
    rowHeights,
    page: {
      orientation: "portrait",
      paperSize: "A4",
      margins: { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 },
      ...(table.length > 0 ? { printTitleRows: { first: top, last: top } } : {}),
      fitToWidth: true,
      pageNumbers: true,
    },
    font: { name: PLAN_FONT, size: 12 },
  };
}

/**
 * The add-in's feedback: one owned sheet per unit (`Phản hồi phường Lãm Hà`), the same sheet the CLI writes
 * as a file; re-running replaces them.
 */
export function feedbackSheetPlans(feedback: readonly UnitFeedback[], ctx: FeedbackContext): SheetPlan[] {
  const w = ctx.lang === "en" ? EN : VI;
  return feedback.map((unit) => ({
    ...feedbackPlan(unit, ctx),
    name: `${w.sheet} ${unit.unit.replace(/^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND) /iu, "")}`.slice(0, 31),
  }));
}
