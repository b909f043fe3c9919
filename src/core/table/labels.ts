/**
 * Header labels → fields (DESIGN §2). Labels are compared as foldKey (no case, diacritics, punctuation or
 * extra spaces), so `Thời gian\nhoàn thành`, `THỜI GIAN HOÀN THÀNH` and an NFD copy all read the same.
 */
import type { Field } from "../fields";
import { foldKey } from "../text";
import { keptMemo } from "../memo";

/**
 * What a header label announces: a field; `time`, a column holding both ends of the range (`Thời gian`,
 * `Thời gian thực hiện`), which is also the group label over `Bắt đầu | Hoàn thành`; or `agencies`, the
 * group label `Phân công trách nhiệm` over `Cơ quan chủ trì | Cơ quan phối hợp` (alone it holds the lead).
 */
export type LabelRole = Field | "time" | "agencies";

// Real labels are short; a longer cell is data or a title line that happens to mention `nhiệm vụ`.
const MAX_LABEL_WORDS = 10;

const STT_LABELS = new Set(["stt", "tt", "so tt", "so thu tu", "thu tu", "s tt", "so", "ma so"]);
const AGENCY_GROUPS = new Set([
  "phan cong trach nhiem",
  "phan cong thuc hien",
  "phan cong",
  "trach nhiem thuc hien",
  "to chuc thuc hien",
  "co quan don vi",
  "co quan thuc hien nhiem vu",
]);

/** The role of one header label, or undefined when it is not a known label. */
// Every sheet's header scan asks for the same few hundred labels (and the same long cells): once each.
export const labelRole: (label: string) => LabelRole | undefined = keptMemo((label: string) => {
  const key = foldKey(label);
  return key === "" || key.split(" ").length > MAX_LABEL_WORDS ? undefined : roleOfKey(key);
}, 20_000);

// Checked in order: the first match wins (`Thời gian hoàn thành` is `end` before it is `time`).
const RULES: readonly (readonly [RegExp, LabelRole])[] = [
  [/^ghi chu\b/, "note"],
  [/\b(tinh trang|trang thai)\b|^tien do\b|\bmuc do hoan thanh\b/, "status"],
  [/\bket qua (thuc hien|trien khai|dat duoc|bao cao)\b/, "result"],
  [/\bsan pham\b|\bket qua\b|\bdau ra\b/, "output"],
  [/\bbat dau\b|^tu ngay\b|^tu thang\b|^tu$|^khoi dau\b/, "start"],
  [/\bhoan thanh\b|\bthoi han\b|\bket thuc\b|^den ngay\b|^han\b/, "end"],
  [/\bthoi gian\b|^thoi diem\b|^lo trinh\b|^nam thuc hien\b/, "time"],
  // One column for both roles (`Cơ quan thực hiện/phối hợp`, `Chủ trì, phối hợp`): the lead comes first.
  [/\b(chu tri|thuc hien) (va )?phoi hop\b/, "agencies"],
  [/\bphoi hop\b/, "support"],
  [/\bchu tri\b|\bchiu trach nhiem\b|\bphu trach\b/, "lead"],
  // `Đơn vị thực hiện`, `Cơ quan thực hiện`, `Cơ quan, đơn vị thực hiện`: the lead (DESIGN §2).
  [/\b(don vi|co quan|to chuc|bo phan)\b.*\bthuc hien\b|^(don vi|co quan)$/, "lead"],
  [
    /\b(noi dung|nhiem vu|chi tieu|cong viec|giai phap|hoat dong|de an|du an|danh muc|chuong trinh)\b/,
    "content",
  ],
];

/** Like labelRole, for a label already folded with foldKey. */
export function roleOfKey(key: string): LabelRole | undefined {
  if (STT_LABELS.has(key)) return "stt";
  if (AGENCY_GROUPS.has(key)) return "agencies";
  for (const [pattern, role] of RULES) {
    if (pattern.test(key)) return role;
  }
  return undefined;
}

/**
 * Weaker label families for a required field that no label names plainly (issue 7): the object of the
 * task (`Tên gọi văn bản`, `Tên dự án`, `Văn bản`, also `Nhiệm vụ chủ trì`), a body (`Cơ quan soạn thảo`,
 * `Chủ đầu tư`, `Đơn vị …`), a date (`Ngày dự kiến trình ban hành`, `Thời hạn …`, `Tiến độ …`). Such a label
 * is only a hint: the column is taken only when its cells are that field's (column-fallback.ts).
 */
const WEAK_LABELS: Readonly<Record<GuessedField, RegExp>> = {
  content: /^(ten|noi dung|nhiem vu|du an|van ban|cong viec|de an)\b/,
  lead: /^(co quan|don vi|to chuc|bo phan)\b(?! tinh\b)|\b(chu dau tu|soan thao|thuc hien|phu trach)\b/,
  end: /^(ngay|thoi han|thoi gian|thoi diem|tien do|han|moc)\b|\bdu kien\b/,
};

/** The required fields a column may be found for by a weaker label and its cells. */
export type GuessedField = "content" | "lead" | "end";
export const GUESSED_FIELDS: readonly GuessedField[] = ["content", "lead", "end"];

/** True when a label hints at the field without naming it (`Chủ đầu tư` for the lead). */
export function hintsField(field: GuessedField, label: string): boolean {
  return WEAK_LABELS[field].test(foldKey(label));
}

/**
 * Words that make a label *about* a field rather than the field itself: the persons responsible
 * (`Người đứng đầu chịu trách nhiệm`, `Lãnh đạo phụ trách`, `Cán bộ theo dõi`), a grouping of the tasks
 * (`Thuộc nhóm nhiệm vụ`, `Nhóm nhiệm vụ`, `Lĩnh vực`), the situation or share of the work (`Tình hình hoàn
 * thành`, `Tỷ lệ hoàn thành`), the document a task comes from (`Văn bản giao nhiệm vụ`), a remark (`Ghi chú
 * về …`), what actually happened (`Ngày hoàn thành thực tế` beside the deadline). Such a column still
 * maps when it is the only candidate and its cells fit the field.
 */
const ABOUT_FIELD =
  /^(nguoi|lanh dao|can bo|cong chuc|chuyen vien|dong chi|ho ten|ho va ten|nhom|linh vuc|loai|phan loai|so hieu|van ban|can cu|nguon|tinh hinh|ty le|so luong)\b|\bthuoc\b|\sghi chu\b|\bthuc te\b/;

/** How much a label about a field counts against a label that names it (1). */
export const ABOUT_LABEL_WEIGHT = 0.4;

/** How plainly a label names its field: 1, or ABOUT_LABEL_WEIGHT for a label about it (`Người …`). */
export function labelWeight(label: string): number {
  const key = foldKey(label);
  return !STT_LABELS.has(key) && ABOUT_FIELD.test(key) ? ABOUT_LABEL_WEIGHT : 1;
}

// `(1)`, `1`, `[2]`: the column-number row some annexes put right under the header.
const COLUMN_NUMBER = /^[([]?\s*\d{1,2}\s*[)\]]?$/;

/** True when a cell's text reads like a column number `(1)` / `1`. */
export function isColumnNumber(text: string): boolean {
  return COLUMN_NUMBER.test(text.trim());
}
