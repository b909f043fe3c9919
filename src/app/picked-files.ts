/**
 * Files the user picks or drops, as name + bytes. Folders are walked (the drop's file-system entries, or
 * the folder picker's list); files that are no spreadsheet at all (a .docx beside the reports) are set
 * aside by name, while .xls, .ods and .csv are kept so the reader can say precisely what to do with them.
 * Excel's lock files and hidden files are left out and the rest sorted, as `annex` does with a folder.
 */
import { problemFromName } from "../file/detect-format";
import type { PickedFile } from "./web-run";

export interface Picked {
  readonly files: PickedFile[];
  /** Names left out: not a spreadsheet, or the browser would not hand the file over. */
  readonly skipped: string[];
}

/** A file as the browser gives it, with its path inside a picked or dropped folder. */
interface Named {
  readonly path: string;
  /** Undefined when the browser would not hand the file over. */
  readonly file: File | undefined;
}

function isSpreadsheetName(name: string): boolean {
  return problemFromName(name) !== "unsupportedType";
}

/** Excel's `~$` lock files and hidden files, left out without a word, as the CLI does in a folder. */
function isLockOrHidden(path: string): boolean {
  const base = path.replace(/^.*[\\/]/, "");
  return base.startsWith("~$") || base.startsWith(".");
}

/** The files in code-unit order of their paths, as the CLI reads a folder, so results come in that order. */
async function toPicked(named: readonly Named[]): Promise<Picked> {
  const files: PickedFile[] = [];
  const skipped: string[] = [];
  const sorted = named
    .filter((n) => !isLockOrHidden(n.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { path, file } of sorted) {
    if (!isSpreadsheetName(path)) {
      skipped.push(path);
      continue;
    }
    try {
      if (!file) throw new Error("no file");
      files.push({ name: path, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch {
      // Moved, deleted or locked since it was picked: named among the skipped, never lost silently.
      skipped.push(path);
    }
  }
  return { files, skipped };
}

/** The files of an `<input type="file">` (with `webkitdirectory`, their paths inside the folder). */
export function pickedFromList(list: FileList | readonly File[]): Promise<Picked> {
  return toPicked(Array.from(list, (file) => ({ path: file.webkitRelativePath || file.name, file })));
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function entriesOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries hands a folder over in batches (100 at a time in Chromium) until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function walk(entry: FileSystemEntry, out: Named[]): Promise<void> {
  const path = entry.fullPath.replace(/^\//, "");
  if (entry.isFile) {
    out.push({ path, file: await fileOf(entry as FileSystemFileEntry).catch(() => undefined) });
  } else if (entry.isDirectory) {
    const children = await entriesOf(entry as FileSystemDirectoryEntry).catch(() => undefined);
    if (!children) out.push({ path, file: undefined });
    for (const child of children ?? []) await walk(child, out);
  }
}

/** The files of a drop, folders walked where the browser gives their entries. */
export async function pickedFromDrop(data: DataTransfer): Promise<Picked> {
  const entries = Array.from(data.items)
    .filter((item) => item.kind === "file")
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((e) => e === null)) return pickedFromList(data.files);
  const named: Named[] = [];
  for (const entry of entries) if (entry) await walk(entry, named);
  return toPicked(named);
}

/** `current` with `added` put in: a file of the same name is replaced (picked again after a fix). */
export function mergePicked(current: readonly PickedFile[], added: readonly PickedFile[]): PickedFile[] {
  const names = new Set(added.map((f) => f.name));
  return [...current.filter((f) => !names.has(f.name)), ...added];
}
