/** The English message catalogue. */
import type { Field } from "./fields";
import type { FindingCode, FindingParams, Severity } from "./findings";
import { param, type MessageTemplate } from "./messages-vi";

/** Why the kept submission counts (SUBMISSION_DUPLICATE's `by`); an unknown reason is shown as given. */
function replacementReasonEn(p: FindingParams): string {
  switch (param(p, "by")) {
    case "reportDate":
      return ` (report dated ${param(p, "date")}, the latest)`;
    case "fileTime":
      return " (the file changed last; the reports state no different dates)";
    case "order":
      return " (the last one listed; no report date or file time to compare)";
    case "chosen":
      return " (chosen by the person consolidating)";
    default: {
      const why = [param(p, "by"), param(p, "date")].filter((t) => t !== "").join(", ");
      return why === "" ? "" : ` (${why})`;
    }
  }
}

export const FIELD_LABELS_EN: Readonly<Record<Field, string>> = {
  stt: "No.",
  content: "Task",
  start: "Start",
  end: "Finish",
  lead: "Lead agency",
  support: "Supporting agencies",
  output: "Output",
  status: "Status",
  result: "Result",
  note: "Note",
};

export const SEVERITY_LABELS_EN: Readonly<Record<Severity, string>> = {
  error: "Error",
  warning: "Warning",
  info: "Info",
};

const label = (p: FindingParams): string => {
  const field = param(p, "field");
  return FIELD_LABELS_EN[field as Field] ?? field;
};

/** The whole cell text after the offending fragment, when they differ. */
const inCell = (p: FindingParams): string => {
  const text = param(p, "text");
  const detail = param(p, "detail");
  return detail !== "" && text !== "" && detail !== text ? ` (the cell reads: "${text}")` : "";
};

const didYouMean = (_p: unknown, suggestions: readonly string[]): string | null =>
  suggestions.length > 0 ? `Did you mean: ${suggestions.join(" or ")}?` : null;

const TIME_FORMS = "Quý I, Tháng 10/2024, 20/12/2024, Trước 20/12/2024, Quý I - Quý IV, Thường xuyên";

export const MESSAGES_EN: Readonly<Record<FindingCode, MessageTemplate>> = {
  HEADER_NOT_FOUND: {
    message: () =>
      "No table header found (STT, Nội dung nhiệm vụ, Cơ quan chủ trì, Hoàn thành…). Check that this sheet is a task annex, or choose the column of each field by hand.",
  },
  COLUMN_MISSING: {
    message: (p) =>
      `The table has no "${label(p)}" column. Add it, or choose the matching column in the column mapping.`,
  },
  COLUMN_DUPLICATE: {
    message: (p) =>
      `Column ${param(p, "column")} is also a "${label(p)}" column (column ${param(p, "used")} is used), so it is ignored. If it holds something else, rename its header.`,
  },
  COLUMN_AMBIGUOUS: {
    message: (p) =>
      `Both column ${param(p, "column")} ("${param(p, "label")}") and column ${param(p, "other")} ("${param(p, "otherLabel")}") could be the "${label(p)}" column. Column ${param(p, "column")} is used because its cells look more like it; column ${param(p, "other")} is kept as an extra column.`,
    suggestion: (p) =>
      `If this is wrong, choose column ${param(p, "other")} for "${label(p)}" in the column mapping.`,
  },
  COLUMN_GUESSED: {
    message: (p) =>
      `No column is labelled "${label(p)}". Column ${param(p, "column")} ("${param(p, "label")}") is used as the "${label(p)}" column because its header suggests it and its cells look like it.`,
    suggestion: (p) => `If this is wrong, choose the right column for "${label(p)}" in the column mapping.`,
  },
  STT_INVALID: {
    message: (p) =>
      param(p, "stt") === ""
        ? "This task has no number. Fill in the STT column."
        : `The number "${param(p, "stt")}" is not a valid number (sections: I, II…; tasks: 1, 2 or 1.1; sub-items: a), -). Correct it.`,
  },
  STT_DUPLICATE: {
    message: (p) => `The number "${param(p, "stt")}" appears twice in the same section. Renumber.`,
    suggestion: (p) => (param(p, "expected") ? `Did you mean: ${param(p, "expected")}?` : null),
  },
  STT_GAP: {
    message: (p) => {
      const stt = param(p, "stt");
      const previous = param(p, "previous");
      const where =
        previous === "" ? `Numbering starts at "${stt}"` : `Numbering skips: "${stt}" follows "${previous}"`;
      return `${where} ("${param(p, "expected")}" is missing). Check for a missing task, or renumber.`;
    },
  },
  TASKS_UNNUMBERED: {
    message: (p) =>
      `${param(p, "count")} tasks have no number. They are still checked like every other task.`,
    suggestion: () => "For the official annex layout, number them 1, 2, 3… in the STT column.",
  },
  CONTENT_MISSING: {
    message: () => 'This task has no content. Fill in the "Task" (Nội dung nhiệm vụ) column.',
  },
  LEAD_MISSING: {
    message: () =>
      'This task has no lead agency (nor does its section). Fill in the "Lead agency" (Cơ quan chủ trì) column.',
  },
  LEAD_UNKNOWN: {
    message: (p) =>
      `The lead agency "${param(p, "name")}" is not in the agency directory. Correct the name, or add it to the "Danh mục cơ quan" sheet.`,
    suggestion: didYouMean,
  },
  LEAD_UNSPECIFIED: {
    message: (p) =>
      `The lead is only "${param(p, "name")}", which names no agency responsible for the task. Name the lead agency; the agencies concerned belong in the supporting column.`,
  },
  LEAD_MULTIPLE: {
    message: (p) =>
      `${param(p, "count")} lead agencies (${param(p, "names")}). One lead makes accountability clear; list the others as supporting agencies.`,
  },
  SUPPORT_UNKNOWN: {
    message: (p) =>
      `The supporting agency "${param(p, "name")}" is not in the agency directory. Correct the name, or add it to the "Danh mục cơ quan" sheet.`,
    suggestion: didYouMean,
  },
  SUPPORT_DUPLICATE: {
    message: (p) => `"${param(p, "name")}" is listed twice among the supporting agencies. Remove one.`,
  },
  LEAD_ALSO_SUPPORT: {
    message: (p) =>
      `"${param(p, "name")}" is both the lead and a supporting agency. Remove it from the supporting agencies.`,
  },
  TIME_UNPARSEABLE: {
    message: (p) =>
      `The time "${param(p, "text")}" in the "${label(p)}" column is not understood. Write it like: ${TIME_FORMS}.`,
  },
  TIME_IN_TEXT: {
    message: (p) =>
      `The "${label(p)}" cell states its time in a sentence ("${param(p, "text")}"); read as "${param(p, "read")}"${
        param(p, "date")
          ? ` (${param(p, "field") === "start" ? "start" : "deadline"} ${param(p, "date")})`
          : ""
      }. If that is right, nothing to fix; better keep only the time in the cell and move the explanation to another column.`,
  },
  DEADLINES_MOSTLY_MISSING: {
    message: (p) =>
      `${param(p, "missing")} of ${param(p, "tasks")} tasks have no deadline yet, so they cannot be tracked for delays. Where a deadline is known, write it in the deadline column.`,
  },
  TIME_IS_STATUS: {
    message: (p) =>
      `The "${label(p)}" cell holds a status ("${param(p, "text")}") instead of a time, so the task has no deadline to track. If one is needed, write the deadline here and the status in the Status column.`,
  },
  TIME_SPELLING: {
    message: (p) =>
      `The "${label(p)}" cell holds "${param(p, "text")}": it is read, but not written the standard way. Write "${param(p, "to")}".`,
  },
  QUARTER_INVALID: {
    message: (p) =>
      `Invalid quarter: "${param(p, "detail") || param(p, "text")}"${inCell(p)}. A year has quarters I to IV only; correct it.`,
  },
  DATE_INVALID: {
    message: (p) =>
      `This date does not exist: "${param(p, "detail") || param(p, "text")}"${inCell(p)}. Check the day and month (day/month/year, e.g. 20/12/2024).`,
  },
  END_MISSING: {
    message: () =>
      'This task has no finish time (nor does its section). Fill in the "Finish" (Hoàn thành) column.',
  },
  START_MISSING: {
    message: (p) =>
      `This task has a finish ("${param(p, "end")}") but no start. Fill in the "Start" (Bắt đầu) column.`,
  },
  RANGE_REVERSED: {
    message: (p) =>
      `The start ("${param(p, "start")}") is after the finish ("${param(p, "end")}"). Check and correct them.`,
    suggestion: (p, s) =>
      s.length > 0 ? `Did you mean: ${s.join(" or ")} (instead of "${param(p, "text")}")?` : null,
  },
  DEADLINE_OUTSIDE_PERIOD: {
    message: (p) =>
      `The deadline "${param(p, "text")}" (${param(p, "deadline")}) is outside the plan period (${param(p, "period")}). Check the year.`,
  },
  OUTSIDE_SECTION_RANGE: {
    message: (p) =>
      `The time "${param(p, "text")}" is outside the time range of section ${param(p, "section")} (${param(p, "range")}). Check the task's or the section's time.`,
  },
  DEADLINE_VAGUE: {
    message: (p) =>
      `"${param(p, "text")}" gives no specific deadline, so the task can never be overdue. Give a specific deadline if possible.`,
  },
  OVERDUE: {
    message: (p) =>
      `Overdue: the deadline ${param(p, "deadline")} has passed (as of ${param(p, "asOf")}) and the task is not done${
        param(p, "status") ? ` (status: "${param(p, "status")}")` : ""
      }. Update the status, or follow up.`,
  },
  STATUS_UNKNOWN: {
    message: (p) =>
      `The status "${param(p, "status")}" is not understood. Use one of: Đã hoàn thành, Đang thực hiện, Chưa thực hiện.`,
  },
  STATUS_NARRATIVE: {
    message: (p) =>
      `The progress column is written as narrative; for ${param(p, "count")} tasks the status could not be told (e.g. "${param(p, "status")}"), so they count as status unknown. To track them, write: Đã hoàn thành, Đang thực hiện or Chưa thực hiện.`,
  },
  SUBMISSION_MISSING: {
    message: (p) => `"${param(p, "unit")}" has not submitted a report. Remind them.`,
  },
  SUBMISSION_DUPLICATE: {
    message: (p) =>
      `"${param(p, "unit")}" submitted ${param(p, "count") || "several"} reports: "${param(p, "kept")}" counts${replacementReasonEn(p)}; replaced, not counted: "${param(p, "replaced")}"${
        param(p, "more") ? ` and ${param(p, "more")} more` : ""
      }. To count another one, choose it when consolidating; if a report is another unit's, correct the unit name at the top of its sheet.`,
  },
  SUBMISSION_UNIT_CONFLICT: {
    message: (p) =>
      `${param(p, "count") || "Several"} submissions say at the top that they are the report of "${param(p, "unit")}" (${param(p, "sheets")}${
        param(p, "more") ? `; and ${param(p, "more")} more` : ""
      }), but the name "${param(p, "name")}" points to "${param(p, "other")}". It is unclear whether this is a resubmission or another unit's report, so all are counted for "${param(p, "unit")}". If it is the report of "${param(p, "other")}", correct the unit name at the top of the sheet.`,
  },
  FORMULA_TEXT: {
    message: (p) =>
      `The cell starts with "=" ("${param(p, "text")}"); Excel may take it for a formula when it is copied. Remove the leading "=".`,
  },
  CELL_ERROR_VALUE: {
    message: (p) =>
      `The cell holds the error value ${param(p, "error")} (usually a broken formula reference), so it cannot be checked. Re-enter its content.`,
  },
  CELL_TOO_LONG: {
    message: (p) =>
      `The cell holds ${param(p, "length")} characters, over Excel's limit of ${param(p, "limit")} per cell (Excel may call the file damaged); the summary keeps only the beginning. Shorten it, or move the details to an attached document.`,
  },
  SHEET_TRUNCATED: {
    message: (p) =>
      `The sheet is very large: only the first ${param(p, "rows")} rows were read and checked. Split it into smaller sheets to check everything.`,
  },
  SUBMISSION_UNREADABLE: {
    message: (p) =>
      param(p, "reason")
        ? `"${param(p, "file")}" could not be read: ${param(p, "reason")}`
        : `"${param(p, "file")}" could not be read. Check that it is an Excel (.xlsx) file and not password-protected.`,
  },
  AGENCY_RENAMED: {
    message: (p) =>
      `${label(p)} "${param(p, "name")}" is a former name: since ${param(p, "since")} the body is "${param(p, "successor")}". Use the new name.`,
    suggestion: (p) => (param(p, "successor") ? `Did you mean: ${param(p, "successor")}?` : null),
  },
  AGENCY_NOTE: {
    message: (p) =>
      `${label(p)}: read as "${param(p, "names")}"; the words "${param(p, "note")}" say the role or scope and were set aside.`,
  },
  AGENCY_PROSE: {
    message: (p) =>
      `${label(p)} "${param(p, "text")}" is a sentence, not a list of agencies; it mentions ${param(p, "names")}. Check which agency this cell means.`,
  },
  LEGACY_ENCODING: {
    message: (p) =>
      `${param(p, "cells")} cells are typed in the legacy ${param(p, "encoding")} encoding (${param(p, "encoding") === "VNI" ? "the VNI-Times font" : "the .VnTime font"}), not Unicode, e.g. "${param(p, "text")}" → "${param(p, "converted")}". Checking and consolidation read them as the converted Unicode text (the source file is not changed), but other computers still show them garbled. Convert them to Unicode (in Excel: the add-in's "Convert to Unicode" button; or Unikey: conversion tool, from ${param(p, "encoding")} to Unicode).`,
  },
  TASK_NOT_REPORTED: {
    message: (p) =>
      `The report of "${param(p, "unit")}" lacks task ${param(p, "stt")} "${param(p, "content")}", which its template holds.`,
    suggestion: () => "Report on this task (status and result) on its row of the template.",
  },
  TEMPLATE_OTHER_PLAN: {
    message: (p) =>
      `"${param(p, "unit")}" reported on the template of another plan ("${param(p, "title")}"), not "${param(p, "plan")}".`,
    suggestion: () => "Report on this plan's template.",
  },
  TEMPLATE_OUTDATED: {
    message: (p) => `"${param(p, "unit")}" reported on an old template, made before the plan was changed.`,
    suggestion: () => "Send the unit the new template and ask for the report on it.",
  },
};
