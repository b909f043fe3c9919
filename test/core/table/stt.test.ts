import type { Cell } from "../../../src/core/snapshot";
import {
  parseStt,
  partAlphabet,
  partLetter,
  romanValue,
  splitNumberedHeading,
  splitNumberedTitle,
  toRoman,
  type SttKind,
} from "../../../src/core/table/stt";

describe("parseStt", () => {
  it.each<[string, Cell, SttKind, number[], number | undefined]>([
    ["Roman", "I", "section", [1], undefined],
    ["Roman with dot", "II.", "section", [2], undefined],
    ["Roman IV", "IV", "section", [4], undefined],
    ["Roman IX.", "IX.", "section", [9], undefined],
    ["Roman XII", "XII", "section", [12], undefined],
    ["Roman with spaces", "  III . ", "section", [3], undefined],
    ["arabic", "1", "task", [1], undefined],
    ["arabic with dot", "1.", "task", [1], undefined],
    ["arabic with paren", "1)", "task", [1], undefined],
    ["zero-padded", "01", "task", [1], undefined],
    ["hierarchical", "1.1", "task", [1, 1], undefined],
    ["hierarchical with dot", "1.2.", "task", [1, 2], undefined],
    ["three levels", "5.1.1", "task", [5, 1, 1], undefined],
    ["two digits", "2.10", "task", [2, 10], undefined],
    ["Roman-prefixed", "III.1", "task", [3, 1], 3],
    ["Roman-prefixed, three levels", "III.1.1", "task", [3, 1, 1], 3],
    ["part A", "A", "part", [1], undefined],
    ["part B.", "B.", "part", [2], undefined],
    ["part C (not Roman 100)", "C", "part", [3], undefined],
    ["part D (not Roman 500)", "D", "part", [4], undefined],
    ["part Đ, the 5th Vietnamese letter", "Đ", "part", [5], undefined],
    ["part Đ. in NFD", "Đ.".normalize("NFD"), "part", [5], undefined],
    ["part E is the 6th (after Đ)", "E.", "part", [6], undefined],
    ["part G follows E in Vietnamese", "G", "part", [7], undefined],
    ["part K follows I in Vietnamese", "K.", "part", [10], undefined],
    ["part Y, the last Vietnamese letter", "Y", "part", [23], undefined],
    ["sub-item a)", "a)", "subitem", [1], undefined],
    ["sub-item b.", "b.", "subitem", [2], undefined],
    ["sub-item (c)", "(c)", "subitem", [3], undefined],
    ["sub-item đ) is the 5th", "đ)", "subitem", [5], undefined],
    ["sub-item e) is the 6th", "e)", "subitem", [6], undefined],
    ["sub-item g) follows e) in Vietnamese", "g)", "subitem", [7], undefined],
    ["bullet -", "-", "subitem", [], undefined],
    ["bullet +", "+", "subitem", [], undefined],
    ["bullet •", "•", "subitem", [], undefined],
    ["bullet *", "*", "subitem", [], undefined],
    ["en dash bullet", "–", "subitem", [], undefined],
    ["Excel number 1", 1, "task", [1], undefined],
    ["Excel number 12", 12, "task", [12], undefined],
    ["a large sheet's number", 12345, "task", [12345], undefined],
    ["a large number as text", "12345.", "task", [12345], undefined],
    ["Excel number 1.1", 1.1, "task", [1, 1], undefined],
    ["Excel number with float noise", 1.2000000000000002, "task", [1, 2], undefined],
    ["empty cell", null, "empty", [], undefined],
    ["empty text", "", "empty", [], undefined],
    ["spaces only", " \u00a0 ", "empty", [], undefined],
    ["NBSP and zero-width around", "\u00a0II.\u200b", "section", [2], undefined],
    ["not Roman IIII", "IIII", "invalid", [], undefined],
    ["not Roman VX", "VX", "invalid", [], undefined],
    ["digits and letters", "1a", "invalid", [], undefined],
    ["words", "Nội dung", "invalid", [], undefined],
    ["zero", 0, "invalid", [], undefined],
    ["negative", -1, "invalid", [], undefined],
    ["task zero", "0", "invalid", [], undefined],
    ["boolean", true, "invalid", [], undefined],
    ["date cell", { date: "2024-02-01" }, "invalid", [], undefined],
    ["error cell", { error: "#REF!" }, "invalid", [], undefined],
    ["section title in one cell", "I. NÂNG CAO NHẬN THỨC", "invalid", [], undefined],
  ])("%s: %j → %s %j", (_name, cell, kind, path, roman) => {
    const info = parseStt(cell);
    expect(info.kind).toBe(kind);
    expect(info.path).toEqual(path);
    expect(info.roman).toBe(roman);
  });

  it.each<[Cell, string]>([
    [" II. ", "II."],
    [1.1, "1.1"],
    [7, "7"],
    ["1 . 2".normalize("NFD"), "1 . 2"],
    [null, ""],
  ])("keeps the text as written: %j → %j", (cell, text) => {
    expect(parseStt(cell).text).toBe(text);
  });

  it("reads NFD input like NFC", () => {
    expect(parseStt("đ)".normalize("NFD"))).toEqual(parseStt("đ)"));
  });
});

describe("romanValue", () => {
  it.each<[string, number | undefined]>([
    ["I", 1],
    ["IV", 4],
    ["IX", 9],
    ["XIV", 14],
    ["XL", 40],
    ["MCMXC", 1990],
    ["IIII", undefined],
    ["IC", undefined],
    ["", undefined],
    ["iv", undefined],
  ])("%s → %s", (text, value) => {
    expect(romanValue(text)).toBe(value);
  });
});

describe("toRoman", () => {
  it.each([
    [1, "I"],
    [4, "IV"],
    [9, "IX"],
    [14, "XIV"],
    [40, "XL"],
    [1999, "MCMXCIX"],
  ])("%d → %s", (n, roman) => {
    expect(toRoman(n)).toBe(roman);
  });
});

describe("splitNumberedTitle", () => {
  it.each<[string, SttKind | undefined, string | undefined, string | undefined]>([
    ["I. NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY", "section", "I.", "NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY"],
    ["II. Xã hội số", "section", "II.", "Xã hội số"],
    ["IV - Hợp tác quốc tế", "section", "IV -", "Hợp tác quốc tế"],
    ["A. PHÁT TRIỂN NỀN MÓNG", "part", "A.", "PHÁT TRIỂN NỀN MÓNG"],
    ["B) Giải pháp", "part", "B)", "Giải pháp"],
    ["Đ. PHÁT TRIỂN XÃ HỘI SỐ", "part", "Đ.", "PHÁT TRIỂN XÃ HỘI SỐ"],
    ["I.1 Xây dựng", undefined, undefined, undefined],
    ["1. Xây dựng kế hoạch", undefined, undefined, undefined],
    ["Xây dựng kế hoạch", undefined, undefined, undefined],
    ["I.", undefined, undefined, undefined],
  ])("%s", (text, kind, stt, title) => {
    const split = splitNumberedTitle(text);
    expect(split?.stt.kind).toBe(kind);
    expect(split?.stt.text).toBe(stt);
    expect(split?.title).toBe(title);
  });
});

describe("partLetter", () => {
  it.each<[string, string | undefined]>([
    ["A", "A"],
    ["B.", "B"],
    ["Đ)", "Đ"],
    ["Đ".normalize("NFD"), "Đ"],
    ["I.", "I"],
    ["V", "V"],
    ["II", undefined],
    ["1", undefined],
    ["a)", undefined],
    ["", undefined],
  ])("%j → %j", (text, letter) => {
    expect(partLetter(text)).toBe(letter);
  });
});

describe("partAlphabet", () => {
  const VIETNAMESE = "ABCDĐEGHIKLMNOPQRSTUVXY";
  it.each<[string, string[], string]>([
    ["Vietnamese with Đ when Đ is used", ["A", "B", "C", "D", "Đ", "E"], VIETNAMESE],
    [
      "Vietnamese, Đ optional when unused (D then E is no gap)",
      ["C", "D", "E", "G"],
      VIETNAMESE.replace("Đ", ""),
    ],
    ["Latin when F, J, W or Z is used", ["E", "F", "G"], "ABCDEFGHIJKLMNOPQRSTUVWXYZ"],
    ["nothing used", [], VIETNAMESE.replace("Đ", "")],
  ])("%s", (_name, letters, alphabet) => {
    expect(partAlphabet(letters)).toBe(alphabet);
  });
});

describe("splitNumberedHeading", () => {
  it.each<[string, number[] | undefined, string | undefined, string | undefined]>([
    ["1. Công tác tuyên truyền", [1], "1.", "Công tác tuyên truyền"],
    ["2) NHÓM NHIỆM VỤ VỀ THỂ CHẾ", [2], "2)", "NHÓM NHIỆM VỤ VỀ THỂ CHẾ"],
    ["1.2. Hạ tầng số", [1, 2], "1.2.", "Hạ tầng số"],
    ["3 . Đào tạo", [3], "3 .", "Đào tạo"],
    ["Ủy ban nhân dân", undefined, undefined, undefined],
    ["1.", undefined, undefined, undefined],
    ["1.1", undefined, undefined, undefined],
    ["2025 - 2030", undefined, undefined, undefined],
    ["15/10/2025 họp", undefined, undefined, undefined],
    ["I. NÂNG CAO NHẬN THỨC", undefined, undefined, undefined],
  ])("%s", (text, path, stt, title) => {
    const split = splitNumberedHeading(text);
    expect(split?.stt.kind).toBe(path === undefined ? undefined : "task");
    expect(split?.stt.path).toEqual(path);
    expect(split?.stt.text).toBe(stt);
    expect(split?.title).toBe(title);
  });
});
