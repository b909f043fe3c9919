/** The agency directory for a run: `--directory FILE`, a workbook's own `Danh mục cơ quan` sheet, or the default. */
import type { AgencyDirectory } from "../core/agency-types";
import { findDirectorySheet, readDirectorySheet } from "../core/directory-sheet";
import type { Lang } from "../core/report-types";
import { readWorkbook } from "../file/read-workbook";

// Where the directory sheet is found is core's rule (the web page uses it too); the CLI's callers import it here.
export { findDirectorySheet };

export type LoadedDirectory =
  | { readonly ok: true; readonly directory: AgencyDirectory; readonly problems: readonly string[] }
  | { readonly ok: false; readonly message: string };

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
