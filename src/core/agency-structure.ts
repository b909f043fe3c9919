/**
 * Recognising a Vietnamese public body by the shape of its name, for names no list holds: a head noun
 * (`Sở`, `Phòng`, `Ủy ban nhân dân`, `Trung tâm`, `Hội`…), then a field and/or a level and place
 * (`Sở Du lịch`, `Trung tâm Y tế khu vực Kiến An`, `UBND xã Tân Phú`); and groups of bodies (`Các sở, ban,
 * ngành`, `UBND các xã, phường`, `Các cơ quan, đơn vị liên quan`). Works on the comparison key (agencyKey).
 */
import { agencyKey } from "./agency-key";
import { ROLE_VERBS } from "./agency-note";
import { splitPlace } from "./agency-reference";
import { foldKey } from "./text";

export type AgencyShape = "body" | "group";

/** Head nouns of public bodies, organisations and posts; longest first when matched. */
const HEADS = [
  "Bộ",
  "Sở",
  "Ban",
  "Cục",
  "Vụ",
  "Tổng cục",
  "Phòng",
  "Chi cục",
  "Văn phòng",
  "Thanh tra",
  "Ủy ban nhân dân",
  "Ủy ban",
  "Hội đồng nhân dân",
  "Hội đồng",
  "Công an",
  "Bộ Chỉ huy",
  "Ban Chỉ huy",
  "Bộ đội",
  "Trung tâm",
  "Đài",
  "Báo",
  "Hội",
  "Liên hiệp",
  "Liên đoàn",
  "Đoàn",
  "Tỉnh đoàn",
  "Thành đoàn",
  "Mặt trận",
  "Ủy ban Mặt trận",
  "Bảo hiểm xã hội",
  "Kho bạc",
  "Thuế",
  "Ngân hàng",
  "Viện",
  "Học viện",
  "Trường",
  "Đại học",
  "Bệnh viện",
  "Trạm",
  "Công ty",
  "Tập đoàn",
  "Tổng công ty",
  "Hiệp hội",
  "Hợp tác xã",
  "Quỹ",
  "Công chức",
  "Cán bộ",
  "Chủ tịch",
  "Phó Chủ tịch",
  "Thủ tướng",
  "Phó Thủ tướng",
  "Bộ trưởng",
  "Thứ trưởng",
  "Thủ trưởng",
  "Giám đốc",
  "Phó Giám đốc",
  "Người đứng đầu",
  "Đảng ủy",
  "Tỉnh ủy",
  "Thành ủy",
  "Chi bộ",
  "Chi hội",
  "Chi đoàn",
  "Tổ dân phố",
  "Thôn",
  "Khu phố",
  "Tổ",
  "Đội",
  "Tòa án",
  "Viện kiểm sát",
  "Kiểm toán",
  "Cảng vụ",
  "Bưu điện",
  "Nhà xuất bản",
  "Thông tấn xã",
  "Cơ quan",
  "Đơn vị",
  // Other actors a task is given to: enterprises, branches, the public.
  "Doanh nghiệp",
  "Chi nhánh",
  "Điện lực",
  "Viễn thông",
  "Nhà đầu tư",
  "Nhà cung cấp",
  "Nhà mạng",
  "Tổ chức",
  "Cơ sở",
  "Người dân",
  "Nhân dân",
  "Hộ gia đình",
  "Cộng đồng",
].map((head) => agencyKey(head));

/** Heads that stand alone: `UBND` in a ward's own report is the ward's committee; `Nhân dân`. */
const STANDALONE = new Set(
  [
    "Ủy ban nhân dân",
    "Hội đồng nhân dân",
    "Tỉnh đoàn",
    "Thành đoàn",
    "Tỉnh ủy",
    "Thành ủy",
    "Đảng ủy",
    "Doanh nghiệp",
    "Người dân",
    "Nhân dân",
    "Cộng đồng",
  ].map((h) => agencyKey(h)),
);

/** Heads that begin another body inside a name: `Sở Tài chính, Sở Công Thương` is two names. */
const STRONG_HEADS = new Set(
  [
    "Bộ",
    "Sở",
    "Phòng",
    "Ủy ban nhân dân",
    "Công an",
    "Trung tâm",
    "Chi cục",
    "Cục",
    "Bệnh viện",
    "Công ty",
  ].map((h) => agencyKey(h)),
);

// Verbs of a task sentence: a name does not contain them (`Sở KH&CN thúc đẩy, theo dõi, báo cáo`).
const VERBS = [...ROLE_VERBS, "với", "để"].map((verb) => agencyKey(verb));

/** Words that make up a group of bodies (`sở ban ngành`, `cơ quan đơn vị`, `xã phường đặc khu`). */
const GROUP_WORDS = new Set(
  [
    "sở",
    "ban",
    "ngành",
    "phòng",
    "bộ",
    "cơ quan",
    "đơn vị",
    "địa phương",
    "tổ chức",
    "đoàn thể",
    "hội",
    "doanh nghiệp",
    "trường",
    "viện",
    "xã",
    "phường",
    "đặc khu",
    "thị trấn",
    "huyện",
    "quận",
    "thị xã",
    "tỉnh",
    "thành phố",
    "ủy ban nhân dân",
    "chi bộ",
    "tổ dân phố",
    "thôn",
    "khu phố",
    "ấp",
    "bản",
    "cơ sở",
    "ngân hàng",
    "chuyên môn",
    "liên quan",
    "trực thuộc",
    "thuộc",
    "cấp",
    "chức năng",
    "các",
    "có",
    "ngang bộ",
    "trung ương",
    "tập đoàn",
    "tập đoàn kinh tế",
    "tổng công ty",
    "công ty",
    "nhà nước",
    "chính phủ",
    "trên",
    "địa bàn",
    "và",
  ].map((word) => agencyKey(word)),
);

const MAX_NAME_WORDS = 18;
const HEADS_LONGEST_FIRST = [...HEADS].sort((a, b) => b.length - a.length);
const GROUP_WORDS_LONGEST_FIRST = [...GROUP_WORDS].sort((a, b) => b.length - a.length);

function startsWithWord(key: string, word: string): boolean {
  return key === word || key.startsWith(word + " ");
}

function headOf(key: string): string | undefined {
  return HEADS_LONGEST_FIRST.find((head) => startsWithWord(key, head));
}

/** The head noun a key begins with (`bộ`, `ủy ban nhân dân`…), longest first; undefined when none. */
export function agencyHead(key: string): string | undefined {
  return headOf(key);
}

function containsWord(key: string, word: string): boolean {
  return ` ${key} `.includes(` ${word} `);
}

/**
 * True when every word of the key belongs to a group's vocabulary (read longest words first): `Các bộ, cơ
 * quan ngang bộ`, `UBND các tỉnh, thành phố`. Every word is a real word, so such a group is no slip.
 */
export function isGroupVocabulary(key: string): boolean {
  let rest = key.replace(/ - /g, " ");
  let nouns = 0;
  while (rest !== "") {
    const word = GROUP_WORDS_LONGEST_FIRST.find((w) => startsWithWord(rest, w));
    if (word === undefined) return false;
    nouns++;
    rest = rest.slice(word.length).trim();
  }
  return nouns >= 2;
}

/** The shape of an agency name, or undefined when it does not read as one (a typo, a sentence, a date). */
export function agencyShape(text: string, key = agencyKey(text)): AgencyShape | undefined {
  if (key === "" || key.split(" ").length > MAX_NAME_WORDS) return undefined;
  if (VERBS.some((verb) => containsWord(key, verb))) return undefined;
  const fold = foldKey(text);
  if (isGroupVocabulary(key)) return "group";
  // `Các doanh nghiệp viễn thông`, `UBND các xã`, `Toàn thể …`: many bodies at once, unless another body
  // follows (`Các sở, ngành, Sở Tài chính`).
  if (GROUP_START.test(fold)) return startsAnotherBody(key) ? undefined : "group";
  const head = headOf(key);
  if (head === undefined) return undefined;
  const rest = key.slice(head.length).trim();
  if (rest === "") return STANDALONE.has(head) ? "body" : undefined;
  // `Sở Sở Công thương`: the head typed twice.
  if (startsWithWord(rest, head) || startsWithWord(rest, head.split(" ")[0] ?? head)) return undefined;
  return "body";
}

const GROUP_START = /^(?:cac|toan the|tat ca|ubnd cac|uy ban nhan dan cac) /;

/** True when a word after the first starts a strong head (another body named inside the text). */
function startsAnotherBody(key: string): boolean {
  const words = key.split(" ");
  for (let i = 1; i < words.length; i++) {
    const tail = words.slice(i).join(" ");
    // A bare head closing the text names no body (`Các bộ, cơ quan ngang bộ`).
    for (const head of STRONG_HEADS) if (startsWithWord(tail, head) && tail !== head) return true;
  }
  return false;
}

/** Nouns that begin a group or another body inside a text (`… và cơ quan, địa phương liên quan`). */
const INNER_NOUNS = ["cơ quan", "đơn vị", "địa phương", "doanh nghiệp", "tổ chức", "ngành", "và"].map((w) =>
  agencyKey(w),
);

/**
 * A single body with nothing in it that starts another body (safe to treat as one name when splitting a
 * list at commas or `và`): `Sở Tài chính` yes, `Sở Tài chính Sở Công Thương` no.
 */
export function isSingleBody(text: string, key = agencyKey(text)): boolean {
  if (agencyShape(text, key) !== "body") return false;
  const { body } = splitPlace(key);
  if (startsAnotherBody(body)) return false;
  return !INNER_NOUNS.some((noun) => containsWord(body.split(" ").slice(1).join(" "), noun));
}
