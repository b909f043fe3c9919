/** What every action shares: user-facing errors, the workbook's directory and validation options. */
import type { AgencyDirectory } from "../core/agency-types";
import type { DayNumber } from "../core/day";
import { DEFAULT_DIRECTORY } from "../core/default-directory";
import { readDirectorySheet } from "../core/directory-sheet";
import { resolveValidateInput } from "../core/options";
import type { Lang, ValidateOptions } from "../core/report-types";
import { safeSheetName } from "../core/sheet-plan";
import type { SheetSnapshot } from "../core/snapshot";
import type { ReadRequest, ReadResult, WorkbookHost, WorkbookSettings, WriteRequest } from "../office/host";
import { HostError } from "../office/host";
import type { Strings } from "./i18n";

export type PaneErrorKind =
  | "noActiveSheet"
  | "sourceMissing"
  | "noTable"
  | "badSettings"
  | "notWorkbook"
  | "noReportingUnits"
  | "directoryUnreadable";

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
  if (error instanceof HostError) return strings.hostError(error.kind, error.message, error.code);
  if (error instanceof PaneError) return [strings.errors[error.kind], error.detail].filter(Boolean).join(" ");
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}

/** The agency directory of the workbook (its `Danh mục cơ quan` sheet), else the default one. */
export function workbookDirectory(read: ReadResult): AgencyDirectory {
  return workbookDirectoryWithProblems(read).directory;
}

/**
 * The directory to use, whether it is the workbook's own sheet, and what was wrong with that sheet (rows
 * skipped, or no header so the default is used instead) — for the pane to show, not to swallow.
 */
export function workbookDirectoryWithProblems(
  read: ReadResult,
  lang: Lang = "vi",
): {
  readonly directory: AgencyDirectory;
  readonly fromSheet: boolean;
  readonly problems: readonly string[];
} {
  if (!read.directory) return { directory: DEFAULT_DIRECTORY, fromSheet: false, problems: [] };
  const { directory, problems } = readDirectorySheet(read.directory, lang);
  return directory
    ? { directory, fromSheet: true, problems }
    : { directory: DEFAULT_DIRECTORY, fromSheet: false, problems };
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
    ...(settings.dueSoonDays !== undefined ? { dueSoon: settings.dueSoonDays } : {}),
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

/**
 * host.update with a build step that may fail: the failure writes nothing and is rethrown as it was,
 * after the update — the host would otherwise wrap it in its own generic "the add-in failed" error.
 */
export async function updateWith<T>(
  host: WorkbookHost,
  request: ReadRequest,
  build: (read: ReadResult) => { readonly write: WriteRequest; readonly value: T },
): Promise<{ readonly value: T; readonly written: readonly string[] }> {
  let outcome:
    { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown } | undefined;
  const { written } = await host.update(request, (read) => {
    try {
      const { write, value } = build(read);
      outcome = { ok: true, value };
      return write;
    } catch (error) {
      outcome = { ok: false, error };
      return { plans: [] };
    }
  });
  if (outcome === undefined) throw new Error("host.update did not run the build step");
  if (!outcome.ok) throw outcome.error;
  return { value: outcome.value, written };
}
