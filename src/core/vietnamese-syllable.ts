/**
 * The shape of a written Vietnamese syllable — initial consonant, one to three vowels, final consonant —
 * to tell a decoded legacy word (`nhiệm`, `Người`) from a foreign word a decode would garble (`naïve` →
 * `nạve`). Diacritics are folded away first: the shape is the same for `a`, `ă` and `ấ`.
 */
import { foldKey } from "./text";

const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;
const WORD = /\p{L}+/gu;
const NON_ASCII = /[\u00aa-\uffff]/;

/** True when a word (one run of letters) is shaped like a Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  return SYLLABLE.test(foldKey(word));
}

/** The words of a text that carry non-ASCII letters, and how many of them are Vietnamese syllables. */
export function accentedWordShape(text: string): { readonly words: number; readonly syllables: number } {
  let words = 0;
  let syllables = 0;
  for (const word of text.match(WORD) ?? []) {
    if (!NON_ASCII.test(word)) continue;
    words += 1;
    if (isVietnameseSyllable(word)) syllables += 1;
  }
  return { words, syllables };
}
