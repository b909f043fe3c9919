import type { Cell } from "../../src/core/snapshot";

/**
 * The top of a ward's yearly report as tests write it: the unit line, the report title, a blank row and the
 * seven-column header (with Tình trạng). Task rows follow from row 5.
 */
export function wardReportHead(unitLine: string): Cell[][] {
  return [
    [unitLine],
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024"],
    [],
    [
      "STT",
      "Nội dung nhiệm vụ",
      "Bắt đầu",
      "Hoàn thành",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
      "Tình trạng",
    ],
  ];
}
