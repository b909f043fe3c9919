/**
 * The working key of the time parser: the display text folded to lower-case ASCII-like letters, kept
 * character-aligned with the display text so that a fragment found in the key (`quy v`) can be shown
 * as the user typed it (`Quý V`).
 */
import { normalizeText } from "./text";

export interface TimeKey {
  /** NFC, trimmed, dashes and spaces normalised: what the user sees. */
  readonly display: string;
  /** `display` without diacritics (`đ` → `d`), lower case; same length as `display` when `aligned`. */
  readonly key: string;
  readonly aligned: boolean;
}

// Text that normalizeText would leave unchanged: printable ASCII and precomposed Latin letters, single
// spaces, nothing at the edges. Most cells are like this, and the test is much cheaper than normalising.
const ALREADY_NORMAL = /^[\x21-\x7e\u00c0-\u024f\u1e00-\u1eff]+(?: [\x21-\x7e\u00c0-\u024f\u1e00-\u1eff]+)*$/;
const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const BACKSLASH = /\\/g;
// `12//2026`, `12/ 2026`, `IV / 2025`: a slash typed twice or with spaces around it, between a number or a
// Roman quarter and a number, is the one slash a person reads.
const SLASH_GAP = /(?<=[\dIVXivx])(?:\s*\/\s*\/?|\/\/)\s*(?=\d)/g;
const HAS_SLASH_GAP = /\/\/|\s\/|\/\s/;

/** Base letter of every precomposed Latin letter (`ệ` → `e`, `Đ` → `D`), indexed by UTF-16 code. */
const BASE_LETTER: readonly (string | undefined)[] = buildBaseLetters();

function buildBaseLetters(): (string | undefined)[] {
  const table: (string | undefined)[] = [];
  const ranges: readonly [number, number][] = [
    [0x00c0, 0x024f],
    [0x1e00, 0x1eff],
  ];
  for (const [first, last] of ranges) {
    for (let code = first; code <= last; code++) {
      const parts = String.fromCharCode(code).normalize("NFD");
      if (parts.length > 1 && parts.charCodeAt(0) < 0x80) table[code] = parts.charAt(0);
    }
  }
  table[0x0111] = "d";
  table[0x0110] = "D";
  return table;
}

function fold(text: string): string {
  if (PLAIN_ASCII.test(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code < 0x80 ? text.charAt(i) : (BASE_LETTER[code] ?? text.charAt(i));
  }
  return out;
}

/** Normalises a cell's text and builds its folded key. */
export function timeKey(raw: string): TimeKey {
  const normal = ALREADY_NORMAL.test(raw) ? raw : normalizeText(raw);
  const display = HAS_SLASH_GAP.test(normal) ? normal.replace(SLASH_GAP, "/") : normal;
  const key = fold(display).toLowerCase().replace(BACKSLASH, "/");
  return { display, key, aligned: key.length === display.length };
}

/** The display text of a key fragment (e.g. `quy v` → `Quý V`); the fragment itself when not found. */
export function displayFragment(tk: TimeKey, fragment: string): string {
  const at = tk.key.indexOf(fragment);
  if (at < 0 || !tk.aligned) return fragment;
  return tk.display.slice(at, at + fragment.length);
}

/**
 * The display text of a key fragment's first (or last) occurrence; undefined when it is not in the key or
 * the key is not aligned with the display (then no position in one is a position in the other).
 */
export function displayOccurrence(
  tk: TimeKey,
  fragment: string,
  which: "first" | "last",
): string | undefined {
  const at = which === "first" ? tk.key.indexOf(fragment) : tk.key.lastIndexOf(fragment);
  return at < 0 || !tk.aligned ? undefined : tk.display.slice(at, at + fragment.length);
}
