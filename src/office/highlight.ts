/**
 * Finding highlights that can be undone exactly: before filling a cell, its previous fill is recorded in
 * a workbook setting keyed by worksheet id (survives renames, travels with the file); clearing restores
 * those fills and touches no other cell — nor a cell whose fill the user changed since.
 */
import type { Finding, Severity } from "../core/findings";
import { cellAddress } from "../core/snapshot";
import { parseCellAddress } from "./address";
import { storedObject } from "./stored-json";
import { COMMAND_BYTES, DEFAULT_CHUNK_BYTES, WriteBatch } from "./write-batch";

export const HIGHLIGHTS_KEY = "TaskAnnexHighlights";

export const HIGHLIGHT_FILL: Readonly<Record<Severity, string>> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** A cell's fill before the add-in marked it. */
export interface PreviousFill {
  readonly color: string;
  readonly pattern: string;
  /** The colour the add-in put there (to know whether the user refilled the cell since). */
  readonly mark: string;
}

/** One sheet's highlights: its name when marked (ids may not survive every reopen) and its cells. */
export interface SheetHighlights {
  readonly name: string;
  readonly cells: Readonly<Record<string, PreviousFill>>;
}

/** Worksheet id → the sheet's highlights. */
export type HighlightRecord = Readonly<Record<string, SheetHighlights>>;

function parseCells(value: unknown): Record<string, PreviousFill> {
  const clean: Record<string, PreviousFill> = {};
  if (typeof value !== "object" || value === null) return clean;
  for (const [address, fill] of Object.entries(value as Record<string, unknown>)) {
    const f = fill as Partial<PreviousFill> | null;
    if (f && typeof f.color === "string" && typeof f.pattern === "string" && typeof f.mark === "string") {
      clean[address] = { color: f.color, pattern: f.pattern, mark: f.mark };
    }
  }
  return clean;
}

/** The record from a stored setting value; anything malformed counts as no record. */
export function parseHighlightRecord(value: unknown): HighlightRecord {
  const raw = storedObject(value);
  // A corrupt record can only be dropped: there is nothing left to restore from it.
  if (raw === undefined) return {};
  const record: Record<string, SheetHighlights> = {};
  for (const [sheetId, entry] of Object.entries(raw)) {
    const e = entry as { name?: unknown; cells?: unknown } | null;
    if (e && typeof e.name === "string") record[sheetId] = { name: e.name, cells: parseCells(e.cells) };
  }
  return record;
}

/** The record's key for a sheet: its id, else (ids renewed on reopen) an entry with its name. */
export function recordKey(record: HighlightRecord, id: string, name: string): string | undefined {
  if (record[id]) return id;
  return Object.keys(record).find((key) => record[key]?.name === name);
}

/** The record with a sheet's entry replaced (or removed when it has no cells left). */
export function withSheet(
  record: HighlightRecord,
  id: string,
  name: string,
  cells: Readonly<Record<string, PreviousFill>>,
): HighlightRecord {
  const key = recordKey(record, id, name);
  const rest = Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
  return Object.keys(cells).length === 0 ? rest : { ...rest, [id]: { name, cells } };
}

/**
 * Cells marked at most per sheet: each one's previous fill is kept in one workbook setting, which must
 * stay well under Excel's request and settings limits (and a sheet painted all over helps nobody).
 */
export const MAX_HIGHLIGHT_CELLS = 10_000;

/**
 * The cells to mark and their colour: the most severe finding per cell wins. Past `max` cells, the most
 * severe ones are kept (errors, then warnings, then notes; in sheet order within each).
 */
export function highlightTargets(
  findings: readonly Finding[],
  max: number = MAX_HIGHLIGHT_CELLS,
): Map<string, string> {
  const best = new Map<string, Severity>();
  for (const finding of findings) {
    const address =
      finding.cell !== undefined && parseCellAddress(finding.cell)
        ? finding.cell.toUpperCase().replace(/\$/g, "")
        : finding.row !== undefined && finding.column !== undefined
          ? cellAddress(finding.row, finding.column)
          : undefined;
    if (address === undefined) continue;
    const current = best.get(address);
    if (current === undefined || RANK[finding.severity] > RANK[current]) best.set(address, finding.severity);
  }
  const kept =
    best.size <= max ? [...best] : [...best].sort(([, a], [, b]) => RANK[b] - RANK[a]).slice(0, max);
  return new Map(kept.map(([address, severity]) => [address, HIGHLIGHT_FILL[severity]]));
}

/** True when two Excel colours are the same (`#ffc7ce` vs `#FFC7CE`). */
export function sameColor(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? "").toUpperCase() === (b ?? "").toUpperCase();
}

/** Queues restoring a recorded fill on a cell. */
export function restoreFill(fill: Excel.RangeFill, previous: PreviousFill): void {
  if (previous.pattern === "None") {
    fill.clear();
    return;
  }
  fill.color = previous.color;
  if (previous.pattern !== "Solid") fill.pattern = previous.pattern as Excel.FillPattern;
}

function saveRecord(context: Excel.RequestContext, record: HighlightRecord, stored: Excel.Setting): void {
  if (Object.keys(record).length > 0) context.workbook.settings.add(HIGHLIGHTS_KEY, JSON.stringify(record));
  else if (!stored.isNullObject) context.workbook.settings.getItem(HIGHLIGHTS_KEY).delete();
}

/**
 * Loads the fill of each cell, one request per `chunkBytes` of commands: a 30 000-row sheet can have tens
 * of thousands of marked cells, more than Excel takes in one request.
 */
async function loadFills(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  addresses: readonly string[],
  chunkBytes: number,
): Promise<Excel.RangeFill[]> {
  const batch = new WriteBatch(context, chunkBytes);
  const fills: Excel.RangeFill[] = [];
  for (const address of addresses) {
    await batch.reserve(2 * COMMAND_BYTES);
    fills.push(worksheet.getRange(address).format.fill.load("color,pattern"));
  }
  await batch.flush();
  return fills;
}

/** Highlights the findings' cells on a sheet (4 syncs, more for thousands of cells); returns cells marked. */
export async function highlightCells(
  context: Excel.RequestContext,
  sheet: string,
  findings: readonly Finding[],
  refuseProtected: (protection: Excel.WorksheetProtection) => void,
  chunkBytes: number = DEFAULT_CHUNK_BYTES,
): Promise<number> {
  const targets = highlightTargets(findings);
  const worksheet = context.workbook.worksheets.getItem(sheet).load("id,name");
  const protection = worksheet.protection.load("protected");
  const stored = context.workbook.settings.getItemOrNullObject(HIGHLIGHTS_KEY).load("value");
  await context.sync();
  refuseProtected(protection);
  const fills = await loadFills(context, worksheet, [...targets.keys()], chunkBytes);
  const record = stored.isNullObject ? {} : parseHighlightRecord(stored.value);
  const key = recordKey(record, worksheet.id, worksheet.name);
  const cells: Record<string, PreviousFill> = { ...(key ? record[key]?.cells : {}) };
  const batch = new WriteBatch(context, chunkBytes);
  let i = 0;
  for (const [address, mark] of targets) {
    const fill = fills[i++]!;
    const before = cells[address];
    // A cell already marked keeps its original fill on record, so clearing goes all the way back.
    const keep = before && sameColor(fill.color, before.mark) ? before : undefined;
    cells[address] = keep ? { ...keep, mark } : { color: fill.color, pattern: fill.pattern, mark };
    await batch.reserve(COMMAND_BYTES);
    fill.color = mark;
  }
  // Written last: the record only says a cell is marked once its fill has been set.
  await batch.flush();
  saveRecord(context, withSheet(record, worksheet.id, worksheet.name, cells), stored);
  await context.sync();
  return targets.size;
}

/** Restores the fills recorded for a sheet (4 syncs, more for thousands of cells); returns cells restored. */
export async function clearCells(
  context: Excel.RequestContext,
  sheet: string,
  refuseProtected: (protection: Excel.WorksheetProtection) => void,
  chunkBytes: number = DEFAULT_CHUNK_BYTES,
): Promise<number> {
  const worksheet = context.workbook.worksheets.getItem(sheet).load("id,name");
  const protection = worksheet.protection.load("protected");
  const stored = context.workbook.settings.getItemOrNullObject(HIGHLIGHTS_KEY).load("value");
  await context.sync();
  const record = stored.isNullObject ? {} : parseHighlightRecord(stored.value);
  const key = recordKey(record, worksheet.id, worksheet.name);
  const cells = Object.entries(key ? (record[key]?.cells ?? {}) : {});
  if (cells.length === 0) return 0;
  refuseProtected(protection);
  const fills = await loadFills(
    context,
    worksheet,
    cells.map(([address]) => address),
    chunkBytes,
  );
  const batch = new WriteBatch(context, chunkBytes);
  let restored = 0;
  for (const [i, [, previous]] of cells.entries()) {
    const fill = fills[i]!;
    // The user refilled this cell after we marked it: theirs wins.
    if (!sameColor(fill.color, previous.mark)) continue;
    await batch.reserve(2 * COMMAND_BYTES);
    restoreFill(fill, previous);
    restored++;
  }
  await batch.flush();
  saveRecord(context, withSheet(record, worksheet.id, worksheet.name, {}), stored);
  await context.sync();
  return restored;
}
