/**
 * The STT (số thứ tự) column: what kind of row a number announces (DESIGN §2 numbering).
 *
 * Rules for the one ambiguity, single capital letters: `I`, `V`, `X` are Roman section numbers; every other
 * single capital letter (`A`, `B`, `C`, `D`, `Đ`, `L`, `M`, …) is a part letter, because no annex has 50, 100
 * or 500 sections while parts `A`, `B`, `C`, `D` are common. `rows.ts` turns `I`/`V`/`X` into a part when
 * the row just before it at that level is the letter before it (`H`, `U`, `V`/`W`): context the parser does
 * not have. Part letters follow the Vietnamese alphabet (A B C D Đ E G H I K … V X Y: no F, J, W, Z).
 */
import type { Cell } from "../snapshot";
import { isDateCell, isErrorCell } from "../snapshot";
import { normalizeText } from "../text";

export type SttKind = "part" | "section" | "task" | "subitem" | "empty" | "invalid";

export interface SttInfo {
  readonly kind: SttKind;
  /** The STT as written (NFC, spaces tidied). */
  readonly text: string;
  /** numeric path: "I"→[1], "1."→[1], "1.2"→[1,2], "III.1.1"→[3,1,1], "A"→[1], "a)"→[1]; bullets → []. */
  readonly path: readonly number[];
  /** The Roman prefix value when written like "III.1". */
  readonly roman?: number;
}

const ROMAN = /^(?=[IVXLCDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const ROMAN_SECTION = /^([IVXLCDM]+)\s*[.):]?$/;
const PART = /^([A-ZĐ])\s*[.):]?$/;
const TASK = /^(\d{1,6}(?:\s*\.\s*\d{1,6})*)\s*[.)]?$/;
const ROMAN_TASK = /^([IVXLCDM]+)\s*\.\s*(\d{1,4}(?:\s*\.\s*\d{1,4})*)\s*\.?$/;
const LETTER_ITEM = /^\(?([a-zđ])\s*[.)]$|^([a-zđ])$/;
const BULLET = /^[-+•*·∙◦○●▪■□–—]$/;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
// Sub-items follow the Vietnamese alphabet as used in legal texts: a, b, c, d, đ, e, g, h, i, k, …
const VIETNAMESE_ITEM_LETTERS = "abcdđeghiklmnopqrstuvxy";
const PART_LETTERS_THAT_ARE_SECTIONS = new Set(["I", "V", "X"]);
// Capital letters as they number parts: Vietnamese (Đ used or not), or Latin when F, J, W or Z appears.
const VIETNAMESE_LETTERS = "ABCDĐEGHIKLMNOPQRSTUVXY";
const VIETNAMESE_LETTERS_WITHOUT_D_STROKE = VIETNAMESE_LETTERS.replace("Đ", "");
const LATIN_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const NOT_VIETNAMESE = new Set(["F", "J", "W", "Z"]);

const EMPTY: SttInfo = { kind: "empty", text: "", path: [] };

/** Parses an STT cell (text or an Excel number) into its kind and numeric path. */
export function parseStt(cell: Cell): SttInfo {
  if (cell === null || cell === undefined) return EMPTY;
  if (typeof cell === "number") return parseSttNumber(cell);
  if (typeof cell === "boolean" || isDateCell(cell) || isErrorCell(cell)) {
    return invalid(typeof cell === "boolean" ? String(cell) : isDateCell(cell) ? cell.date : cell.error);
  }
  return parseSttText(normalizeText(cell));
}

/** Parses STT text already normalised with normalizeText. */
export function parseSttText(text: string): SttInfo {
  if (text === "") return EMPTY;
  return (
    matchTask(text) ?? matchPartOrSection(text) ?? matchRomanTask(text) ?? matchSubitem(text) ?? invalid(text)
  );
}

/** Value of an upper-case Roman numeral (`XII` → 12), or undefined when it is not a valid one. */
export function romanValue(text: string): number | undefined {
  if (!ROMAN.test(text)) return undefined;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN_VALUES[text.charAt(i)] ?? 0;
    const next = ROMAN_VALUES[text.charAt(i + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const ROMAN_DIGITS: readonly (readonly [number, string])[] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

/** `4` → `IV`: the Roman numeral of a whole number (the inverse of romanValue); `""` below 1. */
export function toRoman(value: number): string {
  let rest = Math.max(0, Math.floor(value));
  let text = "";
  for (const [amount, digits] of ROMAN_DIGITS) {
    while (rest >= amount) {
      text += digits;
      rest -= amount;
    }
  }
  return text;
}

// A section or part number at the start of a title written in one cell: `I. NÂNG CAO …`, `A. PHÁT TRIỂN …`.
const STARTS_WITH_LETTER = /^\p{L}/u;
const NUMBERED_TITLE = /^([IVXLCDM]+|[A-ZĐ])\s*[.):-]\s*(\S.*)$/s;

/**
 * Splits `I. NÂNG CAO NHẬN THỨC` into the section number (`I.`) and the title, when the text starts with a
 * Roman section number or a part letter followed by `.`, `)`, `:` or `-`. Text must be normalised.
 */
export function splitNumberedTitle(
  text: string,
): { readonly stt: SttInfo; readonly title: string } | undefined {
  const match = NUMBERED_TITLE.exec(text);
  if (!match) return undefined;
  const [, numeral = "", title = ""] = match;
  const stt = matchPartOrSection(numeral);
  if (!stt) return undefined;
  // The title must read like words, not like `I.1` or `A-12` (those are numbers, not titles).
  if (!STARTS_WITH_LETTER.test(title)) return undefined;
  const written = text.slice(0, text.length - title.length).trim();
  return { stt: { ...stt, text: written }, title };
}

// An Arabic group number at the start of a title written in one cell: `1. Công tác tuyên truyền`.
const NUMBERED_HEADING = /^(\d{1,3}(?:\s*\.\s*\d{1,3})*\s*[.)])\s*(\p{L}.*)$/su;

/**
 * Splits `1. Công tác tuyên truyền` into its number (`1.`, a task-like number) and the title, when the
 * text starts with an Arabic number closed by `.` or `)` and then words. Text must be normalised. Whether
 * such a row is a heading or a task is the caller's call (a title has no time or agencies of its own).
 */
export function splitNumberedHeading(
  text: string,
): { readonly stt: SttInfo; readonly title: string } | undefined {
  const match = NUMBERED_HEADING.exec(text);
  if (!match) return undefined;
  const [, written = "", title = ""] = match;
  const stt = matchTask(written.trim());
  return stt?.kind === "task" ? { stt, title } : undefined;
}

function parseSttNumber(value: number): SttInfo {
  if (Number.isInteger(value) && value > 0) return { kind: "task", text: String(value), path: [value] };
  // Formulas can leave binary noise (1.2000000000000002): ten significant digits are plenty for an STT.
  const text = String(Number.isFinite(value) ? Number(value.toPrecision(10)) : value);
  if (!Number.isFinite(value) || value <= 0) return invalid(text);
  // An Excel number: 1 → task 1; 1.1 → task 1.1 (1.10 cannot be told from 1.1 once Excel made it a number).
  return matchTask(text) ?? invalid(text);
}

function matchTask(text: string): SttInfo | undefined {
  const match = TASK.exec(text);
  if (!match) return undefined;
  const path = numbers(match[1] ?? "");
  if (path.some((n) => n === 0) && path.length === 1) return invalid(text);
  return { kind: "task", text, path };
}

/** The capital letter of a part number as written (`A`, `Đ.`, `I)`); undefined when it is not one letter. */
export function partLetter(text: string): string | undefined {
  return PART.exec(normalizeText(text))?.[1];
}

/**
 * The alphabet a document's part letters follow, given the letters it uses: Vietnamese (`E` then `G`), with
 * `Đ` only when the document uses it (many write `D`, `E`), or Latin when `F`, `J`, `W` or `Z` appears.
 */
export function partAlphabet(letters: Iterable<string>): string {
  let withDStroke = false;
  for (const letter of letters) {
    if (NOT_VIETNAMESE.has(letter)) return LATIN_LETTERS;
    if (letter === "Đ") withDStroke = true;
  }
  return withDStroke ? VIETNAMESE_LETTERS : VIETNAMESE_LETTERS_WITHOUT_D_STROKE;
}

/** The part reading of a single letter: its place in the Vietnamese alphabet (F, J, W, Z: the Latin one). */
export function asPart(text: string, letter: string): SttInfo {
  const vietnamese = VIETNAMESE_LETTERS.indexOf(letter);
  const index = vietnamese >= 0 ? vietnamese : LATIN_LETTERS.indexOf(letter);
  return { kind: "part", text, path: [index + 1] };
}

function matchPartOrSection(text: string): SttInfo | undefined {
  const part = PART.exec(text);
  const letter = part?.[1];
  if (letter !== undefined && !PART_LETTERS_THAT_ARE_SECTIONS.has(letter)) return asPart(text, letter);
  const roman = ROMAN_SECTION.exec(text)?.[1];
  const value = roman === undefined ? undefined : romanValue(roman);
  if (value === undefined) return undefined;
  return { kind: "section", text, path: [value] };
}

function matchRomanTask(text: string): SttInfo | undefined {
  const match = ROMAN_TASK.exec(text);
  if (!match) return undefined;
  const roman = romanValue(match[1] ?? "");
  if (roman === undefined) return undefined;
  return { kind: "task", text, path: [roman, ...numbers(match[2] ?? "")], roman };
}

function matchSubitem(text: string): SttInfo | undefined {
  if (BULLET.test(text)) return { kind: "subitem", text, path: [] };
  const match = LETTER_ITEM.exec(text);
  const letter = match?.[1] ?? match?.[2];
  if (letter === undefined) return undefined;
  const vietnamese = VIETNAMESE_ITEM_LETTERS.indexOf(letter);
  // f, j, w, z are not Vietnamese letters; someone typing a) b) … f) still means the 6th item.
  const index = vietnamese >= 0 ? vietnamese + 1 : letter.charCodeAt(0) - 96;
  return { kind: "subitem", text, path: [index] };
}

function numbers(dotted: string): number[] {
  return dotted.split(".").map((part) => Number.parseInt(part.trim(), 10));
}

function invalid(text: string): SttInfo {
  return { kind: "invalid", text, path: [] };
}
