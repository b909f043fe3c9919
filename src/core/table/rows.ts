/**
 * Row classification (DESIGN §2): every row from the header's data row to the last non-empty row becomes a
 * part, section, task, sub-item, heading, note or blank, with the indices of its part, section and parent.
 * Linear in the number of rows: merges are indexed once, regexes are module-level.
 */
import type { Cell, SheetSnapshot } from "../snapshot";
import { cellText } from "../snapshot";
import type { AnnexRow, HeaderInfo, RowKind } from "../table-types";
import { foldKey, normalizeText } from "../text";
import { isColumnNumber, labelRole, type LabelRole } from "./labels";
import { createRowReader, isEmpty, lastNonEmptyRow, type RowFacts, type RowReader } from "./row-reader";
import { asPart, parseStt, partLetter, splitNumberedHeading, splitNumberedTitle, type SttInfo } from "./stt";

const NOTE_START = /^(ghi chu|luu y|chu thich|noi nhan|tm|kt|nguoi lap( bieu)?)\b/;
// The signature block ends a document: every row after it (`- Như trên;`, `- Lưu: VT.`) is part of it.
const SIGNATURE_START = /^(noi nhan|tm|kt)\b/;
const BULLET_START = /^\s*([-+•*·∙◦○●▪■–—]|[a-zđ]\))\s*\S/;
// Longest text that could still be a repeated header label (`Thời gian dự kiến hoàn thành`).
const MAX_LABEL_LENGTH = 60;
// The letters a Roman numeral I, V, X follows when it is the next part letter instead (Vietnamese and Latin).
const LETTER_BEFORE: Readonly<Record<string, readonly string[]>> = { I: ["H"], V: ["U"], X: ["V", "W"] };

/** Classifies the rows under the header; indices in the result refer to the returned array. */
export function classifyRows(snapshot: SheetSnapshot, header: HeaderInfo): AnnexRow[] {
  const first = header.dataRow - 1;
  const last = lastNonEmptyRow(snapshot);
  if (last < first) return [];
  const reader = createRowReader(snapshot, header);
  const context = createContext(header);
  // Two passes, each linear: the STT of every row first (a group heading looks at the next number), then
  // each row read and classified; rows are not kept in memory between the passes.
  const stts: SttInfo[] = [];
  for (let r = first; r <= last; r++) stts.push(reader.stt(r));
  const nextNumbered = nextNumberedRows(stts);
  const nextTopLevel = nextTopLevelRows(stts);
  const out: AnnexRow[] = [];
  const state: Position = { ancestors: [] };
  let lastStructural = -1;
  let signed = false;
  for (let i = 0; i < stts.length; i++) {
    const fact = reader.read(first + i, stts[i] ?? parseStt(null));
    const next = nextNumbered[i];
    const top = nextTopLevel[i];
    const mergeTop = fact.sttMergedFrom === undefined ? undefined : fact.sttMergedFrom - 1 - first;
    const around: Around = {
      next: next === undefined ? undefined : stts[next],
      nextTopLevel: top === undefined ? undefined : topLevelStt(stts[top]),
      below: () => nextNonBlank(reader, stts, i + 1, first),
      continues: mergeTop === undefined || mergeTop < 0 ? undefined : out[mergeTop]?.kind,
    };
    const found = kindOf(fact, around, state, context);
    const { kind, stt, title } =
      signed && found.kind !== "blank" ? { ...found, kind: "note" as const } : found;
    if (kind === "note" && SIGNATURE_START.test(foldKey(firstText(fact)))) signed = true;
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

/** What every row's classification shares. */
interface Context {
  readonly header: HeaderInfo;
  /** The table's leftmost mapped column (1-based). */
  readonly firstColumn: number;
  /** labelRole, memoised: unnumbered rows repeat the same short texts (`Quý I`, `Sở Nội vụ`). */
  readonly roleOf: (text: string) => LabelRole | undefined;
}

function createContext(header: HeaderInfo): Context {
  const roles = new Map<string, LabelRole | undefined>();
  const roleOf = (text: string): LabelRole | undefined => {
    if (roles.has(text)) return roles.get(text);
    const role = labelRole(text);
    roles.set(text, role);
    return role;
  };
  const columns = Object.values(header.columns).filter((column): column is number => (column ?? 0) > 0);
  return { header, firstColumn: Math.min(...columns), roleOf };
}

/** Where the classification is: the current part, section, task, and the letter of the last part/section row. */
interface Position {
  part?: number | undefined;
  section?: number | undefined;
  task?: number | undefined;
  /** The last part or section row's letter when it was a part (`H`), else undefined (a Roman section). */
  topLetter?: string | undefined;
  /** The item family (`-`, `a)`) of the current task when the task is a sub-item row (see isBulletTask). */
  bulletTask?: string | undefined;
  /** The numbered tasks of the current section that later tasks may be numbered under (`1` for `1.1`). */
  ancestors: { readonly index: number; readonly path: readonly number[] }[];
}

/** What a row's classification may look at below it. */
interface Around {
  /** The STT of the next part, section or task row. */
  readonly next: SttInfo | undefined;
  /** The STT of the next part or section row. */
  readonly nextTopLevel: SttInfo | undefined;
  /** The next non-blank row, read on demand (only rows that may be headings ask). */
  readonly below: () => RowFacts | undefined;
  /** The kind of the row whose STT cell is merged down over this one, if it is. */
  readonly continues: RowKind | undefined;
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
  if (kind === "task" && fact.sttMergedFrom !== undefined) row.sttMerged = true;
  if (fact.extras) row.extras = fact.extras;
  if (kind === "part") {
    state.part = index;
    state.topLetter = partLetter(stt.text);
    state.section = undefined;
    state.task = undefined;
    state.ancestors = [];
    return row;
  }
  if (state.part !== undefined) row.part = state.part;
  if (kind === "section") {
    state.section = index;
    state.topLetter = undefined;
    state.task = undefined;
    state.ancestors = [];
    return row;
  }
  if (state.section !== undefined) row.section = state.section;
  if (kind === "subitem" && state.task !== undefined) row.parent = state.task;
  if (kind === "task") {
    const parent = parentTask(state, stt.path, index);
    if (parent !== undefined) row.parent = parent;
    state.task = index;
    const family = stt.kind === "subitem" ? itemFamily(stt) : undefined;
    state.bulletTask = family ?? (stt.kind === "empty" ? contentBullet(fact) : undefined);
  } else if (kind === "heading") {
    state.task = undefined;
    // A numbered heading is a node of the tree (`1.1` between task 1 and task 1.1.1); any other ends it.
    if (stt.path.length > 0 && stt.kind === "task") popToAncestorOf(state, stt.path);
    else state.ancestors = [];
  }
  return row;
}

/**
 * The task a task is numbered under (`1` for `1.1`, `1.1` for `1.1.2`) in the current section, if any; a
 * numbered task becomes a possible parent of the tasks after it. The list is kept as a stack of the
 * current branch, so the search is short.
 */
function parentTask(state: Position, path: readonly number[], index: number): number | undefined {
  const parent = popToAncestorOf(state, path);
  if (path.length > 0) state.ancestors.push({ index, path });
  return parent;
}

/** Drops the tasks `path` is not numbered under; returns the nearest one it is (its parent), if any. */
function popToAncestorOf(state: Position, path: readonly number[]): number | undefined {
  const { ancestors } = state;
  while (ancestors.length > 0 && !isPrefix(ancestors[ancestors.length - 1]?.path ?? [], path))
    ancestors.pop();
  return ancestors[ancestors.length - 1]?.index;
}

/** True when `parent` is a proper prefix of `child` (`1` of `1.2`, not `1` of `1`). */
function isPrefix(parent: readonly number[], child: readonly number[]): boolean {
  return parent.length < child.length && parent.every((n, i) => child[i] === n);
}

/** The kind of one row, and its STT (a section number split from its title when both sit in one cell). */
function kindOf(
  fact: RowFacts,
  around: Around,
  state: Position,
  context: Context,
): { readonly kind: RowKind; readonly stt: SttInfo; readonly title?: string } {
  const { stt } = fact;
  if (fact.blank) return { kind: "blank", stt };
  // Rows under a merged number: a row with its own task text and its own finish is a task of its own
  // (a unit's tasks grouped under its number); otherwise it is a part of the task above.
  if (around.continues === "task" || around.continues === "subitem") {
    const ownTask = around.continues === "task" && fact.ownEnd && !isEmpty(fact.cells.content);
    return { kind: ownTask ? "task" : "subitem", stt };
  }
  if (stt.kind === "invalid" || stt.kind === "empty") {
    if (isRepeatedHeader(fact.values, context) || isColumnNumberRow(fact.values))
      return { kind: "heading", stt };
    const numbered = numberedTitle(fact, context.header);
    if (numbered?.stt.kind === "section") {
      const letter = letterInContext(numbered.stt, state, around.nextTopLevel);
      if (letter !== undefined)
        return { kind: "part", stt: asPart(numbered.stt.text, letter), title: numbered.title };
    }
    if (numbered) return { kind: numbered.stt.kind === "part" ? "part" : "section", ...numbered };
    const group = numberedHeading(fact, context.header);
    if (group) return { kind: "heading", ...group };
  }
  switch (stt.kind) {
    case "part":
      return { kind: "part", stt };
    case "section": {
      const letter = letterInContext(stt, state, around.nextTopLevel);
      return letter === undefined
        ? { kind: "section", stt }
        : { kind: "part", stt: asPart(stt.text, letter) };
    }
    case "task":
      return { kind: isGroupHeading(fact, around) ? "heading" : "task", stt };
    case "subitem":
      return { kind: isBulletTask(fact, state) ? "task" : "subitem", stt };
    default:
      return { kind: unnumberedKind(fact, state, context), stt };
  }
}

/**
 * A bullet with its own time or agencies and no task above it (right under a heading or a section) is a
 * task, and so are the items of the same series after it (`-`, `-` or `a)`, `b)`; a `+` under them is a
 * sub-item).
 */
function isBulletTask(fact: RowFacts, state: Position): boolean {
  if (state.task === undefined) return hasPlanCells(fact);
  return state.bulletTask !== undefined && state.bulletTask === itemFamily(fact.stt);
}

/** A bulleted row under a task, unless that task is a bullet of the same series (then they are siblings). */
function isPartOfTask(bullet: string | undefined, state: Position): boolean {
  return bullet !== undefined && state.task !== undefined && state.bulletTask !== bullet;
}

/** The item family of a bullet written at the start of the content cell (`- Tuyên truyền`), if any. */
function contentBullet(fact: RowFacts): string | undefined {
  const symbol = BULLET_START.exec(text(fact.cells.content))?.[1];
  if (symbol === undefined) return undefined;
  return symbol.endsWith(")") ? "a)" : symbol;
}

/** Sub-item numbers of one series: lettered items (`a)`, `b)`, `đ)`) together, bullets by their symbol. */
function itemFamily(stt: SttInfo): string {
  return stt.path.length > 0 ? "a)" : stt.text;
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

/**
 * `1. Công tác tuyên truyền` written in one cell (the STT or, with no STT, the content) with no time or
 * agencies: a numbered group title, numbered among the tasks or headings around it. With a time or
 * agencies of its own such a row is a task, read as before.
 */
function numberedHeading(
  fact: RowFacts,
  header: HeaderInfo,
): { readonly stt: SttInfo; readonly title: string } | undefined {
  if (hasPlanCells(fact)) return undefined;
  const inStt = fact.stt.kind === "invalid";
  const others = fact.textColumns.filter((column) => inStt || column !== header.columns.content);
  if (others.length > 0) return undefined;
  return splitNumberedHeading(inStt ? fact.stt.text : text(fact.cells.content));
}

function hasPlanCells(fact: RowFacts): boolean {
  const { start, end, lead, support } = fact.cells;
  return !isEmpty(start) || !isEmpty(end) || !isEmpty(lead) || !isEmpty(support);
}

/**
 * `I`/`V`/`X` right after part `H`/`U`/`V` is the next part letter, not a Roman section, unless the Roman
 * numbering goes on below it (`H`, `I`, `II`: sections I and II under part H). Returns the letter.
 */
function letterInContext(
  stt: SttInfo,
  state: Position,
  nextTopLevel: SttInfo | undefined,
): string | undefined {
  const letter = partLetter(stt.text);
  if (letter === undefined || state.topLetter === undefined) return undefined;
  if (!(LETTER_BEFORE[letter] ?? []).includes(state.topLetter)) return undefined;
  const value = stt.path[0] ?? 0;
  const romanGoesOn = nextTopLevel?.kind === "section" && nextTopLevel.path[0] === value + 1;
  return romanGoesOn ? undefined : letter;
}

/**
 * A numbered row that only groups the rows under it: no time, and no agencies (or a single text in one
 * column, like `5.1 | | Thương mại` in real annex 05), and either numbered like a sub-section (`III.1`,
 * `III.1.1`), followed by its own children (`5.1` → `5.1.1`), or a titled row over rows that restart the
 * numbering (`2. Các nhiệm vụ quá hạn` over `1`, `2`…) or carry the time and agencies it lacks.
 */
function isGroupHeading(fact: RowFacts, around: Around): boolean {
  const { start, end, lead, support, content } = fact.cells;
  if (!isEmpty(start) || !isEmpty(end)) return false;
  const noAgencies = isEmpty(lead) && isEmpty(support);
  const singleText = isEmpty(content) && fact.textColumns.length === 1;
  if (!noAgencies && !singleText) return false;
  if (fact.stt.roman !== undefined) return true;
  const { next } = around;
  if (next !== undefined && isChildPath(fact.stt.path, next)) return true;
  return noAgencies && !isEmpty(content) && isTitleOver(fact.stt, around.below());
}

/**
 * The row below starts a numbering of its own (`1` under `2`), or is an unnumbered or bulleted row with the
 * time or agencies this row lacks.
 */
function isTitleOver(stt: SttInfo, below: RowFacts | undefined): boolean {
  if (below === undefined) return false;
  if (below.stt.kind === "empty" || below.stt.kind === "subitem")
    return !isEmpty(below.cells.content) && hasPlanCells(below);
  if (below.stt.kind !== "task") return false;
  const { path } = below.stt;
  return path[path.length - 1] === 1 && path.length <= stt.path.length && !isChildPath(stt.path, below.stt);
}

function isChildPath(parent: readonly number[], child: SttInfo): boolean {
  if (child.kind !== "task" || child.path.length <= parent.length) return false;
  return parent.every((n, i) => child.path[i] === n);
}

/** The row's first non-empty cell, as text. */
function firstText(fact: RowFacts): string {
  return text(fact.values.find((cell) => !isEmpty(cell)) ?? null);
}

/**
 * A row without a usable STT: a task when it has content and a lead, support or time (but a bullet `- …`
 * written in the content cell under a task is a part of that task, as a bullet in the STT cell is); else
 * text.
 */
function unnumberedKind(fact: RowFacts, state: Position, context: Context): RowKind {
  if (NOTE_START.test(foldKey(firstText(fact)))) return "note";
  const { content } = fact.cells;
  const bullet = contentBullet(fact);
  if (!isEmpty(content) && hasPlanCells(fact)) return isPartOfTask(bullet, state) ? "subitem" : "task";
  if (bullet !== undefined && fact.textColumns.length === 1) return "subitem";
  if (isMergedFirstColumnOnly(fact, context)) return "note";
  return "heading";
}

/** True when the row's only text is in its first column, in a cell merged across several columns. */
function isMergedFirstColumnOnly(fact: RowFacts, context: Context): boolean {
  const { firstColumn, header } = context;
  const texts = fact.stt.kind === "empty" ? fact.textColumns : [header.columns.stt ?? 0, ...fact.textColumns];
  return texts.length === 1 && texts[0] === firstColumn && fact.mergedFrom.includes(firstColumn);
}

function isRepeatedHeader(values: readonly Cell[], context: Context): boolean {
  let short = 0;
  for (const cell of values) if (typeof cell === "string" && cell.length <= MAX_LABEL_LENGTH) short++;
  if (short < 3) return false;
  const roles = new Set<string>();
  for (const cell of values) {
    if (typeof cell !== "string" || cell.length > MAX_LABEL_LENGTH) continue;
    const role = context.roleOf(cell);
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

/** The next non-blank row at or after the 0-based table index `from` (rows as `classifyRows` indexes them). */
function nextNonBlank(
  reader: RowReader,
  stts: readonly SttInfo[],
  from: number,
  first: number,
): RowFacts | undefined {
  for (let i = from; i < stts.length; i++) {
    const fact = reader.read(first + i, stts[i] ?? parseStt(null));
    if (!fact.blank) return fact;
  }
  return undefined;
}

/** For each row, the index of the next row with a part or section STT (a reverse pass: linear). */
function nextTopLevelRows(stts: readonly SttInfo[]): (number | undefined)[] {
  const next: (number | undefined)[] = new Array<number | undefined>(stts.length);
  let following: number | undefined;
  for (let i = stts.length - 1; i >= 0; i--) {
    next[i] = following;
    const kind = topLevelStt(stts[i])?.kind;
    if (kind === "section" || kind === "part") following = i;
  }
  return next;
}

/** A part or section STT, also when written with its title in the STT cell (`II. XÃ HỘI SỐ`). */
function topLevelStt(stt: SttInfo | undefined): SttInfo | undefined {
  return stt?.kind === "invalid" ? (splitNumberedTitle(stt.text)?.stt ?? stt) : stt;
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

function text(cell: Cell | undefined): string {
  return normalizeText(cellText(cell ?? null));
}
