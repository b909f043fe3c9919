import fc from "fast-check";
import { canonicalTones, isBlankText, normalizeText, tidyText } from "../../src/core/text";

// The steps spelled out one after another, as normalizeText and tidyText did before their shortcut for
// text they leave as it is: the shortcut must never give another text.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\s\u00A0\u2007\u202F\u3000]+/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const stepByStep = (text: string): string =>
  text.normalize("NFC").replace(INVISIBLE, "").replace(DASHES, "-").replace(SPACES, " ").trim();
const tidyStepByStep = (text: string): string =>
  text.normalize("NFC").replace(INVISIBLE, "").replace(SPACES, " ").trim();

// Everything the steps treat specially, between ordinary letters (decomposed ones too).
const piece = fc.constantFrom(
  " ",
  "  ",
  "\t",
  "\n",
  "\r\n",
  "\u00A0",
  "\u2007",
  "\u202F",
  "\u3000",
  "\u2028",
  "\u1680",
  "\u200B",
  "\u2060",
  "\uFEFF",
  "\u00AD",
  "-",
  "\u2013",
  "\u2212",
  "\uFF0D",
  "a",
  "Ủy",
  "o\u0302\u0301",
  "\u0301",
  "\u212B",
  "\u2000",
  "x",
);

describe("normalizeText", () => {
  it.each([
    ["Sở Tài chính", "Sở Tài chính"],
    [" Sở Tài chính", "Sở Tài chính"],
    ["Sở Tài chính ", "Sở Tài chính"],
    ["Sở  Tài chính", "Sở Tài chính"],
    ["Sở\tTài chính", "Sở Tài chính"],
    ["Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu"],
    ["Sở Tài chi\u0301nh", "Sở Tài chính"],
    ["UBND \u200B xã", "UBND xã"],
  ])("%j → %j", (text, normal) => {
    expect(normalizeText(text)).toBe(normal);
  });

  it("gives what its steps give one after another, for any text", () => {
    fc.assert(
      fc.property(
        fc.array(piece).map((p) => p.join("")),
        fc.string({ unit: "binary" }),
        (made, any) => {
          expect(normalizeText(made)).toBe(stepByStep(made));
          expect(normalizeText(any)).toBe(stepByStep(any));
          expect(tidyText(made)).toBe(tidyStepByStep(made));
          expect(tidyText(any)).toBe(tidyStepByStep(any));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

// Word by word, as canonicalTones did before it rebuilt only the tail from a word's first tone mark.
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const tonesWordByWord = (text: string): string =>
  text.normalize("NFD").replace(/[\p{L}\p{M}]+/gu, (word) => {
    const tones = word.match(TONES);
    return tones ? word.replace(TONES, "") + tones.join("") : word;
  });

describe("canonicalTones", () => {
  it.each([
    ["hoá", "hóa"],
    ["Uỷ ban", "Ủy ban"],
    ["toạ đàm", "tọa đàm"],
    ["Thủy lợi", "Thuỷ lợi"],
  ])("%s and %s give one key", (a, b) => {
    expect(canonicalTones(a)).toBe(canonicalTones(b));
  });

  it("gives what moving each word's tone marks to its end gives, for any text", () => {
    const toned = fc.constantFrom(
      "a",
      "o",
      "Ư",
      "\u0300",
      "\u0301",
      "\u0303",
      "\u0309",
      "\u0323",
      "\u0302",
      "\u031B",
      "\u0306",
      "hoà",
      "ệ",
      "ượ",
      "1",
      " ",
      "-",
      ",",
      "đ",
    );
    fc.assert(
      fc.property(
        fc.array(toned).map((p) => p.join("")),
        fc.string({ unit: "binary" }),
        (made, any) => {
          expect(canonicalTones(made)).toBe(tonesWordByWord(made));
          expect(canonicalTones(any)).toBe(tonesWordByWord(any));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("tidyText", () => {
  it.each([
    ["Sở  Tài\u00A0chính ", "Sở Tài chính"],
    ["Sở Tài chi\u0301nh", "Sở Tài chính"],
    ["UBND\u200B xã", "UBND xã"],
    ["Bà Rịa – Vũng Tàu", "Bà Rịa – Vũng Tàu"],
    ["\uFEFF\u00AD", ""],
  ])("%j → %j", (text, tidy) => {
    expect(tidyText(text)).toBe(tidy);
  });

  it("differs from normalizeText only in the dashes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(normalizeText(tidyText(text))).toBe(normalizeText(text));
      }),
    );
  });
});

describe("isBlankText", () => {
  it.each<[string, boolean]>([
    ["", true],
    [" \t\r\n", true],
    ["\u00A0\u2007\u202F\u3000", true],
    ["\u200B\u200C\u200D\u2060\uFEFF\u00AD", true],
    ["-", false],
    ["\u2013", false],
    [" a ", false],
    [".", false],
  ])("%j → %s", (text, blank) => {
    expect(isBlankText(text)).toBe(blank);
  });

  it("is true exactly when normalizeText gives an empty text", () => {
    const pieces = fc.constantFrom(
      " ",
      "\u00A0",
      "\u2007",
      "\u200B",
      "\uFEFF",
      "\u00AD",
      "\n",
      "a",
      "-",
      "\u0301",
    );
    fc.assert(
      fc.property(
        fc.array(pieces).map((p) => p.join("")),
        fc.string({ unit: "binary" }),
        (made, any) => {
          expect(isBlankText(made)).toBe(normalizeText(made) === "");
          expect(isBlankText(any)).toBe(normalizeText(any) === "");
        },
      ),
    );
  });
});
