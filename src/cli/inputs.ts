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

async function walk(folder: string, found: string[]): Promise<void> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (isSkipped(entry.name)) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) await walk(full, found);
    else if (entry.isFile()) found.push(full);
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
    const stat = await fs.stat(input).catch(() => undefined);
    if (!stat) {
      problems.push({ file: input, message: fileProblemMessage("notFound", input, lang), submission: true });
    } else if (stat.isDirectory()) {
      const found: string[] = [];
      await walk(input, found);
      for (const file of found) add(file, false);
    } else {
      add(input, true);
    }
  }
  return { workbooks, problems };
}
