/**
 * Splitting an agency cell into names (DESIGN §4): `;`, line breaks and bullets always separate; commas,
 * `và` and a missing separator only when every resulting piece is a name the directory knows, so that
 * `Các phòng, ban, đơn vị` stays one name while `Sở Tài chính, Sở Công Thương` becomes two.
 */
import { agencyKey } from "./agency-key";
import { tidyText } from "./text";

const LINE_BREAKS = /\r\n|\r|\n|\u2028|\u2029/;
// `•` and friends never occur inside a name, so they separate anywhere; `-` and `+` only at a line start.
const ALWAYS_SEPARATORS = /[;•▪◦·]/;
const LEADING_BULLET = /^(?:[-+*\u2010-\u2015\u2212]\s*)+/u;
const TRAILING_PUNCTUATION = /[\s.;,:]+$/u;
/** Where a list may continue without `;`: a comma, ` và `, or a space before a capitalised word. */
const SOFT_BOUNDARY = /\s*,\s*|\s+và\s+|\s+(?=\p{Lu})/gu;
// A long text in an agency column is a sentence, not a list; segmenting it would cost without helping.
const MAX_SEGMENTED_LENGTH = 300;
const MAX_BOUNDARIES = 24;
const MAX_NAME_LENGTH = 150;

/** A list piece as typed, without bullets and end punctuation. */
function cleanPiece(piece: string): string {
  return tidyText(piece).replace(LEADING_BULLET, "").replace(TRAILING_PUNCTUATION, "").trim();
}

interface Boundary {
  readonly start: number;
  readonly end: number;
}

/**
 * The fewest known names that cover the whole piece, cut only at soft boundaries; undefined when there is
 * no such cover (then the piece stays whole and is reported as typed).
 */
function segment(piece: string, isKnownKey: (key: string) => boolean): string[] | undefined {
  const boundaries: Boundary[] = [];
  for (const m of piece.matchAll(SOFT_BOUNDARY)) {
    if (m[0] !== "" && m.index > 0) boundaries.push({ start: m.index, end: m.index + m[0].length });
  }
  if (boundaries.length === 0 || boundaries.length > MAX_BOUNDARIES) return undefined;
  // Node i starts a piece at starts[i]; a piece from node i can end at any later boundary or the text end.
  const starts = [0, ...boundaries.map((b) => b.end)];
  const ends = [...boundaries.map((b) => b.start), piece.length];
  const best: (string[] | undefined)[] = new Array<string[] | undefined>(starts.length + 1);
  best[starts.length] = [];
  for (let i = starts.length - 1; i >= 0; i--) {
    for (let j = i; j < ends.length; j++) {
      const rest = best[j + 1];
      const from = starts[i] ?? 0;
      const to = ends[j] ?? piece.length;
      if (rest === undefined || to <= from || to - from > MAX_NAME_LENGTH) continue;
      const text = piece.slice(from, to);
      if (!isKnownKey(agencyKey(text))) continue;
      const current = best[i];
      if (current === undefined || rest.length + 1 < current.length) best[i] = [text, ...rest];
    }
  }
  return best[0];
}

/**
 * The agency names in one cell, in order (DESIGN §4); empty pieces dropped, bullets and end dots stripped.
 * `isKnownKey` says a key is a listed name; `isNameKey`, when given, says a key reads as one name by its
 * shape: a piece no listed names cover is then cut into such names, unless it reads as one name itself.
 */
export function splitAgencyList(
  text: string,
  isKnownKey: (key: string) => boolean,
  isNameKey?: (key: string) => boolean,
): string[] {
  const names: string[] = [];
  for (const line of text.normalize("NFC").split(LINE_BREAKS)) {
    for (const raw of line.split(ALWAYS_SEPARATORS)) {
      const piece = cleanPiece(raw);
      if (!/[\p{L}\p{N}]/u.test(piece)) continue;
      if (piece.length > MAX_SEGMENTED_LENGTH || isKnownKey(agencyKey(piece))) {
        names.push(piece);
        continue;
      }
      let parts = segment(piece, isKnownKey);
      if ((parts === undefined || parts.length < 2) && isNameKey && !isNameKey(agencyKey(piece))) {
        parts = segment(piece, (key) => isKnownKey(key) || isNameKey(key));
      }
      names.push(...(parts && parts.length > 1 ? parts.map(cleanPiece) : [piece]));
    }
  }
  return names;
}
