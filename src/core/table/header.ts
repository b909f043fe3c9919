/**
 * Header detection (DESIGN §2): find the row (or two rows) that label the annex columns, and map each
 * column to a field. One- or two-row headers, group cells merged over their children, any column order.
 */
import type { Field } from "../fields";
import type { MergeArea, SheetSnapshot } from "../snapshot";
import { cellAt, cellText } from "../snapshot";
import type { ColumnAmbiguity, ColumnMap, HeaderInfo } from "../table-types";
import { isBlankText, normalizeText } from "../text";
import { chooseColumn } from "./column-choice";
import { contentFit, sampleColumns, type ColumnSample } from "./column-content";
import { guessMissingColumns } from "./column-fallback";
import { completionColumn } from "./completion-column";
import { GUESSED_FIELDS, hintsField, isColumnNumber, labelRole, labelWeight, type LabelRole } from "./labels";
import { gridKey, mergeCoverage } from "./merges";

/** How many rows from the top are searched for a header. */
export const HEADER_SCAN_ROWS = 40;

/** One header column after reading one or two rows. */
interface ColumnLabel {
  /** 1-based sheet column. */
  readonly column: number;
  readonly label: string;
  readonly role: LabelRole | undefined;
}

/** A scanned cell as a column's label. */
class CellColumn implements ColumnLabel {
  constructor(
    readonly column: number,
    private readonly cell: CellLabel,
  ) {}

  get label(): string {
    return this.cell.text;
  }

  get role(): LabelRole | undefined {
    return this.cell.role;
  }
}

interface Candidate {
  readonly row: number;
  readonly height: 1 | 2;
  readonly labels: readonly ColumnLabel[];
  /** Child labels under a group (`Bắt đầu` under `Thời gian`): what makes a two-row header. */
  readonly children: number;
}

// How much each field says "this is the annex header"; the six key fields sum to KEY_WEIGHT.
const WEIGHTS: Readonly<Record<Field, number>> = {
  stt: 1,
  content: 2,
  start: 0.5,
  end: 1.5,
  lead: 1.5,
  support: 1,
  output: 0.25,
  status: 0.25,
  result: 0.25,
  note: 0.25,
};
const KEY_WEIGHT = 7.5;
const UNKNOWN_LABEL_PENALTY = 0.1;
const DUPLICATE_PENALTY = 0.1;
// A column chosen by its cells between close candidates: the mapping is less sure.
const AMBIGUITY_PENALTY = 0.05;

/** Finds the annex header in the first rows of a sheet and maps its columns; overrides win per field. */
export function detectHeader(snapshot: SheetSnapshot, overrides?: ColumnMap): HeaderInfo | undefined {
  const scanRows = Math.min(HEADER_SCAN_ROWS, snapshot.rows.length);
  const covered = mergeCoverage(snapshot.merges, 0, scanRows);
  let best: { readonly candidate: Candidate; readonly info: HeaderInfo; readonly score: number } | undefined;
  for (let r = 0; r < scanRows; r++) {
    const candidates: Candidate[] = [
      { row: r + 1, height: 1, labels: readOneRow(snapshot, covered, r), children: 0 },
    ];
    const twoRow = r + 1 < snapshot.rows.length ? readTwoRows(snapshot, covered, r) : undefined;
    if (twoRow) candidates.push(twoRow);
    for (const candidate of candidates) {
      const info = buildHeader(snapshot, candidate);
      if (!info) continue;
      const score = scoreOf(info, candidate);
      if (!best || score > best.score) best = { candidate, info, score };
    }
  }
  if (!best) return undefined;
  // Only the chosen header is completed by the cells: which row is the header is decided by labels alone.
  const info = withGuesses(snapshot, best.info);
  return overrides ? applyOverrides(info, best.candidate, overrides) : info;
}

function readOneRow(
  snapshot: SheetSnapshot,
  covered: ReadonlyMap<number, MergeArea>,
  r: number,
): ColumnLabel[] {
  const labels: ColumnLabel[] = [];
  const width = snapshot.rows[r]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    const merge = covered.get(gridKey(r, c));
    // Only a merge's top-left cell carries the label; the rest of a merged area is not another column.
    if (merge && (merge.top !== r + 1 || merge.left !== c + 1)) continue;
    const cell = labelAt(snapshot, r, c);
    if (!cell.blank) labels.push(new CellColumn(c + 1, cell));
  }
  return labels;
}

/**
 * Reads rows r and r+1 as one header: a child label below decides its column; a group label (`Thời gian`,
 * `Phân công trách nhiệm`) spreads over the columns its merge covers; a label merged down both rows (`STT`)
 * or with nothing below holds alone. Undefined unless the top row truly contributes and a child exists.
 */
function readTwoRows(
  snapshot: SheetSnapshot,
  covered: ReadonlyMap<number, MergeArea>,
  r: number,
): Candidate | undefined {
  const labels: ColumnLabel[] = [];
  const width = Math.max(snapshot.rows[r]?.length ?? 0, snapshot.rows[r + 1]?.length ?? 0);
  // Without a child label below (a field's, not a group's) there is no two-row header here: most rows
  // scanned stop after reading the row below.
  const bottoms: CellLabel[] = [];
  let anyChild = false;
  for (let c = 0; c < width; c++) {
    const bottom = bottomLabel(snapshot, covered, r, c);
    bottoms.push(bottom);
    if (bottom.role !== undefined && bottom.role !== "time" && bottom.role !== "agencies") anyChild = true;
  }
  if (!anyChild) return undefined;
  let children = 0;
  let knownChildren = 0;
  let fromTop = 0;
  for (let c = 0; c < width; c++) {
    const top = topLabel(snapshot, covered, r, c);
    const bottom = bottoms[c] ?? NO_LABEL;
    const bottomRole = bottom.role;
    if (bottomRole !== undefined && bottomRole !== "time" && bottomRole !== "agencies") {
      labels.push(new CellColumn(c + 1, bottom));
      if (top.group) children++;
      if (top.known) knownChildren++;
      continue;
    }
    if (!top.cell.blank && !top.spread) {
      labels.push(new CellColumn(c + 1, top.cell));
      if (top.cell.role !== undefined && bottom.blank) fromTop++;
    }
    if (!bottom.blank && bottomRole === undefined) labels.push(new CellColumn(c + 1, bottom));
  }
  // A title merged across the table is not a group: the top row must hold a label of its own (`STT`
  // merged down) or a known group label (`Thời gian`) over children.
  if (children === 0 || (fromTop === 0 && knownChildren === 0)) return undefined;
  return { row: r + 1, height: 2, labels, children };
}

/** The label above column c: its own cell, or a group label spread by a horizontal merge. */
function topLabel(
  snapshot: SheetSnapshot,
  covered: ReadonlyMap<number, MergeArea>,
  r: number,
  c: number,
): TopLabel {
  const merge = covered.get(gridKey(r, c));
  if (merge && merge.top !== r + 1) return NO_TOP_LABEL;
  const left = merge ? merge.left - 1 : c;
  const cell = labelAt(snapshot, r, left);
  const { role } = cell;
  const known = role === "time" || role === "agencies";
  // Unknown group labels count too: their children are still the annex's columns.
  const group = !cell.blank && (known || role === undefined);
  if (left !== c) return { cell, group, known, spread: true };
  if (cell.blank) {
    // Pasted without merges: `Thời gian | (empty)` over `Bắt đầu | Hoàn thành`.
    const preceding = precedingGroup(snapshot, r, c);
    return { cell, group: preceding, known: preceding, spread: false };
  }
  return { cell, group: group || (merge !== undefined && merge.right > merge.left), known, spread: false };
}

interface TopLabel {
  readonly cell: CellLabel;
  readonly group: boolean;
  readonly known: boolean;
  readonly spread: boolean;
}

// Per snapshot and row, `[c]`: whether the nearest label left of column c is a time or agencies group.
// Filled once left to right: scanning back from every empty cell was quadratic in the sheet's width
// (one stray value in column XFD: minutes).
const precedingByRow = new WeakMap<SheetSnapshot, Map<number, boolean[]>>();

function precedingGroup(snapshot: SheetSnapshot, r: number, c: number): boolean {
  let rows = precedingByRow.get(snapshot);
  if (!rows) precedingByRow.set(snapshot, (rows = new Map()));
  let known = rows.get(r);
  if (!known) rows.set(r, (known = [false]));
  for (let k = known.length; k <= c; k++) {
    const { blank, role } = labelAt(snapshot, r, k - 1);
    known.push(blank ? known[k - 1]! : role === "time" || role === "agencies");
  }
  return known[c]!;
}

function bottomLabel(
  snapshot: SheetSnapshot,
  covered: ReadonlyMap<number, MergeArea>,
  r: number,
  c: number,
): CellLabel {
  const merge = covered.get(gridKey(r + 1, c));
  // Merged down from the top row (`STT` over both rows) or covered by a merge of its own row: no child here.
  if (merge && (merge.top !== r + 2 || merge.left !== c + 1)) return NO_LABEL;
  return labelAt(snapshot, r + 1, c);
}

/**
 * A scanned cell's label: its role, and its normalised text. The role is read from the cell's text as it
 * is (labelRole folds it, and folding normalises first); the normalised text is made only when a
 * candidate that may be the header reads it, so the data rows scanned cost no normalisation.
 */
class CellLabel {
  private normalised: string | undefined;

  constructor(
    /** The cell's text; "" for a cell that normalises to nothing. */
    private readonly raw: string,
    readonly role: LabelRole | undefined,
  ) {}

  get blank(): boolean {
    return this.raw === "";
  }

  get text(): string {
    return (this.normalised ??= normalizeText(this.raw));
  }
}

const NO_LABEL = new CellLabel("", undefined);
const NO_TOP_LABEL: TopLabel = { cell: NO_LABEL, group: false, known: false, spread: false };

// Per snapshot: each scanned cell's label with its role, and each distinct label's role, worked out once.
// The scan reads a cell up to four times (its row alone, as the top and as the bottom of a two-row header,
// as a preceding group), and folding a long content cell is most of the scan's time.
interface ScanMemo {
  readonly cells: Map<number, CellLabel>;
  readonly roles: Map<string, LabelRole | undefined>;
}
const scanMemos = new WeakMap<SheetSnapshot, ScanMemo>();

function memoOf(snapshot: SheetSnapshot): ScanMemo {
  let memo = scanMemos.get(snapshot);
  if (!memo) scanMemos.set(snapshot, (memo = { cells: new Map(), roles: new Map() }));
  return memo;
}

function labelAt(snapshot: SheetSnapshot, r: number, c: number): CellLabel {
  const { cells, roles } = memoOf(snapshot);
  const key = gridKey(r, c);
  let label = cells.get(key);
  if (label === undefined) {
    const text = cellText(cellAt(snapshot, r, c));
    if (isBlankText(text)) label = NO_LABEL;
    else {
      let role = roles.get(text);
      if (role === undefined && !roles.has(text)) roles.set(text, (role = labelRole(text)));
      label = new CellLabel(text, role);
    }
    cells.set(key, label);
  }
  return label;
}

/** Turns labelled columns into a HeaderInfo, or undefined when they do not make an annex header. */
function buildHeader(snapshot: SheetSnapshot, candidate: Candidate): HeaderInfo | undefined {
  // Without `STT` or a content label nothing below can make a header (see `announced`): most rows scanned
  // stop here, before any label's text is read.
  if (!candidate.labels.some((entry) => entry.role === "stt" || entry.role === "content")) return undefined;
  const found = new Map<Field, number[]>();
  const agencyGroups: number[] = [];
  const timeColumns: number[] = [];
  const extras: { column: number; label: string }[] = [];
  for (const { column, label, role } of candidate.labels) {
    if (role === undefined) extras.push({ column, label });
    else if (role === "time") timeColumns.push(column);
    else if (role === "agencies") agencyGroups.push(column);
    else found.set(role, [...(found.get(role) ?? []), column]);
  }
  // What the labels announce decides whether this is a header at all; the cells only pick columns.
  const announced = new Set(found.keys());
  if (agencyGroups.length > 0) announced.add("lead");
  if (timeColumns.length > 0) announced.add("end");
  if (!announced.has("stt") && !announced.has("content")) return undefined;
  // Beside `STT`, labels that only hint at a required field (`Cơ quan soạn thảo`) may still make a header
  // (checked on the cells below); the score counts named fields only.
  const named = announced.size >= 2;
  if (!named && hintedFields(extras, announced) === 0) return undefined;

  const headerEnd = mergedHeaderEnd(snapshot, candidate);
  const dataRow = isColumnNumberRow(snapshot, headerEnd) ? headerEnd + 2 : headerEnd + 1;
  const { columns, duplicates, ambiguities, unused } = chooseColumns(snapshot, candidate, found, dataRow);
  extras.push(...unused);

  // A group label alone (no children) holds the agencies: the lead, unless a real lead column exists.
  if (columns.lead === undefined && agencyGroups.length > 0) {
    const [group] = agencyGroups.splice(0, 1);
    if (group !== undefined) columns.lead = group;
  }
  let combinedTime = false;
  if (columns.start === undefined && columns.end === undefined && timeColumns.length > 0) {
    const [time] = timeColumns.splice(0, 1);
    if (time !== undefined) {
      columns.start = time;
      columns.end = time;
      combinedTime = true;
    }
  }
  for (const column of [...agencyGroups, ...timeColumns])
    extras.push({ column, label: labelOf(candidate, column) });

  const labels: Record<number, string> = {};
  for (const column of Object.values(columns)) labels[column] = labelOf(candidate, column);
  extras.sort((a, b) => a.column - b.column);
  const completion = completionColumn(columns, columns.end === undefined ? undefined : labels[columns.end], [
    ...extras,
    ...duplicates.flatMap((d) => d.columns.map((column) => ({ column, label: labelOf(candidate, column) }))),
  ]);
  const info: HeaderInfo = {
    row: candidate.row,
    height: candidate.height,
    dataRow,
    columns,
    combinedTime,
    extras,
    duplicates,
    ...(ambiguities.length > 0 ? { ambiguities } : {}),
    ...(completion ? { completion } : {}),
    labels,
    confidence: confidenceOf(columns, duplicates.length, ambiguities.length),
  };
  return named || isTaskTableByCells(snapshot, info, announced) ? info : undefined;
}

/**
 * A header with one named field (`STT`) and hinting labels is a task table only when the cells show task
 * text under one of them and make a second field (`STT | Tên cán bộ | Ngày sinh` is a list of people).
 */
function isTaskTableByCells(
  snapshot: SheetSnapshot,
  info: HeaderInfo,
  announced: ReadonlySet<Field>,
): boolean {
  const fields = new Set<Field>(announced);
  for (const guess of guessMissingColumns(snapshot, info)) fields.add(guess.field);
  return fields.has("content") && fields.size >= 2;
}

/** How many required fields not announced by name are hinted at by the unknown labels. */
function hintedFields(extras: readonly { readonly label: string }[], announced: ReadonlySet<Field>): number {
  const fields = GUESSED_FIELDS.filter((field) => !announced.has(field));
  return fields.filter((field) => extras.some((extra) => hintsField(field, extra.label))).length;
}

/**
 * One column per field among the columns whose labels name it, by label and cells (column-choice.ts).
 * Columns not chosen and not duplicates come back as `unused`, to be kept as extras.
 */
function chooseColumns(
  snapshot: SheetSnapshot,
  candidate: Candidate,
  found: ReadonlyMap<Field, readonly number[]>,
  dataRow: number,
): {
  columns: Partial<Record<Field, number>>;
  duplicates: { field: Field; columns: number[] }[];
  ambiguities: ColumnAmbiguity[];
  unused: { column: number; label: string }[];
} {
  let sample: ColumnSample | undefined;
  const columns: Partial<Record<Field, number>> = {};
  const duplicates: { field: Field; columns: number[] }[] = [];
  const ambiguities: ColumnAmbiguity[] = [];
  const unused: { column: number; label: string }[] = [];
  for (const [field, fieldColumns] of found) {
    const candidates = fieldColumns.map((column) => {
      const label = labelOf(candidate, column);
      return { column, label, weight: labelWeight(label) };
    });
    const choice = chooseColumn(candidates, (column) =>
      contentFit(field, (sample ??= sampleColumns(snapshot, dataRow)), column),
    );
    if (choice.chosen) columns[field] = choice.chosen.column;
    if (choice.duplicates.length > 0)
      duplicates.push({ field, columns: choice.duplicates.map((c) => c.column) });
    for (const other of choice.others) unused.push({ column: other.column, label: other.label });
    if (choice.chosen && choice.rival) {
      const { column, label } = choice.chosen;
      ambiguities.push({ field, column, label, other: choice.rival.column, otherLabel: choice.rival.label });
    }
  }
  return { columns, duplicates, ambiguities, unused };
}

/** The last header row, past rows its label cells are merged down over (a one-row header two rows tall). */
function mergedHeaderEnd(snapshot: SheetSnapshot, candidate: Candidate): number {
  const last = candidate.row + candidate.height - 1;
  let end = last;
  for (const merge of snapshot.merges) {
    if (merge.top < candidate.row || merge.top > last || merge.bottom <= end) continue;
    // Only a label cell of the header counts, not a stray merge elsewhere in the row.
    if (candidate.labels.some((label) => label.column >= merge.left && label.column <= merge.right)) {
      end = merge.bottom;
    }
  }
  return end;
}

function labelOf(candidate: Candidate, column: number): string {
  return candidate.labels.find((entry) => entry.column === column && entry.role !== undefined)?.label ?? "";
}

/** True when the 0-based row r (the row after the header) holds only column numbers `(1) (2) (3)`. */
function isColumnNumberRow(snapshot: SheetSnapshot, r: number): boolean {
  const row = snapshot.rows[r];
  if (!row) return false;
  let numbers = 0;
  for (const cell of row) {
    const text = cellText(cell).trim();
    if (text === "") continue;
    if (!isColumnNumber(text)) return false;
    numbers++;
  }
  return numbers >= 2;
}

function scoreOf(info: HeaderInfo, candidate: Candidate): number {
  let score = 0;
  for (const field of Object.keys(info.columns) as Field[]) score += WEIGHTS[field];
  score -= info.extras.length * UNKNOWN_LABEL_PENALTY + info.duplicates.length * DUPLICATE_PENALTY;
  // Ties go to the header that explains its group cells (two rows), never to a later row.
  return score + candidate.children * 0.01;
}

function confidenceOf(columns: ColumnMap, duplicateCount: number, ambiguityCount: number): number {
  let found = 0;
  for (const field of ["stt", "content", "start", "end", "lead", "support"] as const) {
    if (columns[field] !== undefined) found += WEIGHTS[field];
  }
  const confidence =
    found / KEY_WEIGHT - duplicateCount * DUPLICATE_PENALTY - ambiguityCount * AMBIGUITY_PENALTY;
  return Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100;
}

/**
 * The task pane's dropdowns: each overridden field takes the given column (0 = no column). An automatic
 * mapping of the same column to another field is dropped, except start/end sharing one time column.
 */
function applyOverrides(info: HeaderInfo, candidate: Candidate, overrides: ColumnMap): HeaderInfo {
  const columns: Partial<Record<Field, number>> = { ...info.columns };
  const overridden = Object.entries(overrides) as [Field, number | undefined][];
  for (const [field, column] of overridden) {
    if (column === undefined) continue;
    for (const other of Object.keys(columns) as Field[]) {
      if (other in overrides || columns[other] !== column || column === 0) continue;
      if (isTimePair(field, other)) continue;
      delete columns[other];
    }
    if (column === 0) delete columns[field];
    else columns[field] = column;
  }
  const labels: Record<number, string> = {};
  for (const column of Object.values(columns)) {
    if (column === undefined) continue;
    labels[column] =
      info.labels[column] ?? candidate.labels.find((entry) => entry.column === column)?.label ?? "";
  }
  const mapped = new Set(Object.values(columns));
  // A column the user unmapped is still a column of the table: keep its cells as an extra.
  const unmapped = Object.entries(info.labels)
    .map(([column, label]) => ({ column: Number(column), label }))
    .filter((entry) => !mapped.has(entry.column));
  const duplicates = info.duplicates.filter((duplicate) => !(duplicate.field in overrides));
  // The user's choice settles the field: no "which column?" finding for it.
  const ambiguities = (info.ambiguities ?? []).filter(
    (a) => !(a.field in overrides) && columns[a.field] === a.column,
  );
  const guesses = (info.guesses ?? []).filter(
    (g) => !(g.field in overrides) && columns[g.field] === g.column,
  );
  const { ambiguities: _detected, guesses: _guessed, completion, ...rest } = info;
  return {
    ...rest,
    ...(ambiguities.length > 0 ? { ambiguities } : {}),
    ...(guesses.length > 0 ? { guesses } : {}),
    ...(completion && !mapped.has(completion.column) ? { completion } : {}),
    columns,
    combinedTime: columns.start !== undefined && columns.start === columns.end,
    labels,
    extras: [...info.extras.filter((extra) => !mapped.has(extra.column)), ...unmapped].sort(
      (a, b) => a.column - b.column,
    ),
    duplicates,
    confidence: confidenceOf(columns, duplicates.length, ambiguities.length + guesses.length),
  };
}

/** The header with its missing required fields taken from hinting columns whose cells fit (column-fallback.ts). */
function withGuesses(snapshot: SheetSnapshot, info: HeaderInfo): HeaderInfo {
  const guesses = guessMissingColumns(snapshot, info);
  if (guesses.length === 0) return info;
  const columns: Partial<Record<Field, number>> = { ...info.columns };
  const labels: Record<number, string> = { ...info.labels };
  const guessed = new Set(guesses.map((guess) => guess.column));
  // `Nhiệm vụ chủ trì` taken for the content is no longer the lead.
  for (const field of Object.keys(columns) as Field[]) {
    const column = columns[field];
    if (column !== undefined && guessed.has(column)) delete columns[field];
  }
  for (const { field, column, label } of guesses) {
    columns[field] = column;
    labels[column] = label;
  }
  // A column that lost a close call for one field and is now another field's is no longer a rival.
  const ambiguities = (info.ambiguities ?? []).filter((a) => !guessed.has(a.other) && !guessed.has(a.column));
  const { ambiguities: _before, ...rest } = info;
  return {
    ...rest,
    columns,
    labels,
    extras: info.extras.filter((extra) => !guessed.has(extra.column)),
    ...(ambiguities.length > 0 ? { ambiguities } : {}),
    guesses,
    confidence: confidenceOf(columns, info.duplicates.length, ambiguities.length + guesses.length),
  };
}

function isTimePair(a: Field, b: Field): boolean {
  return (a === "start" && b === "end") || (a === "end" && b === "start");
}
