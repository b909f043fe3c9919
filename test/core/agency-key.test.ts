import fc from "fast-check";
import { agencyKey } from "../../src/core/agency";
import { alternativesByFirstLetter } from "../../src/core/agency-key";

describe("agencyKey: the same agency written differently gives the same key (DESIGN §4)", () => {
  it.each([
    ["NFC vs NFD", "Phòng Văn hóa và Thông tin", "Phòng Văn hóa và Thông tin".normalize("NFD")],
    ["tone style hoá/hóa", "Phòng Văn hoá và Thông tin", "Phòng Văn hóa và Thông tin"],
    ["tone style uỷ/ủy", "Uỷ ban nhân dân các phường", "Ủy ban nhân dân các phường"],
    ["tone style toạ/tọa", "Tổ toạ đàm", "Tổ tọa đàm"],
    ["case", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "phòng giáo dục và đào tạo"],
    ["en dash vs hyphen", "Phòng Văn hóa – Thông tin", "Phòng Văn hóa - Thông tin"],
    ["em dash vs hyphen", "Phòng Tài chính — Kế hoạch", "Phòng Tài chính - Kế hoạch"],
    ["spaces around a dash", "Phòng TC-KH", "Phòng TC - KH"],
    ["& vs và", "Phòng GD&ĐT", "Phòng GD và ĐT"],
    ["& with spaces", "Trung tâm VH-TT & TT", "Trung tâm VH-TT&TT"],
    ["trailing dot", "Phòng Văn hóa – Thông tin.", "Phòng Văn hóa – Thông tin"],
    ["trailing semicolon", "UBND các phường;", "UBND các phường"],
    ["leading bullet -", "- Sở Tài chính", "Sở Tài chính"],
    ["leading bullet +", "+ Sở Tài chính", "Sở Tài chính"],
    ["leading bullet •", "• Sở Tài chính", "Sở Tài chính"],
    ["NBSP", "Sở\u00a0Tài\u00a0chính", "Sở Tài chính"],
    ["zero-width space", "Sở Tài chính\u200b", "Sở Tài chính"],
    ["zero-width space before a space", "Sở\u200b Tài chính", "Sở Tài chính"],
    ["repeated spaces", "Sở   Tài    chính", "Sở Tài chính"],
    ["UBND", "UBND các phường", "Ủy ban nhân dân các phường"],
    ["UBND in capitals of a title", "ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN", "UBND phường Bắc Sơn"],
    ["HĐND", "Văn phòng HĐND và UBND", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân"],
    ["KH&CN", "Sở KH&CN", "Sở Khoa học và Công nghệ"],
    ["GD&ĐT", "Phòng GD&ĐT", "Phòng Giáo dục và Đào tạo"],
    ["CHQS", "Bộ CHQS tỉnh", "Bộ Chỉ huy quân sự tỉnh"],
    ["commas inside a name", "Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa Thể thao và Du lịch"],
    ["leading các", "Các sở, ban, ngành", "sở, ban, ngành"],
    ["có liên quan", "Các cơ quan, đơn vị có liên quan", "Các cơ quan, đơn vị liên quan"],
    ["khác có liên quan", "Các bộ, ngành khác có liên quan", "Các bộ, ngành liên quan"],
    ["a note in parentheses", "Bộ Công an (Trung tâm Dữ liệu quốc gia)", "Bộ Công an"],
    ["quotes around", "“Sở Y tế”", "Sở Y tế"],
    ["VH-XH", "Công chức VH-XH", "Công chức Văn hóa - Xã hội"],
    ["VHXH", "Phòng VHXH", "Phòng Văn hoá - Xã hội"],
    ["VH&TT = VH-TT", "Phòng VH&TT", "Phòng VH-TT"],
    ["VH-TT", "Phòng VH-TT", "Phòng Văn hóa và Thông tin"],
    ["NN&MT", "Sở NN&MT", "Sở Nông nghiệp và Môi trường"],
    ["TN&MT", "Phòng TN&MT", "Phòng Tài nguyên và Môi trường"],
    ["TC-KH", "Phòng TC-KH", "Phòng Tài chính - Kế hoạch"],
    ["LĐ-TB&XH", "Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"],
    ["TT&TT", "Sở TT&TT", "Sở Thông tin và Truyền thông"],
    ["NN&PTNT", "Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"],
    ["KT-HT&ĐT", "Phòng KT-HT&ĐT", "Phòng Kinh tế, Hạ tầng và Đô thị"],
    ["VH,TT&DL", "Sở VH,TT&DL", "Sở Văn hóa, Thể thao và Du lịch"],
    ["VH-TT&TT", "Trung tâm VH-TT&TT", "Trung tâm Văn hóa, Thông tin và Thể thao"],
    ["BHXH", "BHXH tỉnh", "Bảo hiểm xã hội tỉnh"],
    ["MTTQ", "Ủy ban MTTQ xã", "Ủy ban Mặt trận Tổ quốc xã"],
    ["UBMTTQ", "UBMTTQ xã", "Ủy ban Mặt trận Tổ quốc xã"],
    ["abbreviation in lower case", "phòng vh-xh", "Phòng Văn hóa - Xã hội"],
  ])("%s: %j = %j", (_label, a, b) => {
    expect(agencyKey(a)).toBe(agencyKey(b));
    expect(agencyKey(a)).not.toBe("");
  });
});

describe("agencyKey: different agencies stay different", () => {
  it.each([
    ["Sở Tài chính", "Sở Tư pháp"],
    ["Sở Y tế", "Bộ Y tế"],
    ["Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa, Thông tin và Thể thao"],
    ["Phòng Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo"],
    ["UBND các phường", "UBND các xã, phường"],
    ["UBND phường Nam Sơn", "UBND phường Ngọc Sơn"],
    ["Các phòng, ban, đơn vị", "Các phòng, ban, đơn vị liên quan"],
    ["Phòng TC-KH", "Phòng KH&CN"],
    ["Công an tỉnh", "Bộ Công an"],
    ["Sở Tài chính", "Sở Tài chính; Sở Y tế"],
    // Diacritics matter: these are different words.
    ["Phường Đồng Hòa", "Phường Đông Hòa"],
  ])("%j ≠ %j", (a, b) => {
    expect(agencyKey(a)).not.toBe(agencyKey(b));
  });
});

describe("agencyKey properties", () => {
  const vietnamese = fc.string({
    unit: fc.constantFrom(
      ..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĐƠ ,.;-–&()+•\u00a0\u200báàảãạấầẩẫậóòỏõọớờởỡợủùụứừữựíìĩỉịýỳỷỹỵ\u0301\u0300\u0309\u0303\u0323".split(
        "",
      ),
      "UBND ",
      "HĐND ",
      "các ",
      "có liên quan",
      "KH&CN",
    ),
    maxLength: 40,
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(
        fc.oneof(vietnamese, fc.string()),
        (text) => agencyKey(agencyKey(text)) === agencyKey(text),
      ),
    );
  });

  it("does not depend on the Unicode normal form", () => {
    fc.assert(
      fc.property(
        vietnamese,
        (text) => agencyKey(text.normalize("NFC")) === agencyKey(text.normalize("NFD")),
      ),
    );
  });

  it("never throws and returns trimmed lower-case text", () => {
    fc.assert(
      fc.property(
        fc.oneof(vietnamese, fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })),
        (text) => {
          const key = agencyKey(text);
          return key === key.trim() && key === key.toLowerCase();
        },
      ),
    );
  });
});

describe("alternativesByFirstLetter", () => {
  // The abbreviations are found by one regex; grouping its alternatives by their first letter must find
  // exactly what the plain `a|b|c` list finds, in the same order of preference.
  const regex = (alternatives: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})(?![\\p{L}\\p{N}])`, "gu");
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const letter = fc.constantFrom("v", "h", "t", "đ", "u", "b", " ", "-", "&", ".", "(");

  it("finds what the plain list finds", () => {
    // Texts that are prefixes of each other (`vh`, `vh - tt`), in any order: where the order decides.
    const word = fc.array(letter, { minLength: 1, maxLength: 6 }).map((l) => l.join(""));
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 12 }),
        fc.array(fc.oneof(fc.nat(), letter), { maxLength: 30 }),
        (words, picks, parts) => {
          const prefixes = words.flatMap((w) => [...w].map((_, n) => w.slice(0, n + 1)));
          const texts = [...new Set(picks.map((n) => prefixes[n % prefixes.length] ?? ""))];
          const text = parts
            .map((p) => (typeof p === "number" ? (prefixes[p % prefixes.length] ?? "") : p))
            .join("");
          const plain = regex(texts.map(escape).join("|"));
          const grouped = regex(alternativesByFirstLetter(texts));
          expect(text.replace(grouped, (m) => `<${m}>`)).toBe(text.replace(plain, (m) => `<${m}>`));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
