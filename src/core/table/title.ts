/** The title block above an annex header: the annex title and the `(Kèm theo …)` line (DESIGN §2). */
import type { SheetSnapshot } from "../snapshot";
import { cellText } from "../snapshot";
import type { TitleBlock } from "../table-types";
import { foldKey, normalizeLines, normalizeText } from "../text";

type TitleLine = TitleBlock["lines"][number];

const TWO_LETTERS = /\p{L}{2}/u;

/** The start of a `(Kèm theo …)` line, folded: also `Ban hành kèm theo`, `Được ban hành kèm theo`, `Phụ lục kèm theo`. */
export const ATTACHED_TO = /^\(?\s*(?:phu luc |(?:duoc )?ban hanh )?kem theo\b/;
const ANNEX_LABEL_ONLY = /^phu luc( so)?( [ivxlcdm]+| \d+| [a-z])?$/;
const NATIONAL_MOTTO = /^(cong hoa xa hoi chu nghia viet nam|doc lap tu do hanh phuc)\b/;
// Issuing-body and document-furniture lines: `ỦY BAN NHÂN DÂN …`, `UBND …`, `SỞ …`, `Số: …`, `…, ngày … tháng …`.
const FURNITURE =
  /^(uy ban nhan dan|ubnd|hoi dong nhan dan|so |phong |ban |van phong |tm |kt |so \d|don vi\b|don vi bao cao\b)|\bngay \d* ?thang\b.*\bnam\b.*$/;
const TITLE_WORDS =
  /\b(nhiem vu|phu luc|ke hoach|danh muc|bang|tien do|phan cong|chi tieu|giai phap|chuong trinh|lo trinh|noi dung)\b/;

/** Reads the non-empty cells above the header row (1-based) and recognises the title and `Kèm theo` line. */
export function readTitleBlock(snapshot: SheetSnapshot, headerRow: number): TitleBlock {
  const lines: TitleLine[] = [];
  let title: Candidate | undefined;
  let attachedTo: string | undefined;
  const last = Math.min(headerRow - 1, snapshot.rows.length);
  // Every line of every cell, in reading order, with the cell it belongs to.
  const texts: { readonly cell: number; readonly line: string }[] = [];
  for (let r = 0; r < last; r++) {
    const row = snapshot.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const raw = cellText(row[c]);
      const text = normalizeText(raw);
      if (text === "") continue;
      lines.push({ row: r + 1, column: c + 1, text });
      for (const line of normalizeLines(raw)) texts.push({ cell: lines.length - 1, line });
    }
  }
  // The Kèm theo line (with the lines it runs on to) is taken out; so is a bare `PHỤ LỤC`. The rest of
  // each cell is one title candidate (one cell may hold `PHỤ LỤC` / the title / `(Kèm theo …)`).
  const attached = findAttachedTo(texts.map((t) => t.line));
  if (attached) attachedTo = attached.text;
  const rest = new Map<number, string[]>();
  texts.forEach(({ cell, line }, i) => {
    if (attached && i >= attached.from && i < attached.to) return;
    if (ANNEX_LABEL_ONLY.test(foldKey(line))) return;
    rest.set(cell, [...(rest.get(cell) ?? []), line]);
  });
  for (const parts of rest.values()) {
    const candidate = scoreTitle(parts.join(" "));
    if (candidate && (!title || candidate.score > title.score)) title = candidate;
  }
  return {
    lines,
    ...(title !== undefined ? { title: title.text } : {}),
    ...(attachedTo !== undefined ? { attachedTo } : {}),
  };
}

// A Kèm theo line without parentheses runs on to the next line when it ends on `của`, `ngày` or `số`.
const ENDS_OPEN = /\s(cua|ngay|so)$/;
const MAX_CONTINUATION_LINES = 2;

/**
 * The `(Kèm theo …)` / `(Ban hành kèm theo …)` line among normalised lines, joined with the lines it runs
 * on to (a line break or a second row inside the parentheses); `from`..`to` (exclusive) are its lines.
 */
export function findAttachedTo(
  lines: readonly string[],
): { readonly text: string; readonly from: number; readonly to: number } | undefined {
  const from = lines.findIndex((line) => ATTACHED_TO.test(foldKey(line)));
  if (from < 0) return undefined;
  const first = lines[from] ?? "";
  const to = from + 1 + continuationLines(first, lines.slice(from + 1, from + 1 + MAX_CONTINUATION_LINES));
  return { text: lines.slice(from, to).join(" "), from, to };
}

/**
 * How many of the next lines continue the Kèm theo line: up to the one that closes its parenthesis (none
 * when no line does: a missing `)` must not swallow the title), or, without a parenthesis, one line when it
 * ends on a word that needs more (`… của` / `UBND tỉnh X`).
 */
function continuationLines(first: string, next: readonly string[]): number {
  if (first.startsWith("(")) {
    if (first.includes(")")) return 0;
    const closing = next.findIndex((line) => line.includes(")"));
    return closing < 0 ? 0 : closing + 1;
  }
  return ENDS_OPEN.test(foldKey(first)) && next.length > 0 ? 1 : 0;
}

interface Candidate {
  readonly text: string;
  readonly score: number;
}

/** How much a line reads like the title: names the document (NHIỆM VỤ, KẾ HOẠCH…), in caps, long. */
function scoreTitle(text: string): Candidate | undefined {
  const key = foldKey(text);
  if (key === "" || ANNEX_LABEL_ONLY.test(key) || NATIONAL_MOTTO.test(key) || FURNITURE.test(key))
    return undefined;
  if (!TWO_LETTERS.test(text)) return undefined;
  let score = Math.min(text.length, 200) / 200;
  if (TITLE_WORDS.test(key)) score += 2;
  if (isUpperCase(text)) score += 1;
  return { text, score };
}

// Plain toUpperCase/toLowerCase give what the "vi" locale does (see tidyCase), without its cost per call.
function isUpperCase(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}
