import fc from "fast-check";
import { isBlankText, normalizeText, tidyText } from "../../src/core/text";

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
