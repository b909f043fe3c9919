import { createAgencyMatcher } from "../../../src/core/agency";
import type { AgencyEntry } from "../../../src/core/agency-types";
import { DEFAULT_DIRECTORY } from "../../../src/core/default-directory";
import type { Cell, SheetSnapshot } from "../../../src/core/snapshot";
import { readTitleBlock } from "../../../src/core/table/title";
import { detectUnit, tidyCase, type UnitGuess } from "../../../src/core/table/unit";
import { foldKey } from "../../../src/core/text";
import { seedAnnexSnapshot } from "../../helpers/seed-annex";
import { realAnnexSnapshot, type RealAnnexId } from "../../helpers/snapshot-from-tsv";
import { parseIsoDay } from "../../../src/core/day";
import { validateSheet } from "../../../src/core/validate";

const BAC_SON = unit("Ủy ban nhân dân phường Bắc Sơn");
const NAM_SON = unit("Ủy ban nhân dân phường Nam Sơn");

function unit(name: string): AgencyEntry {
  return { name, aliases: [], kind: "unit", mustSubmit: true };
}

/** A tiny matcher: a text names a unit when it contains the unit's place name (diacritics ignored). */
const matcher = {
  matchUnit(text: string): AgencyEntry | undefined {
    const key = ` ${foldKey(text)} `;
    if (key.includes(" bac son ")) return BAC_SON;
    if (key.includes(" nam son ")) return NAM_SON;
    return undefined;
  },
};

const HEADER: Cell[] = ["STT", "Nội dung", "Thời gian", "Chủ trì", "Phối hợp"];

function sheet(rows: Cell[][], name = "Sheet1", file?: string): SheetSnapshot {
  return { sheet: name, rows, merges: [], ...(file !== undefined ? { file } : {}) };
}

describe("detectUnit", () => {
  it.each<[string, SheetSnapshot, UnitGuess]>([
    [
      "the issuing body top-left (two lines in one cell)",
      sheet([["ỦY BAN NHÂN DÂN\nPHƯỜNG BẮC SƠN", null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], HEADER]),
      { unit: BAC_SON.name, source: "title", text: "ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN" },
    ],
    [
      "the issuing body on one line",
      sheet([["UBND PHƯỜNG NAM SƠN"], [], HEADER]),
      { unit: NAM_SON.name, source: "title", text: "UBND PHƯỜNG NAM SƠN" },
    ],
    [
      "a `Đơn vị:` line",
      sheet([["BÁO CÁO KẾT QUẢ THỰC HIỆN"], ["Đơn vị: UBND phường Nam Sơn"], HEADER]),
      { unit: NAM_SON.name, source: "title", text: "UBND phường Nam Sơn" },
    ],
    [
      "a `Đơn vị báo cáo:` line in NFD",
      sheet([["Đơn vị báo cáo: Phường Bắc Sơn".normalize("NFD")], HEADER]),
      { unit: BAC_SON.name, source: "title", text: "Phường Bắc Sơn" },
    ],
    [
      "the title block first, over a sheet name naming another unit",
      sheet([["UBND PHƯỜNG NAM SƠN"], HEADER], "Bắc Sơn"),
      { unit: NAM_SON.name, source: "title", text: "UBND PHƯỜNG NAM SƠN" },
    ],
    [
      "the sheet name when the title names no unit",
      sheet([["KẾ HOẠCH NĂM 2024"], HEADER], "Bac Son"),
      { unit: BAC_SON.name, source: "sheet", text: "Bac Son" },
    ],
    [
      "the file name (no folders, no extension) when the sheet name is generic",
      sheet([HEADER], "Sheet1", "C:\\bao cao\\2024\\nam_son.xlsx"),
      { unit: NAM_SON.name, source: "file", text: "nam_son" },
    ],
    [
      "a directory match in the sheet name over an unknown issuer in the title",
      sheet([["ỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH"], HEADER], "P. Nam Sơn"),
      { unit: NAM_SON.name, source: "sheet", text: "P. Nam Sơn" },
    ],
    [
      "an unknown issuer as raw text in tidy case",
      sheet([["ỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH"], HEADER], "Trang tính1"),
      { unit: "Ủy ban nhân dân phường Hòa Bình", source: "title", text: "ỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH" },
    ],
    [
      "an unknown issuer on two lines as one name",
      sheet([["ỦY BAN NHÂN DÂN\nXÃ AN PHÚ"], HEADER]),
      { unit: "Ủy ban nhân dân xã An Phú", source: "title", text: "ỦY BAN NHÂN DÂN XÃ AN PHÚ" },
    ],
    [
      "the lower line of an unknown two-line issuing block (the issuer under its superior)",
      sheet([["ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\nSỞ KHOA HỌC VÀ CÔNG NGHỆ"], HEADER]),
      { unit: "Sở Khoa học và Công nghệ", source: "title", text: "SỞ KHOA HỌC VÀ CÔNG NGHỆ" },
    ],
    [
      "an unknown `Đơn vị:` value before an unknown issuer",
      sheet([["UBND XÃ AN PHÚ"], ["Đơn vị: Trường Tiểu học An Phú"], HEADER]),
      { unit: "Trường Tiểu học An Phú", source: "title", text: "Trường Tiểu học An Phú" },
    ],
    [
      "an unknown sheet name as raw text",
      sheet([HEADER], "Phường Hòa Bình"),
      { unit: "Phường Hòa Bình", source: "sheet", text: "Phường Hòa Bình" },
    ],
    [
      "an unknown file name as raw text",
      sheet([HEADER], "Sheet1", "/tmp/reports/xa_an_phu.xlsx"),
      { unit: "xa an phu", source: "file", text: "xa_an_phu" },
    ],
    [
      "a ward named in the Kèm theo line of its report",
      sheet([
        ["KẾT QUẢ THỰC HIỆN NHIỆM VỤ"],
        ["(Kèm theo Báo cáo số 15/BC-UBND của UBND phường Nam Sơn)"],
        HEADER,
      ]),
      { unit: NAM_SON.name, source: "title", text: "UBND phường Nam Sơn" },
    ],
    ["nothing: generic sheet and no title", sheet([HEADER], "Sheet1"), {}],
    ["nothing: `Phụ lục` sheet and `Book1.xlsx`", sheet([HEADER], "Phụ lục", "Book1.xlsx"), {}],
    ["nothing: `PL 2` sheet", sheet([HEADER], "PL 2"), {}],
    ["nothing: `Data` sheet", sheet([HEADER], "Data"), {}],
    ["nothing: the national motto is no unit", sheet([["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], HEADER]), {}],
    [
      "a unit on a title line even without any header",
      sheet([["ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN"], ["Số liệu chưa có"]]),
      { unit: BAC_SON.name, source: "title", text: "ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN" },
    ],
  ])("%s", (_name, snapshot, expected) => {
    expect(detectUnit(snapshot, undefined, matcher)).toEqual(expected);
  });

  it("looks at the first 8 rows only, unless the title block reaches further", () => {
    const rows: Cell[][] = [...Array.from({ length: 9 }, () => []), ["UBND PHƯỜNG BẮC SƠN"], HEADER];
    const snapshot = sheet(rows);
    expect(detectUnit(snapshot, undefined, matcher)).toEqual({});
    expect(detectUnit(snapshot, readTitleBlock(snapshot, 11), matcher).unit).toBe(BAC_SON.name);
  });

  it("without a title block, stops at the first table-like row (no agency taken from the data)", () => {
    const snapshot = sheet([
      ["1", "Tuyên truyền", "Quý I", "UBND phường Bắc Sơn"],
      ["2", "Báo cáo", "Quý II", "Phòng Văn hóa và Thông tin"],
    ]);
    expect(detectUnit(snapshot, undefined, matcher)).toEqual({});
  });

  it("with a title block, reads only its lines", () => {
    const snapshot = sheet([
      ["KẾ HOẠCH NĂM 2024"],
      HEADER,
      ["1", "Tuyên truyền", "Quý I", "UBND phường Bắc Sơn"],
    ]);
    expect(detectUnit(snapshot, readTitleBlock(snapshot, 2), matcher)).toEqual({});
  });

  it("finds no unit in the seed annex (a plan, sheet `Phụ lục`)", () => {
    const snapshot = seedAnnexSnapshot();
    expect(detectUnit(snapshot, readTitleBlock(snapshot, 3), matcher)).toEqual({});
  });

  it("works with the real agency matcher and the default directory", () => {
    const real = createAgencyMatcher(DEFAULT_DIRECTORY);
    const expected = real.matchUnit("Ủy ban nhân dân phường Bắc Sơn")?.name;
    expect(expected).toBeDefined();
    expect(detectUnit(sheet([["ỦY BAN NHÂN DÂN\nPHƯỜNG BẮC SƠN"], HEADER]), undefined, real)).toMatchObject({
      unit: expected,
      source: "title",
    });
    expect(detectUnit(sheet([HEADER], "Sheet1", "bac_son.xlsx"), undefined, real)).toMatchObject({
      unit: expected,
      source: "file",
    });
  });
});

describe("detectUnit: the issuer of the `(Kèm theo …)` line", () => {
  const DONG_THAP = "Ủy ban nhân dân tỉnh Đồng Tháp";
  const TITLE: Cell[] = ["KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2025"];
  it.each<[string, Cell[][], string | undefined]>([
    [
      "`của Ủy ban nhân dân tỉnh …`",
      [
        TITLE,
        ["(Kèm theo Kế hoạch số 617/KH-UBND ngày 01 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh Đồng Tháp)"],
      ],
      DONG_THAP,
    ],
    [
      "`của UBND tỉnh …`",
      [TITLE, ["(Kèm theo Kế hoạch số 12/KH-UBND ngày 5/1/2025 của UBND tỉnh Đồng Tháp)"]],
      DONG_THAP,
    ],
    [
      "the old tone style `Uỷ ban`",
      [TITLE, ["(Kèm theo Kế hoạch số 12/KH-UBND của Uỷ ban nhân dân tỉnh Đồng Tháp)"]],
      DONG_THAP,
    ],
    [
      "`Ban hành kèm theo Quyết định … của Ủy ban nhân dân phường …`",
      [
        TITLE,
        ["(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 02/01/2025 của Ủy ban nhân dân phường Hòa Bình)"],
      ],
      "Ủy ban nhân dân phường Hòa Bình",
    ],
    [
      "upper case",
      [TITLE, ["(KÈM THEO KẾ HOẠCH SỐ 45/KH-UBND NGÀY 10/3/2025 CỦA ỦY BAN NHÂN DÂN TỈNH NGHỆ AN)"]],
      "Ủy ban nhân dân tỉnh Nghệ An",
    ],
    [
      "a line break inside the cell",
      [[`${TITLE[0] as string}\n(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/3/2025 của\nUBND tỉnh Nghệ An)`]],
      "Ủy ban nhân dân tỉnh Nghệ An",
    ],
    [
      "broken over two rows",
      [TITLE, ["(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/3/2025"], ["của UBND tỉnh Nghệ An)"]],
      "Ủy ban nhân dân tỉnh Nghệ An",
    ],
    [
      "no parentheses, broken after `của`",
      [TITLE, ["Kèm theo Kế hoạch số 12/KH-UBND ngày 5/1/2025 của"], ["Ủy ban nhân dân tỉnh Đồng Tháp"]],
      DONG_THAP,
    ],
    [
      "decomposed Unicode",
      [TITLE, ["(Kèm theo Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh Đồng Tháp)".normalize("NFD")]],
      DONG_THAP,
    ],
    [
      "`của Sở …`",
      [TITLE, ["(Kèm theo Kế hoạch số 3/KH-SVHTTDL của Sở Văn hóa, Thể thao và Du lịch)"]],
      "Sở Văn hóa, Thể thao và Du lịch",
    ],
    [
      "`của Chủ tịch UBND …` names the committee",
      [TITLE, ["(Kèm theo Quyết định số 9/QĐ-UBND của Chủ tịch UBND tỉnh Bắc Ninh)"]],
      "Ủy ban nhân dân tỉnh Bắc Ninh",
    ],
    [
      "the issuer before the date",
      [TITLE, ["(Kèm theo Quyết định số 2820/QĐ-UBND của UBND Thành phố Hồ Chí Minh ngày 19/11/2025)"]],
      "Ủy ban nhân dân Thành phố Hồ Chí Minh",
    ],
    [
      "the first `của` naming a body, not the one in the plan's subject",
      [
        TITLE,
        [
          "(Kèm theo Kế hoạch số 10/KH-UBND ngày 2/2/2025 của UBND tỉnh Đồng Tháp về thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị)",
        ],
      ],
      DONG_THAP,
    ],
    [
      "no place after the committee (a blank left to fill)",
      [TITLE, ["(Kèm theo Kế hoạch số     /KH-UBND ngày … của Ủy ban nhân dân quận …)"]],
      undefined,
    ],
    [
      "`(Phụ lục kèm theo …)` with the date left blank",
      [TITLE, ["(Phụ lục kèm theo Kế hoạch số      /KH-UBND ngày    /8/2026 của UBND tỉnh Đồng Tháp)"]],
      DONG_THAP,
    ],
    [
      "`(Được ban hành kèm theo …)`",
      [TITLE, ["(Được ban hành kèm theo Quyết định số 12/QĐ-UBND của UBND tỉnh Đồng Tháp)"]],
      DONG_THAP,
    ],
    ["no issuer at all", [TITLE, ["(Kèm theo Kế hoạch số 12/KH-UBND ngày 5/1/2025)"]], undefined],
  ])("%s", (_name, rows, expected) => {
    for (const file of [undefined, "/tmp/nop/bac_son.xlsx"]) {
      const snapshot = sheet([...rows, HEADER], "Sheet1", file);
      const fallback = file === undefined ? undefined : BAC_SON.name;
      expect(detectUnit(snapshot, undefined, matcher).unit).toBe(expected ?? fallback);
      expect(detectUnit(snapshot, readTitleBlock(snapshot, rows.length + 1), matcher).unit).toBe(
        expected ?? fallback,
      );
    }
  });

  it("takes a directory unit named as the issuer", () => {
    const snapshot = sheet([
      TITLE,
      ["(Kèm theo Báo cáo số 15/BC-UBND ngày 3/3/2025 của UBND phường Bắc Sơn)"],
      HEADER,
    ]);
    expect(detectUnit(snapshot, readTitleBlock(snapshot, 3), matcher)).toEqual({
      unit: BAC_SON.name,
      source: "title",
      text: "UBND phường Bắc Sơn",
    });
  });

  it("takes the issuer as read, source title, when the directory does not list it", () => {
    const snapshot = sheet([TITLE, ["(Kèm theo Kế hoạch số 12/KH-UBND của UBND tỉnh Đồng Tháp)"], HEADER]);
    expect(detectUnit(snapshot, readTitleBlock(snapshot, 3), matcher)).toEqual({
      unit: DONG_THAP,
      source: "title",
      text: "UBND tỉnh Đồng Tháp",
    });
  });

  it("prefers the issuing block top-left (the ward's own report on the province's plan)", () => {
    const snapshot = sheet([
      ["ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA BÌNH"],
      TITLE,
      ["(Kèm theo Kế hoạch số 12/KH-UBND của UBND tỉnh Đồng Tháp)"],
      HEADER,
    ]);
    expect(detectUnit(snapshot, readTitleBlock(snapshot, 4), matcher).unit).toBe(
      "Ủy ban nhân dân phường Hòa Bình",
    );
  });

  it("prefers a `Đơn vị:` line", () => {
    const snapshot = sheet([
      TITLE,
      ["(Kèm theo Kế hoạch số 12/KH-UBND của UBND tỉnh Đồng Tháp)"],
      ["Đơn vị: UBND xã An Phú"],
      HEADER,
    ]);
    expect(detectUnit(snapshot, readTitleBlock(snapshot, 4), matcher).unit).toBe("Ủy ban nhân dân xã An Phú");
  });

  it("is taken before a sheet name that is not in the directory, and never gives way to the file name", () => {
    const snapshot = sheet(
      [TITLE, ["(Kèm theo Kế hoạch số 12/KH-UBND của UBND tỉnh Đồng Tháp)"], HEADER],
      "PL chuyển đổi số",
      "C:\\nop\\nam_son.xlsx",
    );
    expect(detectUnit(snapshot, readTitleBlock(snapshot, 3), matcher)).toMatchObject({
      unit: DONG_THAP,
      source: "title",
    });
  });
});

describe("the unit of a real annex under its Kèm theo line (validateSheet)", () => {
  // The issuers are those of the documents (shared/real-annexes/README.md); the lines are written here.
  it.each<[RealAnnexId, string, string]>([
    [
      "01",
      "(Kèm theo Kế hoạch số 617/KH-UBND ngày 01 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh Đồng Tháp)",
      "Ủy ban nhân dân tỉnh Đồng Tháp",
    ],
    [
      "03",
      "(Kèm theo Kế hoạch số 310/KH-UBND ngày 24/11/2025 của UBND thành phố Hà Nội)",
      "Ủy ban nhân dân thành phố Hà Nội",
    ],
    [
      "04",
      "(KÈM THEO KẾ HOẠCH SỐ 980/KH-UBND NGÀY 18/11/2025 CỦA UBND TỈNH NGHỆ AN)",
      "Ủy ban nhân dân tỉnh Nghệ An",
    ],
    [
      "08",
      "(Kèm theo Quyết định số 2629/QĐ-TTg ngày 01 tháng 12 năm 2025 của Thủ tướng Chính phủ)",
      "Thủ tướng Chính phủ",
    ],
  ])("%s: %s → %s, never the file name", (id, line, expected) => {
    const { snapshot } = realAnnexSnapshot(id, {
      title: ["PHỤ LỤC", line],
      sheet: "PL1",
      file: "C:\\Downloads\\phuong_bac_son_gui.xlsx",
    });
    const asOf = parseIsoDay("2025-12-15") ?? 0;
    const report = validateSheet(snapshot, { asOf, directory: DEFAULT_DIRECTORY });
    expect(report).toMatchObject({ unit: expected, unitSource: "title" });
  });
});

describe("tidyCase", () => {
  it.each<[string, string]>([
    ["ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN", "Ủy ban nhân dân phường Bắc Sơn"],
    ["UBND PHƯỜNG NAM SƠN", "UBND phường Nam Sơn"],
    ["UBND THỊ TRẤN AN LẠC", "UBND thị trấn An Lạc"],
    ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Sở Khoa học và Công nghệ"],
    ["PHÒNG VĂN HÓA VÀ THÔNG TIN", "Phòng Văn hóa và Thông tin"],
    ["Phường Hòa Bình", "Phường Hòa Bình"],
    ["  xã  An Phú ", "xã An Phú"],
  ])("%s → %s", (text, expected) => {
    expect(tidyCase(text)).toBe(expected);
  });
});

// tidyCase and the title's capitals test use plain toUpperCase/toLowerCase for speed: that is only right
// while the runtime gives them what the Vietnamese locale gives, character by character.
describe("case mapping in Vietnamese", () => {
  it("is the plain one for every character", () => {
    const differ: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCodePoint(code);
      if (c.toLocaleUpperCase("vi") !== c.toUpperCase() || c.toLocaleLowerCase("vi") !== c.toLowerCase())
        differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it.each(["ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN", "Đ Ư Ơ Ă Â Ê Ô ĐƯỜNG", "İSTANBUL ΟΔΟΣ", "i̇ ŉ ǅ ß ﬁ"])(
    "is the plain one in context: %s",
    (text) => {
      expect(text.toUpperCase()).toBe(text.toLocaleUpperCase("vi"));
      expect(text.toLowerCase()).toBe(text.toLocaleLowerCase("vi"));
    },
  );
});
