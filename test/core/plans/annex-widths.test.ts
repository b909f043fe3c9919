import { buildAnnexPlan, defaultAnnexOptions } from "../../../src/core/plans/annex-plan";
import { PRINTABLE_MM, fitColumnWidths } from "../../../src/core/plans/annex-widths";
import { columnTextPoints, wrappedLinesAt } from "../../../src/core/plans/font-metrics";
import { readAnnexTable } from "../../../src/core/table/index";
import { seedAnnexSnapshot } from "../../helpers/seed-annex";

/** Printed width in mm of columns of these Excel widths (7 px per unit + 5 px, 96 px per inch). */
function printedMm(widths: readonly number[]): number {
  return (widths.reduce((n, w) => n + Math.trunc(w * 7 + 5), 0) / 96) * 25.4;
}

describe("fitColumnWidths", () => {
  it("fills A4 landscape's printable width without passing it, so the annex prints at 100 %", () => {
    const snapshot = seedAnnexSnapshot();
    const table = readAnnexTable(snapshot)!;
    const plan = buildAnnexPlan(snapshot, table, defaultAnnexOptions(snapshot, table));
    const mm = printedMm(plan.columnWidths);
    expect(mm).toBeLessThanOrEqual(PRINTABLE_MM);
    expect(mm).toBeGreaterThan(PRINTABLE_MM - 5);
    const [stt, content, start, end, lead, support] = plan.columnWidths;
    // The task text gets the most room, the STT the least; the quarter columns stay narrow.
    expect(content).toBeGreaterThan(Math.max(stt!, start!, end!, lead!, support!));
    expect(stt).toBeLessThan(start!);
    expect(start).toBeLessThan(lead!);
  });

  it.each([4, 6, 8, 10])("%i columns of long text still fit the page", (count) => {
    const long =
      "Tổ chức tuyên truyền, phổ biến các nội dung về chuyển đổi số trên các phương tiện thông tin";
    const body = Array.from({ length: 5 }, () => Array.from({ length: count }, () => long));
    const widths = fitColumnWidths(
      [Array.from({ length: count }, () => "Cơ quan phối hợp")],
      body,
      count,
      12,
    );
    expect(printedMm(widths)).toBeLessThanOrEqual(PRINTABLE_MM);
    expect(widths.every((w) => w >= 4)).toBe(true);
  });

  it("gives no column more than its longest line while another still wraps", () => {
    const widths = fitColumnWidths(
      [["STT", "Nội dung", "Hạn"]],
      [
        ["1.", "Một nội dung rất dài ".repeat(30), "Quý I"],
        ["2.", "Nội dung khác cũng dài ".repeat(20), "Quý IV"],
      ],
      3,
      12,
    );
    expect(widths[0]).toBeLessThan(6);
    expect(widths[2]).toBeLessThan(9);
    expect(printedMm(widths)).toBeGreaterThan(PRINTABLE_MM - 5);
  });
});

describe("fitColumnWidths makes the printed table short", () => {
  it("no step of width from one column to another makes seed 000's table any shorter", () => {
    const snapshot = seedAnnexSnapshot();
    const table = readAnnexTable(snapshot)!;
    const plan = buildAnnexPlan(snapshot, table, defaultAnnexOptions(snapshot, table));
    const size = 12;
    const body = plan.values.slice(6).map((row) => row.map((v) => (typeof v === "string" ? v : "")));
    const height = (widths: readonly number[]): number =>
      body.reduce(
        (total, row) =>
          total +
          Math.max(
            1,
            ...widths.map((w, c) => (row[c] ? wrappedLinesAt(row[c], columnTextPoints(w), size) : 1)),
          ),
        0,
      );
    const found = height(plan.columnWidths);
    const widths = plan.columnWidths;
    for (let from = 0; from < widths.length; from++) {
      for (let to = 0; to < widths.length; to++) {
        if (from === to || widths[from]! <= 5) continue;
        const moved = widths.map((w, c) => (c === from ? w - 1 : c === to ? w + 1 : w));
        expect(height(moved)).toBeGreaterThanOrEqual(found);
      }
    }
  });
});

it("sizes a 20 000-row annex (more words than a call takes arguments) within the page", () => {
  const body = Array.from({ length: 20_000 }, (_, r) => [
    `${r + 1}.`,
    "Tổ chức tuyên truyền, phổ biến các nội dung về chuyển đổi số",
    "Quý I",
    "Phòng Văn hóa và Thông tin",
  ]);
  const widths = fitColumnWidths([["STT", "Nội dung nhiệm vụ", "Thời gian", "Cơ quan chủ trì"]], body, 4, 12);
  expect(widths).toHaveLength(4);
  expect(printedMm(widths)).toBeLessThanOrEqual(PRINTABLE_MM);
});
