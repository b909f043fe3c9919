/** Reading a sheet's annex table (DESIGN §2): header, title block and classified rows. */
import type { SheetSnapshot } from "../snapshot";
import type { AnnexTable, ColumnMap } from "../table-types";
import { detectHeader } from "./header";
import { classifyRows } from "./rows";
import { readTitleBlock } from "./title";

export { detectHeader, HEADER_SCAN_ROWS } from "./header";
export { labelRole, type LabelRole } from "./labels";
export { classifyRows } from "./rows";
export { parseStt, parseSttText, romanValue, splitNumberedTitle, type SttInfo, type SttKind } from "./stt";
export { readTitleBlock } from "./title";
export { detectUnit, tidyCase, UNIT_SCAN_ROWS, type UnitGuess } from "./unit";

/** The annex table of a sheet: header, title block and rows; undefined when no header is found. */
export function readAnnexTable(snapshot: SheetSnapshot, overrides?: ColumnMap): AnnexTable | undefined {
  const header = detectHeader(snapshot, overrides);
  if (!header) return undefined;
  return { header, title: readTitleBlock(snapshot, header.row), rows: classifyRows(snapshot, header) };
}
