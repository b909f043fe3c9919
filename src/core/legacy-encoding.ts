/**
 * Text typed in the legacy Vietnamese fonts — TCVN3 (`.VnTime`) and VNI (`VNI-Times`) — reaches us as
 * Latin-1 mojibake (`Uû ban nh©n d©n`, `UÛy ban nhaân daân`). Detection only (repair is issue 11): a cell
 * is legacy only on positive evidence, never for real Unicode, which has letters beyond Latin-1 (ă đ ơ ư,
 * ạ…ỹ) or whose Latin-1 letters are plain Vietnamese (`Công an xã`, `Hoà Bình`). Tables and pitfalls:
 * ../shared/legacy-encodings/.
 */
import type { Finding } from "./findings";
import { toFinding } from "./rules/context";
import type { SheetSnapshot } from "./snapshot";

export type LegacyEncoding = "TCVN3" | "VNI";

// Cheap pre-check: legacy text always holds a Latin-1 character above 0xA0.
const LATIN1_HIGH = /[\u00a1-\u00ff]/;
// Real Unicode Vietnamese: Latin Extended (ă đ ĩ ơ ư…), Vietnamese supplement (ạ…ỹ) or combining marks.
const UNICODE_VIETNAMESE = /[\u0100-\u024f\u1ea0-\u1ef9]|\p{Mn}/u;
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

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** The legacy encoding a text was typed in, or undefined for Unicode (or too little to tell). */
export function detectLegacyEncoding(text: string): LegacyEncoding | undefined {
  if (!LATIN1_HIGH.test(text) || UNICODE_VIETNAMESE.test(text)) return undefined;
  const symbols = count(text, TCVN3_SYMBOL_IN_WORD);
  const tcvn3 = symbols + count(text, TCVN3_CAPITAL_INSIDE);
  const vni = count(text, VNI_MARK);
  if (Math.max(tcvn3, vni) < MIN_EVIDENCE) return undefined;
  // VNI never uses the 0xA1–0xBF symbols: one of them settles a tie (TCVN3 capitals look like VNI's).
  return tcvn3 > vni || (tcvn3 === vni && symbols > 0) ? "TCVN3" : "VNI";
}

const SAMPLE_LENGTH = 60;

/** One LEGACY_ENCODING finding for a sheet with legacy text: the first such cell, the count, the encoding. */
export function legacyEncodingFinding(snapshot: SheetSnapshot): Finding | undefined {
  let first: { row: number; column: number; text: string } | undefined;
  let cells = 0;
  const counts: Record<LegacyEncoding, number> = { TCVN3: 0, VNI: 0 };
  snapshot.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (typeof cell !== "string") return;
      const encoding = detectLegacyEncoding(cell);
      if (encoding === undefined) return;
      cells += 1;
      counts[encoding] += 1;
      first ??= { row: r + 1, column: c + 1, text: cell };
    });
  });
  if (first === undefined) return undefined;
  const encoding: LegacyEncoding = counts.VNI > counts.TCVN3 ? "VNI" : "TCVN3";
  const text = first.text.length > SAMPLE_LENGTH ? `${first.text.slice(0, SAMPLE_LENGTH)}…` : first.text;
  return toFinding(
    { code: "LEGACY_ENCODING", row: first.row, column: first.column, params: { encoding, cells, text } },
    snapshot.sheet,
    snapshot.file,
  );
}
