/**
 * Splitting an agency cell into names (DESIGN §4): `;`, line breaks, bullets and enumerators always
 * separate; commas, `và` and a missing separator only when every resulting piece is a name the directory
 * knows, so that `Các phòng, ban, đơn vị` stays one name while `Sở Tài chính, Sở Công Thương` becomes two.
 * A list may elide the head it shares (`Các Bộ: Tài chính, Xây dựng`, `Bộ Xây dựng, Khoa học và Công nghệ`),
 * and words after the names that say their role or scope are set aside as a note (agency-note.ts).
 */
import { agencyKey } from "./agency-key";
import { setAsideNote, splitEnumeration, type MayEndName } from "./agency-note";
import { splitPlace } from "./agency-reference";
import { agencyHead, agencyShape } from "./agency-structure";
import { tidyText } from "./text";

const LINE_BREAKS = /\r\n|\r|\n|\u2028|\u2029/;
// `•` and friends never occur inside a name, so they separate anywhere; `-` and `+` only at a line start.
const ALWAYS_SEPARATORS = /[;•▪◦·]/;
const LEADING_BULLET = /^(?:[-+*\u2010-\u2015\u2212]\s*)+/u;
const TRAILING_PUNCTUATION = /[\s.;,:]+$/u;
/** Where a list may continue without `;`: a comma, ` và `, or a space before a capitalised word. */
const SOFT_BOUNDARY = /\s*,\s*|\s+và\s+|\s+(?=\p{Lu})/gu;
/** Where a list that elides its shared head continues: a comma or ` và `. */
const LIST_BOUNDARY = /\s*,\s*|\s+và\s+/gu;
const PLURAL_WORD = /\s+các\s+/iu;
/** `Các Bộ: Tài chính, Xây dựng`: a head noun (with its level), a colon, the members. */
const DISTRIBUTIVE = /^(?:các\s+|toàn thể\s+)?([^:,]{1,30}?)\s*:\s*(.+)$/iu;
// A long text in an agency column is a sentence, not a list; segmenting it would cost without helping.
const MAX_SEGMENTED_LENGTH = 300;
const MAX_BOUNDARIES = 24;
const MAX_NAME_LENGTH = 150;
// A piece known only by its shape costs more than any number of listed ones, so listed names win a cover.
const SHAPE_COST = 100;
const MAX_ELIDED_WORDS = 8;

/** What the splitter may ask about a key. */
export interface NameTests {
  /** A name the directory or the reference lists. */
  readonly isKnownKey: (key: string) => boolean;
  /** Reads as one name by its shape (the text too: `các` is not in the key, yet makes a group). */
  readonly isNameKey?: (key: string, text: string) => boolean;
  /** A listed name whose place, if any, is confirmed: what an elided member must become. */
  readonly isListedKey?: (key: string) => boolean;
}

/** One name read from a cell, with the note set aside after it, or a sentence with the names it holds. */
export interface CellName {
  readonly text: string;
  readonly note?: string;
  /** The cell piece is a sentence: the names found in it (as typed), none of them taken as its agency. */
  readonly named?: readonly string[];
}

/** A list piece as typed, without bullets and end punctuation. */
function cleanPiece(piece: string): string {
  return tidyText(piece).replace(LEADING_BULLET, "").replace(TRAILING_PUNCTUATION, "").trim();
}

interface Boundary {
  readonly start: number;
  readonly end: number;
}

function boundariesOf(piece: string, pattern: RegExp): Boundary[] | undefined {
  const boundaries: Boundary[] = [];
  for (const m of piece.matchAll(pattern)) {
    if (m[0] !== "" && m.index > 0) boundaries.push({ start: m.index, end: m.index + m[0].length });
  }
  return boundaries.length === 0 || boundaries.length > MAX_BOUNDARIES ? undefined : boundaries;
}

/** How a stretch of text reads as one name: its cost and the text it stands for; undefined if it does not. */
type Reading = (
  text: string,
) => { readonly cost: number; readonly text: string; readonly elided?: boolean } | undefined;

interface Cover {
  readonly cost: number;
  readonly parts: readonly string[];
  readonly elided: boolean;
}

/** The cheapest cover of the piece by readable stretches cut at the boundaries; undefined if none. */
function cover(piece: string, pattern: RegExp, read: Reading): Cover | undefined {
  const boundaries = boundariesOf(piece, pattern);
  if (boundaries === undefined) return undefined;
  // Node i starts a piece at starts[i]; a piece from node i can end at any later boundary or the text end.
  const starts = [0, ...boundaries.map((b) => b.end)];
  const ends = [...boundaries.map((b) => b.start), piece.length];
  const best: (Cover | undefined)[] = new Array<Cover | undefined>(starts.length + 1);
  best[starts.length] = { cost: 0, parts: [], elided: false };
  for (let i = starts.length - 1; i >= 0; i--) {
    for (let j = i; j < ends.length; j++) {
      const rest = best[j + 1];
      const from = starts[i] ?? 0;
      const to = ends[j] ?? piece.length;
      if (rest === undefined || to <= from || to - from > MAX_NAME_LENGTH) continue;
      const reading = read(piece.slice(from, to));
      if (reading === undefined) continue;
      const cost = rest.cost + reading.cost;
      const current = best[i];
      if (current === undefined || cost < current.cost) {
        best[i] = {
          cost,
          parts: [reading.text, ...rest.parts],
          elided: rest.elided || reading.elided === true,
        };
      }
    }
  }
  return best[0];
}

/** The fewest known names that cover the whole piece, cut only at soft boundaries. */
function segment(piece: string, isKnown: (key: string, text: string) => boolean): string[] | undefined {
  const found = cover(piece, SOFT_BOUNDARY, (text) =>
    isKnown(agencyKey(text), text) ? { cost: 1, text } : undefined,
  );
  return found?.parts.slice();
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/** The typed words at the start of `text` whose key is `key` (`UBND` for `ủy ban nhân dân`). */
function typedPrefix(text: string, key: string): string | undefined {
  const words = text.split(" ");
  for (let k = 1; k <= Math.min(words.length, 8); k++) {
    const prefix = words.slice(0, k).join(" ");
    if (agencyKey(prefix) === key) return prefix;
  }
  return undefined;
}

/** The shared heads a list may elide, from its first name: its head and level (`UBND thành phố`), its head. */
function sharedHeads(piece: string): string[] {
  const first = piece.split(",")[0] ?? piece;
  const key = agencyKey(first);
  const head = agencyHead(key);
  if (head === undefined) return [];
  const placed = splitPlace(key);
  const level =
    placed.levelWord !== undefined && placed.body === head
      ? typedPrefix(first, `${head} ${placed.levelWord}`)
      : undefined;
  const bare = typedPrefix(first, head);
  return [level, bare].filter((prefix): prefix is string => prefix !== undefined);
}

/** A member read whole, or with a shared head put back (`Khoa học và Công nghệ` → `Bộ Khoa học và Công nghệ`). */
function elidedReading(heads: readonly string[], tests: NameTests, allowShape: boolean): Reading {
  const { isKnownKey, isNameKey, isListedKey } = tests;
  return (text) => {
    const key = agencyKey(text);
    if (isKnownKey(key)) return { cost: 1, text };
    // An elided member is a field or a place, a few words (`Văn hóa, Thể thao và Du lịch`); longer
    // stretches need not be tried with each head.
    for (const head of text.split(" ").length <= MAX_ELIDED_WORDS ? heads : []) {
      const full = `${capitalise(head)} ${text}`;
      if (isListedKey?.(agencyKey(full))) return { cost: 1, text: full, elided: true };
    }
    return allowShape && isNameKey?.(key, text) ? { cost: SHAPE_COST, text } : undefined;
  };
}

/**
 * `Các Bộ: Tài chính, Xây dựng`: every member is the head with its field, or a name of its own (`… và các
 * cơ quan có liên quan`); listed names win, as in any list.
 */
function distributive(piece: string, tests: NameTests): string[] | undefined {
  const m = DISTRIBUTIVE.exec(piece);
  // `UBND các tỉnh: Lào Cai, …`: each member is the committee of one province.
  const head = m?.[1]?.replace(PLURAL_WORD, " ").trim();
  if (head === undefined || m?.[2] === undefined) return undefined;
  const key = agencyKey(head);
  const headKey = agencyHead(key);
  if (headKey === undefined || (key !== headKey && splitPlace(key).body !== headKey)) return undefined;
  const members = m[2];
  const read = elidedReading([head], tests, true);
  const whole = read(members);
  if (whole !== undefined) return [whole.text];
  return cover(members, LIST_BOUNDARY, read)?.parts.slice();
}

/** `Bộ Xây dựng, Khoa học và Công nghệ, các bộ`: members after the first may elide its head. */
function elliptical(piece: string, tests: NameTests): string[] | undefined {
  if (tests.isListedKey === undefined) return undefined;
  const heads = sharedHeads(piece);
  if (heads.length === 0) return undefined;
  const found = cover(piece, LIST_BOUNDARY, elidedReading(heads, tests, true));
  return found?.elided && found.parts.length > 1 ? found.parts.slice() : undefined;
}

/** The names in a list with no note: listed names, then elided heads, then names by their shape. */
function namesOf(list: string, tests: NameTests): string[] {
  const { isKnownKey, isNameKey } = tests;
  if (list.length > MAX_SEGMENTED_LENGTH || isKnownKey(agencyKey(list))) return [list];
  const shared = distributive(list, tests);
  if (shared) return shared.map(cleanPiece);
  let parts = segment(list, isKnownKey);
  if (parts && parts.length > 1) return parts.map(cleanPiece);
  const elided = elliptical(list, tests);
  if (elided) return elided.map(cleanPiece);
  if (isNameKey && !isNameKey(agencyKey(list), list)) {
    parts = segment(list, (key, text) => isKnownKey(key) || isNameKey(key, text));
  }
  return parts && parts.length > 1 ? parts.map(cleanPiece) : [list];
}

/**
 * May a name end before a note phrase: a lower-case phrase after anything but a bare head noun (`Viện
 * nghiên cứu…` is a name typed in lower case), a capitalised one only after a listed name (`Bộ Tư pháp Chủ
 * trì`, while `Viện Nghiên cứu phát triển` is one name).
 */
function mayEndName(tests: NameTests): MayEndName {
  return (left, capitalised) => {
    const key = agencyKey(left);
    if (capitalised) return tests.isKnownKey(key);
    return agencyHead(key) !== key || agencyShape(left, key) === "group";
  };
}

/** The pieces of a cell between the separators that always separate (lines, `;`, bullets, enumerators). */
function piecesOf(text: string): string[] {
  return text
    .normalize("NFC")
    .split(LINE_BREAKS)
    .flatMap((line) => line.split(ALWAYS_SEPARATORS))
    .flatMap(splitEnumeration)
    .map(cleanPiece)
    .filter((piece) => /[\p{L}\p{N}]/u.test(piece));
}

/**
 * The names in one cell, in order (DESIGN §4), each with the note on its role or scope that followed it;
 * a piece that is a sentence (`chủ trì, phối hợp với Bộ Nội vụ…`) is kept whole with the names it holds.
 */
export function splitAgencyCell(text: string, tests: NameTests): CellName[] {
  const names: CellName[] = [];
  for (const piece of piecesOf(text)) {
    if (tests.isKnownKey(agencyKey(piece))) {
      names.push({ text: piece });
      continue;
    }
    const noted = setAsideNote(piece, mayEndName(tests));
    if (noted.kind === "prose") {
      names.push({ text: piece, named: noted.stretches.flatMap((stretch) => namesOf(stretch, tests)) });
      continue;
    }
    const list = noted.list === "" ? [piece] : namesOf(noted.list, tests);
    list.forEach((name, i) => {
      names.push(
        i === list.length - 1 && noted.note !== undefined ? { text: name, note: noted.note } : { text: name },
      );
    });
  }
  return names;
}

/**
 * The agency names in one cell, in order (DESIGN §4); empty pieces dropped, bullets and end dots stripped.
 * `isKnownKey` says a key is a listed name; `isNameKey`, when given, says a key reads as one name by its
 * shape: a piece no listed names cover is then cut into such names, unless it reads as one name itself.
 */
export function splitAgencyList(
  text: string,
  isKnownKey: (key: string) => boolean,
  isNameKey?: (key: string, text: string) => boolean,
): string[] {
  return splitAgencyCell(text, isNameKey ? { isKnownKey, isNameKey } : { isKnownKey }).map(
    (name) => name.text,
  );
}
