/**
 * Expands the command line's files and folders into the workbooks to read. Folders are searched
 * recursively in sorted order; Excel's `~$` lock files and hidden files are skipped. A spreadsheet in a
 * format we cannot read (`.xls`, `.ods`, `.csv`) or any file named explicitly is an unreadable submission;
 * other files found in a folder (`ghi-chu.txt`) are listed but are not submissions.
 */
import { promises as fs } from "fs";
import path from "path";
import type { Lang } from "../core/report-types";
import { problemFromName } from "../file/detect-format";
import { fileProblemMessage } from "../file/file-messages";

export interface InputProblem {
  readonly file: string;
  readonly message: string;
  /** A submission that cannot be read (the run exits 2 and consolidation lists it), not stray files. */
  readonly submission: boolean;
}

export interface CollectedInputs {
  readonly workbooks: readonly string[];
  readonly problems: readonly InputProblem[];
}

function isSkipped(name: string): boolean {
  return name.startsWith("~$") || name.startsWith(".");
}

// Entries a folder holds besides files and folders, each named in the report, not a submission.
type Skipped = { readonly file: string; readonly problem: "notRegular" | "brokenLink" | "folderDenied" };

/**
 * Files under `folder`, recursively: links are followed to what they point at (a folder once, so that a
 * link cycle ends); pipes, devices, broken links and folders we may not read are listed as skipped.
 */
async function walk(
  folder: string,
  found: string[],
  skipped: Skipped[],
  visited: Set<string>,
): Promise<void> {
  const id = await fs.stat(folder, { bigint: true }).then(
    (s) => `${s.dev}:${s.ino}`,
    () => folder,
  );
  if (visited.has(id)) return;
  visited.add(id);
  let entries;
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch {
    // `System Volume Information` on a USB stick: skip it, finish the rest.
    skipped.push({ file: folder, problem: "folderDenied" });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (isSkipped(entry.name)) continue;
    const full = path.join(folder, entry.name);
    const target = entry.isSymbolicLink() ? await fs.stat(full).catch(() => undefined) : entry;
    if (!target) skipped.push({ file: full, problem: "brokenLink" });
    else if (target.isDirectory()) await walk(full, found, skipped, visited);
    else if (target.isFile()) found.push(full);
    else skipped.push({ file: full, problem: "notRegular" });
  }
}

/** The workbooks named or found, and the files that are not workbooks, each once. */
export async function collectInputs(inputs: readonly string[], lang: Lang): Promise<CollectedInputs> {
  const workbooks: string[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (file: string, explicit: boolean): void => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    const problem = problemFromName(file);
    const submission = explicit || (problem !== undefined && problem !== "unsupportedType");
    if (!problem) {
      workbooks.push(file);
      return;
    }
    // A stray file in a folder is only skipped: no advice to re-save a text note as .xlsx.
    const message = fileProblemMessage(submission ? problem : "skipped", path.basename(file), lang);
    problems.push({ file, message, submission });
  };
  for (const input of inputs) {
    const stat = await fs.stat(input).catch((error: NodeJS.ErrnoException) => error);
    if (stat instanceof Error) {
      // A path behind a folder we may not enter exists for someone else: say so, not "not found".
      const problem = stat.code === "EACCES" || stat.code === "EPERM" ? "denied" : "notFound";
      problems.push({ file: input, message: fileProblemMessage(problem, input, lang), submission: true });
    } else if (stat.isDirectory()) {
      const found: string[] = [];
      const skipped: Skipped[] = [];
      await walk(input, found, skipped, new Set());
      for (const file of found) add(file, false);
      // A folder with nothing to read is a mistake to name (exit 2), not "0 files, no errors".
      const none = !found.some((f) => problemFromName(f) === undefined);
      for (const { file, problem } of skipped) {
        // A pipe or a broken link named like a workbook is a report that cannot be read (counted, exit 2);
        // a folder we may not enter (a USB stick's `System Volume Information`) is only named.
        const submission = problem !== "folderDenied" && problemFromName(file) === undefined;
        problems.push({ file, message: fileProblemMessage(problem, file, lang), submission });
      }
      if (none) {
        problems.push({
          file: input,
          message: fileProblemMessage("noWorkbooks", input, lang),
          submission: true,
        });
      }
    } else {
      add(input, true);
    }
  }
  return { workbooks, problems };
}
