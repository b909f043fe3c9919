/**
 * Text normalisation shared by every comparison in core: Unicode NFC, invisible characters, both
 * Vietnamese tone-mark styles (`hóa`/`hoá`), dashes and spacing.
 */
import { keptMemo } from "./memo";

// Zero-width space/joiners, BOM, soft hyphen are dropped; NBSP and other spaces become a plain space.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\s\u00A0\u2007\u202F\u3000]+/g;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

// Anything the steps after NFC would change: an invisible character, a dash, a space other than U+0020,
// two spaces in a row, a space at either end. Most cells have none, and one test is cheaper than the
// three replacements (the last of which rebuilds the text at every space).
const UNTIDY = /[\u200B-\u200D\u2060\uFEFF\u00AD\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]|[^\S ]| {2}|^ | $/;

/** NFC, invisible characters removed, all dashes as `-`, runs of spaces collapsed, trimmed. */
export function normalizeText(text: string): string {
  const nfc = text.normalize("NFC");
  if (!UNTIDY.test(nfc)) return nfc;
  return nfc.replace(INVISIBLE, "").replace(DASHES, "-").replace(SPACES, " ").trim();
}

/** Like normalizeText but keeps dashes as typed: for names shown the way their author wrote them. */
export function tidyText(text: string): string {
  const nfc = text.normalize("NFC");
  if (!UNTIDY.test(nfc)) return nfc;
  return nfc.replace(INVISIBLE, "").replace(SPACES, " ").trim();
}

// Nothing but spaces and invisible characters: the texts normalizeText reduces to "".
const BLANK = /^[\s\u00A0\u2007\u202F\u3000\u200B-\u200D\u2060\uFEFF\u00AD]*$/;

/** True when normalizeText would give "", without normalising (cells can be long). */
export function isBlankText(text: string): boolean {
  return BLANK.test(text);
}

/** Like normalizeText but keeps line breaks (one per line, each line normalised, empty lines dropped). */
export function normalizeLines(text: string): string[] {
  return text
    .normalize("NFC")
    .replace(INVISIBLE, "")
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => normalizeText(line))
    .filter((line) => line !== "");
}

// The five Vietnamese tone marks as combining characters (grave, acute, tilde, hook above, dot below).
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const COMBINING = /[\u0300-\u036f]/g;

/**
 * Puts each word's tone mark at the end of the word, so that `hoá` and `hóa`, `uỷ` and `ủy`, `toạ` and
 * `tọa` give the same string. Returns NFD text (for keys only, never for display).
 */
export function canonicalTones(text: string): string {
  // From a word's first tone mark to its end: the letters before it stay, so only this tail is rebuilt
  // (and a word whose only tone mark is last comes back as it was).
  return text.normalize("NFD").replace(TONE_TO_WORD_END, (tail) => {
    if (tail.length === 1) return tail;
    const tones = tail.match(TONE_MARKS) ?? [];
    return tail.replace(TONE_MARKS, "") + tones.join("");
  });
}

const TONE_TO_WORD_END = /[\u0300\u0301\u0303\u0309\u0323][\p{L}\p{M}]*/gu;

/**
 * A loose key for header labels and keywords: lower case, no diacritics at all (`đ` → `d`), punctuation
 * removed, spaces collapsed. `Thời gian hoàn thành` → `thoi gian hoan thanh`.
 */
// A run folds the same labels, agency names and statuses over and over: the recent ones are kept.
export const foldKey: (text: string) => string = keptMemo((text: string) => fold(text), 20_000);

function fold(text: string): string {
  return normalizeText(text)
    .normalize("NFD")
    .replace(COMBINING, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * A strict key that keeps the Vietnamese letters but ignores case, tone-mark placement, Unicode form,
 * dashes, punctuation at the edges and spacing. Used for names where diacritics matter.
 */
export function toneKey(text: string): string {
  return canonicalTones(normalizeText(text).toLowerCase())
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, "")
    .replace(/\s*-\s*/g, " - ")
    .replace(/ +/g, " ");
}

/** True when a non-empty text starts with `=` (it would run as a formula if written naïvely). */
export function looksLikeFormula(text: string): boolean {
  return /^\s*=/.test(text);
}
