import { completionDay } from "../../src/core/completion";
import { dayNumber, yearInterval } from "../../src/core/day";
import type { Cell } from "../../src/core/snapshot";
import { timeParser } from "../../src/core/task-cells";

const parseTime = timeParser(yearInterval(2024));
const AS_OF = dayNumber(2024, 11, 30);

function day(input: { column?: Cell; status?: Cell; result?: Cell; content?: Cell; asOf?: number }) {
  const found = completionDay({
    ...(input.column === undefined ? {} : { column: input.column }),
    status: input.status ?? "Đã hoàn thành",
    result: input.result ?? null,
    content: input.content ?? "Tuyên truyền về chuyển đổi số",
    asOf: input.asOf ?? AS_OF,
    parseTime,
  });
  return found;
}

describe("the day a done task was done", () => {
  it.each<[string, Cell, number]>([
    ["a date typed as text", "15/06/2024", dayNumber(2024, 6, 15)],
    ["an Excel date", { date: "2024-06-15" }, dayNumber(2024, 6, 15)],
    ["a date without its year (the plan year)", "15/6", dayNumber(2024, 6, 15)],
    ["a serial date stored as a number", 45458, dayNumber(2024, 6, 15)],
  ])("from the completion column: %s", (_name, column, expected) => {
    expect(day({ column })).toBe(expected);
  });

  it.each<[string, number]>([
    ["Đã hoàn thành ngày 15/06/2024", dayNumber(2024, 6, 15)],
    ["Hoàn thành ngày 15/6/2024", dayNumber(2024, 6, 15)],
    ["Đã hoàn thành vào ngày 15/06/2024", dayNumber(2024, 6, 15)],
    ["Đã hoàn thành (15/06/2024)", dayNumber(2024, 6, 15)],
    ["Xong: 15/6", dayNumber(2024, 6, 15)],
    ["ĐÃ HOÀN THÀNH NGÀY 15/06/2024", dayNumber(2024, 6, 15)],
    ["Đa\u0303 hoa\u0300n tha\u0300nh nga\u0300y 15/06/2024", dayNumber(2024, 6, 15)],
  ])("from the status %p", (status, expected) => {
    expect(day({ status })).toBe(expected);
  });

  it.each<[string, string, number]>([
    [
      "Đã ban hành Kế hoạch số 12/KH-UBND ngày 10/5/2024",
      "Ban hành Kế hoạch tuyên truyền",
      dayNumber(2024, 5, 10),
    ],
    ["Đã tổ chức Hội nghị ngày 05/6/2024 tại Hội trường", "Tổ chức hội nghị tập huấn", dayNumber(2024, 6, 5)],
  ])("from the result %p of the task %p", (result, content, expected) => {
    expect(day({ status: "Đã hoàn thành", result, content })).toBe(expected);
  });

  it.each<[string, { column?: Cell; status?: Cell; result?: Cell; content?: Cell }]>([
    ["done with no date", { status: "Đã hoàn thành" }],
    // Only exact days: a month or quarter says when only roughly.
    ["a month in the status", { status: "Hoàn thành tháng 5/2024" }],
    ["a quarter in the status", { status: "Đã hoàn thành trong Quý II" }],
    ["a month in the column", { column: "Tháng 5/2024" }],
    ["a date before which, not on which", { status: "Đã hoàn thành trước 15/06/2024" }],
    ["a date after the as-of day", { column: "15/12/2024" }],
    // A document the work follows from, not the work's date.
    [
      "the date of a document the status cites",
      { status: "Đã hoàn thành theo Kế hoạch số 12/KH-UBND ngày 10/5/2024" },
    ],
    [
      "a plan issued for a task that is not issuing it",
      {
        result: "Đã ban hành Kế hoạch số 12/KH-UBND ngày 10/5/2024",
        content: "Tuyên truyền về chuyển đổi số",
      },
    ],
    [
      "a span of days the act ran over",
      { result: "Đã tổ chức từ ngày 01/5 đến 10/5/2024", content: "Tổ chức tuyên truyền" },
    ],
    [
      "a span written with a dash",
      { result: "Đã tổ chức Hội nghị ngày 01/5 - 10/5/2024", content: "Tổ chức hội nghị" },
    ],
    [
      "a result that is no act",
      { result: "Có 120 lượt người tham gia ngày 10/5/2024", content: "Tổ chức hội nghị" },
    ],
    ["a sentence in the column", { column: "Đã xong vào ngày 15/6/2024 theo báo cáo" }],
  ])("none for %s", (_name, input) => {
    expect(day(input)).toBeUndefined();
  });
});
