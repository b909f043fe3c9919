/** The title block above an annex header: the annex title and the `(Kèm theo …)` line (DESIGN §2). */
import type { SheetSnapshot } from "../snapshot";
import { cellText } from "../snapshot";
import type { TitleBlock } from "../table-types";
import { foldKey, normalizeText } from "../text";

type TitleLine = TitleBlock["lines"][number];

const ATTACHED_TO = /^\(?\s*(ban hanh )?kem theo\b/;
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
  const last = Math.min(headerRow - 1, snapshot.rows.length);
  for (let r = 0; r < last; r++) {
    const row = snapshot.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const text = normalizeText(cellText(row[c]));
      if (text !== "") lines.push({ row: r + 1, column: c + 1, text });
    }
  }
  const attached = lines.find((line) => ATTACHED_TO.test(foldKey(line.text)));
  const title = pickTitle(lines, attached);
  return {
    lines,
    ...(title !== undefined ? { title: title.text } : {}),
    ...(attached !== undefined ? { attachedTo: attached.text } : {}),
  };
}

/** The longest meaningful line, preferring one that names the document (NHIỆM VỤ, KẾ HOẠCH…) or is in caps. */
function pickTitle(lines: readonly TitleLine[], attached: TitleLine | undefined): TitleLine | undefined {
  let best: { readonly line: TitleLine; readonly score: number } | undefined;
  for (const line of lines) {
    if (line === attached) continue;
    const key = foldKey(line.text);
    if (key === "" || ANNEX_LABEL_ONLY.test(key) || NATIONAL_MOTTO.test(key) || FURNITURE.test(key)) continue;
    if (!/\p{L}{2}/u.test(line.text)) continue;
    let score = Math.min(line.text.length, 200) / 200;
    if (TITLE_WORDS.test(key)) score += 2;
    if (isUpperCase(line.text)) score += 1;
    if (!best || score > best.score) best = { line, score };
  }
  return best?.line;
}

function isUpperCase(text: string): boolean {
  return text === text.toLocaleUpperCase("vi") && text !== text.toLocaleLowerCase("vi");
}
