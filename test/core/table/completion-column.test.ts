import type { Cell } from "../../../src/core/snapshot";
import { readAnnexTable } from "../../../src/core/table/index";

function headerOf(labels: readonly string[], rows: readonly (readonly Cell[])[]) {
  const table = readAnnexTable({ sheet: "Báo cáo", rows: [labels, ...rows], merges: [] });
  if (!table) throw new Error("no table");
  return table.header;
}

const ROWS: readonly (readonly Cell[])[] = [
  [
    "1",
    "Tuyên truyền chuyển đổi số",
    "30/06/2024",
    "Phòng Văn hóa và Thông tin",
    "Đã hoàn thành",
    "15/06/2024",
  ],
  ["2", "Tập huấn kỹ năng số", "30/09/2024", "Phòng Văn hóa và Thông tin", "Đang thực hiện", null],
  ["3", "Ban hành kế hoạch", "31/03/2024", "Phòng Văn hóa và Thông tin", "Đã hoàn thành", "02/04/2024"],
];

describe("the completion-date column", () => {
  it.each([
    ["Ngày hoàn thành thực tế", "Thời hạn hoàn thành"],
    ["Thời gian hoàn thành (thực tế)", "Thời hạn"],
    ["Ngày đã hoàn thành", "Hạn hoàn thành"],
    ["Thời điểm hoàn thành", "Thời hạn hoàn thành"],
    ["Ngày hoàn thành", "Hạn hoàn thành"],
  ])("%s beside %s: the deadline stays the finish", (completion, finish) => {
    const header = headerOf(
      ["STT", "Nội dung nhiệm vụ", finish, "Cơ quan chủ trì", "Tình trạng", completion],
      ROWS,
    );
    expect(header.columns.end).toBe(3);
    expect(header.completion).toEqual({ column: 6, label: completion });
  });

  it("an unambiguous completion label before the deadline column does not take the finish", () => {
    const rows = ROWS.map(([stt, content, end, lead, status, done]): Cell[] => [
      stt ?? null,
      content ?? null,
      done ?? null,
      end ?? null,
      lead ?? null,
      status ?? null,
    ]);
    const header = headerOf(
      [
        "STT",
        "Nội dung nhiệm vụ",
        "Ngày hoàn thành thực tế",
        "Thời hạn hoàn thành",
        "Cơ quan chủ trì",
        "Tình trạng",
      ],
      rows,
    );
    expect(header.columns.end).toBe(4);
    expect(header.completion?.column).toBe(3);
  });

  it.each([
    // In plans these are the deadline: never a completion date.
    ["Thời gian hoàn thành"],
    ["Thời hạn hoàn thành"],
    ["Ngày hoàn thành"],
  ])("%s alone is the finish, not a completion date", (finish) => {
    const header = headerOf(
      ["STT", "Nội dung nhiệm vụ", finish, "Cơ quan chủ trì", "Tình trạng"],
      ROWS.map((row) => row.slice(0, 5)),
    );
    expect(header.columns.end).toBe(3);
    expect(header.completion).toBeUndefined();
  });
});
