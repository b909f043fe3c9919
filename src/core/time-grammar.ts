/**
 * The shape of a time expression, read from a folded key without any context (no plan year yet): a
 * single form, a range of two, a deadline, an open start, recurring or vague. Evaluated against the
 * plan in time-expression.ts.
 */
import type { FormResult, Invalid, Moment } from "./time-forms";
import { isInvalid, parseMoment, parseRangeEnd } from "./time-forms";
import { findTimeInSentence } from "./time-sentence";

export type Expr =
  | { readonly t: "moment"; readonly m: Moment }
  /** `cut`: where the grammar split the text, as key text (see RangeCut). */
  | { readonly t: "range"; readonly a: Moment; readonly b: Moment; readonly cut: RangeCut }
  /** `exclusive`: `Trước X` ends the day before X; `Chậm nhất X`, `Hạn X`, `Đến X` end with X. */
  | { readonly t: "deadline"; readonly m: Moment; readonly exclusive: boolean }
  /** `Từ năm 2026` with no end: from X to the end of the plan. */
  | { readonly t: "from"; readonly m: Moment }
  | { readonly t: "recurring" }
  | { readonly t: "vague" }
  /** A time stated inside a sentence: `span` read from `fragment` (key text), the rest is prose. */
  | { readonly t: "inText"; readonly span: SpanExpr; readonly fragment: string }
  | { readonly t: "invalid"; readonly reason: Invalid["invalid"]; readonly fragment: string }
  | { readonly t: "unparseable" };

/**
 * The two ends of a range as read, in key text: `start` ends where the separator begins, `end` starts
 * after it (and after `hết`/`cuối`). `unit`: the start's unit word (`quy `) when the end leaves it out
 * (`Quý II-III`), so the finish can be shown as `Quý III`.
 */
export interface RangeCut {
  readonly start: string;
  readonly end: string;
  readonly unit?: string;
}

/** What a span of text can be read as: a time (single, deadline, range, open start) or an impossible one. */
export type SpanExpr = Extract<Expr, { readonly t: "moment" | "range" | "deadline" | "from" | "invalid" }>;

const EDGE_JUNK = /^[\s\-+*•·"“”'(]+|[\s.,;:!?…"“”')]+$/g;
// Words that only say "done/planned": `Hoàn thành trong Quý II`, `Dự kiến: tháng 6`. `trong năm` stays.
const FILLER =
  /^(?:hoan thanh|du kien|thuc hien|trien khai|bat dau|ket thuc|xong|vao|thoi gian|thoi han|tien do|trong(?= (?!nam$)))(?:\s*[:,]\s*|\s+)/;
// Also an event rather than a date: `Kỳ họp thứ nhất Quốc hội khóa XVI`, `(Trong) quá trình thực hiện Đề án`.
const VAGUE =
  /^(?:theo|tuy theo|tuy|khi|ngay khi|sau khi|chua xac dinh|qua trinh|(?:tai )?(?:ky|phien) hop)\b/;
const RECURRING_WORD =
  /\b(?:thuong xuyen|dinh ky|lien tuc|(?:hang|moi) (?:nam|quy|qui|thang|tuan|ngay)|\d+ (?:thang|quy|qui|nam|tuan) ?\/ ?lan)\b/;
const RECURRING_WORDS = new RegExp(RECURRING_WORD.source, "g");
const RECURRING_JOINERS = /(?:^|\s)va(?=\s|$)|[,;]/g;
// `Hết quý II` (short for `Đến hết quý II`) and `Cuối quý IV` also mean "by the end of".
const DEADLINE =
  /^(truoc|cham nhat(?: la)?|han chot|han cuoi|han|khong qua|khong muon hon|den het|den|het|cuoi)(?:\s*(?:ngay|vao|trong)(?=\s))?\s*[:,]?\s*(.+)$/;
const RANGE_START = /^(?:giai doan\s+)?(?:tu\s+)?/;
// A dash, doubled or spaced (`--`, `- -`), an arrow (`->`, `-->`, `=>`, `→`), a tilde, `đến`, `tới`.
const RANGE_SEPARATOR = /\s*(?:(?:-\s*)*-+>?|=>|\u2192|~|\bden\b|\btoi\b)\s*/g;
const RANGE_END_PREFIX = /^(?:het|cuoi)\s+/;
const UNIT_WORD = /^(?:quy|qui|thang)\s*/;
const OPEN_START = /^tu\s+(.+)$/;
// `Năm 2025 và các năm tiếp theo`, `Từ năm 2025 trở đi`: from that time on, with no end written.
const OPEN_END = /^(?:tu\s+)?(.+?)\s*,?\s*(?:va (?:cac|nhung) nam (?:tiep theo|sau)|tro di|tro ve sau)$/;
// A trailing remark may be cut off only when it says nothing about time.
const TIME_WORDS = /\d|\b(?:quy|qui|thang|nam|ngay|tuan|truoc|han|q)\b/g;
const TIME_HINT = new RegExp(TIME_WORDS.source);
const WORD_BREAK = /[\s,;:(]/;
// The longest time expression is about 40 characters (`Từ ngày 01/10/2024 đến hết ngày 10/10/2025`).
const MAX_HEAD = 64;

const YEAR_DIGITS = /\d{4}/;

const UNPARSEABLE: Expr = { t: "unparseable" };

/** Reads a folded key into its expression. */
export function parseExpr(key: string): Expr {
  let k = trimEdges(key);
  for (let m = FILLER.exec(k); m; m = FILLER.exec(k)) k = k.slice(m[0].length);
  if (k === "") return UNPARSEABLE;
  // Single forms first: they are most cells, and none of them can be read as recurring or vague.
  const single = parseMoment(k);
  if (single !== undefined) return fromForm(single, (m) => ({ t: "moment", m }));
  if (VAGUE.test(k)) return { t: "vague" };
  return parseRecurring(k) ?? parseCompound(k) ?? parseWithRemark(k) ?? parseSentence(k) ?? UNPARSEABLE;
}

/**
 * Prose that states a time (`Ban hành trong quý I năm 2026. Thực hiện rà soát…`): the first time in it.
 * With no time, a recurring word anywhere makes the cell recurring (`Nhiệm vụ thường xuyên`); so does one
 * in the time's own clause when the time names no year (`báo cáo trước 15/12 hằng năm`), while `trước
 * ngày 30/6/2025; sau đó thực hiện thường xuyên` or `trong quý II, sau đó duy trì thường xuyên` has a
 * deadline.
 */
function parseSentence(k: string): Expr | undefined {
  // Every form has a digit or a time word: prose without one is not scanned.
  const hit = TIME_HINT.test(k) ? findTimeInSentence(k, readSpan) : undefined;
  if (hit === undefined) return RECURRING_WORD.test(k) ? { t: "recurring" } : undefined;
  if (hit.expr.t === "invalid") return hit.expr;
  if (!YEAR_DIGITS.test(hit.fragment) && RECURRING_WORD.test(hit.clause)) return { t: "recurring" };
  return { t: "inText", span: hit.expr, fragment: trimEdges(hit.fragment) };
}

function readSpan(text: string): SpanExpr | undefined {
  const span = trimEdges(text);
  return span === "" ? undefined : parseSpan(span);
}

// Bullets, quotes and brackets at the start; punctuation at the end (`Khi có phát sinh.`).
function trimEdges(k: string): string {
  const first = k.charCodeAt(0);
  const last = k.charCodeAt(k.length - 1);
  const clean = isWordChar(first) && isWordChar(last);
  return clean ? k : k.replace(EDGE_JUNK, "");
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/**
 * `Thường xuyên…`, `Hằng năm`, `Tháng 12 hằng năm`: recurring when the text starts with a recurring
 * word, or when what is left without those words is itself a time (`tháng 12`).
 */
function parseRecurring(k: string): Expr | undefined {
  const found = RECURRING_WORD.exec(k);
  if (!found) return undefined;
  if (found.index === 0) return { t: "recurring" };
  const rest = trimEdges(k.replace(RECURRING_WORDS, " ").replace(RECURRING_JOINERS, " "));
  const inner = parseSpan(rest);
  if (inner === undefined) return undefined;
  return inner.t === "invalid" ? inner : { t: "recurring" };
}

/** A single form, a deadline, a range or an open start; undefined when the text is none of them. */
function parseSpan(k: string): SpanExpr | undefined {
  const single = parseMoment(k);
  if (single !== undefined) return fromForm(single, (m) => ({ t: "moment", m }));
  return parseCompound(k);
}

/** A deadline, a range or an open start. */
function parseCompound(k: string): SpanExpr | undefined {
  const deadline = DEADLINE.exec(k);
  if (deadline) {
    const form = parseMoment(deadline[2] ?? "");
    if (form !== undefined)
      return fromForm(form, (m) => ({ t: "deadline", m, exclusive: deadline[1] === "truoc" }));
  }
  const range = parseRange(k.replace(RANGE_START, ""));
  if (range !== undefined) return range;
  const open = OPEN_END.exec(k) ?? OPEN_START.exec(k);
  if (open) {
    const form = parseMoment(open[1] ?? "");
    if (form !== undefined) return fromForm(form, (m) => ({ t: "from", m }));
  }
  return undefined;
}

function fromForm(form: Moment | Invalid, make: (m: Moment) => SpanExpr): SpanExpr {
  return isInvalid(form) ? { t: "invalid", reason: form.invalid, fragment: form.fragment } : make(form);
}

/**
 * Tries every separator as the split point (a dash may also sit inside a date or after a quarter):
 * the first split where both ends read wins; an impossible end is reported if no split works.
 */
function parseRange(k: string): SpanExpr | undefined {
  let failure: Invalid | undefined;
  for (const sep of k.matchAll(RANGE_SEPARATOR)) {
    const at = sep.index;
    const left = k.slice(0, at);
    const right = k.slice(at + sep[0].length).replace(RANGE_END_PREFIX, "");
    if (left === "" || right === "") continue;
    const a = parseMoment(left);
    if (a === undefined) continue;
    const b: FormResult = isInvalid(a) ? parseMoment(right) : parseRangeEnd(a, right);
    if (b === undefined) continue;
    if (!isInvalid(a) && !isInvalid(b)) return { t: "range", a, b, cut: rangeCut(left, right) };
    failure ??= isInvalid(a) ? a : (b as Invalid);
  }
  return failure && { t: "invalid", reason: failure.invalid, fragment: failure.fragment };
}

function rangeCut(left: string, right: string): RangeCut {
  if (parseMoment(right) !== undefined) return { start: left, end: right };
  // The finish borrows the start's unit word (`quy ii-iii`).
  const unit = UNIT_WORD.exec(left)?.[0];
  return unit === undefined ? { start: left, end: right } : { start: left, end: right, unit };
}

/**
 * `Quý II/2026 và báo cáo kết quả`: the longest head that is a time, when the rest is a remark with
 * no time word in it (otherwise `Quý II và Quý IV` would silently become `Quý II`).
 */
function parseWithRemark(k: string): Expr | undefined {
  let lastTimeWordEnd = 0;
  for (const m of k.matchAll(TIME_WORDS)) lastTimeWordEnd = m.index + m[0].length;
  // Every form has a digit or a time word, so a text without one has no time head to find.
  if (lastTimeWordEnd === 0 || lastTimeWordEnd > MAX_HEAD) return undefined;
  for (let at = Math.min(k.length - 1, MAX_HEAD); at >= lastTimeWordEnd && at > 0; at--) {
    if (!WORD_BREAK.test(k.charAt(at))) continue;
    const head = trimEdges(k.slice(0, at));
    const expr = head === "" ? undefined : parseSpan(head);
    if (expr === undefined) continue;
    const remark = trimEdges(k.slice(at));
    return remark === "" || expr.t === "invalid" ? expr : { t: "inText", span: expr, fragment: head };
  }
  return undefined;
}
