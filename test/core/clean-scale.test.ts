/**
 * Issue 7, "done when": a 20 000-task sheet of clean tasks gives no warnings at all. The sheet is a commune's
 * report as such reports are written after the 2025 reorganisation: the commune's own bodies and mass
 * organisations (several spellings of one body), its own People's Committee named generically, deadlines
 * as quarters, months, dates and sentences, statuses in the words clerks use, and a result column.
 * Every task is correct: nothing overdue is left undone, no range is reversed, no name is misspelt.
 */
import { dayNumber, yearInterval } from "../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import type { Cell, SheetSnapshot } from "../../src/core/snapshot";
import { validateSheet } from "../../src/core/validate";

const TASKS = 20_000;
const PER_SECTION = 1_000;
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

const VERBS = ["Tổ chức", "Xây dựng", "Triển khai", "Rà soát", "Tuyên truyền", "Kiểm tra", "Hướng dẫn"];
const OBJECTS = [
  "kế hoạch chuyển đổi số của xã",
  "công tác cải cách hành chính",
  "phong trào toàn dân đoàn kết xây dựng đời sống văn hóa",
  "việc cập nhật dữ liệu dân cư",
  "hội nghị sơ kết 6 tháng",
  "công tác phòng cháy, chữa cháy trong khu dân cư",
];
/** Bodies of a commune, in the spellings real reports use (full, abbreviated, old and new tone marks). */
const BODIES = [
  "Phòng Văn hóa - Xã hội",
  "Phòng VH-XH",
  "Phòng Văn hoá - Xã hội",
  "Phòng Kinh tế",
  "Văn phòng HĐND và UBND xã",
  "Công an xã",
  "Ban Chỉ huy quân sự xã",
  "Trạm Y tế xã",
  "Trung tâm Phục vụ hành chính công xã",
  "Ủy ban MTTQ Việt Nam xã",
  "Hội Nông dân xã",
  "Hội Liên hiệp Phụ nữ xã",
  "Đoàn Thanh niên xã",
  "Hội Cựu chiến binh xã",
];
const SUPPORT_GROUPS = ["Các đoàn thể", "Các cơ quan, đơn vị liên quan", "Ủy ban nhân dân xã"];

/** [start, end, due month (1-12) or undefined when recurring] */
const TIMES: readonly (readonly [Cell, Cell, number | undefined])[] = [
  ["Quý I", "Quý I", 3],
  ["Quý I", "Quý II", 6],
  ["Quý II", "Quý III", 9],
  ["Quý III", "Quý IV", 12],
  ["", "Tháng 10/2026", 10],
  ["Tháng 3", "Tháng 8", 8],
  ["", "Trước 30/11/2026", 11],
  ["Quý I", "Thường xuyên", undefined],
  ["", { date: "2026-04-30" }, 4],
];
const AS_OF_MONTH = 7; // 15/07/2026: the first half-year is due
const DONE = ["Đã hoàn thành", "Hoàn thành", "Đã thực hiện", "Xong"];
const OPEN = ["Đang thực hiện", "Đang triển khai", "Chưa thực hiện", "Chưa triển khai"];

const pick = <T>(items: readonly T[], i: number): T => items[i % items.length] as T;

function taskRow(i: number): Cell[] {
  const [start, end, due] = pick(TIMES, i);
  const lead = pick(BODIES, i);
  let support = pick(BODIES, i + 5);
  if (support.slice(0, 8) === lead.slice(0, 8)) support = pick(SUPPORT_GROUPS, i);
  const support2 = pick(SUPPORT_GROUPS, i >> 1);
  const done = due !== undefined && due < AS_OF_MONTH;
  const status = done ? pick(DONE, i) : pick(OPEN, i >> 2);
  const result = done ? "Đã tổ chức thực hiện theo kế hoạch" : "";
  return [
    String((i % PER_SECTION) + 1),
    `${pick(VERBS, i)} ${pick(OBJECTS, i >> 3)}`,
    start,
    end,
    lead,
    `${support}; ${support2}`,
    status,
    result,
  ];
}

function cleanReport(): SheetSnapshot {
  const rows: Cell[][] = [
    ["ỦY BAN NHÂN DÂN XÃ AN PHÚ"],
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2026"],
    [],
    [
      "STT",
      "Nội dung nhiệm vụ",
      "Thời gian bắt đầu",
      "Thời gian hoàn thành",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
      "Tình trạng",
      "Kết quả thực hiện",
    ],
  ];
  for (let i = 0; i < TASKS; i++) {
    if (i % PER_SECTION === 0) {
      const n = i / PER_SECTION;
      const roman = n < 10 ? pick(ROMAN, n) : `X${pick(ROMAN, n - 10)}`;
      rows.push([roman, `Nhóm nhiệm vụ ${n + 1}`]);
    }
    rows.push(taskRow(i));
  }
  return { sheet: "Báo cáo", rows, merges: [] };
}

describe("a 20 000-task sheet of clean tasks", () => {
  const report = validateSheet(cleanReport(), {
    period: yearInterval(2026),
    asOf: dayNumber(2026, AS_OF_MONTH, 15),
    directory: DEFAULT_DIRECTORY,
  });

  it("counts every task", () => {
    expect(report.tasks).toBe(TASKS);
  });

  it("gives no error or warning at all", () => {
    const noisy = report.findings.filter((f) => f.severity !== "info");
    const byCode = new Map<string, number>();
    for (const f of noisy) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
    expect(Object.fromEntries(byCode)).toEqual({});
  });
});
