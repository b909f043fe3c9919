/**
 * What an agency cell says besides names (issue 7): enumerators (`(1) Bộ Tư pháp (2) …`, `1. … 2. …`), a
 * heading naming the part of the task (`Về phát triển công nghiệp quốc gia: …`) and the words after a body
 * that say its role or scope (`Bộ Tư pháp chủ trì hướng dẫn, tổng hợp`, `… theo chức năng, nhiệm vụ`). The
 * body is the agency; the rest is a note, set aside. A cell that begins with such words is a sentence.
 */
import { agencyKey } from "./agency-key";

// `(1)`, `1.`, `1)`, `a)` followed by a space: at the start of a piece, or a second one further on.
const ENUMERATOR = /(?:^|\s)(?:\(\d{1,2}\)|\d{1,2}[.)]|[a-zđ]\))(?=\s)/gu;
const HEADING = /^((?:về|đối với)\s[^:]{1,150}:)\s*/iu;
const EDGE_PUNCTUATION = /^[\s.;,:…]+|[\s.;,:…]+$/gu;

/**
 * Words that begin a note on a body's role or scope, never part of a public body's name (so not `xây
 * dựng`, `quản lý`, `chỉ đạo`, `kiểm tra`, which name bodies too).
 */
export const ROLE_VERBS: readonly string[] = [
  "chủ trì",
  "phối hợp",
  "thực hiện",
  "triển khai",
  "hướng dẫn",
  "theo dõi",
  "tham mưu",
  "đôn đốc",
  "thúc đẩy",
  "chịu trách nhiệm",
  "đề xuất",
  "ban hành",
  "báo cáo",
];

const NOTE_PHRASES = [
  ...ROLE_VERBS,
  "tổng hợp",
  "rà soát",
  "nghiên cứu",
  "đối với",
  "với",
  "để",
  "theo chức năng",
  "theo thẩm quyền",
  "theo lĩnh vực",
  "theo nhiệm vụ",
  "theo quy định",
  "theo phân công",
  "trong phạm vi",
].map((phrase) => agencyKey(phrase).split(" "));

/** A piece of a cell with its note set aside. */
export type NotedPiece =
  | { readonly kind: "list"; readonly list: string; readonly note?: string }
  /** A sentence: the stretches between its note words, where bodies may be named. */
  | { readonly kind: "prose"; readonly stretches: readonly string[] };

/** The parts of a piece cut at its enumerators; the piece itself when it is not an enumeration. */
export function splitEnumeration(piece: string): string[] {
  const starts = [...piece.matchAll(ENUMERATOR)].map((m) => ({ at: m.index, end: m.index + m[0].length }));
  const first = starts[0];
  if (first === undefined || (starts.length < 2 && piece.slice(0, first.at).trim() !== "")) return [piece];
  const parts = [piece.slice(0, first.at)];
  starts.forEach((start, i) => parts.push(piece.slice(start.end, starts[i + 1]?.at ?? piece.length)));
  return parts.map((part) => part.trim()).filter((part) => part !== "");
}

function wordKey(word: string): string {
  return agencyKey(word.replace(EDGE_PUNCTUATION, ""));
}

const LOWER_START = /^\p{Ll}/u;

/** May a name end before a note phrase: given the words before it and whether the phrase is capitalised. */
export type MayEndName = (left: string, capitalised: boolean) => boolean;

/**
 * Where note phrases begin, with their length in words. Whether the words since the previous phrase may
 * end a name before it is the caller's to say: inside a name a field is capitalised (`Viện Nghiên cứu`),
 * while a note after a known name may be too (`Bộ Tư pháp Chủ trì`).
 */
function notePhrases(words: readonly string[], mayEnd: MayEndName): { at: number; length: number }[] {
  const keys = words.map(wordKey);
  const found: { at: number; length: number }[] = [];
  let from = 0;
  let depth = 0;
  for (let i = 0; i < keys.length; i++) {
    // A note in parentheses (`Bộ Tài chính (chủ trì), …`) stays with its name: the key sets it aside.
    const inParentheses = depth > 0 || (words[i] ?? "").startsWith("(");
    depth = Math.max(0, depth + count(words[i] ?? "", "(") - count(words[i] ?? "", ")"));
    if (inParentheses) continue;
    const phrase = NOTE_PHRASES.find((p) => p.every((word, j) => keys[i + j] === word));
    if (phrase === undefined) continue;
    const left = tidyEdges(words.slice(from, i).join(" "));
    if (left !== "" && !mayEnd(left, !LOWER_START.test(words[i] ?? ""))) continue;
    found.push({ at: i, length: phrase.length });
    i += phrase.length - 1;
    from = i + 1;
  }
  return found;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function tidyEdges(text: string): string {
  return text.replace(EDGE_PUNCTUATION, "");
}

/**
 * The list of names in a piece and its note (a heading, then the words from the first note phrase on); a
 * piece that begins with a note phrase is prose.
 */
export function setAsideNote(piece: string, mayEnd: MayEndName): NotedPiece {
  const heading = HEADING.exec(piece);
  const rest = heading ? piece.slice(heading[0].length) : piece;
  const words = rest.split(/\s+/).filter((word) => word !== "");
  const phrases = notePhrases(words, mayEnd);
  const first = phrases[0];
  if (first?.at === 0 || (heading && words.length === 0)) {
    const stretches: string[] = [];
    let from = 0;
    for (const { at, length } of [...phrases, { at: words.length, length: 0 }]) {
      const stretch = tidyEdges(words.slice(from, at).join(" "));
      if (stretch !== "") stretches.push(stretch);
      from = at + length;
    }
    return { kind: "prose", stretches };
  }
  const list = tidyEdges(words.slice(0, first?.at ?? words.length).join(" "));
  const role = first === undefined ? "" : tidyEdges(words.slice(first.at).join(" "));
  const note = [heading?.[1] ?? "", role].filter((part) => part !== "").join(" ");
  return note === "" ? { kind: "list", list } : { kind: "list", list, note };
}
