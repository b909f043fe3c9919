/**
 * Finding highlights that can be undone exactly: before filling a cell, its previous fill is recorded in
 * a workbook setting keyed by worksheet id (survives renames, travels with the file); clearing restores
 * those fills and touches no other cell — nor a cell whose fill the user changed since.
 */
import type { Finding, Severity } from "../core/findings";
import { cellAddress } from "../core/snapshot";
import { parseCellAddress } from "./address";

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

/** Worksheet id → address → previous fill. */
export type HighlightRecord = Record<string, Record<string, PreviousFill>>;

/** The record from a stored setting value; anything malformed counts as no record. */
export function parseHighlightRecord(value: unknown): HighlightRecord {
  let raw = value;
  if (typeof value === "string") {
    try {
      raw = JSON.parse(value);
    } catch {
      // A corrupt record can only be dropped: there is nothing left to restore from it.
      return {};
    }
  }
  if (typeof raw !== "object" || raw === null) return {};
  const record: HighlightRecord = {};
  for (const [sheetId, cells] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof cells !== "object" || cells === null) continue;
    const clean: Record<string, PreviousFill> = {};
    for (const [address, fill] of Object.entries(cells as Record<string, unknown>)) {
      const f = fill as Partial<PreviousFill> | null;
      if (f && typeof f.color === "string" && typeof f.pattern === "string" && typeof f.mark === "string") {
        clean[address] = { color: f.color, pattern: f.pattern, mark: f.mark };
      }
    }
    record[sheetId] = clean;
  }
  return record;
}

/** The cells to mark and their colour: the most severe finding per cell wins. */
export function highlightTargets(findings: readonly Finding[]): Map<string, string> {
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
  return new Map([...best].map(([address, severity]) => [address, HIGHLIGHT_FILL[severity]]));
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
