/**
 * Test helper: the seed annex (`test/fixtures/seeds/000_*.txt`, DESIGN §2) as the worksheet it is in the
 * document, read from the seed file itself so every cell is verbatim (multi-line cells keep their `\n`):
 *
 *   row 1  title `Nhiệm vụ cụ thể triển khai …năm 2024`            (merged A1:F1)
 *   row 2  `(Ban hành kèm theo Kế hoạch số …)` (italic in the doc) (merged A2:F2)
 *   row 3  STT | Nội dung nhiệm vụ | Thời gian (C3:D3) | Phân công trách nhiệm (E3:F3)
 *   row 4  (STT, Nội dung merged down A3:A4, B3:B4) | Bắt đầu | Hoàn thành | Cơ quan chủ trì | Cơ quan phối hợp
 *   rows 5–21  I., 1., 2., 3., II., III., 1, 2, 3, IV, 1.–6., V
 *
 * Columns: A stt, B content, C start, D end, E lead, F support. `SEED_ANNEX` gives the row numbers.
 */
import * as fs from "fs";
import * as path from "path";
import type { Cell, MergeArea, SheetSnapshot } from "../../src/core/snapshot";
import { FIXTURES_DIR } from "./snapshot-from-tsv";

export const SEED_DIR = path.join(FIXTURES_DIR, "seeds");

/** Layout facts about the seed sheet (1-based rows and columns). */
export const SEED_ANNEX = {
  sheet: "Phụ lục",
  titleRow: 1,
  attachedToRow: 2,
  headerRow: 3,
  headerHeight: 2,
  dataRow: 5,
  lastRow: 21,
  columns: { stt: 1, content: 2, start: 3, end: 4, lead: 5, support: 6 },
  /** Section rows and the number of tasks under each. */
  sections: [
    { stt: "I.", row: 5, tasks: 3 },
    { stt: "II.", row: 9, tasks: 0 },
    { stt: "III.", row: 10, tasks: 3 },
    { stt: "IV", row: 14, tasks: 6 },
    { stt: "V", row: 21, tasks: 0 },
  ],
  /** STT of each data row, top to bottom (row 5 onward). */
  stt: ["I.", "1.", "2.", "3.", "II.", "III.", "1", "2", "3", "IV", "1.", "2.", "3.", "4.", "5.", "6.", "V"],
} as const;

/** Path of the seed annex text file. */
export function seedAnnexPath(): string {
  const name = fs.readdirSync(SEED_DIR).find((file) => file.startsWith("000_") && file.endsWith(".txt"));
  if (!name) throw new Error(`seed annex 000_*.txt not found in ${SEED_DIR}`);
  return path.join(SEED_DIR, name);
}

/** The seed file parsed: title lines, the two header rows and the data rows, cells verbatim. */
export interface SeedAnnexText {
  readonly title: string;
  readonly attachedTo: string;
  readonly headerTop: readonly string[];
  readonly headerBottom: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * Parses the seed file: the first two lines are the title and the `(Ban hành kèm theo …)` line; then one
 * block per table row, blocks separated by an empty line, each cell starting with a tab; a line without
 * a leading tab continues the previous cell (a line break inside the cell).
 */
export function readSeedAnnexText(): SeedAnnexText {
  const lines = fs.readFileSync(seedAnnexPath(), "utf8").replace(/\r\n?/g, "\n").split("\n");
  const [title = "", attachedTo = "", ...rest] = lines;
  const blocks: string[][] = [];
  let current: string[] | undefined;
  for (const line of rest) {
    if (line === "") {
      if (current) blocks.push(current);
      current = undefined;
      continue;
    }
    if (line.startsWith("\t")) {
      current = current ?? [];
      current.push(line.slice(1));
    } else if (current && current.length > 0) {
      current[current.length - 1] += `\n${line}`;
    }
  }
  if (current) blocks.push(current);
  const [headerTop = [], headerBottom = [], ...rows] = blocks;
  return { title: title.trim(), attachedTo: attachedTo.trim(), headerTop, headerBottom, rows };
}

/** The seed annex as a worksheet snapshot (see the file comment for the layout). */
export function seedAnnexSnapshot(
  options: { readonly sheet?: string; readonly file?: string } = {},
): SheetSnapshot {
  const seed = readSeedAnnexText();
  const [stt = "", content = "", time = "", assignment = ""] = seed.headerTop;
  const rows: Cell[][] = [
    [seed.title, null, null, null, null, null],
    [seed.attachedTo, null, null, null, null, null],
    [stt, content, time, null, assignment, null],
    seed.headerBottom.map(emptyToNull),
    ...seed.rows.map((row) => row.map(emptyToNull)),
  ];
  const merges: MergeArea[] = [
    { top: 1, left: 1, bottom: 1, right: 6 },
    { top: 2, left: 1, bottom: 2, right: 6 },
    { top: 3, left: 1, bottom: 4, right: 1 },
    { top: 3, left: 2, bottom: 4, right: 2 },
    { top: 3, left: 3, bottom: 3, right: 4 },
    { top: 3, left: 5, bottom: 3, right: 6 },
  ];
  return {
    sheet: options.sheet ?? SEED_ANNEX.sheet,
    rows,
    merges,
    ...(options.file !== undefined ? { file: options.file } : {}),
  };
}

function emptyToNull(text: string): Cell {
  return text === "" ? null : text;
}
