/**
 * Row classification (DESIGN §2): every row from the header's data row to the last non-empty row becomes a
 * part, section, task, sub-item, heading, note or blank, with the indices of its part, section and parent.
 * Linear in the number of rows: merges are indexed once, regexes are module-level.
 */
import type { Field } from "../fields";
import type { Cell, SheetSnapshot } from "../snapshot";
import { cellText } from "../snapshot";
import type { AnnexRow, HeaderInfo, RowKind } from "../table-types";
import { foldKey, normalizeText } from "../text";
import { isColumnNumber, labelRole } from "./labels";
import { gridKey, verticalFill } from "./merges";
import { parseStt, splitNumberedTitle, type SttInfo } from "./stt";

/** What one sheet row holds, read once. */
interface RowFacts {
  readonly row: number;
  readonly cells: Partial<Record<Field, Cell>>;
  /** Cells of the unmapped columns (extras, duplicates), when any is non-empty. */
  readonly extras?: Record<number, Cell>;
  readonly blank: boolean;
  readonly stt: SttInfo;
  /** Non-empty columns other than the STT column (1-based). */
  readonly textColumns: readonly number[];
  /** The row's cells (vertical merges filled), for the whole-row checks. */
  readonly values: readonly Cell[];
  /** 1-based left columns of the merges spanning several columns that start in this row. */
  readonly mergedFrom: readonly number[];
}

const INVISIBLE_OR_SPACE = /^[\s\u200B-\u200D\u2060\uFEFF]*$/;
const NOTE_START = /^(ghi chu|luu y|chu thich|noi nhan|tm|kt|nguoi lap( bieu)?)\b/;
const BULLET_START = /^\s*([-+•*·∙◦○●▪■–—]|[a-zđ]\))\s*\S/;
// Longest text that could still be a repeated header label (`Thời gian dự kiến hoàn thành`).
const MAX_LABEL_LENGTH = 60;
const SINGLE_ROMAN_LETTER = /^[IVX]\W*$/;
const ROMAN_PART_PREDECESSOR: Readonly<Record<number, number>> = { 1: 8, 5: 21, 10: 23 }; // I←H, V←U, X←W

/** Classifies the rows under the header; indices in the result refer to the returned array. */
export function classifyRows(snapshot: SheetSnapshot, header: HeaderInfo): AnnexRow[] {
  const first = header.dataRow - 1;
  const last = lastNonEmptyRow(snapshot);
  if (last < first) return [];
  const reader = createRowReader(snapshot, header);
  // Two passes, each linear: the STT of every row first (a group heading looks at the next number), then
  // each row read and classified; rows are not kept in memory between the passes.
  const stts: SttInfo[] = [];
  for (let r = first; r <= last; r++) stts.push(reader.stt(r));
  const nextNumbered = nextNumberedRows(stts);
  const out: AnnexRow[] = [];
  const state: Position = {};
  let lastStructural = -1;
  for (let i = 0; i < stts.length; i++) {
    const fact = reader.read(first + i, stts[i] ?? parseStt(null));
    const next = nextNumbered[i];
    const { kind, stt, title } = kindOf(fact, next === undefined ? undefined : stts[next], state, header);
    out.push(placeRow(fact, kind, stt, title, state, out.length));
    if (kind === "part" || kind === "section" || kind === "task" || kind === "subitem") lastStructural = i;
  }
  // Text below the last numbered row is outside the table: notes, the signature block.
  for (let i = lastStructural + 1; i < out.length; i++) {
    const row = out[i];
    if (row && row.kind === "heading") out[i] = { ...row, kind: "note" };
  }
  return out;
}

/** Where the classification is: the current part, section, task and the last part letter seen. */
interface Position {
  part?: number | undefined;
  section?: number | undefined;
  task?: number | undefined;
  partLetter?: number | undefined;
}

type MutableRow = { -readonly [K in keyof AnnexRow]: AnnexRow[K] };

function placeRow(
  fact: RowFacts,
  kind: RowKind,
  stt: SttInfo,
  title: string | undefined,
  state: Position,
  index: number,
): AnnexRow {
  const cells =
    title !== undefined && isEmpty(fact.cells.content) ? { ...fact.cells, content: title } : fact.cells;
  const row: MutableRow = { row: fact.row, kind, stt: stt.text, cells };
  if (fact.extras) row.extras = fact.extras;
  if (kind === "part") {
    state.part = index;
    state.partLetter = stt.path[0];
    state.section = undefined;
    state.task = undefined;
    return row;
  }
  if (state.part !== undefined) row.part = state.part;
  if (kind === "section") {
    state.section = index;
    state.task = undefined;
    return row;
  }
  if (state.section !== undefined) row.section = state.section;
  if (kind === "subitem" && state.task !== undefined) row.parent = state.task;
  if (kind === "task") state.task = index;
  else if (kind === "heading") state.task = undefined;
  return row;
}

/** The kind of one row, and its STT (a section number split from its title when both sit in one cell). */
function kindOf(
  fact: RowFacts,
  next: SttInfo | undefined,
  state: Position,
  header: HeaderInfo,
): { readonly kind: RowKind; readonly stt: SttInfo; readonly title?: string } {
  const { stt } = fact;
  if (fact.blank) return { kind: "blank", stt };
  if (stt.kind === "invalid" || stt.kind === "empty") {
    if (isRepeatedHeader(fact.values) || isColumnNumberRow(fact.values)) return { kind: "heading", stt };
    const numbered = numberedTitle(fact, header);
    if (numbered) return { kind: numbered.stt.kind === "part" ? "part" : "section", ...numbered };
  }
  switch (stt.kind) {
    case "part":
      return { kind: "part", stt };
    case "section":
      return { kind: isPartInContext(stt, state) ? "part" : "section", stt };
    case "task":
      return { kind: isGroupHeading(fact, next) ? "heading" : "task", stt };
    case "subitem":
      return { kind: "subitem", stt };
    default:
      return { kind: unnumberedKind(fact, header), stt };
  }
}

/** `I. NÂNG CAO NHẬN THỨC` in the STT cell (real annex 01) or, with no STT, in the content cell. */
function numberedTitle(
  fact: RowFacts,
  header: HeaderInfo,
): { readonly stt: SttInfo; readonly title: string } | undefined {
  const source = fact.stt.kind === "invalid" ? fact.stt.text : text(fact.cells.content);
  const split = splitNumberedTitle(source);
  if (!split) return undefined;
  // A part/section title is the row's only text (besides time or agencies a section may carry).
  const others = fact.textColumns.filter((column) => column !== header.columns.content);
  if (fact.stt.kind === "empty" && others.length > 0 && !hasPlanCells(fact)) return undefined;
  return split;
}

function hasPlanCells(fact: RowFacts): boolean {
  const { start, end, lead, support } = fact.cells;
  return !isEmpty(start) || !isEmpty(end) || !isEmpty(lead) || !isEmpty(support);
}

/** `I`/`V`/`X` right after part `H`/`U`/`W` is the next part letter, not a Roman section. */
function isPartInContext(stt: SttInfo, state: Position): boolean {
  if (stt.path.length !== 1 || !SINGLE_ROMAN_LETTER.test(stt.text)) return false;
  const value = stt.path[0] ?? 0;
  return state.partLetter !== undefined && ROMAN_PART_PREDECESSOR[value] === state.partLetter;
}

/**
 * A numbered row that only groups the rows under it: no time, and no agencies (or a single text in one
 * column, like `5.1 | | Thương mại` in real annex 05), and either numbered like a sub-section (`III.1`,
 * `III.1.1`) or followed by its own children (`5.1` → `5.1.1`).
 */
function isGroupHeading(fact: RowFacts, next: SttInfo | undefined): boolean {
  const { start, end, lead, support, content } = fact.cells;
  if (!isEmpty(start) || !isEmpty(end)) return false;
  const noAgencies = isEmpty(lead) && isEmpty(support);
  const singleText = isEmpty(content) && fact.textColumns.length === 1;
  if (!noAgencies && !singleText) return false;
  if (fact.stt.roman !== undefined) return true;
  return next !== undefined && isChildPath(fact.stt.path, next);
}

function isChildPath(parent: readonly number[], child: SttInfo): boolean {
  if (child.kind !== "task" || child.path.length <= parent.length) return false;
  return parent.every((n, i) => child.path[i] === n);
}

/** A row without a usable STT: a task when it has content and a lead, support or time; else text. */
function unnumberedKind(fact: RowFacts, header: HeaderInfo): RowKind {
  const firstText = text(fact.values.find((cell) => !isEmpty(cell)) ?? null);
  if (NOTE_START.test(foldKey(firstText))) return "note";
  const { content } = fact.cells;
  if (!isEmpty(content) && hasPlanCells(fact)) return "task";
  if (!isEmpty(content) && fact.textColumns.length === 1 && BULLET_START.test(text(content)))
    return "subitem";
  if (isMergedFirstColumnOnly(fact, header)) return "note";
  return "heading";
}

/** True when the row's only text is in its first column, in a cell merged across several columns. */
function isMergedFirstColumnOnly(fact: RowFacts, header: HeaderInfo): boolean {
  const firstColumn = Math.min(...Object.values(header.columns).filter((c): c is number => (c ?? 0) > 0));
  const texts = fact.stt.kind === "empty" ? fact.textColumns : [header.columns.stt ?? 0, ...fact.textColumns];
  return texts.length === 1 && texts[0] === firstColumn && fact.mergedFrom.includes(firstColumn);
}

// Unnumbered rows repeat the same short texts (`Quý I`, `Sở Nội vụ`): fold each distinct text once.
const roleMemo = new Map<string, string | undefined>();
const ROLE_MEMO_LIMIT = 10_000;

function memoLabelRole(text: string): string | undefined {
  if (roleMemo.has(text)) return roleMemo.get(text);
  if (roleMemo.size >= ROLE_MEMO_LIMIT) roleMemo.clear();
  const role = labelRole(text);
  roleMemo.set(text, role);
  return role;
}

function isRepeatedHeader(values: readonly Cell[]): boolean {
  let short = 0;
  for (const cell of values) if (typeof cell === "string" && cell.length <= MAX_LABEL_LENGTH) short++;
  if (short < 3) return false;
  const roles = new Set<string>();
  for (const cell of values) {
    if (typeof cell !== "string" || cell.length > MAX_LABEL_LENGTH) continue;
    const role = memoLabelRole(cell);
    if (role !== undefined) roles.add(role);
  }
  return roles.size >= 3;
}

function isColumnNumberRow(values: readonly Cell[]): boolean {
  let count = 0;
  for (const cell of values) {
    if (isEmpty(cell)) continue;
    if (!isColumnNumber(cellText(cell))) return false;
    count++;
  }
  return count >= 3;
}

/** For each row, the index of the next row with a part/section/task STT (a reverse pass: linear). */
function nextNumberedRows(stts: readonly SttInfo[]): (number | undefined)[] {
  const next: (number | undefined)[] = new Array<number | undefined>(stts.length);
  let following: number | undefined;
  for (let i = stts.length - 1; i >= 0; i--) {
    next[i] = following;
    const kind = stts[i]?.kind;
    if (kind === "task" || kind === "section" || kind === "part") following = i;
  }
  return next;
}

interface RowReader {
  /** The STT of a 0-based row (a vertically merged STT filled in). */
  stt(r: number): SttInfo;
  /** Everything else about a 0-based row, given its STT. */
  read(r: number, stt: SttInfo): RowFacts;
}

/** Reads rows with vertical merges filled: a merged STT or lead applies to every row it covers. */
function createRowReader(snapshot: SheetSnapshot, header: HeaderInfo): RowReader {
  const fill = verticalFill(snapshot);
  const fields = Object.entries(header.columns).filter(
    (entry): entry is [Field, number] => (entry[1] ?? 0) > 0,
  );
  const mapped = new Set(fields.map(([, column]) => column));
  const extraColumns = [
    ...header.extras.map((extra) => extra.column),
    ...header.duplicates.flatMap((duplicate) => duplicate.columns.slice(1)),
  ].filter((column) => !mapped.has(column));
  const sttColumn = header.columns.stt;
  const minWidth = Math.max(0, ...extraColumns, ...mapped);
  const mergedFrom = new Map<number, number[]>();
  for (const merge of snapshot.merges) {
    if (merge.right > merge.left)
      mergedFrom.set(merge.top, [...(mergedFrom.get(merge.top) ?? []), merge.left]);
  }
  const valueAt = (raw: readonly Cell[], r: number, c: number): Cell => {
    const own = raw[c] ?? null;
    return isEmpty(own) ? (fill.get(gridKey(r, c)) ?? own) : own;
  };
  const noMerges: readonly number[] = [];
  return {
    stt: (r) =>
      sttColumn === undefined || sttColumn < 1
        ? parseStt(null)
        : parseStt(valueAt(snapshot.rows[r] ?? [], r, sttColumn - 1)),
    read: (r, stt) => {
      const raw = snapshot.rows[r] ?? [];
      const width = Math.max(raw.length, minWidth);
      const values: Cell[] = new Array<Cell>(width);
      const textColumns: number[] = [];
      let blank = true;
      for (let c = 0; c < width; c++) {
        const own = raw[c] ?? null;
        const ownEmpty = isEmpty(own);
        if (!ownEmpty) blank = false;
        const value = ownEmpty ? (fill.get(gridKey(r, c)) ?? own) : own;
        values[c] = value;
        if (!isEmpty(value) && c + 1 !== sttColumn) textColumns.push(c + 1);
      }
      const cells: Partial<Record<Field, Cell>> = {};
      for (const [field, column] of fields) cells[field] = values[column - 1] ?? null;
      let extras: Record<number, Cell> | undefined;
      for (const column of extraColumns) {
        const value = values[column - 1] ?? null;
        if (!isEmpty(value)) (extras ??= {})[column] = value;
      }
      return {
        row: r + 1,
        cells,
        ...(extras ? { extras } : {}),
        blank,
        stt,
        textColumns,
        values,
        mergedFrom: mergedFrom.get(r + 1) ?? noMerges,
      };
    },
  };
}

function lastNonEmptyRow(snapshot: SheetSnapshot): number {
  for (let r = snapshot.rows.length - 1; r >= 0; r--) {
    if ((snapshot.rows[r] ?? []).some((cell) => !isEmpty(cell))) return r;
  }
  return -1;
}

function isEmpty(cell: Cell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== "string") return false;
  // Fast path: text starting with a visible Latin/Vietnamese character is not empty.
  const first = cell.charCodeAt(0);
  if (first > 0x20 && first < 0x1680 && first !== 0xa0 && first !== 0x85) return false;
  return INVISIBLE_OR_SPACE.test(cell);
}

function text(cell: Cell | undefined): string {
  return normalizeText(cellText(cell ?? null));
}
