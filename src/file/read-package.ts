/**
 * Reads an .xlsx package's bytes into sheet snapshots with exceljs, the same in Node and in a browser (no
 * file system here: read-workbook.ts reads files for the CLI, the web page hands over a picked file's
 * bytes). Never throws for bad input: bytes that are not a readable workbook give `{ ok: false, message,
 * internal }` — a sentence for the user and a detail for the developer.
 */
import ExcelJS from "exceljs";
import type { Worksheet } from "exceljs";
import type { Cell, MergeArea, SheetSnapshot } from "../core/snapshot";
import type { Lang } from "../core/report-types";
import { toSnapshotCell } from "./cell-value";
import "./iso-date-cells";
import "./linear-merges";
import "./sheet-name-repair";
import { detectProblem } from "./detect-format";
import { fileProblemMessage, type FileProblem } from "./file-messages";
import { isUntouchedOutput } from "./output-signature";
import { declaredUnpackedSize } from "./zip-limits";
import { ownerKindOfName, sheetOfRange, type OwnerKind } from "./owner-marker";

/** Rows with content read per sheet before stopping (the snapshot is then marked `truncated`). */
export const MAX_ROWS = 200_000;

/**
 * Bytes a package may hold once unpacked, a memory limit as Frictionless sets one: exceljs holds about 6.4
 * times the unpacked XML in memory (measured: 77 MB of sheet XML, 490 MB of heap), so 400 MB stays under
 * Node's default heap of about 4 GB (200 000 rows of ten short cells, MAX_ROWS, unpack to about 150 MB).
 */
export const MAX_UNPACKED_BYTES = 400 * 1024 * 1024;

export type ReadWorkbookResult =
  | {
      readonly ok: true;
      readonly sheets: SheetSnapshot[];
      /** Sheets carrying this adapter's owner marker (see owner-marker.ts), by sheet name. */
      readonly owners: Readonly<Record<string, OwnerKind>>;
      /** Names of the hidden and very hidden sheets (often the lists behind drop-downs). */
      readonly hidden: readonly string[];
      /** The file is one this tool wrote, unchanged since (see output-signature.ts). */
      readonly untouchedOutput: boolean;
    }
  | {
      readonly ok: false;
      readonly problem: FileProblem;
      readonly message: string;
      readonly internal: string;
    };

/** Bytes read from one workbook file at most (an .xlsx of 200 000 task rows is far smaller). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

/** A failed read: the sentence for the user in `lang`, and the detail for the developer. */
export function failure(
  problem: FileProblem,
  name: string,
  lang: Lang,
  internal: string,
  maxBytes: number = MAX_FILE_BYTES,
): ReadWorkbookResult {
  return { ok: false, problem, message: fileProblemMessage(problem, name, lang, maxBytes), internal };
}

export interface ReadOptions {
  /** Language of the failure message (default Vietnamese). */
  readonly lang?: Lang;
  /** Rows read per sheet (default MAX_ROWS); the snapshot is marked `truncated` beyond. */
  readonly maxRows?: number;
  /** Bytes read from a file at most (default MAX_FILE_BYTES); a larger file is refused as too large. */
  readonly maxBytes?: number;
  /** Bytes the package may declare once unpacked (default MAX_UNPACKED_BYTES); more is refused as too large. */
  readonly maxUnpackedBytes?: number;
}

/** Reads every worksheet of the package (hidden ones too; empty ones included — core skips them). */
export async function readWorkbookBytes(
  bytes: Uint8Array,
  displayName: string,
  options: ReadOptions = {},
): Promise<ReadWorkbookResult> {
  const lang = options.lang ?? "vi";
  const maxRows = options.maxRows ?? MAX_ROWS;
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  if (bytes.length > maxBytes) {
    return failure("tooLarge", displayName, lang, `${bytes.length} bytes > ${maxBytes}`, maxBytes);
  }
  const problem = detectProblem(bytes, displayName);
  if (problem) return failure(problem, displayName, lang, `detected ${problem} from the first bytes`);
  const maxUnpacked = options.maxUnpackedBytes ?? MAX_UNPACKED_BYTES;
  const unpacked = declaredUnpackedSize(bytes);
  if (unpacked !== undefined && unpacked > maxUnpacked) {
    const internal = `declares ${unpacked} bytes unpacked, limit ${maxUnpacked}`;
    return failure("tooLargeUnpacked", displayName, lang, internal, maxUnpacked);
  }

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const kind = /zip|central directory|signature|corrupt|invalid|end of data/i.test(detail)
      ? "corrupt"
      : "notWorkbook";
    return failure(kind, displayName, lang, `exceljs: ${detail}`);
  }
  if (workbook.worksheets.length === 0) {
    return failure("notWorkbook", displayName, lang, "the package has no worksheets");
  }
  try {
    const sheets = workbook.worksheets.map((ws) => snapshotOf(ws, displayName, maxRows));
    const hidden = workbook.worksheets.filter((ws) => ws.state !== "visible").map((ws) => ws.name);
    return {
      ok: true,
      sheets,
      owners: ownersOf(workbook),
      hidden,
      untouchedOutput: await isUntouchedOutput(bytes),
    };
  } catch (error) {
    // exceljs accepted the package but holds something we cannot walk: report it, never crash the run.
    const detail = error instanceof Error ? error.message : String(error);
    return failure("unreadable", displayName, lang, `reading cells: ${detail}`);
  }
}

// Gaps between rows with content share one empty row: a stray value in row 1 048 576 costs no memory.
const NO_CELLS: readonly Cell[] = Object.freeze([]);

/** The sheet's cells; `maxRows` counts rows with content (not the sheet's extent, which one stray cell sets). */
function snapshotOf(ws: Worksheet, file: string, maxRows: number): SheetSnapshot {
  const rows: (readonly Cell[])[] = [];
  const texts = ownTexts();
  let read = 0;
  let lastRow = Number.POSITIVE_INFINITY;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber > lastRow) return;
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // exceljs reports the master's value on every cell of a merged area; Excel holds it only in the master.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const read = toSnapshotCell(cell.value);
      if (read === null) return;
      const value = typeof read === "string" ? texts(read) : read;
      while (cells.length < column - 1) cells.push(null);
      cells[column - 1] = value;
    });
    if (cells.length === 0) return;
    if (read === maxRows) {
      lastRow = rows.length;
      return;
    }
    read += 1;
    while (rows.length < rowNumber - 1) rows.push(NO_CELLS);
    rows[rowNumber - 1] = cells;
  });
  const truncated = lastRow !== Number.POSITIVE_INFINITY;
  return {
    file,
    sheet: ws.name,
    rows,
    merges: mergesOf(ws).filter((m) => m.top <= rows.length),
    ...(isProtected(ws) ? { protected: true } : {}),
    ...(truncated ? { truncated: true } : {}),
  };
}

/**
 * Each text as a string of its own, the same one for equal texts of a sheet. The XML parser hands out
 * texts as slices of the part it read, and a slice keeps that whole part alive: the tasks a run keeps
 * would hold every submission's XML.
 */
function ownTexts(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    let own = seen.get(text);
    // Joined to a character and cut from it again: V8 copies the text out of the part it was cut from.
    if (own === undefined) seen.set(text, (own = ` ${text}`.slice(1)));
    return own;
  };
}

function isProtected(ws: Worksheet): boolean {
  // Not in exceljs's typings, but set from <sheetProtection sheet="1"> when loading.
  const protection = (ws as unknown as { sheetProtection?: { sheet?: unknown } | null }).sheetProtection;
  return Boolean(protection && protection.sheet);
}

interface MergeRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function mergesOf(ws: Worksheet): MergeArea[] {
  // exceljs keeps merged ranges in a private map (its public `model` getter would rebuild every row).
  const merges = (ws as unknown as { _merges?: Record<string, MergeRange> })._merges ?? {};
  return Object.values(merges)
    .map(({ top, left, bottom, right }) => ({ top, left, bottom, right }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
}

function ownersOf(workbook: ExcelJS.Workbook): Record<string, OwnerKind> {
  const owners: Record<string, OwnerKind> = {};
  const names = workbook.definedNames.model as unknown as { name: string; ranges: string[] }[];
  for (const { name, ranges } of names) {
    const kind = ownerKindOfName(name);
    const sheet = ranges[0] === undefined ? undefined : sheetOfRange(ranges[0]);
    if (kind && sheet) owners[sheet] = kind;
  }
  return owners;
}
