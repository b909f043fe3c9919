/**
 * The comparison key for agency names (DESIGN §4). Built on `toneKey`, so case, Unicode form, tone-mark
 * placement, dashes, edge punctuation and spacing never matter; on top of that the key treats `&` as `và`,
 * ignores commas inside a name, expands a few abbreviations and drops wording that does not change who is
 * meant (a leading `các`, `có`/`khác` before `liên quan`, a trailing note in parentheses).
 */
import { canonicalTones, normalizeText, toneKey } from "./text";

/** A key is NFC with every tone mark at the end of its word, so literals must go through the same step. */
function canon(text: string): string {
  return canonicalTones(text.toLowerCase()).normalize("NFC");
}

const WORD_START = "(?<![\\p{L}\\p{N}])";
const WORD_END = "(?![\\p{L}\\p{N}])";

/**
 * Abbreviations expanded for the key only (names keep the user's spelling). Only unambiguous ones: `KH`
 * alone may be `Kế hoạch` (`Phòng TC-KH`), so `KH&CN` is expanded as a whole and `KH` never is.
 */
const ABBREVIATIONS = new Map(
  (
    [
      ["ubnd", "ủy ban nhân dân"],
      ["hđnd", "hội đồng nhân dân"],
      ["hdnd", "hội đồng nhân dân"],
      ["kh và cn", "khoa học và công nghệ"],
      ["gd và đt", "giáo dục và đào tạo"],
      ["chqs", "chỉ huy quân sự"],
      ["mttq", "mặt trận tổ quốc"],
      ["bql", "ban quản lý"],
      ["tp", "thành phố"],
      ["tp.", "thành phố"],
    ] as const
  ).map(([short, long]) => [canon(short), canon(long)] as const),
);
// Longest first, so that `tp.` wins over `tp`.
const ABBREVIATION = new RegExp(
  WORD_START +
    "(" +
    [...ABBREVIATIONS.keys()]
      .sort((a, b) => b.length - a.length)
      .map((short) => short.replace(/[.]/g, "\\."))
      .join("|") +
    ")" +
    WORD_END,
  "gu",
);

const LEADING_BULLETS = /^[\s\p{P}+*•·▪◦]+/u;
const TRAILING_PUNCTUATION = /[\s.;,:]+$/u;
const TRAILING_NOTE = /\s*\([^()]*\)$/u;
const COMMAS = /\s*,\s*/g;
const AMPERSAND = /\s*&\s*/g;
const LEADING_CAC = new RegExp(`^(?:${canon("các")} )+`, "u");
const RELATED = new RegExp(
  `${WORD_START}(?:(?:${canon("khác")}|${canon("có")}) )+${canon("liên quan")}`,
  "gu",
);
const RELATED_CANON = canon("liên quan");

function keyOnce(text: string): string {
  let s = normalizeText(text).replace(LEADING_BULLETS, "").replace(TRAILING_PUNCTUATION, "");
  // A note in parentheses at the end (`Bộ Công an (Trung tâm Dữ liệu quốc gia)`, `(chủ trì)`) names a role
  // or a sub-unit, not another agency; keep it only when it is the whole text.
  for (
    let note = s.replace(TRAILING_NOTE, "");
    note !== s && note !== "";
    note = s.replace(TRAILING_NOTE, "")
  ) {
    s = note.replace(TRAILING_PUNCTUATION, "");
  }
  s = s.replace(AMPERSAND, " và ").replace(COMMAS, " ");
  let key = toneKey(s).normalize("NFC");
  key = key.replace(ABBREVIATION, (short: string) => ABBREVIATIONS.get(short) ?? short);
  key = key.replace(RELATED, RELATED_CANON).replace(LEADING_CAC, "");
  return key.replace(/ +/g, " ").trim();
}

// Validation asks for the same few names over and over; bounded so a huge sheet cannot grow it forever.
const memo = new Map<string, string>();
const MEMO_LIMIT = 20_000;

/** The comparison key of an agency name (DESIGN §4); idempotent, never throws. */
export function agencyKey(text: string): string {
  const known = memo.get(text);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const key = stableKey(text);
  memo.set(text, key);
  return key;
}

function stableKey(text: string): string {
  // Each step only removes or expands, so a second pass is stable; looping makes idempotence certain even
  // when one rule uncovers text another rule handles (`các + x`).
  let key = keyOnce(text);
  for (let i = 0; i < 4; i++) {
    const next = keyOnce(key);
    if (next === key) break;
    key = next;
  }
  return key;
}
