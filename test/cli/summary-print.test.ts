/**
 * Tổng hợp on paper, through LibreOffice's PDF (.ci/run installs `libreoffice-calc`; `pdftohtml` comes
 * with poppler-utils): five units print on one A4 page at full size, chart included; 120 units print on
 * as many pages as needed, every one with a readable font (≥ 10 pt as rendered), the per-unit table last
 * with the grid's header on each of its pages.
 * Without soffice or pdftohtml the test fails with that reason, never a silent pass.
 */
import fs from "fs";
import os from "os";
import path from "path";
import type { ConsolidatedTask, Consolidation, UnitSummary } from "../../src/core/consolidate";
import { summaryPlan } from "../../src/core/plans/summary-plan";
import { countGrid, type GridClass } from "../../src/core/task-grid";
import { workbookBuffer } from "../../src/file/write-workbook";
import { handConsolidation, task } from "../core/plans/summary-fixture";
import { printPages, requirePrintTools, type PdfText } from "../helpers/pdf-print";

interface PdfPage {
  readonly texts: readonly PdfText[];
}

/** The summary alone in a workbook, printed to PDF by LibreOffice, read back page by page. */
async function printSummary(c: Consolidation, dir: string, name: string): Promise<PdfPage[]> {
  requirePrintTools();
  const xlsx = path.join(dir, `${name}.xlsx`);
  fs.writeFileSync(xlsx, await workbookBuffer([summaryPlan(c, "vi", "Tổng hợp", "Dữ liệu tổng hợp")]));
  return printPages(xlsx, dir).map((texts) => ({ texts }));
}

/** `count` submitting units, each with tasks in several grid classes, worst ones first by name. */
function manyUnits(count: number): Consolidation {
  const base = handConsolidation();
  const classes: GridClass[] = ["doneOnTime", "doneUndated", "openInTime", "openOverdue", "noDeadline"];
  const units: UnitSummary[] = [];
  const tasks: ConsolidatedTask[] = [];
  for (let i = 1; i <= count; i++) {
    const name = `Ủy ban nhân dân xã Thử Nghiệm ${i}`;
    const own = classes
      .slice(0, 1 + (i % classes.length))
      .map((grid, k) => task(name, 6 + k, grid, grid === "openOverdue" ? { daysOverdue: i } : {}));
    tasks.push(...own);
    units.push({
      unit: name,
      submitted: true,
      sheets: [{ sheet: "Báo cáo" }],
      tasks: own.length,
      errors: 0,
      warnings: 0,
      missingDeadlines: 0,
      overdue: 0,
      done: 0,
      completion: 0,
      grid: countGrid(own),
    });
  }
  return { ...base, units, tasks, notSubmitted: [], rosterKnown: false };
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-summary-print-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// pdftohtml gives a text's size as 1.5 × its points in the PDF (Times New Roman's twin printed at 100 %:
// 10, 12, 13, 14 pt read as 15, 18, 20, 21). A page shrunk to fit prints smaller.
const TWELVE_POINTS = 18;
const TEN_POINTS = 15;

describe("Tổng hợp printed by LibreOffice", () => {
  it("of 5 units is one A4 page at full size, its chart drawn on it", async () => {
    const pages = await printSummary(handConsolidation(), dir, "five");
    expect(pages).toHaveLength(1);
    const texts = pages[0]!.texts;
    // The table at the plan's 12 pt and the chart's labels at 10 pt: nothing was shrunk to fit.
    expect(texts.find((t) => t.text === "Phường Đồng Hòa")?.size).toBe(TWELVE_POINTS);
    expect(Math.min(...texts.map((t) => t.size))).toBe(TEN_POINTS);
    // The chart: its title, its legend.
    expect(texts.some((t) => t.text.includes("Tình trạng nhiệm vụ theo đơn vị"))).toBe(true);
    expect(texts.some((t) => t.text.includes("Chưa hoàn thành – Quá hạn"))).toBe(true);
  }, 120_000);

  it("of 120 units fills several pages, each with a readable font (≥ 10 pt), the table last with its header on each of its pages", async () => {
    const pages = await printSummary(manyUnits(120), dir, "many");
    expect(pages.length).toBeGreaterThan(2);
    const hasHeader = (page: (typeof pages)[number]) =>
      page.texts.some((t) => t.text.startsWith("Tổng số")) && page.texts.some((t) => t.text === "Đơn vị");
    const firstTablePage = pages.findIndex(hasHeader);
    expect(firstTablePage).toBeGreaterThan(0);
    const pageFacts = pages.map((page, i) => ({
      page: i + 1,
      readable: Math.min(...page.texts.map((t) => t.size)) >= TEN_POINTS,
      header: hasHeader(page),
    }));
    // Before the table (title, key figures, overdue list, chart) no grid header stands over other columns;
    // from its first page on, every page carries it.
    expect(pageFacts).toEqual(
      pages.map((_, i) => ({ page: i + 1, readable: true, header: i >= firstTablePage })),
    );
    expect(pages[0]!.texts.some((t) => t.text.includes("quá hạn"))).toBe(true);
    expect(pages.at(-1)!.texts.some((t) => t.text === "Tổng cộng")).toBe(true);
    // The units' rows print at full size: the table was fitted to the width only.
    const unitRow = pages[firstTablePage + 1]!.texts.find((t) => t.text.startsWith("Xã Thử Nghiệm"));
    expect(unitRow?.size).toBe(TWELVE_POINTS);
  }, 240_000);
});
