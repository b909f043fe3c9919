/**
 * The status column of ward reports (DESIGN §2), read as a small grammar of Vietnamese status phrases:
 * a core phrase (`Đã hoàn thành`, `Đang triển khai thực hiện`, `Chưa đến hạn`, `Dừng thực hiện`) and then
 * what may follow it (a percentage, a note on timeliness, when it happened, an upkeep remark). Status
 * written as a sentence (`Sở Tư pháp đã trình …`) is read by status-narrative.ts.
 */
import { cellText, isDateCell, isErrorCell, type Cell } from "./snapshot";
import { foldKey } from "./text";

/**
 * done (on time or late), in progress, not started (or not due yet), cancelled (not done and not to be
 * done: no longer overdue), not understood, or blank.
 */
export type TaskStatus = "done" | "inProgress" | "notStarted" | "cancelled" | "unknown" | "blank";

// Core phrases on foldKey (no case, diacritics or punctuation: `Đã hoàn thành.` = `da hoan thanh`), each
// anchored at the start and ending at a word end; the first that matches wins.
const CORE: readonly (readonly [RegExp, TaskStatus])[] = [
  [/^(?:chua|khong) (?:hoan thanh|xong|hoan tat)(?= |$)/, "inProgress"],
  [/^chua (?:thuc hien|trien khai|bat dau|tien hanh|(?:den|toi) (?:thoi )?han|den ky)(?= |$)/, "notStarted"],
  [
    /^(?:khong (?:con )?(?:thuc hien|trien khai)|(?:tam )?(?:dung|ngung) (?:thuc hien|trien khai)|tam (?:dung|ngung|hoan)|(?:da )?huy(?: bo)?|bai bo)(?= |$)/,
    "cancelled",
  ],
  [
    /^(?:dang (?:tiep tuc )?(?:(?:to chuc|trien khai) )?(?:thuc hien|trien khai|tien hanh|hoan thanh|hoan thien|xu ly|xay dung|to chuc)|tiep tuc (?:thuc hien|trien khai)|cham tien do|qua han|tre han)(?= |$)/,
    "inProgress",
  ],
  [
    /^(?:(?:da )?(?:co ban )?(?:hoan thanh|hoan tat|(?:thuc hien|trien khai) xong|xong)|da (?:thuc hien|trien khai|to chuc|ban hanh))(?= |$)/,
    "done",
  ],
];

// What may follow a core phrase, each at most once and in any order (folded: `đạt 99,5%` → `dat 99 5`).
const PERCENT = /^(?:dat )?(\d{1,3})(?: (\d+))?(?= |$)/;
const TIMELINESS =
  /^(?:(?:khong )?(?:dung|truoc|tre|qua|cham) (?:han|thoi han|tien do|ke hoach)|cham(?: so voi ke hoach)?|theo (?:ke hoach|tien do))(?= |$)/;
// When it happened: `ngày 15/06/2024`, `tháng 6/2024`, `trong Quý II` (folded: `ngay 15 06 2024`…).
const WHEN = /^(?:(?:vao|trong|tu) )?(?:ngay|thang|quy|nam) (?:\d{1,4}|[ivx]{1,4})(?: \d{1,4})*(?= |$)/;
// Done and kept up: `Đã hoàn thành, đang duy trì`, `…; tiếp tục thực hiện thường xuyên`.
const UPKEEP =
  /^(?:va |dang |tiep tuc )?(?:duy tri|theo doi|thuc hien|trien khai)(?: thuong xuyen| hang nam)?(?= |$)/;
const PARTLY = /^mot phan(?= |$)/;
const PERCENT_ONLY = /^(\d{1,3})(?:[.,]\d+)?\s*%$/;

/** Reads a status cell tolerantly (NFC/NFD, tone styles, case, trailing dots, `Đã hoàn thành 100%`). */
export function parseStatus(cell: Cell): TaskStatus {
  if (cell === null) return "blank";
  if (isErrorCell(cell) || isDateCell(cell)) return "unknown";
  if (typeof cell === "boolean") return cell ? "done" : "notStarted";
  if (typeof cell === "number") return statusOfFraction(cell);
  const raw = cellText(cell).normalize("NFC").trim();
  const percent = PERCENT_ONLY.exec(raw);
  if (percent) return statusOfFraction(Number(percent[1]) / 100);
  const key = mendedKey(raw);
  if (key === "") return "blank";
  for (const [core, status] of CORE) {
    const m = core.exec(key);
    if (m) return withTail(status, key.slice(m[0].length).trimStart(), raw.includes("%"));
  }
  return "unknown";
}

// The words of a status phrase that one-letter typos are mended in (`Chưa trển khai thực hiện`).
const PHRASE_WORDS = 5;

/** foldKey, with one-letter typos of the status words mended in the leading phrase. */
function mendedKey(text: string): string {
  const words = foldKey(text).split(" ");
  return [...mendWords(words.slice(0, PHRASE_WORDS)), ...words.slice(PHRASE_WORDS)].join(" ");
}

/** The status of the phrase a text starts with, whatever follows it (`Không thực hiện do …`). */
export function leadingStatus(text: string): TaskStatus | undefined {
  const key = foldKey(text);
  return CORE.find(([core]) => core.test(key))?.[1];
}

/** The core phrase's status as its tail qualifies it; unknown when the tail is not a known one. */
function withTail(status: TaskStatus, tail: string, hasPercentSign: boolean): TaskStatus {
  let rest = tail;
  let fraction: number | undefined;
  let partly = false;
  const used = new Set<RegExp>();
  while (rest !== "") {
    const piece = [PERCENT, TIMELINESS, WHEN, UPKEEP, PARTLY].find((p) => !used.has(p) && p.test(rest));
    if (piece === undefined) return "unknown";
    const m = piece.exec(rest);
    if (!m) return "unknown";
    used.add(piece);
    if (piece === PERCENT && m[1] !== undefined) fraction = Number(`${m[1]}.${m[2] ?? 0}`) / 100;
    if (piece === PARTLY) partly = true;
    // `…, đang duy trì` after done; `…, đang triển khai` after not yet done: the same status said again.
    if (piece === UPKEEP && status !== "done" && status !== "inProgress") return "unknown";
    rest = rest.slice(m[0].length).trimStart();
  }
  if (status !== "done") return status;
  if (partly) return "inProgress";
  // `Hoàn thành 80%` is 80 % done, i.e. in progress (a bare number may be a count: left as typed).
  return fraction !== undefined && hasPercentSign ? statusOfFraction(fraction) : status;
}

/** A number in a status cell is read as a completion fraction (a `%`-formatted cell holds 0..1). */
function statusOfFraction(value: number): TaskStatus {
  if (value === 0) return "notStarted";
  if (value === 1) return "done";
  if (value > 0 && value < 1) return "inProgress";
  return "unknown";
}

// One-letter typos of the long status words (`triền`, `hòan` are folded away; `trển`, `thàn` are not),
// mended only beside the word they go with (`hoàn thàn`, `trển khai`): a letter off is often a real word
// (`tháng`, `trên`, `khoảng`), and short words are left alone (a letter off `chưa` is `chức`, `chuẩn`).
const MENDED: readonly (readonly [word: string, before: readonly string[], after: readonly string[]])[] = [
  ["thanh", ["hoan"], []],
  ["trien", ["chua", "dang", "da"], ["khai"]],
  ["khong", [], ["thuc", "trien", "hoan", "con"]],
];

/** Folded words with the one-letter typos of status words mended (see MENDED). */
export function mendWords(words: readonly string[]): string[] {
  return words.map((word, i) => {
    if (word.length < 4) return word;
    for (const [known, before, after] of MENDED) {
      if (word === known || word[0] !== known[0] || !oneEditApart(known, word)) continue;
      if (before.includes(words[i - 1] ?? "") || after.includes(words[i + 1] ?? "")) return known;
    }
    return word;
  });
}

/** True when one insertion, deletion or substitution turns `a` into `b` (a ≠ b). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
