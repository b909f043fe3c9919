/**
 * Mở ví dụ: a ward's report to try every tab on, the content of `examples/phuong-lam-ha.xlsx` built in code
 * (the pane reads no file at run time; a test keeps the two equal). It has what a real report has wrong: a
 * deadline in the year before the plan, an agency name not in the directory, a cell starting with `=`.
 * The add-in owns the sheet (owner `example`), so opening the example again replaces it.
 */
import type { PlanValue, SheetPlan } from "../sheet-plan";

export const EXAMPLE_SHEET_NAME = "Ví dụ - phường Lãm Hà";

const UNIT = "UBND phường Lãm Hà";
const VHTT = "Phòng Văn hóa và Thông tin";
const TT_VHTT = "Trung tâm Văn hóa, Thông tin và Thể thao";

/** Rows 1–17, columns A–G, as the example file holds them. */
const VALUES: readonly (readonly PlanValue[])[] = [
  ["ỦY BAN NHÂN DÂN PHƯỜNG LÃM HÀ"],
  ["BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRUYỀN THÔNG CHUYỂN ĐỔI SỐ NĂM 2024"],
  ["(Kèm theo Kế hoạch số 45/KH-UBND ngày 15 tháng 03 năm 2024 của Ủy ban nhân dân quận Kiến An)"],
  [],
  ["STT", "Nội dung nhiệm vụ", "Thời gian", null, "Phân công trách nhiệm", null, "Tình trạng"],
  [null, null, "Bắt đầu", "Hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp", null],
  ["I.", "Xây dựng, ban hành và triển khai kế hoạch truyền thông về chuyển đổi số"],
  [
    "1.",
    "Xây dựng, ban hành Kế hoạch truyền thông về chuyển đổi số năm 2024 của phường Lãm Hà",
    "Quý I",
    "Quý I",
    UNIT,
    VHTT,
    "Đã hoàn thành",
  ],
  [
    "2.",
    "Báo cáo kết quả triển khai kế hoạch truyền thông về chuyển đổi số năm 2024",
    null,
    "Trước 20/12/2023",
    UNIT,
    VHTT,
    "Đang thực hiện",
  ],
  ["II.", "Tuyên truyền trên các phương tiện thông tin đại chúng"],
  [
    "1.",
    "Xây dựng, duy trì chuyên mục phát thanh về “Chuyển đổi số” trên hệ thống truyền thanh phường, tối thiểu 1 chương trình/tuần",
    "Quý I",
    "Quý IV",
    UNIT,
    TT_VHTT,
    "Đang thực hiện",
  ],
  [
    "2.",
    "Thông tin tuyên truyền qua các bảng tin công cộng tại tổ dân phố",
    "Quý I",
    "Quý IV",
    UNIT,
    "Phòng Văn hoá - Du lịch",
    "Đang thực hiện",
  ],
  [
    "3.",
    "Treo pa nô, áp phích, băng rôn tuyên truyền nâng cao nhận thức về chuyển đổi số",
    "Quý II",
    "Quý III",
    UNIT,
    TT_VHTT,
    "Đang thực hiện",
  ],
  [
    "4.",
    '=HYPERLINK("http://kienan.haiphong.gov.vn","Cổng thông tin điện tử quận")',
    "Quý I",
    "Quý IV",
    UNIT,
    VHTT,
    "Đã hoàn thành",
  ],
  ["III.", "Hưởng ứng Ngày Chuyển đổi số quốc gia (10/10) năm 2024"],
  [
    "1.",
    "Tổ chức hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia, Tháng 10 - Tháng tiêu dùng số",
    "Tháng 9",
    "Tháng 10/2024",
    UNIT,
    "Các doanh nghiệp viễn thông",
    "Đã hoàn thành",
  ],
  [
    "2.",
    "Hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID và dịch vụ công trực tuyến",
    "Quý I",
    "Quý IV",
    UNIT,
    "Các cơ quan, đơn vị liên quan",
    "Đang triển khai",
  ],
];

const range = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

/** The example report's sheet plan, under `name` (EXAMPLE_SHEET_NAME unless that is taken by the clerk). */
export function exampleReportPlan(name: string = EXAMPLE_SHEET_NAME): SheetPlan {
  const last = VALUES.length;
  return {
    name,
    owner: "example",
    values: VALUES,
    styles: [
      { range: range(1, 1, 1, 3), style: { bold: true } },
      { range: range(2, 1, 2, 7), style: { bold: true, fontSize: 14, horizontal: "center" } },
      { range: range(3, 1, 3, 7), style: { italic: true } },
      { range: range(5, 1, last, 7), style: { border: "thin", vertical: "top", wrap: true } },
      { range: range(5, 1, 6, 7), style: { bold: true, horizontal: "center" } },
    ],
    merges: [
      range(1, 1, 1, 3),
      range(2, 1, 2, 7),
      range(3, 1, 3, 7),
      range(5, 3, 5, 4),
      range(5, 5, 5, 6),
      range(5, 1, 6, 1),
      range(5, 2, 6, 2),
      range(5, 7, 6, 7),
    ],
    columnWidths: [6, 60, 12, 14, 30, 30, 16],
  };
}
