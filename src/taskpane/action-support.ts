/** What every action shares: user-facing errors, the workbook's directory and validation options. */
import type { AgencyDirectory } from "../core/agency-types";
import type { DayNumber } from "../core/day";
import { DEFAULT_DIRECTORY } from "../core/default-directory";
import { readDirectorySheet } from "../core/directory-sheet";
import { resolveValidateInput } from "../core/options";
import type { Lang, ValidateOptions } from "../core/report-types";
import { safeSheetName } from "../core/sheet-plan";
import type { SheetSnapshot } from "../core/snapshot";
import type { ReadResult, WorkbookSettings } from "../office/host";
import { HostError } from "../office/host";
import type { Strings } from "./i18n";

export type PaneErrorKind = "noActiveSheet" | "noTable" | "badSettings";

/** A failure the pane explains in the user's language; `detail` is appended (e.g. core's own message). */
export class PaneError extends Error {
  constructor(
    readonly kind: PaneErrorKind,
    readonly detail = "",
  ) {
    super(`${kind}${detail ? `: ${detail}` : ""}`);
    this.name = "PaneError";
  }
}

/** The sentence to show for a failure: the host's own message, the pane's, else whatever the error says. */
export function errorMessage(error: unknown, strings: Strings): string {
  if (error instanceof HostError) return error.message;
  if (error instanceof PaneError) return [strings.errors[error.kind], error.detail].filter(Boolean).join(" ");
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}

/** The agency directory of the workbook (its `Danh mục cơ quan` sheet), else the default one. */
export function workbookDirectory(read: ReadResult): AgencyDirectory {
  if (!read.directory) return DEFAULT_DIRECTORY;
  return readDirectorySheet(read.directory).directory ?? DEFAULT_DIRECTORY;
}

/** Validation options from the workbook's settings; a bad setting is the user's to fix, so it is thrown. */
export function workbookOptions(
  settings: WorkbookSettings,
  today: DayNumber,
  directory: AgencyDirectory,
): { readonly options: ValidateOptions; readonly lang: Lang } {
  const input = {
    ...(settings.period ? { period: settings.period } : {}),
    ...(settings.asOf ? { asOf: settings.asOf } : {}),
    ...(settings.lang ? { lang: settings.lang } : {}),
  };
  const resolved = resolveValidateInput(input, today, directory);
  if (!resolved.ok) throw new PaneError("badSettings", resolved.errors.join(" "));
  return { options: resolved.options, lang: resolved.lang };
}

/** A name for a new sheet that no existing sheet has (so writing it can never replace one). */
export function newSheetName(wanted: string, read: ReadResult): string {
  return safeSheetName(
    wanted,
    read.sheetList.map((s) => s.name),
  );
}

/** Snapshot of the active sheet, or a user-facing error when the host could not give one. */
export function activeSnapshot(read: ReadResult): SheetSnapshot {
  if (!read.active) throw new PaneError("noActiveSheet", read.activeName);
  return read.active;
}
