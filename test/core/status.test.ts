import type { Cell } from "../../src/core/snapshot";
import { parseStatus, type TaskStatus } from "../../src/core/status";

describe("parseStatus", () => {
  it.each<readonly [Cell, TaskStatus]>([
    ["Đã hoàn thành", "done"],
    ["Hoàn thành", "done"],
    ["Đã thực hiện", "done"],
    ["Xong", "done"],
    ["đã hoàn thành.", "done"],
    ["ĐÃ HOÀN THÀNH", "done"],
    ["Đã hoàn thành 100%", "done"],
    ["Đã hoàn thành (100%)", "done"],
    ["Hoàn thành đúng hạn", "done"],
    ["Đã hoàn thành".normalize("NFD"), "done"],
    ["  Đã\u00a0hoàn\u200b thành  ", "done"],
    ["Đang thực hiện", "inProgress"],
    ["Đang triển khai", "inProgress"],
    ["Chưa hoàn thành", "inProgress"],
    ["Đang thực hiện 80%", "inProgress"],
    ["Chưa thực hiện", "notStarted"],
    ["Chưa triển khai", "notStarted"],
    ["chưa triển khai...", "notStarted"],
    ["50%", "inProgress"],
    ["100%", "done"],
    ["0%", "notStarted"],
    [1, "done"],
    [0.5, "inProgress"],
    [0, "notStarted"],
    [true, "done"],
    [null, "blank"],
    ["", "blank"],
    [" \u200b ", "blank"],
    ["Hoàn thành một phần", "unknown"],
    ["Đã hoàn thành nhưng chưa báo cáo", "unknown"],
    ["abc", "unknown"],
    [42, "unknown"],
    [{ error: "#N/A" }, "unknown"],
    [{ date: "2024-05-01" }, "unknown"],
    // A done phrase with a percentage below 100 is work in progress: `Hoàn thành 80%` is not done.
    ["Hoàn thành 80%", "inProgress"],
    ["Đã hoàn thành 50%", "inProgress"],
    ["Đã hoàn thành (90%)", "inProgress"],
    ["Hoàn thành 99,5%", "inProgress"],
    ["Hoàn thành 0%", "notStarted"],
    ["Đã hoàn thành 100% đúng hạn", "done"],
    ["Đang thực hiện (đạt 50%)", "inProgress"],
    ["Đã hoàn thành (đạt 100%)", "done"],
    ["Đã thực hiện 3", "done"],
  ])("%p → %s", (cell, status) => {
    expect(parseStatus(cell)).toBe(status);
  });
});
