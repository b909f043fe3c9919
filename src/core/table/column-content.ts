/**
 * What a column's cells say about its field (issue 7, column mapping): agency columns hold agency names,
 * not people's titles or names; time columns hold time expressions; the content column holds long, varied
 * text; the STT column holds numbers. Judged on a sample of the data rows, never the whole sheet.
 */
import { yearInterval } from "../day";
import { cellText, type Cell, type SheetSnapshot } from "../snapshot";
import { foldKey, isBlankText, normalizeText } from "../text";
import { parseTimeExpression } from "../time-expression";
import type { TimeContext } from "../time-types";
import { parseSttText } from "./stt";
import type { LabelRole } from "./labels";

/** At most this many data rows are read per sheet to judge its columns. */
export const SAMPLE_ROWS = 60;

/** The sampled data rows of a sheet: read a column's cells from them. */
export interface ColumnSample {
  /** The normalised texts of a 1-based column on the sampled rows ("" for an empty cell). */
  texts(column: number): readonly string[];
  /** The raw cells of a 1-based column on the sampled rows. */
  cells(column: number): readonly Cell[];
}

/** Up to SAMPLE_ROWS non-blank rows spread evenly from the 1-based first data row to the sheet's end. */
export function sampleColumns(snapshot: SheetSnapshot, dataRow: number): ColumnSample {
  const first = dataRow - 1;
  const count = snapshot.rows.length - first;
  const rows: (readonly Cell[])[] = [];
  const step = Math.max(1, count / SAMPLE_ROWS);
  for (let i = 0; i < Math.min(count, SAMPLE_ROWS); i++) {
    const row = snapshot.rows[first + Math.floor(i * step)] ?? [];
    if (row.some((cell) => cellText(cell).trim() !== "")) rows.push(row);
  }
  const texts = new Map<number, string[]>();
  return {
    cells: (column) => rows.map((row) => row[column - 1] ?? null),
    texts: (column) => {
      let found = texts.get(column);
      if (!found) {
        found = rows.map((row) => normalizeText(cellText(row[column - 1] ?? null)));
        texts.set(column, found);
      }
      return found;
    },
  };
}

// How far down a sparse column is read for its filled cells (a 100 000-row sheet is not read to the end).
const FILLED_SCAN_ROWS = 10000;

/**
 * The first SAMPLE_ROWS non-blank cells of each given column from the 1-based first data row: a column
 * filled on few rows (a deadline known for some documents only, a unit written once per group) is judged
 * on what it holds, not on the blanks an even sample mostly finds.
 */
export function sampleFilledCells(
  snapshot: SheetSnapshot,
  dataRow: number,
  columns: readonly number[],
): ColumnSample {
  const found = new Map<number, Cell[]>(columns.map((column) => [column, []]));
  const last = Math.min(snapshot.rows.length, dataRow - 1 + FILLED_SCAN_ROWS);
  for (let r = dataRow - 1; r < last; r++) {
    const row = snapshot.rows[r] ?? [];
    for (const [column, cells] of found) {
      const cell = row[column - 1] ?? null;
      if (cells.length < SAMPLE_ROWS && cellText(cell).trim() !== "") cells.push(cell);
    }
  }
  return {
    cells: (column) => found.get(column) ?? [],
    texts: (column) => (found.get(column) ?? []).map((cell) => normalizeText(cellText(cell))),
  };
}

/**
 * How well a column's sampled cells fit a field or label role, 0..1 (0.5: nothing either way); undefined
 * when there is nothing to judge (no cells, or a field judged by its label only).
 */
export function contentFit(role: LabelRole, sample: ColumnSample, column: number): number | undefined {
  switch (role) {
    case "content":
      return taskTextFit(sample.texts(column));
    case "stt":
      return share(sample.texts(column), (text) => parseSttText(text).kind !== "invalid");
    case "start":
    case "end":
    case "time":
      return timeFit(sample.cells(column));
    case "lead":
    case "support":
    case "agencies":
      return agencyFit(sample.cells(column));
    default:
      return undefined;
  }
}

// Only "is this a time at all" matters here, not which days: any plan year will do.
const ANY_PLAN: TimeContext = { defaultYear: 2000, period: yearInterval(2000) };
// Task text is a sentence; a grouping label (`Kinh tế số`) is a few words.
const TASK_TEXT_LENGTH = 20;

function timeFit(cells: readonly Cell[]): number | undefined {
  let filled = 0;
  let times = 0;
  for (const cell of cells) {
    if (cellText(cell).trim() === "") continue;
    filled++;
    if (parseTimeExpression(cell, ANY_PLAN).ok) times++;
  }
  return filled === 0 ? undefined : times / filled;
}

/** Filled on most rows, different on each, sentence-long: task text, not a repeated category label. */
function taskTextFit(texts: readonly string[]): number | undefined {
  if (texts.length === 0) return undefined;
  const filled = texts.filter((text) => text !== "");
  if (filled.length === 0) return 0;
  const fill = filled.length / texts.length;
  const distinct = new Set(filled.map(foldKey)).size / filled.length;
  const length = filled.reduce((sum, text) => sum + text.length, 0) / filled.length;
  return (fill + distinct + Math.min(1, length / TASK_TEXT_LENGTH)) / 3;
}

function share(texts: readonly string[], fits: (text: string) => boolean): number | undefined {
  const filled = texts.filter((text) => text !== "");
  return filled.length === 0 ? undefined : filled.filter(fits).length / filled.length;
}

/** Agency names count 1, people 0, anything else 0.5. */
function agencyFit(cells: readonly Cell[]): number | undefined {
  let filled = 0;
  let sum = 0;
  for (const cell of cells) {
    const text = cellText(cell);
    if (isBlankText(text)) continue;
    filled++;
    const kind = nameKind(text);
    sum += kind === "agency" ? 1 : kind === "person" ? 0 : 0.5;
  }
  return filled === 0 ? undefined : sum / filled;
}

// A person's title or form of address at the start of an entry (NFC, lower case, with diacritics:
// `trưởng` the title is not `trường` the school). `Chủ tịch UBND phường` is a person, not the UBND.
const PERSON_TITLE =
  /^(phó )?(chủ tịch|giám đốc|trưởng|thủ trưởng|chánh|bí thư|tổ trưởng|chỉ huy trưởng|chủ nhiệm|hiệu trưởng|kế toán trưởng)(?=[\s,.;:(]|$)/;
const PERSON_ADDRESS = /^(đồng chí|đ\/c|đ\.c|ông|bà|lãnh đạo|cán bộ|chuyên viên|người)(?=[\s,.;:(]|$)/;
// A personal name: a common family name then one to three capitalised given names (marks removed).
const PERSONAL_NAME =
  /^(Nguyen|Tran|Le|Pham|Hoang|Huynh|Phan|Vu|Vo|Dang|Bui|Do|Ho|Ngo|Duong|Ly|Dinh|Truong|Dao|Doan|Luong|Mai|Ta|Ha|Cao|Lam|Trinh|Chu|Thai|Vuong|Trieu|Quach|La|Kieu|Tong|Luu|Nghiem)( [A-Z][a-z]+){1,3}$/;
// The head noun of a Vietnamese public body or a group of them (foldKey: no marks, lower case).
const AGENCY_HEAD =
  /^(so|phong|ubnd|ubmttq|mttq|uy ban|ban|bo|bch|cong an|trung tam|ttyt|van phong|vp|cac|cong chuc|cuc|chi cuc|vu|thanh tra|hdnd|hoi dong|mat tran|doan|tinh doan|hoi|dai|bao|truong|benh vien|kho bac|chi nhanh|cong ty|tong cong ty|doanh nghiep|ngan hang|bhxh|bao hiem|vien|hoc vien|lien doan|hiep hoi|to chuc|co quan|don vi|dang uy|tinh uy|thanh uy|huyen uy|quan uy|thi uy|chi bo|tram|to|nha|thue|hai quan|quan doi|bo phan|uy)\b/;
const COMBINING = /[\u0300-\u036f]/g;

type NameKind = "agency" | "person" | "other";

/** Whether a lead/support cell names a body or a person, judged on its first entry. */
export function nameKind(text: string): NameKind {
  const entry = firstEntry(text);
  if (entry === "") return "other";
  const lower = entry.toLowerCase();
  if (PERSON_TITLE.test(lower) || PERSON_ADDRESS.test(lower)) return "person";
  const unmarked = entry.normalize("NFD").replace(COMBINING, "").replace(/đ/g, "d").replace(/Đ/g, "D");
  if (PERSONAL_NAME.test(unmarked)) return "person";
  return AGENCY_HEAD.test(foldKey(entry)) ? "agency" : "other";
}

/** The first entry of a list cell (`;`, new lines, bullets), normalised, without its bullet. */
function firstEntry(text: string): string {
  const [first = ""] = text.normalize("NFC").split(/[;\n\r]/);
  return normalizeText(first.replace(/^[\s\-+•*·–—]+/, ""));
}
