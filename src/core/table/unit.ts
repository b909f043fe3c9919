/**
 * The submitting unit of a sheet (DESIGN §7): from the document header (`ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN`
 * top-left, `Đơn vị: …`), else the sheet name, else the file name; matched to the directory.
 */
import type { AgencyMatcher } from "../agency";
import type { SheetSnapshot } from "../snapshot";
import { cellText } from "../snapshot";
import type { TitleBlock } from "../table-types";
import { foldKey, normalizeLines, normalizeText } from "../text";

export interface UnitGuess {
  /** The directory's canonical name, or the best raw text when nothing in the directory matches. */
  readonly unit?: string;
  readonly source?: "title" | "sheet" | "file";
  /** The text the unit was read from (NFC). */
  readonly text?: string;
}

/** How many rows from the top hold the document header (issuing body, `Đơn vị: …`). */
export const UNIT_SCAN_ROWS = 8;

const UNIT_LABEL = /^(ten )?(don vi|co quan)( bao cao| thuc hien| gui)?\s*:\s*(.+)$/iu;
// The issuing body's line: a committee, a commune/ward, or an agency (`SỞ …`, `PHÒNG …` under its superior).
const ISSUER =
  /^(?!ban hanh )(uy ban nhan dan|ubnd|phuong|xa|dac khu|thi tran|so|phong|ban|trung tam|van phong|truong) /;
const BARE_COMMITTEE = /^(uy ban nhan dan|ubnd)$/;
// The national motto and document numbers name nobody. (A `Kèm theo … của UBND phường …` line is kept, last:
// in a ward's report it names the ward.)
const NOT_A_UNIT = /^(cong hoa xa hoi|doc lap tu do|so \d|so ke hoach)/;
const GENERIC_NAME =
  /^(sheet|trang tinh|bang tinh|worksheet|book|phu luc|pl|data|du lieu|tong hop|bao cao|ke hoach|nhiem vu|table|bang|danh sach)( ?([ivxlcdm]+|\d+))?( (copy|ban sao))?$/;
const LOCALITY_WORDS = new Set([
  "phường",
  "xã",
  "quận",
  "huyện",
  "tỉnh",
  "thị xã",
  "thị trấn",
  "thành phố",
  "đặc khu",
]);
const AGENCY_WORDS = new Set(["sở", "phòng", "trung tâm", "văn phòng", "ban"]);
const UNDERSCORES = /_+/g;
const FILE_EXTENSION = /\.[A-Za-z0-9]{1,5}$/;
const PATH_SEPARATOR = /[\\/]/;
// `KH&CN`, `TT&TT`, `06`: abbreviations and numbers keep their case.
const CODE_LIKE = /[&\d]/;
const ACRONYMS = new Set(["UBND", "HĐND", "MTTQ", "TP", "TX", "TT", "KT", "VH", "CN", "KH", "GD", "ĐT"]);

/** Finds the unit a sheet belongs to: title block, then sheet name, then file name (directory match first). */
export function detectUnit(
  snapshot: SheetSnapshot,
  title: TitleBlock | undefined,
  matcher: Pick<AgencyMatcher, "matchUnit">,
): UnitGuess {
  const header = titleCandidates(snapshot, title);
  const titleTexts = [...header.labelled, ...header.issuers, ...header.others];
  const sheet = isGeneric(snapshot.sheet) ? undefined : normalizeText(snapshot.sheet);
  const fileName = snapshot.file === undefined ? undefined : baseName(snapshot.file);
  const file = fileName === undefined || isGeneric(fileName) ? undefined : fileName;
  const tries: { readonly text: string; readonly source: "title" | "sheet" | "file" }[] = [
    ...titleTexts.map((text) => ({ text, source: "title" as const })),
    ...(sheet !== undefined ? [{ text: sheet, source: "sheet" as const }] : []),
    ...(file !== undefined ? [{ text: file, source: "file" as const }] : []),
  ];
  for (const attempt of tries) {
    const entry = matcher.matchUnit(attempt.text);
    if (entry) return { unit: entry.name, source: attempt.source, text: attempt.text };
  }
  // Nothing in the directory: the best unit-looking text of the header, a `Đơn vị:` value or the issuer.
  const raw = header.labelled[0] ?? header.issuers[0];
  if (raw !== undefined) return { unit: tidyCase(raw), source: "title", text: raw };
  if (sheet !== undefined) return { unit: tidyCase(sheet), source: "sheet", text: sheet };
  if (file !== undefined)
    return { unit: tidyCase(file.replace(UNDERSCORES, " ")), source: "file", text: file };
  return {};
}

/**
 * Texts of the document header (the title block's lines, or without one the first rows above anything
 * table-like), most telling first: `Đơn vị: …` lines, then the issuing body
 * (`ỦY BAN NHÂN DÂN PHƯỜNG …`, the lower line of a two-line block first), then the other lines.
 */
function titleCandidates(
  snapshot: SheetSnapshot,
  title: TitleBlock | undefined,
): { readonly labelled: string[]; readonly issuers: string[]; readonly others: string[] } {
  const lines: string[] = [];
  if (title) {
    for (const line of title.lines) lines.push(...cellLines(line.text));
  } else {
    const rows = Math.min(UNIT_SCAN_ROWS, snapshot.rows.length);
    for (let r = 0; r < rows; r++) {
      const texts = (snapshot.rows[r] ?? []).map(cellText).filter((text) => text.trim() !== "");
      // A row of three or more cells is the table (its header or data): the document header is above it.
      if (texts.length >= 3) break;
      for (const text of texts) lines.push(...cellLines(text));
    }
  }
  const labelled: string[] = [];
  const issuers: string[] = [];
  const others: string[] = [];
  for (const line of new Set(lines)) {
    const key = foldKey(line);
    if (key === "" || NOT_A_UNIT.test(key)) continue;
    const label = UNIT_LABEL.exec(foldedLabel(line));
    if (label) labelled.push(...nonEmpty(line.slice(line.indexOf(":") + 1).trim()));
    else if (ISSUER.test(key)) issuers.unshift(line);
    else others.push(line);
  }
  return { labelled, issuers, others };
}

/** A cell's lines, with a bare `ỦY BAN NHÂN DÂN` line joined to the place on the next line. */
function cellLines(text: string): string[] {
  const lines = normalizeLines(text);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const next = lines[i + 1];
    if (next !== undefined && BARE_COMMITTEE.test(foldKey(line))) {
      out.push(`${line} ${next}`);
      i++;
    } else out.push(line);
  }
  return out;
}

function nonEmpty(text: string): string[] {
  return text === "" ? [] : [text];
}

// The label part folded, the rest kept, so UNIT_LABEL can match `Đơn vị báo cáo: …` in any spelling.
function foldedLabel(line: string): string {
  const colon = line.indexOf(":");
  if (colon < 0) return "";
  return `${foldKey(line.slice(0, colon))}:${line.slice(colon + 1)}`;
}

function isGeneric(name: string): boolean {
  const key = foldKey(name);
  return key === "" || GENERIC_NAME.test(key);
}

function baseName(file: string): string {
  const name = file.split(PATH_SEPARATOR).pop() ?? file;
  return normalizeText(name.replace(FILE_EXTENSION, ""));
}

/**
 * Sentence case for names typed in capitals: `ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN` → `Ủy ban nhân dân phường Bắc
 * Sơn`; the place after `phường`/`xã`/… in title case, the name after `Sở`/`Phòng` capitalised. Text that
 * already has lower-case letters is kept as typed.
 */
export function tidyCase(text: string): string {
  const clean = normalizeText(text);
  if (clean !== clean.toLocaleUpperCase("vi")) return clean;
  const words = clean.split(" ");
  const out: string[] = [];
  let properName = false;
  let capitalizeNext = true;
  for (let i = 0; i < words.length; i++) {
    const original = words[i] ?? "";
    const lower = original.toLocaleLowerCase("vi");
    const pair = `${lower} ${(words[i + 1] ?? "").toLocaleLowerCase("vi")}`;
    if (ACRONYMS.has(original) || CODE_LIKE.test(original)) out.push(original);
    else out.push(properName || capitalizeNext ? capitalize(lower) : lower);
    capitalizeNext = false;
    if (LOCALITY_WORDS.has(lower) || LOCALITY_WORDS.has(pair)) {
      if (LOCALITY_WORDS.has(pair)) out.push((words[++i] ?? "").toLocaleLowerCase("vi"));
      properName = true;
    } else if (AGENCY_WORDS.has(lower) || AGENCY_WORDS.has(pair)) {
      if (AGENCY_WORDS.has(pair)) out.push((words[++i] ?? "").toLocaleLowerCase("vi"));
      // `Ủy ban nhân dân`: `ban` is part of the committee's name, not an agency word there.
      capitalizeNext = !(
        lower === "ban" &&
        out.length >= 2 &&
        (out[out.length - 2] ?? "").toLocaleLowerCase("vi") === "ủy"
      );
    } else if (lower === "và" || original.endsWith(",")) {
      capitalizeNext = out.some((word) => AGENCY_WORDS.has(word.toLocaleLowerCase("vi")));
    }
  }
  return out.join(" ");
}

function capitalize(word: string): string {
  return word.charAt(0).toLocaleUpperCase("vi") + word.slice(1);
}
