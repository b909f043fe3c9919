import { createAgencyMatcher } from "../../src/core/agency";
import { consolidateSubmissions } from "../../src/core/consolidate";
import { dayNumber, yearInterval } from "../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import { consolidationPlans } from "../../src/core/plans/consolidation-plans";
import type { RowSpec } from "./plans/fixtures";
import { annexTable, sheetReport } from "./plans/fixtures";

const UNITS = 20;
const TASKS_PER_UNIT = 5_000;
const ENDS = ["Quý I", "Quý II", "Quý III", "Quý IV", "Thường xuyên", "Trước 20/12/2024", "Tháng 10"];
const LEADS = ["Phòng VH-TT", "Phòng GD&ĐT", "Phòng TC-KH; UBND các phường", "Một cơ quan lạ"];
const STATUSES = ["Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện", null];

function unitReport(unit: number) {
  const specs: RowSpec[] = [];
  for (let i = 0; i < TASKS_PER_UNIT; i++) {
    if (i % 100 === 0)
      specs.push({ kind: "section", stt: `S${i / 100}`, cells: { content: `Mục ${i / 100}` } });
    specs.push({
      kind: "task",
      stt: String(i + 1),
      cells: {
        content: `Nhiệm vụ ${unit}.${i}`,
        start: "Quý I",
        end: ENDS[i % ENDS.length] ?? null,
        lead: LEADS[i % LEADS.length] ?? null,
        support: "UBND các phường",
        status: STATUSES[i % STATUSES.length] ?? null,
      },
      extras: { 8: `Ghi thêm ${i % 3}` },
    });
  }
  const table = annexTable({ stt: 1, content: 2, start: 3, end: 4, lead: 5, support: 6, status: 7 }, specs, {
    extras: [{ column: 8, label: "Nguồn kinh phí" }],
  });
  return sheetReport(`Đơn vị ${unit}`, table, { unit: `Đơn vị ${unit}` });
}

describe("consolidating 100 000 tasks", () => {
  it("keeps every task and counts them per unit", () => {
    const reports = Array.from({ length: UNITS }, (_, u) => unitReport(u + 1));
    const started = Date.now();
    const c = consolidateSubmissions(
      {
        reports,
        unreadable: [],
        directory: DEFAULT_DIRECTORY,
        period: yearInterval(2024),
        asOf: dayNumber(2024, 7, 1),
      },
      createAgencyMatcher(DEFAULT_DIRECTORY),
    );
    const consolidated = Date.now();
    const plans = consolidationPlans(c, "vi", { sourceInWorkbook: true });
    console.log(
      `consolidated ${c.tasks.length} tasks in ${consolidated - started} ms, plans in ${Date.now() - consolidated} ms`,
    );

    expect(c.tasks).toHaveLength(UNITS * TASKS_PER_UNIT);
    const submitted = c.units.filter((u) => u.submitted);
    expect(submitted).toHaveLength(UNITS);
    expect(submitted.every((u) => u.tasks === TASKS_PER_UNIT && u.done === TASKS_PER_UNIT / 4)).toBe(true);
    expect(plans[1]?.values).toHaveLength(UNITS * TASKS_PER_UNIT + 1);
    const byLead = new Map<string, number>();
    for (const t of c.tasks) byLead.set(t.lead, (byLead.get(t.lead) ?? 0) + 1);
    // One lead text per distinct lead cell, each a quarter of the tasks (the two-lead cell joined).
    expect(byLead.size).toBe(LEADS.length);
    expect([...byLead.values()].every((n) => n === (UNITS * TASKS_PER_UNIT) / LEADS.length)).toBe(true);
    expect([...byLead.keys()].filter((lead) => lead.endsWith("; UBND các phường"))).toHaveLength(1);
  });
});
