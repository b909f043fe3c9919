/**
 * Recognising the submitting unit of a sheet (DESIGN §7) from a title line, a `Đơn vị: …` line, a sheet
 * name or a file name: `ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN`, `UBND phường Nam Sơn`, `Phường Nam Sơn`,
 * `nam-son.xlsx`, `bac_son`.
 */
import type { AgencyEntry } from "./agency-types";
import { agencyKey } from "./agency-key";
import { foldKey, normalizeLines } from "./text";

/** An entry, or null when two units share the form (then the form identifies nobody). */
type Slot = AgencyEntry | null;

const COMMITTEE_KEY = agencyKey("Ủy ban nhân dân");
const LOCALITY_KEYS = ["phường", "xã", "thị trấn", "đặc khu", "quận", "huyện", "thị xã", "p.", "x."].map(
  (word) => agencyKey(word),
);
const COMMITTEE_FOLD = /^(?:uy ban nhan dan|ubnd) /;
const LOCALITY_FOLD = /^(?:phuong|xa|thi tran|dac khu|quan|huyen|thi xa|p|x) /;
const FILE_EXTENSION = /\.(?:xlsx|xlsm|xlsb|xls|ods|csv)$/i;

function stripPrefix(key: string, prefixes: readonly string[]): string {
  for (const prefix of prefixes) if (key.startsWith(prefix + " ")) return key.slice(prefix.length + 1);
  return key;
}

/** The key with and without the committee prefix, and without the locality word (`phường`, `xã`, …). */
function keyForms(key: string): string[] {
  const local = stripPrefix(key, [COMMITTEE_KEY]);
  return [key, local, stripPrefix(local, LOCALITY_KEYS)];
}

function foldForms(fold: string): string[] {
  const local = fold.replace(COMMITTEE_FOLD, "");
  return [fold, local, local.replace(LOCALITY_FOLD, "")];
}

function put(map: Map<string, Slot>, form: string, entry: AgencyEntry): void {
  if (form === "") return;
  const existing = map.get(form);
  map.set(form, existing === undefined || existing === entry ? entry : null);
}

/** The texts worth trying for one input: each line, the part after a `label:`, a file's base name. */
function candidates(text: string): string[] {
  const lines = normalizeLines(text.replace(/_/g, " "));
  const out: string[] = [];
  for (const line of lines.length > 1 ? [lines.join(" "), ...lines] : lines) {
    const isFile = FILE_EXTENSION.test(line);
    const bare = (isFile ? line.slice(Math.max(line.lastIndexOf("/"), line.lastIndexOf("\\")) + 1) : line)
      .replace(FILE_EXTENSION, "")
      .trim();
    out.push(bare);
    // File names glue words: `NamSon.xlsx`, `PhuongBacSon.xlsx`.
    const spaced = bare.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2");
    if (spaced !== bare) out.push(spaced);
    const colon = bare.lastIndexOf(":");
    if (colon >= 0) out.push(bare.slice(colon + 1).trim());
  }
  return out.filter((c) => c !== "");
}

/** Typed with Vietnamese diacritics: then they are trusted, and `Đông Hòa` is not `Đồng Hòa`. */
function hasDiacritics(text: string): boolean {
  return /[\u0300-\u036f\u0111\u0110]/.test(text.normalize("NFD"));
}

/** The entry of the longest form found as whole words inside `text`; undefined when two tie. */
function longestInside(text: string, forms: ReadonlyMap<string, Slot>): AgencyEntry | undefined {
  const padded = ` ${text} `;
  let best: { form: string; entry: Slot } | undefined;
  let tie = false;
  for (const [form, entry] of forms) {
    if (!padded.includes(` ${form} `)) continue;
    if (best === undefined || form.length > best.form.length) {
      best = { form, entry };
      tie = false;
    } else if (form.length === best.form.length && entry !== best.entry) tie = true;
  }
  return best && !tie ? (best.entry ?? undefined) : undefined;
}

export interface UnitIndex {
  match(text: string): AgencyEntry | undefined;
}

/**
 * An index of the units' names: exact keys first (with and without `Ủy ban nhân dân` and `phường`/`xã`),
 * then, for text typed without diacritics, the diacritic-free forms when they are unambiguous; last, a
 * unit's name of two words or more found inside a longer title or file name.
 */
export function createUnitIndex(units: readonly AgencyEntry[]): UnitIndex {
  const byKey = new Map<string, Slot>();
  const byFold = new Map<string, Slot>();
  // Forms of two words or more (`phường nam sơn`, `trần thành ngọ`), safe to look for inside a longer text.
  const insideKey = new Map<string, Slot>();
  const insideFold = new Map<string, Slot>();
  const isPhrase = (form: string) => form.includes(" ");
  for (const entry of units) {
    for (const variant of [entry.name, ...entry.aliases]) {
      const key = agencyKey(variant);
      for (const form of new Set(keyForms(key))) {
        put(byKey, form, entry);
        if (isPhrase(form)) put(insideKey, form, entry);
      }
      for (const form of new Set(foldForms(foldKey(key)))) {
        put(byFold, form, entry);
        if (isPhrase(form)) put(insideFold, form, entry);
      }
    }
  }

  const exact = (text: string): AgencyEntry | undefined => {
    const [keyed, folded] = hasDiacritics(text)
      ? [keyForms(agencyKey(text)), []]
      : [keyForms(agencyKey(text)), foldForms(foldKey(text))];
    for (const form of keyed) {
      const hit = byKey.get(form);
      if (hit !== undefined) return hit ?? undefined;
    }
    for (const form of folded) {
      const hit = byFold.get(form);
      if (hit !== undefined) return hit ?? undefined;
    }
    return undefined;
  };

  const inside = (text: string): AgencyEntry | undefined =>
    hasDiacritics(text)
      ? longestInside(agencyKey(text), insideKey)
      : longestInside(foldKey(text), insideFold);

  return {
    match(text) {
      const tries = candidates(text);
      for (const candidate of tries) {
        const hit = exact(candidate);
        if (hit) return hit;
      }
      for (const candidate of tries) {
        const hit = inside(candidate);
        if (hit) return hit;
      }
      return undefined;
    },
  };
}

const COMMITTEE_LEVELS = ["phường", "xã", "đặc khu", "thị trấn"].map((word) => agencyKey(word));

/**
 * True when a mention's key names the sheet's own unit: its name (`UBND phường Lãm Hà`, `Phường Lãm Hà`),
 * or the generic committee of its level in its own report (`Ủy ban nhân dân phường`, `UBND xã`, `UBND`).
 */
export function isOwnUnitKey(key: string, unit: string): boolean {
  const unitKey = agencyKey(unit);
  if (key === "" || unitKey === "") return false;
  const unitForms = keyForms(unitKey);
  if (unitForms.includes(key) || unitForms.includes(stripPrefix(key, [COMMITTEE_KEY]))) return true;
  if (key === COMMITTEE_KEY) return unitKey.startsWith(COMMITTEE_KEY + " ");
  const level = stripPrefix(key, [COMMITTEE_KEY]);
  if (level === key || !COMMITTEE_LEVELS.includes(level)) return false;
  return ` ${unitKey} `.includes(` ${level} `);
}
