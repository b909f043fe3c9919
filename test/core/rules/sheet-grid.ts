/**
 * Test helper for the rule tests: a small sheet written as a grid (header row, then data rows) and a
 * one-call validation with a fixed plan period and as-of date.
 */
import { parseIsoDay, yearInterval } from "../../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../../src/core/default-directory";
import type { Finding, FindingCode } from "../../../src/core/findings";
import type { SheetReport, ValidateOptions } from "../../../src/core/report-types";
import type { Cell, SheetSnapshot } from "../../../src/core/snapshot";
import { validateSheet } from "../../../src/core/validate";

/** The seed annex's header in one row: A STT, B content, C start, D end, E lead, F support. */
export const HEADER: readonly string[] = [
  "STT",
  "Nội dung nhiệm vụ",
  "Bắt đầu",
  "Hoàn thành",
  "Cơ quan chủ trì",
  "Cơ quan phối hợp",
];

/** A ward report's header: the seed's plus G status. */
export const STATUS_HEADER: readonly string[] = [...HEADER, "Tình trạng"];

/** A sheet whose row 1 is the header and rows 2… the given rows. */
export function grid(rows: readonly (readonly Cell[])[], header: readonly Cell[] = HEADER): SheetSnapshot {
  return { sheet: "Phụ lục", rows: [header, ...rows], merges: [] };
}

/** A task row in the seed layout. */
export function task(
  stt: Cell,
  end: Cell = "Quý IV",
  lead: Cell = "Phòng Văn hóa và Thông tin",
  support: Cell = "UBND các phường",
  start: Cell = "Quý I",
  content: Cell = "Tuyên truyền về chuyển đổi số",
): Cell[] {
  return [stt, content, start, end, lead, support];
}

/** A section row with no time or agencies of its own. */
export function section(stt: string, title = "Nhóm nhiệm vụ"): Cell[] {
  return [stt, title, null, null, null, null];
}

export interface RunOptions {
  readonly year?: number;
  readonly period?: { readonly from: number; readonly to: number };
  readonly asOf?: string;
}

/** Validates with plan year 2024 and as-of 2024-06-30 unless told otherwise. */
export function run(snapshot: SheetSnapshot, options: RunOptions = {}): SheetReport {
  const asOf = parseIsoDay(options.asOf ?? "2024-06-30");
  if (asOf === undefined) throw new Error("bad asOf");
  const validateOptions: ValidateOptions = {
    period: options.period ?? yearInterval(options.year ?? 2024),
    asOf,
    directory: DEFAULT_DIRECTORY,
  };
  return validateSheet(snapshot, validateOptions);
}

/** `CODE@A1` for every finding (or only those of the given codes), in report order. */
export function found(report: SheetReport | readonly Finding[], ...codes: FindingCode[]): string[] {
  const findings = "findings" in report ? report.findings : report;
  return findings
    .filter((f) => codes.length === 0 || codes.includes(f.code))
    .map((f) => `${f.code}@${f.cell ?? (f.row !== undefined ? `row${f.row}` : "sheet")}`);
}
