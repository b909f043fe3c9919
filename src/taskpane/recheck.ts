/**
 * Re-check on edit: when cells of the checked sheet change, only the changed rows are read again (one host
 * call, one sync) and put in place in the sheet as last read; the sheet is then checked again as a whole
 * from that copy, so a row's findings that depend on other rows (a sub-item's inherited lead, numbering)
 * are right, not kept from before. Inserted or deleted rows and columns move every row after them: the
 * whole sheet is read again instead, as is an edit too large to be worth reading by rows.
 *
 * What waits for the next full check (Kiểm tra trang tính): cells Excel changes without an edit (a formula
 * recalculated), merging or unmerging cells (a format change, not an edit), edits made to the agency
 * directory or the settings, and edits made while another sheet was being watched.
 */
import type { DayNumber } from "../core/day";
import type { Cell, SheetSnapshot } from "../core/snapshot";
import type { RowSpan, SheetChange, WorkbookHost } from "../office/host";
import { checkSnapshot, type CheckOutcome, type SheetCheck } from "./actions";
import { PaneError } from "./action-support";

/** Cells a re-check reads by rows at most; past it the whole sheet is read again (one read either way). */
export const RECHECK_CELLS = 20_000;

/** The block of rows and last column an edit changed; undefined when it is not a block of cells. */
export function changedBlock(address: string): (RowSpan & { readonly right: number }) | undefined {
  const local = address
    .slice(address.lastIndexOf("!") + 1)
    .replace(/\$/g, "")
    .toUpperCase();
  const m = /^([A-Z]{1,3})?(\d{1,7})(?::([A-Z]{1,3})?(\d{1,7}))?$/.exec(local);
  if (!m || m[2] === undefined) return undefined;
  const first = Number(m[2]);
  const last = m[4] === undefined ? first : Number(m[4]);
  // `7:9` (whole rows) has no column: the right edge is unknown, the rows are read as wide as the sheet.
  const right = Math.max(columnNumber(m[1]), columnNumber(m[3] ?? m[1]));
  return { first: Math.min(first, last), last: Math.max(first, last), right };
}

function columnNumber(letters: string | undefined): number {
  let n = 0;
  for (const ch of letters ?? "") n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** Spans sorted and joined where they touch or overlap. */
export function joinSpans(spans: readonly RowSpan[]): RowSpan[] {
  const sorted = [...spans].sort((a, b) => a.first - b.first);
  const joined: { first: number; last: number }[] = [];
  for (const span of sorted) {
    const previous = joined.at(-1);
    if (previous && span.first <= previous.last + 1) previous.last = Math.max(previous.last, span.last);
    else joined.push({ first: span.first, last: span.last });
  }
  return joined;
}

/** The rows of each span written over the snapshot's (rows past its end added); trailing empty rows dropped. */
export function withRows(
  snapshot: SheetSnapshot,
  spans: readonly RowSpan[],
  blocks: readonly (readonly (readonly Cell[])[])[],
): SheetSnapshot {
  const rows: (readonly Cell[])[] = [...snapshot.rows];
  spans.forEach((span, i) => {
    (blocks[i] ?? []).forEach((cells, r) => {
      const at = span.first - 1 + r;
      while (rows.length < at) rows.push([]);
      rows[at] = cells;
    });
  });
  // A full read ends at the last cell with a value: so does the copy.
  while (rows.length > 0 && (rows.at(-1) ?? []).every((cell) => cell === null || cell === "")) rows.pop();
  return { ...snapshot, rows };
}

/** What a re-check did: the check, and the rows read again (`sheet` when it read the whole sheet). */
export interface Recheck {
  readonly outcome: CheckOutcome;
  readonly rows: readonly number[] | "sheet";
}

/** Checks one sheet by name (the one being watched, open or not), reading it whole. */
export async function checkSheetNamed(
  host: WorkbookHost,
  sheet: string,
  today: DayNumber,
): Promise<SheetCheck> {
  const read = await host.read({ sheets: [sheet], directory: true });
  const snapshot = read.sheets[0];
  if (!snapshot) throw new PaneError("sourceMissing", sheet);
  return checkSnapshot(read, snapshot, today);
}

/** Re-checks the sheet of `check` after `changes` (edits Excel reported since). */
export async function recheckChanges(
  host: WorkbookHost,
  check: SheetCheck,
  changes: readonly SheetChange[],
  today: DayNumber,
): Promise<Recheck> {
  const { read, snapshot } = check.basis;
  const blocks = changes.map((c) => (c.changeType === "RangeEdited" ? changedBlock(c.address) : undefined));
  const width = Math.max(1, ...snapshot.rows.map((r) => r.length), ...blocks.map((b) => b?.right ?? 0));
  const spans = joinSpans(blocks.filter((b): b is NonNullable<typeof b> => b !== undefined));
  const cells = spans.reduce((n, s) => n + (s.last - s.first + 1), 0) * width;
  if (blocks.some((b) => b === undefined) || cells > RECHECK_CELLS) {
    const whole = await checkSheetNamed(host, check.report.sheet, today);
    return { outcome: { kind: "checked", check: whole }, rows: "sheet" };
  }
  const fresh = await host.readRows(check.report.sheet, spans, width);
  const next = withRows(snapshot, spans, fresh);
  const rows = spans.flatMap((s) => Array.from({ length: s.last - s.first + 1 }, (_, i) => s.first + i));
  return { outcome: { kind: "checked", check: checkSnapshot(read, next, today) }, rows };
}
