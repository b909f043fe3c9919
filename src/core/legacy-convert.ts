/**
 * Legacy Vietnamese text → Unicode (NFC), from Unikey's tables (legacy-tables.ts, generated). TCVN3 is one
 * byte per letter; in the all-capital `.Vn*H` fonts the same bytes show capitals. VNI-Windows writes a base
 * letter followed by a mark byte (`aø` = à, `UÛ` = Ủ) or one byte for ư ơ đ ĩ ỉ ị ỵ. Call this only for text
 * detected as legacy (legacy-encoding.ts): on real Unicode it would corrupt letters (`Công` → `Cụng`).
 */
import { TCVN3_CAPITAL, TCVN3_SHOWN, TCVN3_SMALL, VNI_SHOWN, VNI_UNICODE } from "./legacy-tables";

/** The legacy Vietnamese encodings read (legacy-encoding.ts detects them). */
export type LegacyEncoding = "TCVN3" | "VNI";

export interface LegacyConvertOptions {
  /**
   * TCVN3 text typed in a `.Vn*H` font, which shows every letter as a capital. Absent: inferred from the
   * text (its ASCII letters all capitals, as typists write in those fonts).
   */
  readonly capitals?: boolean;
}

function lookup(from: string, to: string): ReadonlyMap<string, string> {
  return new Map([...from].map((ch, i) => [ch, to.charAt(i)]));
}

const TCVN3_SMALL_OF = lookup(TCVN3_SHOWN, TCVN3_SMALL);
const TCVN3_CAPITAL_OF = lookup(TCVN3_SHOWN, TCVN3_CAPITAL);

// Two shown characters per VNI sequence; a one-byte letter is padded with a space in front.
const VNI_OF: ReadonlyMap<string, string> = new Map(
  Array.from({ length: VNI_UNICODE.length }, (_, i) => [
    VNI_SHOWN.slice(2 * i, 2 * i + 2).trimStart(),
    VNI_UNICODE.charAt(i),
  ]),
);

const ASCII_SMALL = /[a-z]/;
const ASCII_CAPITALS = /[A-Z]/g;

/** True when TCVN3 text reads as typed in a `.Vn*H` font: two or more ASCII letters, all capitals. */
export function looksAllCapitals(text: string): boolean {
  return !ASCII_SMALL.test(text) && (text.match(ASCII_CAPITALS)?.length ?? 0) >= 2;
}

function convertTcvn3(text: string, capitals: boolean): string {
  const table = capitals ? TCVN3_CAPITAL_OF : TCVN3_SMALL_OF;
  let out = "";
  for (const ch of text) out += table.get(ch) ?? ch;
  // Case changes only after decoding: `ß` is TCVN3's ò, and "ß".toUpperCase() is "SS".
  return capitals ? out.toUpperCase() : out;
}

function convertVni(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const pair = VNI_OF.get(text.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair;
      i++;
      continue;
    }
    const ch = text.charAt(i);
    out += VNI_OF.get(ch) ?? ch;
  }
  return out;
}

/** The Unicode (NFC) text of legacy text in `encoding`; characters outside the tables are kept. */
export function convertLegacyText(
  text: string,
  encoding: LegacyEncoding,
  options: LegacyConvertOptions = {},
): string {
  // The tables hold precomposed characters: `ä` copied as a + U+0308 must be found too.
  const composed = text.normalize("NFC");
  const converted =
    encoding === "TCVN3"
      ? convertTcvn3(composed, options.capitals ?? looksAllCapitals(composed))
      : convertVni(composed);
  return converted.normalize("NFC");
}
