/**
 * Text typed in the legacy Vietnamese fonts — TCVN3 (`.VnTime`) and VNI (`VNI-Times`) — reaches us as
 * Latin-1 mojibake (`Uû ban nh©n d©n`, `UÛy ban nhaân daân`). A cell is legacy only on positive evidence,
 * never for real Unicode, which has letters beyond Latin-1 (ă đ ơ ư, ạ…ỹ) or whose Latin-1 letters are
 * plain Vietnamese (`Công an xã`, `Hoà Bình`). Such cells are converted for reading (legacy-convert.ts) and
 * named in one LEGACY_ENCODING finding. Tables and pitfalls: ../shared/legacy-encodings/.
 */
import type { Finding } from "./findings";
import { convertLegacyText, type LegacyEncoding } from "./legacy-convert";
import { toFinding } from "./rules/context";
import type { Cell, SheetSnapshot } from "./snapshot";
import { accentedWordShape } from "./vietnamese-syllable";
import { keptMemo } from "./memo";

export type { LegacyEncoding } from "./legacy-convert";

// Cheap pre-check: legacy text always holds a Latin-1 character above 0xA0.
const LATIN1_HIGH = /[\u00a1-\u00ff]/;
// Real Unicode Vietnamese: Latin Extended (ă đ ĩ ơ ư…), Vietnamese supplement (ạ…ỹ) or combining marks.
const UNICODE_VIETNAMESE = /[\u0100-\u024f\u1ea0-\u1ef9]|\p{Mn}/u;
// The same, cheaper, before any normalisation: most real Unicode cells stop here.
const PRECOMPOSED_VIETNAMESE = /[\u0100-\u024f\u1ea0-\u1ef9]/;
const COMBINING_MARK = /\p{Mn}/u;
// TCVN3 letters shown as symbols (0xA1–0xBF: ă â ê ô ơ ư đ à ả ã á ạ…), inside a word with an ASCII letter.
const TCVN3_SYMBOL_IN_WORD =
  /[A-Za-z][^\sA-Za-z]*[\u00a1-\u00bf\u00d7\u00f7]|[\u00a1-\u00bf\u00d7\u00f7][^\sA-Za-z]*[A-Za-z]/g;
// TCVN3 small toned vowels shown as capitals in the middle of a small word (hiÖn, kÕt, nghÜa).
const TCVN3_CAPITAL_INSIDE = /[a-z][\u00c0-\u00de]/g;
// VNI mark bytes that are no Vietnamese letter, after a base letter of the same case (aø, uû, AØ, UÛ).
const VNI_MARK =
  /[a-z][\u00e4\u00e5\u00e6\u00eb\u00ee\u00ef\u00f1\u00f6\u00f8\u00fb\u00fc]|[A-Z][\u00c4\u00c5\u00c6\u00cb\u00ce\u00cf\u00d1\u00d6\u00d8\u00db\u00dc]/g;

// Two signs in one cell: a single `ü` (Müller) or `ï` (naïve) is a foreign word, not an encoding.
const MIN_EVIDENCE = 2;

interface Evidence {
  readonly TCVN3: number;
  readonly VNI: number;
  /** TCVN3 symbols inside words: signs VNI never shows. */
  readonly symbols: number;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** The signs of each legacy encoding in a text; undefined for Unicode or text with no Latin-1 letters. */
function legacyEvidence(raw: string): Evidence | undefined {
  if (!mayBeLegacy(raw)) return undefined;
  if (PRECOMPOSED_VIETNAMESE.test(raw)) return undefined;
  // Decomposed input (`ä` as a + U+0308) would look like Unicode's combining marks.
  const text = COMBINING_MARK.test(raw) ? raw.normalize("NFC") : raw;
  if (!LATIN1_HIGH.test(text) || UNICODE_VIETNAMESE.test(text)) return undefined;
  const symbols = count(text, TCVN3_SYMBOL_IN_WORD);
  return { TCVN3: symbols + count(text, TCVN3_CAPITAL_INSIDE), VNI: count(text, VNI_MARK), symbols };
}

/**
 * False when legacyEvidence is undefined at sight, in one pass over the text: it has a letter of real
 * Unicode Vietnamese (PRECOMPOSED_VIETNAMESE), or nothing from U+00A1 up (then neither a Latin-1 letter
 * nor a combining mark that NFC could make one with). Most cells of a sheet stop here.
 */
function mayBeLegacy(raw: string): boolean {
  let high = false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code < 0xa1) continue;
    if ((code >= 0x100 && code <= 0x24f) || (code >= 0x1ea0 && code <= 0x1ef9)) return false;
    high = true;
  }
  return high;
}

// Sheets repeat their short texts (`Phòng …`, `Quý I`) on every row, and the reports of a plan repeat each
// other's: each text is weighed once (bounded: a run of many distinct texts keeps only the recent ones; a
// long text is unique to its cell, weighed and not kept).
const weighed = keptMemo((text: string) => legacyEvidence(text), 20_000, 200);

function evidenceOf(text: string): Evidence | undefined {
  return mayBeLegacy(text) ? weighed(text) : undefined;
}

function strongEncoding(evidence: Evidence): LegacyEncoding | undefined {
  if (Math.max(evidence.TCVN3, evidence.VNI) < MIN_EVIDENCE) return undefined;
  // VNI never uses the 0xA1–0xBF symbols: one of them settles a tie (TCVN3 capitals look like VNI's).
  const { TCVN3: tcvn3, VNI: vni, symbols } = evidence;
  return tcvn3 > vni || (tcvn3 === vni && symbols > 0) ? "TCVN3" : "VNI";
}

/** The legacy encoding a text was typed in, or undefined for Unicode (or too little to tell). */
export function detectLegacyEncoding(text: string): LegacyEncoding | undefined {
  const evidence = legacyEvidence(text);
  return evidence && strongEncoding(evidence);
}

/** One cell read as legacy text: 1-based sheet coordinates, the text as it is and its Unicode. */
export interface LegacyCell {
  readonly row: number;
  readonly column: number;
  readonly before: string;
  readonly after: string;
}

/** A sheet's legacy text: its encoding (the most cells') and every cell converted, in sheet order. */
export interface LegacyConversion {
  readonly encoding: LegacyEncoding;
  readonly cells: readonly LegacyCell[];
}

/**
 * The legacy cells of a sheet and their Unicode. A sheet is typed in one font: once cells with clear
 * evidence name its encoding, a cell with less evidence (`Néi dung nhiÖm vô`, `Quyù I`) is converted too
 * when only its decode reads as Vietnamese. A cell with clear evidence of the other encoding keeps its own.
 */
export function legacyConversion(snapshot: SheetSnapshot): LegacyConversion | undefined {
  type Found = { row: number; column: number; text: string; evidence: Evidence; decoded?: LegacyCell };
  const found: Found[] = [];
  const clear: Record<LegacyEncoding, number> = { TCVN3: 0, VNI: 0 };
  snapshot.rows.forEach((row, r) => {
    row.forEach((cell: Cell, c) => {
      if (typeof cell !== "string") return;
      const evidence = evidenceOf(cell);
      if (evidence === undefined) return;
      const entry: Found = { row: r + 1, column: c + 1, text: cell, evidence };
      found.push(entry);
      const encoding = strongEncoding(evidence);
      if (encoding === undefined) return;
      // Only a decode that reads as Vietnamese names the sheet's encoding (`naïve Noël` does not).
      const after = convertLegacyText(cell, encoding);
      if (after === cell || !keepsDecode(cell, after, false)) return;
      entry.decoded = { row: entry.row, column: entry.column, before: cell, after };
      clear[encoding] += 1;
    });
  });
  if (clear.TCVN3 + clear.VNI === 0) return undefined;
  const sheet: LegacyEncoding = clear.VNI > clear.TCVN3 ? "VNI" : "TCVN3";
  const other: LegacyEncoding = sheet === "VNI" ? "TCVN3" : "VNI";
  const cells: LegacyCell[] = [];
  for (const { row, column, text, evidence, decoded } of found) {
    if (decoded) {
      cells.push(decoded);
      continue;
    }
    if (strongEncoding(evidence) !== undefined || evidence[sheet] < evidence[other]) continue;
    const after = convertLegacyText(text, sheet);
    if (after !== text && keepsDecode(text, after, true)) cells.push({ row, column, before: text, after });
  }
  return { encoding: sheet, cells };
}

/**
 * True when a decode is kept: most of its accented words are Vietnamese syllables. A cell without clear
 * evidence must read as Vietnamese once decoded and not before (`nhiÖm` → `nhiệm`, `Quyù` → `Quý`), so
 * `Hoà Bình` stays as it is in any sheet, and `naïve` (→ `nạve`) too.
 */
function keepsDecode(before: string, after: string, weak: boolean): boolean {
  const decoded = accentedWordShape(after);
  if (decoded.words === 0) return false;
  if (!weak) return 2 * decoded.syllables > decoded.words;
  const original = accentedWordShape(before);
  return decoded.syllables === decoded.words && original.syllables < Math.max(original.words, 1);
}

/** The snapshot with the converted cells' Unicode in place of their legacy text. */
export function withConvertedCells(snapshot: SheetSnapshot, conversion: LegacyConversion): SheetSnapshot {
  const rows = snapshot.rows.map((row) => [...row]);
  for (const { row, column, after } of conversion.cells) {
    const cells = rows[row - 1];
    if (cells) cells[column - 1] = after;
  }
  return { ...snapshot, rows };
}

const SAMPLE_LENGTH = 60;

function sample(text: string): string {
  return text.length > SAMPLE_LENGTH ? `${text.slice(0, SAMPLE_LENGTH)}…` : text;
}

/** The LEGACY_ENCODING finding of a conversion: its first cell before → after, the count, the encoding. */
export function legacyEncodingFinding(snapshot: SheetSnapshot, conversion: LegacyConversion): Finding {
  const first = conversion.cells[0];
  const location = first ? { row: first.row, column: first.column } : {};
  return toFinding(
    {
      code: "LEGACY_ENCODING",
      ...location,
      params: {
        encoding: conversion.encoding,
        cells: conversion.cells.length,
        text: sample(first?.before ?? ""),
        converted: sample(first?.after ?? ""),
      },
    },
    snapshot.sheet,
    snapshot.file,
  );
}

/**
 * The sheet as the engine reads it: legacy cells converted to Unicode, with the finding that says so.
 * The source (the workbook, the file) is not touched; the add-in writes the conversion back on request.
 */
export function readLegacyText(snapshot: SheetSnapshot): { snapshot: SheetSnapshot; finding?: Finding } {
  const conversion = legacyConversion(snapshot);
  if (conversion === undefined) return { snapshot };
  return {
    snapshot: withConvertedCells(snapshot, conversion),
    finding: legacyEncodingFinding(snapshot, conversion),
  };
}
