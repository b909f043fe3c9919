/**
 * The shape of a written Vietnamese syllable — initial consonant, a vowel group Vietnamese writes, final
 * consonant, at most one tone mark — to tell decoded legacy text (`nhiệm`, `Người`) from the mojibake it
 * came from (`nhiÖm`, `Quyù`) and from foreign words a decode would garble (`naïve` → `nạve`).
 */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;

// Vowel groups of written Vietnamese (tone marks removed; `gi` and `qu` are initials): those that may
// take a final consonant, and those ending in a glide (`ai`, `au`, `ươi`…), which never do.
const OPEN = "a ă â e ê i o ô ơ u ư y oa oă oe oo uâ uê uô uơ ươ uy iê yê uyê";
const CLOSED =
  "ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu iêu oai oao oay oeo uây uôi ươi ươu uya uyu yêu";

const longestFirst = (list: string) =>
  list
    .split(" ")
    .sort((a, b) => b.length - a.length)
    .join("|");

const SYLLABLE = new RegExp(
  `^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?` +
    `(?:(?:${longestFirst(CLOSED)})|(?:${longestFirst(OPEN)})(?:ch|ng|nh|[cmnpt])?)$`,
);

// A word: a run between spaces, ASCII punctuation and digits, quotes and dashes. Legacy text shows
// letters as symbols (`nh©n`, `Tr\u00adêng`, `B¸o`) that must stay inside their words.
const WORD = /[^\s!-@[-`{-~\u2013\u2014\u2018-\u201f\u2026]+/g;
const NON_ASCII = /[^ -~]/;

/** True when a word is shaped like a Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.normalize("NFD");
  if ((decomposed.match(TONE_MARK)?.length ?? 0) > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONE_MARK, "").normalize("NFC").toLowerCase());
}

/** The words of a text that carry non-ASCII characters, and how many of them are Vietnamese syllables. */
export function accentedWordShape(text: string): { readonly words: number; readonly syllables: number } {
  let words = 0;
  let syllables = 0;
  for (const word of text.normalize("NFC").match(WORD) ?? []) {
    if (!NON_ASCII.test(word)) continue;
    words += 1;
    if (isVietnameseSyllable(word)) syllables += 1;
  }
  return { words, syllables };
}
