import { buildAnnexPlan, defaultAnnexOptions } from "../../../src/core/plans/annex-plan";
import type { AnnexPlanOptions } from "../../../src/core/plans/annex-plan";
import type { SheetPlan } from "../../../src/core/sheet-plan";
import type { Cell, SheetSnapshot } from "../../../src/core/snapshot";
import { readAnnexTable } from "../../../src/core/table";
import type { AnnexTable } from "../../../src/core/table-types";
import { SEED_ANNEX, seedAnnexSnapshot } from "../../helpers/seed-annex";
import { HYPERLINK_TEXT } from "./fixtures";

function read(snapshot: SheetSnapshot): AnnexTable {
  const table = readAnnexTable(snapshot);
  if (!table) throw new Error("the seed annex has a header");
  return table;
}

const SNAPSHOT = seedAnnexSnapshot();
const TABLE = read(SNAPSHOT);

function plan(overrides: Partial<AnnexPlanOptions> = {}, snapshot = SNAPSHOT, table = TABLE): SheetPlan {
  return buildAnnexPlan(snapshot, table, { ...defaultAnnexOptions(snapshot, table), ...overrides });
}

const FIRST_DATA_ROW = 7;

describe("buildAnnexPlan on the seed annex", () => {
  const p = plan();
  const last = FIRST_DATA_ROW + SEED_ANNEX.stt.length - 1;

  it("is owned, named apart from the source sheet", () => {
    expect(p.owner).toBe("annex");
    expect(p.name).toBe("Phụ lục (2)");
  });

  it("has the label, the title in capitals and the attached-to line (blanks kept), each merged across", () => {
    expect(p.values.slice(0, 4).map((r) => r[0])).toEqual([
      "PHỤ LỤC",
      "NHIỆM VỤ CỤ THỂ TRIỂN KHAI CÔNG TÁC TRUYỀN THÔNG CHUYỂN ĐỔI SỐ NĂM 2024",
      "(Ban hành kèm theo Kế hoạch số         /KH-UBND ngày       tháng 03 năm 2024 của Ủy ban nhân dân quận)",
      null,
    ]);
  });

  it("has the official two-row header with exactly these merges", () => {
    expect(p.values[4]).toEqual([
      "STT",
      "Nội dung nhiệm vụ",
      "Thời gian",
      null,
      "Phân công trách nhiệm",
      null,
    ]);
    expect(p.values[5]).toEqual([null, null, "Bắt đầu", "Hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp"]);
    expect(p.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 6 },
      { top: 2, left: 1, bottom: 2, right: 6 },
      { top: 3, left: 1, bottom: 3, right: 6 },
      { top: 5, left: 1, bottom: 6, right: 1 },
      { top: 5, left: 2, bottom: 6, right: 2 },
      { top: 5, left: 3, bottom: 5, right: 4 },
      { top: 5, left: 5, bottom: 5, right: 6 },
    ]);
  });

  it("copies every row of the source with its text intact, line breaks included", () => {
    expect(p.values.length).toBe(last);
    TABLE.rows.forEach((row, i) => {
      const source = SNAPSHOT.rows[row.row - 1] ?? [];
      expect(p.values[FIRST_DATA_ROW - 1 + i]).toEqual(source.map((cell: Cell) => cell));
    });
    expect(p.values.flat().filter((v) => typeof v === "string" && v.includes("\n")).length).toBeGreaterThan(
      0,
    );
  });

  it.each([
    ["keep", SEED_ANNEX.stt],
    [
      "renumber",
      [
        "I.",
        "1.",
        "2.",
        "3.",
        "II.",
        "III.",
        "1.",
        "2.",
        "3.",
        "IV.",
        "1.",
        "2.",
        "3.",
        "4.",
        "5.",
        "6.",
        "V.",
      ],
    ],
  ] as const)("numbers the rows (%s)", (numbering, expected) => {
    const stt = plan({ numbering })
      .values.slice(FIRST_DATA_ROW - 1)
      .map((r) => r[0]);
    expect(stt).toEqual(expected);
  });

  it("borders every table cell, bolds the sections, wraps and top-aligns the text", () => {
    expect(p.styles).toEqual(
      expect.arrayContaining([
        {
          range: { top: 5, left: 1, bottom: 6, right: 6 },
          style: expect.objectContaining({ border: "thin", bold: true }),
        },
        {
          range: { top: FIRST_DATA_ROW, left: 1, bottom: last, right: 6 },
          style: expect.objectContaining({ border: "thin", wrap: true, vertical: "top" }),
        },
      ]),
    );
    const boldRows = p.styles
      .filter(
        (s) => s.style.bold && s.range.top >= FIRST_DATA_ROW && s.range.left === 1 && s.range.right === 6,
      )
      .flatMap((s) => Array.from({ length: s.range.bottom - s.range.top + 1 }, (_, i) => s.range.top + i));
    expect(boldRows).toEqual(SEED_ANNEX.sections.map((s) => s.row + 2));
    expect(p.font).toEqual({ name: "Times New Roman", size: 12 });
  });

  it("prints on A4 landscape with the official margins, repeated header, one page wide, page numbers", () => {
    expect(p.page).toEqual({
      orientation: "landscape",
      paperSize: "A4",
      margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
      printTitleRows: { first: 5, last: 6 },
      fitToWidth: true,
      pageNumbers: true,
      centerHorizontally: true,
    });
    expect(p.freeze).toEqual({ rows: 6, columns: 0 });
    // Shared by content within the printable 252 mm (annex-widths.test.ts): one page wide at 100 %.
    const mm = (p.columnWidths.reduce((n, w) => n + Math.trunc(w * 7 + 5), 0) / 96) * 25.4;
    expect(mm).toBeLessThanOrEqual(252);
    expect(p.columnWidths).toHaveLength(6);
  });

  it("keeps a formula-like text as the same string", () => {
    const rows = SNAPSHOT.rows.map((r, i) => (i === 5 ? r.map((c, j) => (j === 1 ? HYPERLINK_TEXT : c)) : r));
    const snapshot = { ...SNAPSHOT, rows };
    const p2 = plan({}, snapshot, read(snapshot));
    expect(p2.values[FIRST_DATA_ROW]?.[1]).toBe(HYPERLINK_TEXT);
  });
});

describe("buildAnnexPlan on a sheet read with a combined time column and extra columns", () => {
  const snapshot: SheetSnapshot = {
    sheet: "Phường Nam Sơn",
    merges: [],
    rows: [
      ["KẾ HOẠCH THỰC HIỆN NĂM 2024"],
      [],
      [
        "TT",
        "Nhiệm vụ",
        "Thời gian thực hiện",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Sản phẩm dự kiến",
        "Nguồn kinh phí",
      ],
      ["I", "Truyền thông", null, null, null, null, null],
      ["1", "Hội nghị", "Quý II - Quý III", "Phòng VH-TT", "UBND các phường", "Báo cáo", "Ngân sách"],
      ["2", "Tuyên truyền", "Theo kế hoạch", "Phòng VH-TT", null, null, "Xã hội hóa"],
    ],
  };
  const table = read(snapshot);
  const p = plan({}, snapshot, table);

  it("keeps the one time column as typed, with the extra columns after the standard ones", () => {
    expect(p.values[4]?.slice(5)).toEqual(["Sản phẩm dự kiến", "Nguồn kinh phí"]);
    expect(p.values[FIRST_DATA_ROW]).toEqual([
      "1",
      "Hội nghị",
      "Quý II - Quý III",
      "Phòng VH-TT",
      "UBND các phường",
      "Báo cáo",
      "Ngân sách",
    ]);
    expect(p.values[FIRST_DATA_ROW + 1]?.[2]).toBe("Theo kế hoạch");
    expect(p.values[FIRST_DATA_ROW + 1]?.[6]).toBe("Xã hội hóa");
  });
});

describe("defaultAnnexOptions on a numbered annex", () => {
  it("keeps the source's `Phụ lục II` label, upper-cased", () => {
    const snapshot: SheetSnapshot = {
      sheet: "PL2",
      merges: [],
      rows: [
        ["Phụ lục II"],
        ["Danh mục nhiệm vụ năm 2025"],
        ["(Kèm theo Kế hoạch số 5/KH-UBND)"],
        [],
        ["STT", "Nội dung", "Thời gian hoàn thành", "Cơ quan chủ trì"],
        ["1", "Việc", "Quý I", "Sở Y tế"],
      ],
    };
    expect(defaultAnnexOptions(snapshot, read(snapshot))).toMatchObject({
      annexLabel: "PHỤ LỤC II",
      title: "DANH MỤC NHIỆM VỤ NĂM 2025",
      attachedTo: "(Kèm theo Kế hoạch số 5/KH-UBND)",
    });
  });
});
