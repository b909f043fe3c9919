import { createAgencyMatcher } from "../../src/core/agency";
import type { AgencyDirectory } from "../../src/core/agency-types";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";

const matcher = createAgencyMatcher(DEFAULT_DIRECTORY);

describe("match: names and aliases by key", () => {
  it.each([
    ["Phòng Văn hóa – Thông tin.", "Phòng Văn hóa và Thông tin"],
    ["Phòng VH-TT", "Phòng Văn hóa và Thông tin"],
    ["phòng vhtt", "Phòng Văn hóa và Thông tin"],
    ["Phòng Văn hoá và Thông tin".normalize("NFD"), "Phòng Văn hóa và Thông tin"],
    ["Phòng GD&ĐT", "Phòng Giáo dục và Đào tạo"],
    ["Phòng TC-KH", "Phòng Tài chính - Kế hoạch"],
    ["Trung tâm VH-TT & TT", "Trung tâm Văn hóa, Thông tin và Thể thao"],
    ["Trung tâm Văn hóa – Thông tin", "Trung tâm Văn hóa, Thông tin và Thể thao"],
    ["Văn phòng HĐND-UBND quận", "Văn phòng HĐND và UBND"],
    ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", "Văn phòng HĐND và UBND"],
    ["Sở TT&TT", "Sở Thông tin và Truyền thông"],
    ["Ủy ban nhân dân các phường", "UBND các phường"],
    ["các tổ chức Chính trị - Xã hội", "Các tổ chức chính trị - xã hội"],
    ["Sở KH&CN", "Sở Khoa học và Công nghệ"],
    ["Sở Tài Chính", "Sở Tài chính"],
    ["Sở Văn hoá Thể thao du lịch", "Sở Văn hóa, Thể thao và Du lịch"],
    ["Bộ CHQS tỉnh", "Bộ Chỉ huy quân sự tỉnh"],
    ["UBND các phường xã", "UBND các xã, phường"],
    ["Sở, ban, ngành có liên quan", "Các sở, ban, ngành liên quan"],
    ["Bộ Công an (Trung tâm Dữ liệu quốc gia)", "Bộ Công an"],
    ["UBND phường Bắc Sơn", "Ủy ban nhân dân phường Bắc Sơn"],
  ])("%j → %j", (name, canonical) => {
    expect(matcher.match(name)?.name).toBe(canonical);
  });

  it.each(["Sở Sở Công thương", "Phòng Văn hóa", "Ngân hàng nhà nước khu vực XII", "", "   "])(
    "%j is not in the directory",
    (name) => {
      expect(matcher.match(name)).toBeUndefined();
    },
  );
});

describe("suggest: closest canonical names for an unknown name", () => {
  it("offers both offices for a bare `Phòng Văn hóa` (district VH-TT and commune VH-XH)", () => {
    expect(matcher.suggest("Phòng Văn hóa")).toEqual(
      expect.arrayContaining(["Phòng Văn hóa và Thông tin", "Phòng Văn hóa - Xã hội"]),
    );
  });

  it.each([
    ["Sở Sở Công thương", "Sở Công Thương"],
    ["Phòng Văn hóa va Thong tin", "Phòng Văn hóa và Thông tin"],
    ["Phong Giao duc va Dao tao", "Phòng Giáo dục và Đào tạo"],
    ["Sở Tài chinh", "Sở Tài chính"],
    ["Sở Nông nghiệp và Môi trương", "Sở Nông nghiệp và Môi trường"],
    ["UBND các phuờng", "UBND các phường"],
    ["Sở Khoa học và Công nghệ thúc đẩy, theo dõi, báo cáo chỉ tiêu", "Sở Khoa học và Công nghệ"],
    ["Phòng Văn hóa Thông tin", "Phòng Văn hóa và Thông tin"],
    ["Phòng Văn hóa Xã hội phường", "Phòng Văn hóa - Xã hội"],
    ["Trung tâm VH-TT &TT.", "Trung tâm Văn hóa, Thông tin và Thể thao"],
  ])("%j → %j first", (name, best) => {
    const suggestions = matcher.suggest(name);
    expect(suggestions[0]).toBe(best);
    expect(suggestions.length).toBeLessThanOrEqual(3);
    expect(new Set(suggestions).size).toBe(suggestions.length);
  });

  it.each([
    "xyz",
    "Hợp tác xã nông nghiệp",
    "Nội dung nhiệm vụ",
    "Thường xuyên",
    "Quý IV/2025",
    "Sở",
    "",
    "12345",
  ])("nonsense %j gets none", (name) => {
    expect(matcher.suggest(name)).toEqual([]);
  });

  it("respects the limit", () => {
    expect(matcher.suggest("Sở Sở Công thương", 1)).toEqual(["Sở Công Thương"]);
    expect(matcher.suggest("Sở Sở Công thương", 0)).toEqual([]);
  });
});

describe("mentions: split, match, suggest", () => {
  it("matches every name of a seed cell", () => {
    const mentions = matcher.mentions(
      "Phòng Văn hóa – Thông tin;\nTrung tâm VH-TT & TT; các phòng, ban, đơn vị liên quan.",
    );
    expect(mentions.map((m) => [m.text, m.canonical, m.suggestions])).toEqual([
      ["Phòng Văn hóa – Thông tin", "Phòng Văn hóa và Thông tin", []],
      ["Trung tâm VH-TT & TT", "Trung tâm Văn hóa, Thông tin và Thể thao", []],
      ["các phòng, ban, đơn vị liên quan", "Các phòng, ban, đơn vị liên quan", []],
    ]);
  });

  it("gives an unknown name its key and suggestions, and no canonical name", () => {
    const [known, typo] = matcher.mentions("Sở Tài Chính; Sở Sở Công thương");
    expect(known).toEqual({
      text: "Sở Tài Chính",
      key: expect.any(String),
      canonical: "Sở Tài chính",
      suggestions: [],
    });
    expect(typo?.canonical).toBeUndefined();
    expect(typo?.text).toBe("Sở Sở Công thương");
    expect(typo?.key).toBe(matcher.mentions("sở sở công thương.")[0]?.key);
    expect(typo?.suggestions[0]).toBe("Sở Công Thương");
  });

  it("is memoised by cell text", () => {
    const cell = "Sở Y tế; Sở Nội vụ";
    expect(matcher.mentions(cell)).toBe(matcher.mentions(cell));
  });

  it("returns nothing for an empty cell", () => {
    expect(matcher.mentions("")).toEqual([]);
    expect(matcher.mentions(" ;\n ")).toEqual([]);
  });
});

describe("matchUnit: the submitting unit from a title, sheet or file name", () => {
  it.each([
    ["ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN", "Ủy ban nhân dân phường Bắc Sơn"],
    ["UBND PHƯỜNG NAM SƠN", "Ủy ban nhân dân phường Nam Sơn"],
    ["Phường Nam Sơn", "Ủy ban nhân dân phường Nam Sơn"],
    ["Đơn vị: UBND phường Nam Sơn", "Ủy ban nhân dân phường Nam Sơn"],
    ["Đơn vị báo cáo: Phường Tràng Minh.", "Ủy ban nhân dân phường Tràng Minh"],
    ["Nam Sơn", "Ủy ban nhân dân phường Nam Sơn"],
    ["nam-son.xlsx", "Ủy ban nhân dân phường Nam Sơn"],
    ["Nam Son", "Ủy ban nhân dân phường Nam Sơn"],
    ["bac_son", "Ủy ban nhân dân phường Bắc Sơn"],
    ["P. Quán Trữ", "Ủy ban nhân dân phường Quán Trữ"],
    ["tran-thanh-ngo.xlsx", "Ủy ban nhân dân phường Trần Thành Ngọ"],
    ["Phường Đồng Hoà".normalize("NFD"), "Ủy ban nhân dân phường Đồng Hòa"],
    ["ỦY BAN NHÂN DÂN PHƯỜNG VĂN ĐẨU\nSố: 12/BC-UBND", "Ủy ban nhân dân phường Văn Đẩu"],
    ["Báo cáo của UBND phường Lãm Hà năm 2024", "Ủy ban nhân dân phường Lãm Hà"],
    ["Phường Nam Sơn, quận Kiến An", "Ủy ban nhân dân phường Nam Sơn"],
    ["/tmp/nop-bao-cao/ngoc-son.xlsx", "Ủy ban nhân dân phường Ngọc Sơn"],
    ["C:\\Users\\vt\\Downloads\\Phu Lien.xlsx", "Ủy ban nhân dân phường Phù Liễn"],
    ["BC_NamSon_2024.xlsx", "Ủy ban nhân dân phường Nam Sơn"],
    ["PhuongTrangMinh.xlsx", "Ủy ban nhân dân phường Tràng Minh"],
    ["Phuong Dong Hoa", "Ủy ban nhân dân phường Đồng Hòa"],
  ])("%j → %j", (text, unit) => {
    expect(matcher.matchUnit(text)?.name).toBe(unit);
  });

  // Typed with diacritics, a different ward stays different (`Đông Hòa` is not `Đồng Hòa`).
  it.each([
    "Sheet1",
    "Tổng hợp",
    "Sở Tài chính",
    "Phòng Văn hóa và Thông tin",
    "Sơn",
    "",
    "Phường Hạ Long",
    "Phường Đông Hòa",
  ])("%j is no unit", (text) => {
    expect(matcher.matchUnit(text)).toBeUndefined();
  });

  it("uses the diacritic-free fallback only when it is unambiguous", () => {
    const directory: AgencyDirectory = {
      source: "test",
      entries: [
        { name: "Phường Nam Sơn", aliases: [], kind: "unit", mustSubmit: true },
        { name: "Phường Nam Sờn", aliases: [], kind: "unit", mustSubmit: true },
        { name: "Xã Bắc Sơn", aliases: [], kind: "unit", mustSubmit: true },
      ],
    };
    const local = createAgencyMatcher(directory);
    expect(local.matchUnit("Nam Son")).toBeUndefined();
    expect(local.matchUnit("Phường Nam Sờn")?.name).toBe("Phường Nam Sờn");
    expect(local.matchUnit("bac-son.xlsx")?.name).toBe("Xã Bắc Sơn");
  });

  it("only looks at units", () => {
    const directory: AgencyDirectory = {
      source: "test",
      entries: [
        { name: "Sở Y tế", aliases: [], kind: "agency", mustSubmit: false },
        { name: "Sở Nội vụ", aliases: [], kind: "unit", mustSubmit: true },
      ],
    };
    const local = createAgencyMatcher(directory);
    expect(local.matchUnit("Sở Y tế")).toBeUndefined();
    expect(local.matchUnit("so-noi-vu.xlsx")?.name).toBe("Sở Nội vụ");
    expect(local.units().map((u) => u.name)).toEqual(["Sở Nội vụ"]);
  });
});
