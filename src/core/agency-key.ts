/**
 * The comparison key for agency names (DESIGN §4). Built on `toneKey`, so case, Unicode form, tone-mark
 * placement, dashes, edge punctuation and spacing never matter; on top of that the key treats `&` as `và`,
 * ignores commas inside a name, expands a few abbreviations and drops wording that does not change who is
 * meant (a leading `các`, `có`/`khác` before `liên quan`, a trailing note in parentheses).
 */
import { canonicalTones, normalizeText, toneKey } from "./text";
import { keptMemo } from "./memo";

/** A key is NFC with every tone mark at the end of its word, so literals must go through the same step. */
function canon(text: string): string {
  return canonicalTones(text.toLowerCase()).normalize("NFC");
}

const WORD_START = "(?<![\\p{L}\\p{N}])";
const WORD_END = "(?![\\p{L}\\p{N}])";

/**
 * Abbreviations expanded for the key only (names keep the user's spelling), written as typed and keyed by
 * the same steps as names (so `VH-XH`, `VH - XH` and `Vh-Xh` are one form). Only unambiguous ones: `KH`
 * alone may be `Kế hoạch` (`Phòng TC-KH`), so `KH&CN` is expanded as a whole and `KH` never is.
 */
const ABBREVIATION_TABLE: readonly (readonly [string, string])[] = [
  ["UBND", "Ủy ban nhân dân"],
  ["HĐND", "Hội đồng nhân dân"],
  ["HDND", "Hội đồng nhân dân"],
  ["UBMTTQ", "Ủy ban Mặt trận Tổ quốc"],
  ["MTTQ", "Mặt trận Tổ quốc"],
  ["CHQS", "Chỉ huy quân sự"],
  ["BQL", "Ban quản lý"],
  ["TP", "thành phố"],
  ["TW", "Trung ương"],
  ["TƯ", "Trung ương"],
  ["VP", "Văn phòng"],
  ["BHXH", "Bảo hiểm xã hội"],
  ["KBNN", "Kho bạc Nhà nước"],
  ["ĐBQH", "đại biểu Quốc hội"],
  ["TNCS", "Thanh niên Cộng sản"],
  ["LHPN", "Liên hiệp Phụ nữ"],
  ["CCB", "Cựu chiến binh"],
  ["PTDS", "Phòng thủ dân sự"],
  ["PVHCC", "Phục vụ hành chính công"],
  ["CT-XH", "chính trị - xã hội"],
  ["KH&CN", "Khoa học và Công nghệ"],
  ["KHCN", "Khoa học và Công nghệ"],
  ["GD&ĐT", "Giáo dục và Đào tạo"],
  ["GDĐT", "Giáo dục và Đào tạo"],
  ["GD-ĐT", "Giáo dục và Đào tạo"],
  ["VH-XH", "Văn hóa - Xã hội"],
  ["VHXH", "Văn hóa - Xã hội"],
  ["VH-TT&TT", "Văn hóa, Thông tin và Thể thao"],
  ["VHTT&TT", "Văn hóa, Thông tin và Thể thao"],
  ["VH,TT&DL", "Văn hóa, Thể thao và Du lịch"],
  ["VH-TT&DL", "Văn hóa, Thể thao và Du lịch"],
  ["VHTTDL", "Văn hóa, Thể thao và Du lịch"],
  ["VH&TT", "Văn hóa và Thông tin"],
  ["VH-TT", "Văn hóa và Thông tin"],
  ["VHTT", "Văn hóa và Thông tin"],
  ["TT&TT", "Thông tin và Truyền thông"],
  ["TT-TT", "Thông tin và Truyền thông"],
  ["TTTT", "Thông tin và Truyền thông"],
  ["NN&MT", "Nông nghiệp và Môi trường"],
  ["NNMT", "Nông nghiệp và Môi trường"],
  ["NN&PTNT", "Nông nghiệp và Phát triển nông thôn"],
  ["NNPTNT", "Nông nghiệp và Phát triển nông thôn"],
  ["PTNT", "Phát triển nông thôn"],
  ["TN&MT", "Tài nguyên và Môi trường"],
  ["TNMT", "Tài nguyên và Môi trường"],
  ["TC-KH", "Tài chính - Kế hoạch"],
  ["TCKH", "Tài chính - Kế hoạch"],
  ["KH&ĐT", "Kế hoạch và Đầu tư"],
  ["KHĐT", "Kế hoạch và Đầu tư"],
  ["LĐ-TB&XH", "Lao động - Thương binh và Xã hội"],
  ["LĐ-TBXH", "Lao động - Thương binh và Xã hội"],
  ["LĐTBXH", "Lao động - Thương binh và Xã hội"],
  ["GTVT", "Giao thông vận tải"],
  ["KT-HT&ĐT", "Kinh tế, Hạ tầng và Đô thị"],
  ["KTHTĐT", "Kinh tế, Hạ tầng và Đô thị"],
  ["KT&HT", "Kinh tế và Hạ tầng"],
  ["QLĐT", "Quản lý đô thị"],
  ["TP-HT", "Tư pháp - Hộ tịch"],
  ["ĐC-XD", "Địa chính - Xây dựng"],
  ["VP-TK", "Văn phòng - Thống kê"],
  ["TC-KT", "Tài chính - Kế toán"],
  ["PT-TH", "Phát thanh - Truyền hình"],
];

/** The key steps before abbreviations: what both a name and an abbreviation's two forms go through. */
function spelledKey(text: string): string {
  return toneKey(text.replace(AMPERSAND, " và ").replace(COMMAS, " ")).normalize("NFC");
}

const LEADING_BULLETS = /^[\s\p{P}+*•·▪◦]+/u;
const TRAILING_PUNCTUATION = /[\s.;,:]+$/u;
const TRAILING_NOTE = /\s*\([^()]*\)$/u;
const COMMAS = /\s*,\s*/g;
const AMPERSAND = /\s*&\s*/g;

const ABBREVIATIONS = new Map(
  ABBREVIATION_TABLE.map(([short, long]) => [spelledKey(short), spelledKey(long)] as const),
);
// Longest first, so that `vh - tt và tt` wins over `vh - tt`.
const ABBREVIATION = new RegExp(
  WORD_START +
    "(" +
    alternativesByFirstLetter([...ABBREVIATIONS.keys()].sort((a, b) => b.length - a.length)) +
    ")" +
    WORD_END,
  "gu",
);

/**
 * `a|b|c` for the texts, in their order, written as `v(?:h - tt|htt)|u(?:bnd)|…`: the same choices (only
 * texts with the same first letter can match at one place, and those keep their order), but the regex
 * tries one group at each place instead of sixty texts, which was half the time of making a key.
 */
export function alternativesByFirstLetter(texts: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const text of texts) {
    const first = text.charAt(0);
    const rests = groups.get(first);
    if (rests) rests.push(text.slice(1));
    else groups.set(first, [text.slice(1)]);
  }
  return [...groups]
    .map(([first, rests]) => `${escapeRegExp(first)}(?:${rests.map(escapeRegExp).join("|")})`)
    .join("|");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

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
  let key = spelledKey(s);
  key = key.replace(ABBREVIATION, (short: string) => ABBREVIATIONS.get(short) ?? short);
  key = key.replace(RELATED, RELATED_CANON).replace(LEADING_CAC, "");
  return key.replace(/ +/g, " ").trim();
}

/** The comparison key of an agency name (DESIGN §4); idempotent, never throws. */
// Validation asks for the same few names over and over.
export const agencyKey: (text: string) => string = keptMemo((text: string) => stableKey(text), 20_000);

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
