/**
 * Issue 8: the summary and the findings count the same tasks. Over generated ward reports (parts,
 * sections, tasks, sub-items; times, leads and statuses on any level; any as-of day), the overdue count
 * of Tổng hợp (UnitSummary.overdue, and the grid's openOverdue) is the number of OVERDUE findings on
 * task rows, and every task row is one consolidated task.
 */
import fc from "fast-check";
import { createAgencyMatcher } from "../../src/core/agency";
import { consolidateSubmissions } from "../../src/core/consolidate";
import { dayNumber, yearInterval } from "../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import type { Cell, SheetSnapshot } from "../../src/core/snapshot";
import { validateSheet } from "../../src/core/validate";

const matcher = createAgencyMatcher(DEFAULT_DIRECTORY);

const TIMES: readonly Cell[] = [
  null,
  null,
  "Quý I",
  "Quý II",
  "Quý IV",
  "Tháng 3",
  "30/06/2024",
  "Trước 15/5/2024",
  "Quý I ~ Quý III",
  "Quý II - Quý IV",
  "Thường xuyên",
  "Theo kế hoạch",
  "Quý V",
  "không rõ",
  { date: "2024-08-31" },
  { error: "#REF!" },
];
const STATUSES: readonly Cell[] = [
  null,
  "",
  "Đã hoàn thành",
  "Hoàn thành",
  "Đã hoàn thành ngày 10/3/2024",
  "Đang thực hiện",
  "Chưa thực hiện",
  "Chưa hoàn thành",
  "Dừng thực hiện",
  "Đã hủy",
  "??",
  { error: "#N/A" },
];
const LEADS: readonly Cell[] = [null, "Phòng Văn hóa và Thông tin", "UBND phường", "Một cơ quan lạ"];

interface Line {
  readonly level: "part" | "section" | "task" | "subitem";
  readonly start: Cell;
  readonly end: Cell;
  readonly lead: Cell;
  readonly status: Cell;
}

const line: fc.Arbitrary<Line> = fc.record({
  level: fc.constantFrom("part", "section", "task", "task", "task", "subitem"),
  start: fc.constantFrom(...TIMES),
  end: fc.constantFrom(...TIMES),
  lead: fc.constantFrom(...LEADS),
  status: fc.constantFrom(...STATUSES),
});

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/** A ward report: numbers as a clerk writes them (parts A, B…; sections I, II…; tasks 1, 2… per section). */
function sheetOf(lines: readonly Line[], combined: boolean): SheetSnapshot {
  let parts = 0;
  let sections = 0;
  let tasks = 0;
  let subitems = 0;
  const rows = lines.map((l): Cell[] => {
    let stt: string;
    if (l.level === "part") {
      stt = String.fromCharCode(65 + (parts++ % 26));
      sections = 0;
      tasks = 0;
    } else if (l.level === "section") {
      stt = ROMAN[sections++ % ROMAN.length] ?? "I";
      tasks = 0;
    } else if (l.level === "task") {
      stt = String(++tasks);
      subitems = 0;
    } else {
      stt = `${String.fromCharCode(97 + (subitems++ % 26))})`;
    }
    const content = l.level === "part" || l.level === "section" ? `NHÓM ${stt}` : `Nhiệm vụ ${stt}`;
    return combined
      ? [stt, content, l.end, l.lead, null, l.status]
      : [stt, content, l.start, l.end, l.lead, null, l.status];
  });
  const header = combined
    ? ["STT", "Nội dung nhiệm vụ", "Thời gian thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp", "Tình trạng"]
    : [
        "STT",
        "Nội dung nhiệm vụ",
        "Bắt đầu",
        "Hoàn thành",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Tình trạng",
      ];
  return {
    sheet: "Báo cáo",
    rows: [
      ["ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN"],
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024"],
      header,
      ...rows,
    ],
    merges: [],
  };
}

describe("Tổng hợp and Kiểm tra agree on overdue tasks", () => {
  it("on every generated report and as-of day", () => {
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 500 }),
        (lines, combined, offset) => {
          const asOf = dayNumber(2024, 1, 1) + offset;
          const options = { period: yearInterval(2024), asOf, directory: DEFAULT_DIRECTORY };
          const report = validateSheet(sheetOf(lines, combined), options, matcher);
          const c = consolidateSubmissions(
            {
              reports: [report],
              unreadable: [],
              directory: DEFAULT_DIRECTORY,
              period: yearInterval(2024),
              asOf,
            },
            matcher,
          );
          const taskRows = new Set(
            (report.table?.rows ?? []).filter((r) => r.kind === "task").map((r) => r.row),
          );
          const overdueFindings = report.findings.filter(
            (f) => f.code === "OVERDUE" && f.row !== undefined && taskRows.has(f.row),
          ).length;
          const summaryOverdue = c.units.reduce((n, u) => n + u.overdue, 0);
          const gridOverdue = c.units.reduce((n, u) => n + u.grid.classes.openOverdue, 0);
          expect([summaryOverdue, gridOverdue]).toEqual([overdueFindings, overdueFindings]);
          // Every task row counted once: in the task list, in its unit and in the grid.
          expect(c.tasks.map((t) => t.row).sort((a, b) => a - b)).toEqual(
            [...taskRows].sort((a, b) => a - b),
          );
          expect(c.units.reduce((n, u) => n + u.tasks, 0)).toBe(taskRows.size);
          expect(c.units.reduce((n, u) => n + u.grid.total, 0)).toBe(taskRows.size);
        },
      ),
      { numRuns: 300 },
    );
  });
});
