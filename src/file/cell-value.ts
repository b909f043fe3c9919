/** Converts exceljs cell values into snapshot cells (DESIGN §8: the file adapter's half of the contract). */
import type { CellValue } from "exceljs";
import { formatIsoDay } from "../core/day";
import type { Cell } from "../core/snapshot";

const MS_PER_DAY = 86_400_000;

/** A Date from exceljs (it builds them in UTC from the serial) as an ISO day. */
export function dateToIsoDay(date: Date): string | undefined {
  const time = date.getTime();
  // Its day number is the whole UTC days since 1970 (a time of day, if any, is dropped).
  return Number.isNaN(time) ? undefined : formatIsoDay(Math.floor(time / MS_PER_DAY));
}

type RichTextRun = { readonly text?: unknown };

function flattenRichText(runs: readonly RichTextRun[]): string {
  return runs.map((run) => (typeof run.text === "string" ? run.text : "")).join("");
}

/** Text of a hyperlink or rich-text holder (exceljs nests rich text inside hyperlink `text`). */
function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value && typeof value === "object" && "richText" in value && Array.isArray(value.richText)) {
    return flattenRichText(value.richText as RichTextRun[]);
  }
  return "";
}

/** One exceljs value → snapshot cell. Formulas give their cached result (null when there is none). */
export function toSnapshotCell(value: CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value instanceof Date) {
    const day = dateToIsoDay(value);
    return day === undefined ? null : { date: day };
  }
  if (typeof value !== "object") return null;
  if ("error" in value && typeof value.error === "string") return { error: value.error };
  if ("richText" in value) return textOf(value);
  if ("hyperlink" in value) return textOf(value.text);
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    // A nested formula result is never itself a formula; guard anyway so a malformed file cannot loop.
    if (result !== null && typeof result === "object" && ("formula" in result || "sharedFormula" in result)) {
      return null;
    }
    return toSnapshotCell(result as CellValue | undefined);
  }
  return null;
}
