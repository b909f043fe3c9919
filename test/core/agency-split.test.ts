import { createAgencyMatcher, splitAgencyList } from "../../src/core/agency";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";

const matcher = createAgencyMatcher(DEFAULT_DIRECTORY);
// A key is its own key (agencyKey is idempotent), so matching a key asks whether the directory knows it.
const isKnown = (key: string): boolean => matcher.match(key) !== undefined;
const nothingKnown = (): boolean => false;

describe("splitAgencyList on seed cells (seed 000)", () => {
  it.each([
    [
      "Các phòng, ban, đơn vị; Các tổ chức Chính trị - xã hội; UBND các phường",
      ["Các phòng, ban, đơn vị", "Các tổ chức Chính trị - xã hội", "UBND các phường"],
    ],
    [
      "Phòng Văn hóa – Thông tin;\nTrung tâm VH-TT & TT; các phòng, ban, đơn vị liên quan.",
      ["Phòng Văn hóa – Thông tin", "Trung tâm VH-TT & TT", "các phòng, ban, đơn vị liên quan"],
    ],
    ["Phòng Văn hóa – Thông tin.", ["Phòng Văn hóa – Thông tin"]],
    ["Văn phòng HĐND-UBND quận; UBND các phường.", ["Văn phòng HĐND-UBND quận", "UBND các phường"]],
    [
      "Trung tâm VH-TT & TT; các doanh nghiệp viễn thông; các đơn vị liên quan",
      ["Trung tâm VH-TT & TT", "các doanh nghiệp viễn thông", "các đơn vị liên quan"],
    ],
    [
      "Phòng Văn hóa - Thông tin; các phòng, ban, đơn vị; UBND các phường.",
      ["Phòng Văn hóa - Thông tin", "các phòng, ban, đơn vị", "UBND các phường"],
    ],
  ])("%j", (cell, expected) => {
    expect(splitAgencyList(cell, isKnown)).toEqual(expected);
  });
});

describe("splitAgencyList on real-annex cells", () => {
  it.each([
    ["Sở KH&CN", ["Sở KH&CN"]],
    ["Bộ CHQS tỉnh; UBND cấp xã", ["Bộ CHQS tỉnh", "UBND cấp xã"]],
    ["Các sở, ban, ngành tỉnh; UBND các xã, phường", ["Các sở, ban, ngành tỉnh", "UBND các xã, phường"]],
    ["Các sở, ngành, UBND xã, phường, đặc khu", ["Các sở, ngành, UBND xã, phường, đặc khu"]],
    ["Sở Tài chính, Sở Công Thương", ["Sở Tài chính", "Sở Công Thương"]],
    // A missing separator between two known names (03).
    [
      "Sở Khoa học và Công nghệ Sở Công Thương; UBND các phường, xã",
      ["Sở Khoa học và Công nghệ", "Sở Công Thương", "UBND các phường, xã"],
    ],
    [
      "Sở Tài chính Các sở, ngành, UBND xã, phường, đặc khu",
      ["Sở Tài chính", "Các sở, ngành, UBND xã, phường, đặc khu"],
    ],
    [
      "Sở Khoa học và Công nghệ, các sở, ngành, UBND xã, phường, đặc khu",
      ["Sở Khoa học và Công nghệ", "các sở, ngành, UBND xã, phường, đặc khu"],
    ],
    [
      "Bộ Công an, Bộ Tài chính, Bộ Nội vụ và các bộ, ngành, địa phương khác có liên quan",
      ["Bộ Công an", "Bộ Tài chính", "Bộ Nội vụ", "các bộ, ngành, địa phương khác có liên quan"],
    ],
    ["Sở Tài chính và cơ quan, địa phương liên quan", ["Sở Tài chính", "cơ quan, địa phương liên quan"]],
    [
      "Sở Giáo dục và Đào tạo, Sở Văn hóa Thể thao và Du lịch",
      ["Sở Giáo dục và Đào tạo", "Sở Văn hóa Thể thao và Du lịch"],
    ],
    ["Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]],
    // Unknown pieces: the commas are not separators, the cell stays one (unknown) name.
    [
      "Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư",
      ["Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư"],
    ],
    ["Sở Sở Công thương", ["Sở Sở Công thương"]],
  ])("%j", (cell, expected) => {
    expect(splitAgencyList(cell, isKnown)).toEqual(expected);
  });
});

describe("splitAgencyList separators", () => {
  it.each([
    ["bullets on lines", "- Sở Tài chính\n- Sở Y tế", ["Sở Tài chính", "Sở Y tế"]],
    ["+ bullets and •", "+ Sở Y tế • Sở Nội vụ", ["Sở Y tế", "Sở Nội vụ"]],
    ["en-dash bullets", "– Sở Y tế;\r\n– Sở Nội vụ.", ["Sở Y tế", "Sở Nội vụ"]],
    ["empty pieces dropped", ";; Sở Y tế ;\n\n ; . ;", ["Sở Y tế"]],
    ["only punctuation", " ; - ; . ", []],
    [
      "a dash inside a name is not a bullet",
      "Các tổ chức chính trị - xã hội",
      ["Các tổ chức chính trị - xã hội"],
    ],
    ["NBSP and zero-width", "Sở\u00a0Y\u00a0tế;\u200bSở Nội vụ", ["Sở Y tế", "Sở Nội vụ"]],
    ["NFD input comes out NFC", "Sở Y tế".normalize("NFD"), ["Sở Y tế"]],
  ])("%s", (_label, cell, expected) => {
    expect(splitAgencyList(cell, isKnown)).toEqual(expected);
  });

  it.each([
    ["Các phòng, ban, đơn vị", ["Các phòng, ban, đơn vị"]],
    ["Sở Tài chính, Sở Công Thương", ["Sở Tài chính, Sở Công Thương"]],
    ["Sở Khoa học và Công nghệ Sở Công Thương", ["Sở Khoa học và Công nghệ Sở Công Thương"]],
    ["Sở Tài chính; Sở Công Thương", ["Sở Tài chính", "Sở Công Thương"]],
  ])(
    "commas, `và` and spaces split only between known names: %j with an empty directory",
    (cell, expected) => {
      expect(splitAgencyList(cell, nothingKnown)).toEqual(expected);
    },
  );

  it("splits into the fewest known names", () => {
    const known = new Set(["a", "b", "a b", "c"]);
    expect(splitAgencyList("A B C", (key) => known.has(key))).toEqual(["A B", "C"]);
  });
});
