/** Synthetic but realistic annex rows for the benchmark: seed-like sections, times, agencies, statuses. */
import type { Cell, SheetSnapshot } from "../src/core/snapshot";

const CONTENTS = [
  "Xây dựng, ban hành và triển khai Kế hoạch truyền thông về chuyển đổi số năm 2024",
  "Tuyên truyền trên hệ thống truyền thanh: duy trì chuyên mục phát thanh về “Chuyển đổi số”, tối thiểu 1 chương trình/tuần",
  "Thông tin tuyên truyền qua các bảng tin công cộng tại tổ dân phố (khoảng 2-3 tin/tháng)",
  "Tổ chức hội nghị, hội thảo, toạ đàm về chuyển đổi số nhằm trao đổi kinh nghiệm",
  "Báo cáo kết quả triển khai kế hoạch truyền thông về chuyển đổi số",
];
const STARTS: readonly Cell[] = ["Quý I", "Quý II", "", "Tháng 3", "Quý I", "01/02/2024"];
const ENDS: readonly Cell[] = [
  "Quý IV",
  "Quý III/2024",
  "Trước 20/12/2024",
  "Tháng 10/2024",
  "Thường xuyên",
  { date: "2024-06-30" },
  "Quý II - Quý III",
  "Theo kế hoạch",
  "Trước 20/12/2023",
];
const LEADS = [
  "Phòng Văn hóa – Thông tin.",
  "Phòng VH-TT",
  "UBND các phường",
  "Trung tâm VH-TT & TT",
  "Phòng Giáo dục và Đào tạo",
  "Văn phòng HĐND-UBND quận; UBND các phường.",
  "Phòng Văn hoá Thông tin Du lịch",
];
const SUPPORTS = [
  "Các phòng, ban, đơn vị; Các tổ chức Chính trị - xã hội; UBND các phường",
  "Các cơ quan, đơn vị liên quan.",
  "Phòng Văn hóa – Thông tin;\nTrung tâm VH-TT & TT; các phòng, ban, đơn vị liên quan.",
  "",
  "Các doanh nghiệp viễn thông",
];
const STATUSES = ["Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện", "", "Hoàn thành", "Đang triển khai"];
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

function pick<T>(items: readonly T[], i: number): T {
  return items[i % items.length]!;
}

/** One row of a task (0-based task index `i`, numbered `n` within its section). */
export function taskRow(i: number, n: number): Cell[] {
  return [
    `${n}.`,
    `${pick(CONTENTS, i)} (${i + 1})`,
    pick(STARTS, i * 7),
    pick(ENDS, i * 5 + (i >> 3)),
    pick(LEADS, i * 3 + (i >> 4)),
    pick(SUPPORTS, i),
    pick(STATUSES, i * 11),
  ];
}

/** The rows of an annex with `tasks` task rows, a section every ten tasks (sections cycle I…X). */
export function annexRows(tasks: number, unit = "ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN"): Cell[][] {
  const rows: Cell[][] = [
    [unit],
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRUYỀN THÔNG CHUYỂN ĐỔI SỐ NĂM 2024"],
    ["(Kèm theo Kế hoạch số 45/KH-UBND ngày 15 tháng 03 năm 2024 của Ủy ban nhân dân quận Kiến An)"],
    [],
    ["STT", "Nội dung nhiệm vụ", "Thời gian", null, "Phân công trách nhiệm", null, "Tình trạng"],
    [null, null, "Bắt đầu", "Hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp", null],
  ];
  for (let i = 0; i < tasks; i++) {
    if (i % 10 === 0)
      rows.push([`${pick(ROMAN, i / 10)}.`, `Nhóm nhiệm vụ ${i / 10 + 1}`, "Quý I", "Quý IV"]);
    rows.push(taskRow(i, (i % 10) + 1));
  }
  return rows;
}

/** A snapshot as the file adapter would read it (header merges included). */
export function annexSnapshot(tasks: number, sheet = "Báo cáo", unit?: string): SheetSnapshot {
  return {
    file: `${sheet}.xlsx`,
    sheet,
    rows: annexRows(tasks, unit),
    merges: [
      { top: 5, left: 1, bottom: 6, right: 1 },
      { top: 5, left: 2, bottom: 6, right: 2 },
      { top: 5, left: 3, bottom: 5, right: 4 },
      { top: 5, left: 5, bottom: 5, right: 6 },
      { top: 5, left: 7, bottom: 6, right: 7 },
    ],
  };
}
