/**
 * The workbook's agency directory sheet `Danh mục cơ quan` (DESIGN §4): reading the user's edited copy, and
 * the plan that writes it (with the defaults on first use).
 */
import { z } from "zod";
import { DEFAULT_SOURCE, type AgencyDirectory, type AgencyEntry, type AgencyKind } from "./agency-types";
import { agencyShape } from "./agency-structure";
import { DIRECTORY_TEXT, type DirectoryColumn, type DirectoryText } from "./agency-directory-text";
import { agencyKey } from "./agency-key";
import type { OwnerKind } from "./owner-marker";
import type { Lang } from "./report-types";
import type { ResolvedTasks } from "./resolve-tasks";
import type { PlanRange, SheetPlan } from "./sheet-plan";
import { cellText, type Cell, type SheetSnapshot } from "./snapshot";
import { foldKey, normalizeText, tidyText } from "./text";

export const DIRECTORY_SHEET_NAME = "Danh mục cơ quan";

type Column = DirectoryColumn;

/** Header labels a user may have typed, as foldKey. */
const LABEL_VARIANTS: Readonly<Record<Column, readonly string[]>> = {
  name: ["ten chuan", "ten chinh thuc", "ten co quan", "ten day du", "ten don vi", "name", "canonical name"],
  aliases: [
    "ten khac",
    "ten goi khac",
    "ten viet tat",
    "viet tat",
    "bi danh",
    "aliases",
    "alias",
    "other names",
  ],
  kind: ["loai", "phan loai", "loai co quan", "kind", "type"],
  mustSubmit: ["phai nop", "phai nop bao cao", "nop bao cao", "bat buoc nop", "must submit"],
};

/** Kind values as foldKey; a value starting with one of these words also counts (`Đơn vị báo cáo`). */
const KIND_WORDS: readonly (readonly [string, AgencyKind])[] = [
  ["co quan", "agency"],
  ["agency", "agency"],
  ["nhom", "group"],
  ["group", "group"],
  ["don vi", "unit"],
  ["phuong", "unit"],
  ["xa", "unit"],
  ["dac khu", "unit"],
  ["thi tran", "unit"],
  ["unit", "unit"],
  ["ward", "unit"],
  ["commune", "unit"],
];

const YES = new Set(["co", "x", "yes", "y", "true", "1", "phai nop", "co nop", "v"]);
const NO = new Set(["", "khong", "k", "no", "n", "false", "0", "khong phai nop"]);
const CHECK_MARKS = /^[✓✔☑]$/u;

function parseKind(value: string): AgencyKind | undefined {
  const fold = foldKey(value);
  if (fold === "") return "agency";
  for (const [word, kind] of KIND_WORDS) if (fold === word || fold.startsWith(word + " ")) return kind;
  return undefined;
}

function parseYesNo(value: string): boolean | undefined {
  if (CHECK_MARKS.test(normalizeText(value))) return true;
  const fold = foldKey(value);
  if (YES.has(fold)) return true;
  if (NO.has(fold)) return false;
  return undefined;
}

/** Aliases are separated by `;` or line breaks; commas belong to names (`Các phòng, ban, đơn vị`). */
function splitAliases(value: string): string[] {
  return value
    .split(/\r\n|\r|\n|\u2028|\u2029|;/)
    .map((alias) => tidyText(alias))
    .filter((alias) => alias !== "");
}

function rowSchema(text: DirectoryText) {
  return z.object({
    name: z
      .string()
      .transform((value) => tidyText(value))
      .pipe(z.string().min(1, { error: text.nameMissing })),
    aliases: z.string().transform(splitAliases),
    kind: z.string().transform((value, ctx) => {
      const kind = parseKind(value);
      if (kind) return kind;
      ctx.issues.push({ code: "custom", input: value, message: text.kindInvalid(normalizeText(value)) });
      return z.NEVER;
    }),
    mustSubmit: z.string().transform((value, ctx) => {
      const yes = parseYesNo(value);
      if (yes !== undefined) return yes;
      ctx.issues.push({
        code: "custom",
        input: value,
        message: text.mustSubmitInvalid(normalizeText(value)),
      });
      return z.NEVER;
    }),
  });
}

const ROW_SCHEMAS = { vi: rowSchema(DIRECTORY_TEXT.vi), en: rowSchema(DIRECTORY_TEXT.en) };

/** Column index (0-based) of each label found in one row, or undefined when the row has no name label. */
function headerColumns(row: readonly Cell[]): Partial<Record<Column, number>> | undefined {
  const found: Partial<Record<Column, number>> = {};
  row.forEach((cell, index) => {
    const fold = foldKey(cellText(cell));
    for (const column of Object.keys(LABEL_VARIANTS) as Column[]) {
      if (found[column] === undefined && LABEL_VARIANTS[column].includes(fold)) found[column] = index;
    }
  });
  return found.name === undefined ? undefined : found;
}

function findHeader(
  snapshot: SheetSnapshot,
): { row: number; columns: Partial<Record<Column, number>> } | undefined {
  for (let r = 0; r < snapshot.rows.length; r++) {
    const columns = headerColumns(snapshot.rows[r] ?? []);
    if (columns) return { row: r, columns };
  }
  return undefined;
}

// A directory's header is near the top; a label row further down is a list inside some other document.
const DIRECTORY_HEADER_ROWS = 10;

/**
 * True when the sheet reads as an agency directory by its content: a header row near the top with the
 * name column and at least one other directory column (`Tên chuẩn | Tên khác | Loại | Phải nộp`).
 */
export function looksLikeDirectorySheet(snapshot: SheetSnapshot): boolean {
  const rows = Math.min(snapshot.rows.length, DIRECTORY_HEADER_ROWS);
  for (let r = 0; r < rows; r++) {
    const columns = headerColumns(snapshot.rows[r] ?? []);
    if (columns && Object.keys(columns).length >= 2) return true;
  }
  return false;
}

/** Reads a directory sheet; bad rows are reported (with their row number, Vietnamese by default) and skipped. */
export function readDirectorySheet(
  snapshot: SheetSnapshot,
  lang: Lang = "vi",
): { directory?: AgencyDirectory; problems: string[] } {
  const text = DIRECTORY_TEXT[lang];
  const problems: string[] = [];
  const header = findHeader(snapshot);
  if (!header) return { problems: [text.noHeader(snapshot.sheet)] };
  const entries: AgencyEntry[] = [];
  // Which sheet row first used each key, so a clash names both rows.
  const owners = new Map<string, { row: number; name: string }>();
  for (let r = header.row + 1; r < snapshot.rows.length; r++) {
    const cells = snapshot.rows[r] ?? [];
    const read = (column: Column): string => {
      const index = header.columns[column];
      return index === undefined ? "" : cellText(cells[index]);
    };
    const raw = {
      name: read("name"),
      aliases: read("aliases"),
      kind: read("kind"),
      mustSubmit: read("mustSubmit"),
    };
    if (Object.values(raw).every((value) => normalizeText(value) === "")) continue;
    const rowNumber = r + 1;
    const parsed = ROW_SCHEMAS[lang].safeParse(raw);
    if (!parsed.success) {
      problems.push(text.rowSkipped(rowNumber, parsed.error.issues.map((issue) => issue.message).join("; ")));
      continue;
    }
    const { name, aliases, kind, mustSubmit } = parsed.data;
    const nameKey = agencyKey(name);
    const clash = owners.get(nameKey);
    if (clash) {
      problems.push(text.nameDuplicate(rowNumber, name, clash.name, clash.row));
      continue;
    }
    owners.set(nameKey, { row: rowNumber, name });
    const kept: string[] = [];
    for (const alias of aliases) {
      const key = agencyKey(alias);
      const owner = owners.get(key);
      if (owner && owner.name !== name) {
        problems.push(text.aliasDuplicate(rowNumber, alias, owner.name, owner.row));
        continue;
      }
      if (key !== "" && !owner) owners.set(key, { row: rowNumber, name });
      kept.push(alias);
    }
    entries.push({ name, aliases: kept, kind, mustSubmit });
  }
  if (entries.length === 0) {
    problems.push(text.noRows(snapshot.sheet));
    return { problems };
  }
  return { directory: { entries, source: snapshot.file ?? snapshot.sheet }, problems };
}

const WIDTHS = [48, 60, 12, 11];
const HEADER_FILL = "#DDEBF7";
const FONT = { name: "Times New Roman", size: 12 };

/** The `Danh mục cơ quan` sheet for a directory: a filterable table with drop-down lists for Loại and Phải nộp. */
export function directorySheetPlan(directory: AgencyDirectory, lang: Lang = "vi"): SheetPlan {
  const text = DIRECTORY_TEXT[lang];
  const { headers } = text;
  const header = [headers.name, headers.aliases, headers.kind, headers.mustSubmit];
  const rows = directory.entries.map((entry) => [
    entry.name,
    entry.aliases.join("; "),
    text.kinds[entry.kind],
    entry.mustSubmit ? text.yes : text.no,
  ]);
  // An Excel table needs at least one body row, even for an empty directory.
  const bottom = Math.max(rows.length, 1) + 1;
  const body = (left: number, right: number): PlanRange => ({ top: 2, left, bottom, right });
  return {
    name: DIRECTORY_SHEET_NAME,
    owner: "directory",
    values: [header, ...rows],
    styles: [
      {
        range: { top: 1, left: 1, bottom: 1, right: 4 },
        style: { bold: true, fill: HEADER_FILL, wrap: true },
      },
      { range: { top: 1, left: 1, bottom, right: 4 }, style: { border: "thin", vertical: "top" } },
      { range: body(1, 2), style: { wrap: true } },
      { range: body(3, 4), style: { horizontal: "center" } },
    ],
    merges: [],
    columnWidths: WIDTHS,
    freeze: { rows: 1, columns: 0 },
    tables: [
      { name: "DanhMucCoQuan", range: { top: 1, left: 1, bottom, right: 4 }, style: "TableStyleLight9" },
    ],
    validations: [
      { range: body(3, 3), list: [text.kinds.agency, text.kinds.group, text.kinds.unit], allowOther: false },
      { range: body(4, 4), list: [text.yes, text.no], allowOther: false },
    ],
    font: FONT,
  };
}

const DIRECTORY_SHEET_KEY = foldKey(DIRECTORY_SHEET_NAME);

/** A workbook's directory sheet: by name (any tone-mark style or case) or by the tool's owner marker, else by its header. */
export function findDirectorySheet(
  sheets: readonly SheetSnapshot[],
  owners: Readonly<Record<string, OwnerKind>>,
): SheetSnapshot | undefined {
  return (
    sheets.find((s) => foldKey(s.sheet) === DIRECTORY_SHEET_KEY || owners[s.sheet] === "directory") ??
    // A copy renamed `Sheet1`: the first sheet whose header reads as a directory's.
    sheets.find(looksLikeDirectorySheet)
  );
}

/**
 * The built-in directory as a sheet for this workbook, with every agency the check of `resolved` accepted
 * that the list does not hold (known to the national reference or by the shape of its name: `Phòng Tư
 * pháp`). Once the workbook has a directory sheet only its names count, so without them the sheet the
 * add-in writes on the clerk's behalf would turn names that were fine a moment ago into unknown ones. A
 * user's directory is returned as it is: it already decides alone.
 */
export function directoryWithNamesInUse(
  directory: AgencyDirectory,
  resolved?: ResolvedTasks,
): AgencyDirectory {
  if (directory.source !== DEFAULT_SOURCE || !resolved) return directory;
  const keys = new Set(directory.entries.flatMap((e) => [e.name, ...e.aliases].map((n) => agencyKey(n))));
  const added: AgencyEntry[] = [];
  for (const task of resolved.rows) {
    for (const mention of [...(task?.leads ?? []), ...(task?.supports ?? [])]) {
      const name = mention.canonical;
      if (name === undefined || keys.has(agencyKey(name))) continue;
      keys.add(agencyKey(name));
      const kind = agencyShape(name) === "group" ? "group" : "agency";
      added.push({ name, aliases: [], kind, mustSubmit: false });
    }
  }
  return added.length === 0 ? directory : { ...directory, entries: [...directory.entries, ...added] };
}
