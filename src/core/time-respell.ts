/**
 * The standard spelling of a time cell, offered only where the correction is certain (issue 9: times fixed
 * without typing). Two kinds of slip:
 *
 * - read anyway, written off the standard: the quarter word with its tone mark misplaced, missing or on the
 *   wrong vowel (`Qúy II`, `Quí 2`, `quy II/2024` → `Quý II`, `Quý II/2024`, the number in Roman numerals as
 *   the rest of an annex writes it), or a doubled date separator (`30/6//2024` → `30/6/2024`);
 * - not read, because of a look-alike character: `l` for `I` in a quarter's number (`Quý ll`), `O` for `0`
 *   in a date (`3O/6/2O24`).
 *
 * Nothing is guessed: an impossible quarter or day (`Quý V`, `31/02/2024`) has no such slip and gets no
 * correction, and a caller keeps a correction only when it reads as the original did (or, for the second
 * kind, reads at all).
 */
import { foldKey } from "./text";

// The quarter word in any tone-mark style, and the number after it.
const QUARTER = /(^|[^\p{L}\p{N}])(q[\p{L}]{1,3})(\s*)(IV|I{1,3}|[1-4])(?![\p{L}\p{N}])/giu;
const ROMAN = ["I", "II", "III", "IV"] as const;

/** `quy`, `quý`, `quí`, `qúy`… — a word that folds to the quarter word. */
function isQuarterWord(word: string): boolean {
  const fold = foldKey(word);
  return fold === "quy" || fold === "qui";
}

/** The text with the quarter word spelt `Quý` and a doubled `/` between digits made single. */
export function standardTimeSpelling(text: string): string {
  const quarters = text.replace(
    QUARTER,
    (all, before: string, word: string, space: string, number: string) => {
      if (!isQuarterWord(word) || word === "Quý" || word === "quý" || word === "QUÝ") return all;
      const roman = /^[1-4]$/.test(number) ? ROMAN[Number(number) - 1] : number.toUpperCase();
      return `${before}Quý${space || " "}${roman}`;
    },
  );
  return quarters.replace(/(\d)\s*\/\s*\/\s*(?=\d)/g, "$1/");
}

// `l` or `L` where a quarter's Roman number is (`Quý ll`, `Quý lV`), and `O` among the digits of a date.
const LOOK_ALIKE_QUARTER = /(^|[^\p{L}\p{N}])(q[\p{L}]{1,3}\s*)([IlL]{1,3}V?|[lL]V)(?![\p{L}\p{N}])/giu;
const LETTER_O_IN_DATE = /(?<=\d)[Oo](?=[\d/.-])|(?<=\d[/.-]|\d[/.-]\d)[Oo](?=\d)|(?<=\d)[Oo]{2}(?=\d)/g;

/** The text with look-alike letters in a quarter's number or a date's digits replaced; unchanged when none. */
export function lookAlikeRepair(text: string): string {
  const quarters = text.replace(LOOK_ALIKE_QUARTER, (all, before: string, word: string, number: string) => {
    if (!isQuarterWord(word.trim())) return all;
    return `${before}${word}${number.replace(/[lL]/g, "I")}`;
  });
  return quarters.replace(LETTER_O_IN_DATE, (o) => "0".repeat(o.length));
}
