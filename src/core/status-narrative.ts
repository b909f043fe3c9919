/**
 * Status written as progress narrative (a `Tiến độ thực hiện` column of a provincial register): `Sở Tư
 * pháp đã trình UBND tỉnh Dự thảo …`, `Chưa triển khai xây dựng`, `Đang lấy ý kiến góp ý …`. A leading
 * subject (a body, by the shape of its name) is set aside and the leading verb phrase decides: `chưa …` is
 * not started, `đang …` in progress, `đã` + the work's own end (`ban hành`, `hoàn thành`) done, `đã` + a
 * step of the work (`trình`, `gửi`, `lấy ý kiến`, `thẩm định`) in progress.
 */
import { agencyShape } from "./agency-structure";
import type { Cell } from "./snapshot";
import { leadingStatus, mendWords, parseStatus, type TaskStatus } from "./status";
import { foldKey, normalizeText, toneKey } from "./text";

/**
 * A narrative's reading. `sure` is false when `đã` leads a verb we do not know as a step or as the work's
 * end (`Đã xây dựng và vận hành hệ thống`): a status column reads it as in progress (a false "done" would
 * hide a late task), a result column, which records what was produced, as done.
 */
export interface NarrativeReading {
  readonly status: TaskStatus;
  readonly sure: boolean;
  /**
   * What was done, when `đã` leads a step and nothing after it is still open (folded: `trinh ubnd tinh
   * du thao`): done after all when it is what the task asks (the task `Trình UBND tỉnh …`).
   */
  readonly step?: string;
}

/**
 * The status of a cell as a person reads it: the status phrases first, else the leading verb phrase.
 * With the task's content, a step that is the task itself (`Đã phê duyệt Đề án …` for `Phê duyệt Đề án
 * …`) is the task done.
 */
export function readStatus(cell: Cell, content?: string): TaskStatus {
  return statusForTask(statusReading(cell), content);
}

/** A status cell's reading before the task is known: a status phrase's status, or a narrative's reading. */
export function statusReading(cell: Cell): TaskStatus | NarrativeReading {
  const status = parseStatus(cell);
  if (status !== "unknown" || typeof cell !== "string") return status;
  return readNarrative(cell) ?? status;
}

/** A reading's status for a task with this content (see readStatus). */
export function statusForTask(
  reading: TaskStatus | NarrativeReading,
  content: string | undefined,
): TaskStatus {
  if (typeof reading === "string") return reading;
  if (reading.step === undefined || content === undefined) return reading.status;
  return isTaskItself(reading.step, foldKey(content)) ? "done" : reading.status;
}

// The words compared between a step and the task (verb and the start of its object: `phe duyet de`).
const TASK_WORDS = 3;

/** True when the step done starts as the task does: the same verb on the same object. */
function isTaskItself(step: string, task: string): boolean {
  const words = step.split(" ").slice(0, TASK_WORDS);
  if (words.length < 2) return false;
  const start = words.join(" ");
  return task === start || task.startsWith(`${start} `);
}

// Words a subject may run to before its verb phrase (`Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu đã …`).
const MAX_SUBJECT_WORDS = 12;
// The words of a leading verb phrase (`đã ký ban hành`, `chưa triển khai thực hiện`).
const PHRASE_WORDS = 5;

// After `đã` (folded; `được`, `cơ bản` set aside before): the work's own end…
const END =
  /^(?:hoan thanh|hoan tat|xong|(?:thuc hien|trien khai) xong|(?:ky )?ban hanh|thuc hien|trien khai|to chuc)(?= |$)/;
// …or a step on the way to it (a submission, a consultation, an appraisal, an approval of the plan).
const STEP =
  /^(?:trinh|gui|nop|co (?:to trinh|van ban|cong van|bao cao|y kien)|(?:lay|xin|gop|cho) y kien|tham dinh|chap thuan|thong qua|dong y|xay dung (?:du thao|de cuong|ke hoach)|du thao|tham muu|de nghi|de xuat|phoi hop|ra soat|lap (?:ho so|du thao)|bao cao)(?= |$)/;
// What may stand between `đã` and its verb.
const BEFORE_VERB = /^(?:duoc |co ban |buoc dau )+/;
// After `chưa`: words that say the status itself is not known (`Chưa rõ`, `Chưa cập nhật`).
const NOT_KNOWN = /^(?:ro|xac dinh|co thong tin|cap nhat|bao cao)(?= |$)/;

/**
 * Reads a narrative status, or undefined when no progress word leads it (after a body as subject).
 * `Chưa triển khai …` whatever follows, `Sở Tư pháp đã trình …`, `UBND tỉnh đã ban hành Quyết định …`.
 * Work ended or a step done is still in progress when a later clause says something is under way or
 * not yet (`…; các đơn vị đang triển khai`, `… và đang …`) or a contrast follows (`Tuy nhiên`, `nhưng`).
 */
export function readNarrative(text: string): NarrativeReading | undefined {
  const normal = normalizeText(text);
  const reading = readClause(normal);
  if (reading === undefined || (reading.status !== "done" && reading.step === undefined)) return reading;
  if (!CONTRAST.test(normal) && !normal.split(CLAUSE_BREAK).slice(1).some(isOpenClause)) return reading;
  return { status: "inProgress", sure: true };
}

// Clauses: at punctuation, or at `và` (`… gửi UBND tỉnh và đang …`).
const CLAUSE_BREAK = /[,;.:!?()\n]+|\s+và\s+/iu;
// A contrast anywhere: what follows it is left to do. With tone marks: `những` (plural) is no `nhưng`.
const CONTRAST = /(?:^|[^\p{L}])(?:tuy nhiên|nhưng|còn lại)(?![\p{L}\p{M}])/iu;

// Keeping up what was done (`Tiếp tục duy trì`, `đang theo dõi`) leaves nothing open.
const UPKEEP = /^(?:(?:dang|tiep tuc|thuong xuyen) )*(?:duy tri|theo doi|kiem tra|giam sat)(?= |$)/;

function isOpenClause(clause: string): boolean {
  if (UPKEEP.test(foldKey(clause))) return false;
  const status = readClause(clause.trim())?.status;
  return status === "inProgress" || status === "notStarted";
}

/** The reading of one clause: its lead-in and subject set aside, its leading verb phrase. */
function readClause(text: string): NarrativeReading | undefined {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const folded = words.map((w) => foldKey(w));
  // A text typed without diacritics (`Da trinh UBND tinh`) has its markers without them too.
  const plain = words.every((w, i) => w === folded[i]);
  const from = leadInWords(folded);
  const limit = Math.min(words.length - 1, from + MAX_SUBJECT_WORDS);
  for (let i = from; i < limit; i++) {
    const marker = markerAt(words, folded, i, plain);
    if (marker === undefined) continue;
    if (i > from && !isSubject(words.slice(from, i).join(" "))) return undefined;
    // The verb phrase read with one-letter typos mended (`Chưa trển khai`); the rest as written.
    const phrase = mendWords(folded.slice(i, i + PHRASE_WORDS));
    return readAfterMarker(marker, [...phrase, ...folded.slice(i + PHRASE_WORDS)].join(" "));
  }
  return undefined;
}

// What may come before the subject: a list number, when (`Ngày 12/4/2026`, `Trong quý II/2026`, `Tháng
// 11/2025`), or `Đến nay`, `Hiện nay` (folded words, each followed by a space).
const LEAD_IN =
  /^(?:\d+ |(?:(?:vao|trong|tu|den|tinh den) )?(?:ngay|thang|quy|nam) (?:(?:\d{1,4}|[ivx]{1,4}) )+|(?:tinh )?den (?:nay|thoi diem (?:nay|hien tai|hien nay)) |hien(?: nay| tai)? )+/;

/** The number of words before the subject that say when (or number the item). */
function leadInWords(folded: readonly string[]): number {
  const lead = LEAD_IN.exec(`${folded.join(" ")} `);
  return lead ? lead[0].split(" ").length - 1 : 0;
}

// A subject named generically, or a document that the work produces (`Dự thảo đã được trình …`).
const GENERIC_SUBJECT =
  /^(?:cac )?(?:don vi|co quan(?: chu tri| phoi hop)?|dia phuong|du thao|ho so|van ban|de an|ke hoach|bao cao|to trinh|quyet dinh|nghi quyet|chuong trinh|nhiem vu|san pham)(?: |$)/;

/** True when the words before a progress word name who or what it is about: a body, or a document. */
function isSubject(text: string): boolean {
  return agencyShape(text) !== undefined || GENERIC_SUBJECT.test(foldKey(text)) || DEPARTMENT.test(text);
}

// `Sở` alone (`Sở đã trình …`), with its tone mark: `Số liệu` is no body. Lower-case NFC words.
const DEPARTMENT = /^(?:các )?sở(?: |$)/u;

// Words that may begin a stop (`Không thực hiện`, `Tạm dừng`, `Hủy bỏ`), on toneKey: `huy` in `Chỉ huy`
// is no `hủy`.
const STOPS = ["không", "dừng", "ngừng", "tạm", "hủy", "bãi"];
const STOP_WORDS = new Set(STOPS.map(toneKey));
const STOP_FOLDED = new Set(STOPS.map(foldKey));

type Marker = "done" | "inProgress" | "notYet" | "cancelled";

/** The progress word at word i: `đã`, `đang`, `tiếp tục`, `chưa`, or a stop (`Không thực hiện`). */
function markerAt(
  words: readonly string[],
  folded: readonly string[],
  i: number,
  plain: boolean,
): Marker | undefined {
  // With their tone marks: `Đa dạng`, `Đà Nẵng`, `Đăng ký` are not `đã`, `đang`.
  const word = plain ? folded[i] : words[i];
  if (word === (plain ? "da" : "đã")) return "done";
  if (word === (plain ? "dang" : "đang")) return "inProgress";
  if (word === (plain ? "chua" : "chưa")) return "notYet";
  // Waiting (`Chờ UBND tỉnh phê duyệt`) is work under way; unaccented `cho` is also `for`.
  if (word === "chờ" || (folded[i] === "tiep" && folded[i + 1] === "tuc")) return "inProgress";
  if (word === undefined || !(plain ? STOP_FOLDED : STOP_WORDS).has(plain ? word : toneKey(word)))
    return undefined;
  return leadingStatus(folded.slice(i).join(" ")) === "cancelled" ? "cancelled" : undefined;
}

function readAfterMarker(marker: Marker, rest: string): NarrativeReading | undefined {
  const afterWord = rest.slice(rest.indexOf(" ") + 1);
  switch (marker) {
    case "inProgress":
    case "cancelled":
      return { status: marker, sure: true };
    case "notYet": {
      if (NOT_KNOWN.test(afterWord)) return undefined;
      // `Chưa hoàn thành …` is under way; anything else not yet begun.
      return { status: leadingStatus(rest) === "inProgress" ? "inProgress" : "notStarted", sure: true };
    }
    case "done": {
      const verb = afterWord.replace(BEFORE_VERB, "");
      if (END.test(verb)) return { status: "done", sure: true };
      return { status: "inProgress", sure: STEP.test(verb), step: verb };
    }
  }
}
