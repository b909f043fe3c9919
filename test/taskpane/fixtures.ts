/**
 * A known ward sheet for the pane's tests: a 2024 plan with three defects whose cells are known
 * (DESIGN §6): row 7 `Trước 20/12/2023` → DEADLINE_OUTSIDE_PERIOD at D7; row 8 no lead → LEAD_MISSING at
 * E8; row 9 `Quý V` → QUARTER_INVALID at C9. The header is row 4; columns A–F are stt, content, start,
 * end, lead, support.
 */
import type { Cell, SheetSnapshot } from "../../src/core/snapshot";
import { dayNumber } from "../../src/core/day";

export const TODAY = dayNumber(2024, 6, 30);

export const KNOWN_DEFECTS = [
  { row: 7, cell: "D7", code: "DEADLINE_OUTSIDE_PERIOD" },
  { row: 8, cell: "E8", code: "LEAD_MISSING" },
  { row: 9, cell: "C9", code: "QUARTER_INVALID" },
] as const;

const VHTT = "Phòng Văn hóa và Thông tin";

export function wardSheet(sheet = "Bắc Sơn", unitLine = "ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN"): SheetSnapshot {
  const rows: Cell[][] = [
    [unitLine, null, null, null, null, null],
    ["NHIỆM VỤ CỤ THỂ TRIỂN KHAI CÔNG TÁC TRUYỀN THÔNG CHUYỂN ĐỔI SỐ NĂM 2024", null, null, null, null, null],
    ["(Kèm theo Kế hoạch số 12/KH-UBND ngày 05 tháng 3 năm 2024 của Ủy ban nhân dân phường)"],
    ["STT", "Nội dung nhiệm vụ", "Bắt đầu", "Hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp"],
    ["I.", "Xây dựng và triển khai kế hoạch truyền thông", null, null, null, null],
    [
      "1.",
      "Ban hành kế hoạch truyền thông chuyển đổi số năm 2024",
      "Quý I",
      "Quý IV",
      VHTT,
      "UBND các phường",
    ],
    ["2.", "Báo cáo kết quả triển khai kế hoạch", null, "Trước 20/12/2023", VHTT, null],
    ["3.", "Tập huấn kỹ năng số cho cán bộ", "Quý II", "Quý III", null, "UBND các phường"],
    ["4.", "Tổng kết, đánh giá", "Quý V", "Quý IV", VHTT, null],
  ];
  return { sheet, rows, merges: [] };
}
