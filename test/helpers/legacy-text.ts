/**
 * The legacy-encoding tables of test/fixtures/legacy-encodings/ read straight from their TSV files (not
 * through the generated module under test), and a TCVN3 encoder built from them: tests write Unicode text
 * as a `.VnTime` typist's workbook shows it.
 */
import fs from "fs";
import path from "path";

const FOLDER = path.join(__dirname, "..", "fixtures", "legacy-encodings");

/** The rows of one TSV table, keyed by its header. */
export function readLegacyTable(name: string): Record<string, string>[] {
  const [header = "", ...lines] = fs
    .readFileSync(path.join(FOLDER, name), "utf8")
    .split("\n")
    .filter((line) => line !== "");
  const keys = header.split("\t");
  return lines.map((line) => {
    const cells = line.split("\t");
    return Object.fromEntries(keys.map((key, i) => [key, cells[i] ?? ""]));
  });
}

/**
 * The example phrases (examples.tsv, copied from shared/legacy-encodings): each in Unicode beside its TCVN3
 * and VNI forms as Excel shows them.
 */
export function legacyExamples(): { unicode: string; tcvn3: string; vni: string }[] {
  return fs
    .readFileSync(path.join(FOLDER, "examples.tsv"), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split("\t"))
    .map(([unicode, tcvn3, , , vni]) => ({ unicode: unicode!, tcvn3: tcvn3!, vni: vni! }));
}

/** `U+00A1 U+0041` → the text. */
export function codepoints(list: string): string {
  return String.fromCodePoint(...list.split(" ").map((p) => Number.parseInt(p.slice(2), 16)));
}

const TCVN3 = readLegacyTable("tcvn3_to_unicode.tsv");
const SMALL = new Map(TCVN3.map((r) => [codepoints(r.unicode_codepoint!), codepoints(r.legacy_codepoint!)]));
const CAPITAL = new Map(
  TCVN3.map((r) => [codepoints(r.unicode_codepoint_H!), codepoints(r.legacy_codepoint!)]),
);

/**
 * Unicode text as Excel shows it typed in TCVN3: `.VnTime` for mixed case, `.VnTimeH` (capitals typed with
 * the small letters' codes) for text in capitals only. `Ủy` is written `Uỷ`, as typists did (`.VnTime` has
 * no capital Ủ). Throws on a letter neither font can show.
 */
export function toTcvn3(unicode: string): string {
  const text = unicode.normalize("NFC").replace(/Ủy/g, "Uỷ");
  const allCapitals = text === text.toUpperCase();
  let out = "";
  for (const ch of text) {
    // ASCII, and the quotes and dashes Windows-1252 shows for bytes 0x80–0x9F, are the same in TCVN3.
    if (ch.charCodeAt(0) < 0x80 || /[\u2013\u2014\u2018-\u201e\u2026]/.test(ch)) out += ch;
    else if (SMALL.has(ch)) out += SMALL.get(ch);
    else if (allCapitals && CAPITAL.has(ch)) out += CAPITAL.get(ch);
    else throw new Error(`"${ch}" of "${unicode}" cannot be typed in TCVN3`);
  }
  return out;
}

const VNI = new Map(
  readLegacyTable("vni_windows_to_unicode.tsv").map((r) => [
    codepoints(r.unicode_codepoint!),
    codepoints(r.legacy_codepoints!),
  ]),
);

/** Unicode text as Excel shows it typed in a VNI-Windows font (every Vietnamese letter has a code). */
export function toVni(unicode: string): string {
  let out = "";
  for (const ch of unicode.normalize("NFC")) {
    if (ch.charCodeAt(0) < 0x80 || /[\u2013\u2014\u2018-\u201e\u2026]/.test(ch)) out += ch;
    else if (VNI.has(ch)) out += VNI.get(ch);
    else throw new Error(`"${ch}" of "${unicode}" has no VNI code`);
  }
  return out;
}
