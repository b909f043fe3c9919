/**
 * A time stated inside a sentence (`Ban hành trong quý I năm 2026. Thực hiện rà soát…`): the first span of
 * the text that the grammar reads as a time. The grammar's own reader is passed in, so this file knows
 * where a time may start and end, and what is not a time, but not the forms themselves. Strict about what
 * counts: a document number or its date (`145/KH-UBND ngày 20/3/2025`), a percentage, a count (`25/30`)
 * or an ordinal is not a time.
 */

/** The first time in a text: the grammar's reading and the span (folded key text) it was read from. */
export interface SentenceHit<E> {
  readonly expr: E;
  readonly fragment: string;
  /** The clause the time was found in (between `,` `;` `.` marks): what else it says about that time. */
  readonly clause: string;
}

// Where a time may start: a time word (folded key), or a number not glued to other characters.
const START =
  /(?<![a-z0-9])(?:(?:quy|qui|thang|nam|ngay|truoc|cham nhat|han|den|het|cuoi|tu|giai doan|(?:ca|trong|suot) nam|sau thang|nua)\b|q(?=\d))|(?<![a-z0-9/.,%-])\d/g;
// Where a span may end: before a space or a clause mark (a trailing `.` is trimmed by the reader).
const SPAN_END = /[\s,;:(]/;
// Every form ends in a number, a Roman quarter, `năm`/`đầu`/`cuối` (`cả năm`, `6 tháng đầu năm`) or an
// open end (`… các năm tiếp theo`, `… trở đi`, `… năm sau`): a cheap test before the grammar is asked.
const TIME_ENDING = /(?:\d|\b(?:[ivx]+|nam|dau|cuoi|theo|di|sau))[\s.,;:!?…"”')]*$/;
// `năm học` is a school year, not the calendar year.
const SCHOOL_YEAR = /^\s+hoc\b/;
// The longest time expression is about 40 characters (`Từ ngày 01/10/2024 đến hết ngày 10/10/2025`).
const MAX_SPAN = 64;
// A sentence's deadline is stated early; prose beyond this is not scanned.
const MAX_SCAN = 500;
// A document reference ends in a code (`145/kh-ubnd`, `57-nq/tw`); its date or year follows it.
const DOCUMENT_CODE = /[a-z0-9]\/[a-z0-9]*[a-z]|^\d+-[a-z]/;
// A number right after a document word is the document's number (`Quyết định số 2025`).
const DOCUMENT_WORD =
  /(?:^|\s)(?:so|ky hieu|nghi quyet|nghi dinh|quyet dinh|thong tu|chi thi|cong van|ke hoach|thong bao|ket luan|luat|van ban|de an)\s*$/;
// A law or decree named in the clause: its year (`Luật Ngân sách nhà nước năm 2015`) is part of its name,
// unless a time word comes right before it (`… Nghị quyết, hoàn thành trong năm 2025`).
const LEGAL_NAME =
  /\b(?:luat|nghi quyet|nghi dinh|quyet dinh|thong tu|chi thi|cong van|thong bao|ket luan|phap lenh|hien phap)\b[^,;.]*$/;
const TIME_PREPOSITION = /\b(?:trong|den|toi|truoc|tu|vao|cuoi|het|han|sau|giai doan|ca|suot)\s*$/;
const YEAR_DIGITS = /\d{4}/;
const BARE_NUMBER = /^\d+$/;
const CLAUSE_MARK = /[,;]|\.(?:\s|$)/;
const TRAILING_PUNCTUATION = /[\s.,;:!?…"”')]+$/;
const LAST_CLAUSE_MARK = /[,;.](?=[^,;.]*$)/;
const CLAUSE_END = /^\s*(?:$|[,;:.()])/;
const TRAILING_MARKS = /[,;:]+$/;
// Words a list of bare times is made of (`Quý II và Quý IV`): such a cell states no single time.
const TIME_ONLY_TOKEN =
  /^(?:quy|qui|q\d*|thang|nam|ngay|truoc|den|het|tu|va|hoac|cuoi|dau|han|cham|nhat|giai|doan|trong|hang|moi|[ivx]+|\d+)$/;
const TOKEN_SEPARATORS = /[\s,;/.()-]+/;

/**
 * The first time stated in `key` that is not part of a document reference, a percentage or a count:
 * at each place a time may start, the longest span the grammar reads. Undefined when there is none.
 * A cell that is only a list of times (`Tháng 01 và tháng 12/2026`, `Quý II, Quý IV`) names milestones of
 * one task: the last one is when it must be finished, so that one is read.
 */
export function findTimeInSentence<E>(
  key: string,
  read: (span: string) => E | undefined,
): SentenceHit<E> | undefined {
  // `hoặc` offers a choice, not milestones: which one is meant is not clear.
  if (isOnlyTimes(key) && /\bhoac\b/.test(key)) return undefined;
  const milestones = isOnlyTimes(key);
  let last: SentenceHit<E> | undefined;
  const text = key.length > MAX_SCAN ? key.slice(0, MAX_SCAN) : key;
  let skipUntil = 0;
  for (const start of text.matchAll(START)) {
    const at = start.index;
    if (at < skipUntil) continue;
    const span = longestSpan(text, at, read);
    if (span === undefined) continue;
    if (isDocumentReference(text, at) || !isTimeNumber(span.fragment, text.slice(span.end))) {
      // Its parts are not times either (`ngày 20 tháng 3 năm 2025` of a document: not `tháng 3 năm 2025`).
      skipUntil = span.end;
      continue;
    }
    const end = at + span.fragment.replace(TRAILING_PUNCTUATION, "").length;
    const hit = { expr: span.expr, fragment: span.fragment, clause: clauseAround(text, at, end) };
    if (!milestones) return hit;
    last = hit;
    skipUntil = span.end;
  }
  return last;
}

interface Span<E> {
  readonly expr: E;
  readonly fragment: string;
  readonly end: number;
}

function longestSpan<E>(
  text: string,
  at: number,
  read: (span: string) => E | undefined,
): Span<E> | undefined {
  for (let end = Math.min(text.length, at + MAX_SPAN); end > at; end--) {
    if (end < text.length && !SPAN_END.test(text.charAt(end))) continue;
    if (SCHOOL_YEAR.test(text.slice(end, end + 6))) continue;
    const fragment = text.slice(at, end);
    if (!TIME_ENDING.test(fragment)) continue;
    const expr = read(fragment);
    if (expr !== undefined) return { expr, fragment, end };
  }
  return undefined;
}

/** A document's number, date or year, or a time inside a quoted title (`Đề án “… giai đoạn 2021-2025”`). */
function isDocumentReference(text: string, at: number): boolean {
  const before = text.slice(0, at).trimEnd();
  const previous = (before.slice(before.lastIndexOf(" ") + 1) || before).replace(TRAILING_MARKS, "");
  if (DOCUMENT_CODE.test(previous) || isQuoted(before)) return true;
  const yearLike = isDigit(text.charCodeAt(at)) || text.startsWith("nam ", at);
  if (yearLike && LEGAL_NAME.test(before) && !TIME_PREPOSITION.test(before)) return true;
  return isDigit(text.charCodeAt(at)) && DOCUMENT_WORD.test(before);
}

function isQuoted(before: string): boolean {
  const open = before.lastIndexOf("“");
  if (open >= 0 && open > before.lastIndexOf("”")) return true;
  let straight = 0;
  for (let i = before.indexOf('"'); i >= 0; i = before.indexOf('"', i + 1)) straight += 1;
  return straight % 2 === 1;
}

/**
 * A span that starts with a number must carry a year: `25/30`, `3/5` in prose are counts, not dates; and a
 * bare year must end its clause: `đào tạo 2025 học viên` is a count.
 */
function isTimeNumber(fragment: string, after: string): boolean {
  if (!isDigit(fragment.charCodeAt(0))) return true;
  if (!YEAR_DIGITS.test(fragment)) return false;
  return !BARE_NUMBER.test(fragment) || CLAUSE_END.test(after);
}

function clauseAround(text: string, from: number, to: number): string {
  const before = text.slice(0, from).search(LAST_CLAUSE_MARK);
  const after = text.slice(to).search(CLAUSE_MARK);
  return text.slice(before < 0 ? 0 : before + 1, after < 0 ? text.length : to + after);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isOnlyTimes(key: string): boolean {
  return key.split(TOKEN_SEPARATORS).every((token) => token === "" || TIME_ONLY_TOKEN.test(token));
}
