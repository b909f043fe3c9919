/**
 * Chuyển mã sang Unicode: writes the Unicode of a sheet's legacy-font cells (TCVN3, VNI; which cells and
 * what text is core's `legacyConversion`, the same the check reads) back into those cells only. One
 * Excel.run, a constant number of syncs: the read (four), the formulas of the cells to write (one), the
 * writes (one; one more per ~1 MB). Text is written as text (`@` format first), never as a formula, and a
 * cell holding a formula is left alone: its text is computed from other cells.
 */
import { legacyConversion, withConvertedCells, type LegacyCell } from "../core/legacy-encoding";
import type { MergeArea } from "../core/snapshot";
import { estimateBytes, TEXT_FORMAT } from "./cell-values";
import { hostError } from "./errors";
import type { LegacyRepairResult, ReadRequest } from "./host";
import { readWorkbook, type ReadLimits } from "./read-workbook";
import { COMMAND_BYTES, DEFAULT_CHUNK_BYTES, WriteBatch } from "./write-batch";

function isMergeStart(merges: readonly MergeArea[], cell: LegacyCell): boolean {
  return merges.some(
    (m) => m.top === cell.row && m.left === cell.column && (m.bottom > m.top || m.right > m.left),
  );
}

/**
 * The converted cells in runs written as one 1×n range each: neighbours on a row. A merged area's first
 * cell is a run of its own (a range must not cut through a merged area).
 */
export function legacyRuns(cells: readonly LegacyCell[], merges: readonly MergeArea[]): LegacyCell[][] {
  const runs: LegacyCell[][] = [];
  let run: LegacyCell[] = [];
  let last: LegacyCell | undefined;
  for (const cell of cells) {
    const merged = isMergeStart(merges, cell);
    const joins = last !== undefined && !merged && last.row === cell.row && last.column + 1 === cell.column;
    if (!joins && run.length > 0) {
      runs.push(run);
      run = [];
    }
    run.push(cell);
    last = merged ? undefined : cell;
    if (merged) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function runBytes(run: readonly LegacyCell[], text: (cell: LegacyCell) => string): number {
  return run.reduce((n, cell) => n + estimateBytes(text(cell)) + TEXT_FORMAT.length + 3, COMMAND_BYTES);
}

/** Splits runs where a cell holds a formula; returns the runs left and how many formula cells were skipped. */
function withoutFormulas(
  runs: readonly LegacyCell[][],
  formulas: readonly (readonly unknown[])[],
): { runs: LegacyCell[][]; skipped: number } {
  const out: LegacyCell[][] = [];
  let skipped = 0;
  runs.forEach((run, i) => {
    let part: LegacyCell[] = [];
    run.forEach((cell, c) => {
      const formula = formulas[i]?.[c];
      if (typeof formula === "string" && formula.startsWith("=")) {
        skipped += 1;
        if (part.length > 0) out.push(part);
        part = [];
      } else {
        part.push(cell);
      }
    });
    if (part.length > 0) out.push(part);
  });
  return { runs: out, skipped };
}

/**
 * Converts the legacy-font cells of `sheet` in place (see the file comment); reads what `request` asks for
 * besides, in the same run. The returned sheet is the one read with the converted cells' new text.
 */
export async function repairLegacyCells(
  context: Excel.RequestContext,
  sheet: string,
  request: ReadRequest,
  limits: ReadLimits,
  chunkBytes: number = DEFAULT_CHUNK_BYTES,
): Promise<LegacyRepairResult> {
  const { result } = await readWorkbook(context, { ...request, sheets: [sheet] }, limits, false);
  const snapshot = result.sheets[0];
  if (!snapshot) throw hostError("sheetNotFound");
  const conversion = legacyConversion(snapshot);
  if (!conversion) return { repair: { cells: 0, formulas: 0 }, read: result };
  if (snapshot.protected) throw hostError("protected", "AccessDenied");
  const worksheet = context.workbook.worksheets.getItem(snapshot.sheet);
  const range = (run: readonly LegacyCell[]) =>
    worksheet.getRangeByIndexes(run[0]!.row - 1, run[0]!.column - 1, 1, run.length);

  const found = legacyRuns(conversion.cells, snapshot.merges);
  const reads = new WriteBatch(context, chunkBytes);
  const loaded: Excel.Range[] = [];
  for (const run of found) {
    await reads.reserve(runBytes(run, (cell) => cell.before));
    loaded.push(range(run).load("formulas"));
  }
  await reads.flush();

  const { runs, skipped } = withoutFormulas(
    found,
    loaded.map((r) => r.formulas[0] ?? []),
  );
  const writes = new WriteBatch(context, chunkBytes);
  const written: LegacyCell[] = [];
  for (const run of runs) {
    await writes.reserve(runBytes(run, (cell) => cell.after));
    const target = range(run);
    // The format first: text such as `- Tổ chức` or `=…` must not be taken for a formula.
    target.numberFormat = [run.map(() => TEXT_FORMAT)];
    target.values = [run.map((cell) => cell.after)];
    written.push(...run);
  }
  await writes.flush();
  const after = withConvertedCells(snapshot, { encoding: conversion.encoding, cells: written });
  return {
    repair: { encoding: conversion.encoding, cells: written.length, formulas: skipped },
    read: { ...result, sheets: [after] },
  };
}
