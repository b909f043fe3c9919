import type { Cell, SheetSnapshot } from "../../../src/core/snapshot";
import { readTitleBlock } from "../../../src/core/table/title";
import { SEED_ANNEX, readSeedAnnexText, seedAnnexSnapshot } from "../../helpers/seed-annex";

function sheet(rows: Cell[][]): SheetSnapshot {
  return { sheet: "Sheet1", rows, merges: [] };
}

const HEADER: Cell[] = ["STT", "Nội dung", "Thời gian", "Chủ trì", "Phối hợp"];

describe("readTitleBlock", () => {
  it("reads the seed annex's title and Kèm theo line", () => {
    const seed = readSeedAnnexText();
    const block = readTitleBlock(seedAnnexSnapshot(), SEED_ANNEX.headerRow);
    expect(block.title).toBe(seed.title);
    expect(block.title).toMatch(/^Nhiệm vụ cụ thể triển khai/);
    expect(block.attachedTo).toMatch(/^\(Ban hành kèm theo Kế hoạch số .*quận\)$/);
    expect(block.lines.map((line) => [line.row, line.column])).toEqual([
      [1, 1],
      [2, 1],
    ]);
  });

  it("skips the issuing body, national motto, number, date and the PHỤ LỤC label", () => {
    const block = readTitleBlock(
      sheet([
        [
          "ỦY BAN NHÂN DÂN\nPHƯỜNG BẮC SƠN",
          null,
          null,
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
        ],
        ["Số: 12/KH-UBND", null, null, "Bắc Sơn, ngày 05 tháng 3 năm 2024"],
        [],
        ["PHỤ LỤC II"],
        ["NHIỆM VỤ TRIỂN KHAI CÔNG TÁC CHUYỂN ĐỔI SỐ NĂM 2024"],
        ["(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/3/2024 của UBND phường Bắc Sơn)"],
        HEADER,
      ]),
      7,
    );
    expect(block.title).toBe("NHIỆM VỤ TRIỂN KHAI CÔNG TÁC CHUYỂN ĐỔI SỐ NĂM 2024");
    expect(block.attachedTo).toBe("(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/3/2024 của UBND phường Bắc Sơn)");
    expect(block.lines).toHaveLength(7);
    expect(block.lines[0]).toEqual({ row: 1, column: 1, text: "ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN" });
  });

  it("prefers the line naming the document over a longer plain line", () => {
    const block = readTitleBlock(
      sheet([
        ["Danh mục các nhiệm vụ trọng tâm"],
        ["Các đơn vị gửi báo cáo đúng hạn về Phòng Văn hóa và Thông tin trước ngày 20 hằng tháng"],
        HEADER,
      ]),
      3,
    );
    expect(block.title).toBe("Danh mục các nhiệm vụ trọng tâm");
  });

  it("splits a cell holding PHỤ LỤC, the title on two lines and the Kèm theo line", () => {
    const block = readTitleBlock(
      sheet([
        [
          "PHỤ LỤC\nNHIỆM VỤ CỤ THỂ TRIỂN KHAI\nCÔNG TÁC CHUYỂN ĐỔI SỐ NĂM 2025\n(Kèm theo Kế hoạch số 7/KH-UBND)",
        ],
        HEADER,
      ]),
      2,
    );
    expect(block.title).toBe("NHIỆM VỤ CỤ THỂ TRIỂN KHAI CÔNG TÁC CHUYỂN ĐỔI SỐ NĂM 2025");
    expect(block.attachedTo).toBe("(Kèm theo Kế hoạch số 7/KH-UBND)");
    expect(block.lines).toHaveLength(1);
  });

  it("reads NFD and NBSP text as NFC with tidy spaces", () => {
    const block = readTitleBlock(
      sheet([
        ["(Ban\u00a0hành kèm theo Quyết định số 5)".normalize("NFD")],
        ["KẾ HOẠCH  NĂM 2025".normalize("NFD")],
      ]),
      3,
    );
    expect(block.attachedTo).toBe("(Ban hành kèm theo Quyết định số 5)");
    expect(block.title).toBe("KẾ HOẠCH NĂM 2025");
  });

  it.each<[string, Cell[][], number, string]>([
    [
      "broken over two lines of one cell",
      [
        [
          "NHIỆM VỤ NĂM 2025\n(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/3/2025 của\nỦy ban nhân dân tỉnh Nghệ An)",
        ],
        HEADER,
      ],
      2,
      "(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/3/2025 của Ủy ban nhân dân tỉnh Nghệ An)",
    ],
    [
      "broken over two rows",
      [
        ["NHIỆM VỤ NĂM 2025"],
        ["(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/3/2025"],
        ["của Ủy ban nhân dân tỉnh Nghệ An)"],
        HEADER,
      ],
      4,
      "(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/3/2025 của Ủy ban nhân dân tỉnh Nghệ An)",
    ],
    [
      "never closed: the lines below are not part of it",
      [["(Kèm theo Kế hoạch số 45/KH-UBND của UBND tỉnh Nghệ An"], ["BIỂU TỔNG HỢP NHIỆM VỤ"], HEADER],
      3,
      "(Kèm theo Kế hoạch số 45/KH-UBND của UBND tỉnh Nghệ An",
    ],
    [
      "closed on its own line: the next line is not part of it",
      [["(Kèm theo Kế hoạch số 45/KH-UBND)"], ["Đơn vị: UBND xã An Phú"], HEADER],
      3,
      "(Kèm theo Kế hoạch số 45/KH-UBND)",
    ],
  ])("reads the Kèm theo line %s", (_name, rows, headerRow, attachedTo) => {
    const block = readTitleBlock(sheet(rows), headerRow);
    expect(block.attachedTo).toBe(attachedTo);
    expect(block.title ?? "").not.toMatch(/Nghệ An|kèm theo/i);
  });

  it.each<[string, Cell[][], number]>([
    ["a header on row 1", [HEADER], 1],
    ["only a PHỤ LỤC label", [["PHỤ LỤC"], HEADER], 2],
    ["only the Kèm theo line", [["(Kèm theo Kế hoạch số 12)"], HEADER], 2],
    [
      "only the national motto",
      [["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["Độc lập - Tự do - Hạnh phúc"], HEADER],
      3,
    ],
  ])("has no title with %s", (_name, rows, headerRow) => {
    expect(readTitleBlock(sheet(rows), headerRow).title).toBeUndefined();
  });
});
