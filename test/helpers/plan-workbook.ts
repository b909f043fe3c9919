/** A plan sheet for the round trip in the pane (issue 11), open in a fake workbook with its directory. */
import type { Cell } from "../../src/core/snapshot";
import { installFakeExcel, type FakeExcel } from "../fakes/fake-excel";

export const VHTT = "Phòng Văn hóa và Thông tin";

export const PLAN_ROWS: Cell[][] = [
  ["NHIỆM VỤ CỤ THỂ TRIỂN KHAI CÔNG TÁC CHUYỂN ĐỔI SỐ NĂM 2024"],
  [],
  ["STT", "Nội dung nhiệm vụ", "Bắt đầu", "Hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp"],
  ["I", "Truyền thông chuyển đổi số"],
  [1, "Xây dựng kế hoạch truyền thông", "Quý I", "Quý I", "UBND các phường", VHTT],
  [2, "Tổ chức hội nghị chuyên đề", "Quý II", "Quý IV", VHTT, "UBND phường Lãm Hà"],
  [3, "Cập nhật cổng thông tin điện tử", "Quý I", "Quý IV", VHTT, ""],
  ["II", "Hạ tầng số"],
  [4, "Rà soát thiết bị một cửa", "Quý II", "Quý III", "UBND các phường", ""],
  [5, "Tập huấn kỹ năng số cho cán bộ", "Quý II", "Quý III", "UBND các phường", VHTT],
  [6, "Báo cáo kết quả thực hiện", "Quý IV", "Quý IV", "UBND các phường", ""],
];

export const wardName = (i: number): string => ["Lãm Hà", "Nam Sơn", "Ngọc Sơn"][i] ?? `Số ${i}`;

/** A workbook with the plan sheet open and a directory whose wards must report. */
export function planWorkbook(wards: readonly string[]): FakeExcel {
  const fake = installFakeExcel();
  fake.addSheet("Kế hoạch", { rows: PLAN_ROWS });
  fake.addSheet("Danh mục cơ quan", {
    rows: [
      ["Tên chuẩn", "Tên khác", "Loại", "Phải nộp"],
      [VHTT, "", "Cơ quan", "Không"],
      ...wards.map((w) => [`Ủy ban nhân dân phường ${w}`, `UBND phường ${w}`, "Đơn vị", "Có"]),
    ],
  });
  return fake;
}
