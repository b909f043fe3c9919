/** The agency directory for a run: `--directory FILE`, a workbook's own `Danh mục cơ quan` sheet, or the default. */
import type { AgencyDirectory } from "../core/agency-types";
import { DIRECTORY_SHEET_NAME, looksLikeDirectorySheet, readDirectorySheet } from "../core/directory-sheet";
import type { Lang } from "../core/report-types";
import type { SheetSnapshot } from "../core/snapshot";
import { foldKey } from "../core/text";
import { readWorkbook } from "../file/read-workbook";
import type { OwnerKind } from "../file/owner-marker";

export type LoadedDirectory =
  | { readonly ok: true; readonly directory: AgencyDirectory; readonly problems: readonly string[] }
  | { readonly ok: false; readonly message: string };

const DIRECTORY_KEY = foldKey(DIRECTORY_SHEET_NAME);

/**
 * The workbook's directory sheet: by name (any tone-mark style or case) or by our owner marker, else the
 * first sheet whose header reads as a directory's (a copy renamed `Sheet1`).
 */
export function findDirectorySheet(
  sheets: readonly SheetSnapshot[],
  owners: Readonly<Record<string, OwnerKind>>,
): SheetSnapshot | undefined {
  return (
    sheets.find((s) => foldKey(s.sheet) === DIRECTORY_KEY || owners[s.sheet] === "directory") ??
    sheets.find(looksLikeDirectorySheet)
  );
}

/** Loads `--directory FILE`: its `Danh mục cơ quan` sheet, else its first sheet. */
export async function loadDirectoryFile(file: string, lang: Lang): Promise<LoadedDirectory> {
  const read = await readWorkbook(file, file, { lang });
  if (!read.ok) return { ok: false, message: read.message };
  const sheet = findDirectorySheet(read.sheets, read.owners) ?? read.sheets[0];
  if (!sheet)
    return { ok: false, message: `${file}: ${lang === "en" ? "no sheets" : "không có trang tính nào"}` };
  const { directory, problems } = readDirectorySheet(sheet, lang);
  if (!directory) return { ok: false, message: [`${file}:`, ...problems].join(" ") };
  return { ok: true, directory: { ...directory, source: file }, problems };
}
