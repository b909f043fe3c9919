/** The status column of ward reports (DESIGN §2): done, in progress, not started, or not understood. */
import { cellText, isDateCell, isErrorCell, type Cell } from "./snapshot";
import { foldKey } from "./text";

export type TaskStatus = "done" | "inProgress" | "notStarted" | "unknown" | "blank";

// Phrases compared on foldKey (no case, no diacritics, no punctuation), so `Đã hoàn thành.` = `da hoan thanh`.
// Longer phrases first: `chua hoan thanh` must win over `hoan thanh`.
const PHRASES: readonly (readonly [string, TaskStatus])[] = [
  ["chua hoan thanh", "inProgress"],
  ["chua thuc hien", "notStarted"],
  ["chua trien khai", "notStarted"],
  ["chua bat dau", "notStarted"],
  ["dang thuc hien", "inProgress"],
  ["dang trien khai thuc hien", "inProgress"],
  ["dang trien khai", "inProgress"],
  ["dang tien hanh", "inProgress"],
  ["da hoan thanh", "done"],
  ["da thuc hien xong", "done"],
  ["da thuc hien", "done"],
  ["da trien khai", "done"],
  ["da xong", "done"],
  ["hoan thanh", "done"],
  ["xong", "done"],
];

// What may follow a status phrase: a percentage (`80%`, `đạt 99,5%`, folded to `dat 99 5`), then a note on
// timeliness. The percentage is captured: below 100 after a done phrase, the work is not done yet.
const TAIL =
  /^(?:(?:dat )?(\d{1,3})(?: (\d+))?)?(?: ?(?:dung han|dung tien do|truoc han|tre han|cham|qua han))?$/;
// Or when it happened: `ngày 15/06/2024`, `tháng 6/2024`, `trong Quý II` (folded: `ngay 15 06 2024`…).
const WHEN_TAIL = /^(?:(?:vao|trong|tu) )?(?:ngay|thang|quy|nam) (?:\d{1,4}|[ivx]{1,4})(?: \d{1,4})*$/;
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
  const key = foldKey(raw);
  if (key === "") return "blank";
  for (const [phrase, status] of PHRASES) {
    if (key === phrase) return status;
    if (!key.startsWith(`${phrase} `)) continue;
    const rest = key.slice(phrase.length + 1);
    if (WHEN_TAIL.test(rest)) return status;
    const tail = TAIL.exec(rest);
    if (!tail) continue;
    const [, whole, fraction] = tail;
    // `Hoàn thành 80%` is 80 % done, i.e. in progress (a bare number may be a count: left as typed).
    if (status === "done" && whole !== undefined && raw.includes("%"))
      return statusOfFraction(Number(`${whole}.${fraction ?? 0}`) / 100);
    return status;
  }
  return "unknown";
}

/** A number in a status cell is read as a completion fraction (a `%`-formatted cell holds 0..1). */
function statusOfFraction(value: number): TaskStatus {
  if (value === 0) return "notStarted";
  if (value === 1) return "done";
  if (value > 0 && value < 1) return "inProgress";
  return "unknown";
}
