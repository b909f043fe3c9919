/**
 * The submitting unit of a sheet (DESIGN §7): from the document header (`ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN`
 * top-left, `Đơn vị: …`), else the issuer of the `(Kèm theo … của UBND tỉnh …)` line, else the sheet name,
 * else the file name; matched to the directory.
 */
import type { AgencyMatcher } from "../agency";
import type { SheetSnapshot } from "../snapshot";
import { cellText } from "../snapshot";
import type { TitleBlock } from "../table-types";
import { foldKey, normalizeLines, normalizeText } from "../text";
import { ATTACHED_TO, findAttachedTo } from "./title";

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
// The bodies that issue plans and decisions (head nouns, folded): committees and councils, departments,
// ministries, offices, party committees, the Prime Minister and the Government.
const ISSUING_BODY =
  /^(uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|so|ban|bo|phong|van phong|cuc|chi cuc|tong cuc|trung tam|thanh tra|thu tuong|chinh phu|tinh uy|thanh uy|dang uy|ban chap hanh)( |$)/;
const CHAIR = /^chu tich$/;
const COMMITTEE = /^(uy ban nhan dan|ubnd) /;
const COMMITTEE_HEAD = /^(uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd) ?/;
const LEVEL_WORD = /^(tinh|thanh pho|quan|huyen|thi xa|phuong|xa|thi tran|dac khu) ?/;
const HEAD_NOUN = /^(so|ban|bo|phong|cuc|chi cuc|tong cuc) ?/;
const LETTERS = /\p{L}{2}/u;
// Where the issuer's name ends: the date, the subject, `V/v`.
const ISSUER_END = /^(ngày|về|v\/v|năm|tại)$/;
const TRAILING_PUNCTUATION = /[\s.,;:…]+$/;
// The national motto and document numbers name nobody. (A `Kèm theo … của UBND phường …` line names its
// issuer: in a ward's report, the ward; see issuerOfAttachedTo.)
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

type Source = NonNullable<UnitGuess["source"]>;

/**
 * Finds the unit a sheet belongs to. What the sheet names comes first: a `Đơn vị:` value, the issuing body
 * top-left, the issuer of the `Kèm theo` line (each matched to the directory, else the sheet name matched,
 * else the first of them as read); only when the sheet names nobody, its other title lines, the file name
 * and the sheet name as written.
 */
export function detectUnit(
  snapshot: SheetSnapshot,
  title: TitleBlock | undefined,
  matcher: Pick<AgencyMatcher, "matchUnit">,
): UnitGuess {
  const header = titleCandidates(snapshot, title);
  const named = [...header.labelled, ...header.issuers, ...header.attachedIssuer];
  const sheet = isGeneric(snapshot.sheet) ? undefined : normalizeText(snapshot.sheet);
  const fileName = snapshot.file === undefined ? undefined : baseName(snapshot.file);
  const file = fileName === undefined || isGeneric(fileName) ? undefined : fileName;
  const match = (texts: readonly (string | undefined)[], source: Source): UnitGuess | undefined => {
    for (const text of texts) {
      const entry = text === undefined ? undefined : matcher.matchUnit(text);
      if (entry && text !== undefined) return { unit: entry.name, source, text };
    }
    return undefined;
  };
  const found =
    match(named, "title") ??
    (named.length === 0 ? match(header.others, "title") : undefined) ??
    match([sheet], "sheet");
  if (found) return found;
  // Nothing in the directory: what the sheet names, as read (a `Đơn vị:` value, the issuer).
  const raw = named[0];
  if (raw !== undefined) return { unit: unitName(raw), source: "title", text: raw };
  const byFile = match([file], "file");
  if (byFile) return byFile;
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
): {
  readonly labelled: string[];
  readonly issuers: string[];
  readonly attachedIssuer: string[];
  readonly others: string[];
} {
  const lines: string[] = [];
  let attachedTo: string | undefined;
  if (title) {
    for (const line of title.lines) lines.push(...cellLines(line.text));
    attachedTo = title.attachedTo;
  } else {
    const rows = Math.min(UNIT_SCAN_ROWS, snapshot.rows.length);
    for (let r = 0; r < rows; r++) {
      const texts = (snapshot.rows[r] ?? []).map(cellText).filter((text) => text.trim() !== "");
      // A row of three or more cells is the table (its header or data): the document header is above it.
      if (texts.length >= 3) break;
      for (const text of texts) lines.push(...cellLines(text));
    }
    attachedTo = findAttachedTo(lines)?.text;
  }
  // The lines of the Kèm theo text (a second line `UBND tỉnh …)` included) are read through its issuer.
  const inAttached = (line: string): boolean => attachedTo !== undefined && attachedTo.includes(line);
  const issuer = attachedTo === undefined ? undefined : issuerOfAttachedTo(attachedTo);
  const labelled: string[] = [];
  const issuers: string[] = [];
  const others: string[] = [];
  for (const line of new Set(lines)) {
    const key = foldKey(line);
    // The Kèm theo line names its issuer (taken above); the rest of it (the plan's subject) names nobody.
    if (key === "" || NOT_A_UNIT.test(key) || ATTACHED_TO.test(key) || inAttached(line)) continue;
    const label = UNIT_LABEL.exec(foldedLabel(line));
    if (label) labelled.push(...nonEmpty(line.slice(line.indexOf(":") + 1).trim()));
    else if (ISSUER.test(key)) issuers.unshift(line);
    else others.push(line);
  }
  return { labelled, issuers, attachedIssuer: issuer === undefined ? [] : [issuer], others };
}

/**
 * The issuer named in a `(Kèm theo Kế hoạch số … ngày … của Ủy ban nhân dân tỉnh X)` line, as written:
 * the first `của …` that names a body (the committee for `của Chủ tịch UBND …`), up to the date, the
 * subject (`về …`) or the closing parenthesis. Undefined when it names no place (`của UBND quận …`).
 */
export function issuerOfAttachedTo(line: string): string | undefined {
  const words = normalizeText(line).split(" ");
  for (let i = 0; i < words.length - 1; i++) {
    if (foldKey(words[i] ?? "") !== "cua") continue;
    let rest = words.slice(i + 1);
    if (CHAIR.test(foldKey(rest.slice(0, 2).join(" "))) && COMMITTEE.test(foldKey(rest.slice(2).join(" "))))
      rest = rest.slice(2);
    if (!ISSUING_BODY.test(foldKey(rest.join(" ")))) continue;
    const end = rest.findIndex((word, j) => j > 0 && ISSUER_END.test(word.toLowerCase()));
    const issuer = (end < 0 ? rest : rest.slice(0, end)).join(" ").split(/[()]/)[0] ?? "";
    const name = issuer.replace(TRAILING_PUNCTUATION, "").trim();
    return namesAPlace(name) ? name : undefined;
  }
  return undefined;
}

/** True when the issuer says which body: more than its head noun and level (`UBND tỉnh` names nobody). */
function namesAPlace(issuer: string): boolean {
  const key = foldKey(issuer).replace(COMMITTEE_HEAD, "").replace(LEVEL_WORD, "").replace(HEAD_NOUN, "");
  return LETTERS.test(key);
}

/**
 * A unit's name as read, tidied for display: sentence case for capitals, and the committee written out
 * (`UBND tỉnh Đồng Tháp`, `Uỷ ban nhân dân …` → `Ủy ban nhân dân tỉnh Đồng Tháp`).
 */
function unitName(text: string): string {
  const tidy = tidyCase(text);
  const words = tidy.split(" ");
  if (foldKey(words[0] ?? "") === "ubnd") return ["Ủy ban nhân dân", ...words.slice(1)].join(" ");
  if (foldKey(words.slice(0, 4).join(" ")) === "uy ban nhan dan")
    return ["Ủy ban nhân dân", ...words.slice(4)].join(" ");
  return tidy;
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
  // Plain toUpperCase/toLowerCase: Vietnamese has no casing rules of its own (Unicode's special casing is
  // for Lithuanian, Turkish and Azeri), so they give what the "vi" locale does, without its cost per call.
  const clean = normalizeText(text);
  if (clean !== clean.toUpperCase()) return clean;
  const words = clean.split(" ");
  const out: string[] = [];
  let properName = false;
  let capitalizeNext = true;
  for (let i = 0; i < words.length; i++) {
    const original = words[i] ?? "";
    const lower = original.toLowerCase();
    const pair = `${lower} ${(words[i + 1] ?? "").toLowerCase()}`;
    if (ACRONYMS.has(original) || CODE_LIKE.test(original)) out.push(original);
    else out.push(properName || capitalizeNext ? capitalize(lower) : lower);
    capitalizeNext = false;
    if (LOCALITY_WORDS.has(lower) || LOCALITY_WORDS.has(pair)) {
      if (LOCALITY_WORDS.has(pair)) out.push((words[++i] ?? "").toLowerCase());
      properName = true;
    } else if (AGENCY_WORDS.has(lower) || AGENCY_WORDS.has(pair)) {
      if (AGENCY_WORDS.has(pair)) out.push((words[++i] ?? "").toLowerCase());
      // `Ủy ban nhân dân`: `ban` is part of the committee's name, not an agency word there.
      capitalizeNext = !(
        lower === "ban" &&
        out.length >= 2 &&
        (out[out.length - 2] ?? "").toLowerCase() === "ủy"
      );
    } else if (lower === "và" || original.endsWith(",")) {
      capitalizeNext = out.some((word) => AGENCY_WORDS.has(word.toLowerCase()));
    }
  }
  return out.join(" ");
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
