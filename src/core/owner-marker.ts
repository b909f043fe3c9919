/**
 * The owner marker as a workbook defined name, `TaskAnnexOwner_<kind>_<n>` referring to A1 of the owned
 * sheet (DESIGN §9). The file adapter writes it (exceljs cannot write worksheet custom properties); the
 * add-in writes its own custom property but must recognise this one too, so a summary written by the CLI
 * and opened in Excel is replaced, not duplicated. Both adapters share the format through this file.
 */
import type { SheetPlan } from "./sheet-plan";

export type OwnerKind = NonNullable<SheetPlan["owner"]>;

export const OWNER_KINDS: readonly OwnerKind[] = [
  "annex",
  "summary",
  "data",
  "findings",
  "directory",
  "changes",
  "feedback",
  // The sample ward report Mở ví dụ writes: a task sheet like any report, but the add-in's to re-create.
  "example",
];

/** Owned sheets that are task tables: the annex, and the sample report Mở ví dụ writes. */
export const TASK_SHEET_OWNERS: readonly OwnerKind[] = ["annex", "example"];

/** True for a sheet with no owner or an owned task table: one to check and to consolidate. */
export function holdsTasks(owner: OwnerKind | undefined): boolean {
  return owner === undefined || TASK_SHEET_OWNERS.includes(owner);
}

const PREFIX = "TaskAnnexOwner_";
// Excel compares defined names case-insensitively, and may hand a name back in another case.
const NAME_PATTERN = /^TaskAnnexOwner_([a-z]+)_\d+$/i;
const CELL = /^\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?$/i;

/** The owner kind a stored marker value names, or undefined for anything else (a user's value). */
export function parseOwnerKind(value: unknown): OwnerKind | undefined {
  return OWNER_KINDS.find((kind) => kind === value);
}

/** The defined name marking the n-th owned sheet (n keeps names unique when kinds repeat). */
export function ownerMarkerName(kind: OwnerKind, n: number): string {
  return `${PREFIX}${kind}_${n}`;
}

/** True for a defined name in the owner-marker family, whatever its kind. */
export function isOwnerMarkerName(name: string): boolean {
  return name.toLowerCase().startsWith(PREFIX.toLowerCase());
}

/** The kind a defined name marks, or undefined when it is not an owner marker. */
export function parseOwnerMarkerName(name: string): OwnerKind | undefined {
  return parseOwnerKind(NAME_PATTERN.exec(name)?.[1]?.toLowerCase());
}

/**
 * The sheet a marker's reference points at: `'Tổng hợp'!$A$1`, `=Data!A1`, `='Ông ''Ba'''!$A$1`.
 * Undefined for anything else: `#REF!` (the sheet was deleted), another workbook, a constant.
 */
export function ownerMarkerSheet(reference: string): string | undefined {
  const text = reference.trim().replace(/^=/, "");
  let sheet: string;
  let rest: string;
  if (text.startsWith("'")) {
    let i = 1;
    sheet = "";
    for (;;) {
      const quote = text.indexOf("'", i);
      if (quote < 0) return undefined;
      sheet += text.slice(i, quote);
      if (text[quote + 1] !== "'") {
        rest = text.slice(quote + 1);
        break;
      }
      sheet += "'";
      i = quote + 2;
    }
  } else {
    const bang = text.indexOf("!");
    if (bang < 0) return undefined;
    sheet = text.slice(0, bang);
    rest = text.slice(bang);
    // Unquoted sheet names are plain words; `#REF` is what Excel leaves when the sheet is deleted.
    if (!/^[\p{L}\p{N}_.]+$/u.test(sheet)) return undefined;
  }
  if (sheet === "" || /[[\]:*?/\\]/.test(sheet) || !rest.startsWith("!") || !CELL.test(rest.slice(1)))
    return undefined;
  return sheet;
}
