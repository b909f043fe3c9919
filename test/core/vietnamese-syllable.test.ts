/** The Vietnamese syllable shape that decides whether a legacy decode is kept (issue 11). */
import { accentedWordShape, isVietnameseSyllable } from "../../src/core/vietnamese-syllable";

describe("isVietnameseSyllable", () => {
  it.each([
    "Người",
    "Trường",
    "nghĩa",
    "khuyến",
    "Nguyễn",
    "khuỷu",
    "giữ",
    "gìn",
    "quý",
    "Uỷ",
    "Ủy",
    "hoà",
    "hòa",
    "CỘNG",
    "Đức",
    "oái",
    "Co\u0302ng",
  ])("%s is a syllable", (word) => {
    expect(isVietnameseSyllable(word)).toBe(true);
  });

  it.each(["nạve", "Müller", "café", "Quyù", "Thaùng", "nhiÖm", "Tæ", "chøc", "héi", "Uû", "Đ", "ắá"])(
    "%s is not",
    (word) => {
      expect(isVietnameseSyllable(word)).toBe(false);
    },
  );
});

describe("accentedWordShape", () => {
  it("counts words with non-ASCII characters, legacy symbols kept inside their words", () => {
    expect(accentedWordShape("Uỷ ban nhân dân phường Trúc Bạch")).toEqual({ words: 6, syllables: 6 });
    expect(accentedWordShape("Uû ban nh©n d©n ph\u00adêng")).toEqual({ words: 4, syllables: 0 });
    expect(accentedWordShape("STT 31/12/2024 (UBND)")).toEqual({ words: 0, syllables: 0 });
  });
});
