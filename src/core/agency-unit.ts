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

/** The texts worth trying for one input: each line, the part after a `label:`, without a file extension. */
function candidates(text: string): string[] {
  const lines = normalizeLines(text.replace(/_/g, " "));
  const out: string[] = [];
  for (const line of lines.length > 1 ? [lines.join(" "), ...lines] : lines) {
    const bare = line.replace(FILE_EXTENSION, "").trim();
    out.push(bare);
    const colon = bare.lastIndexOf(":");
    if (colon >= 0) out.push(bare.slice(colon + 1).trim());
  }
  return out.filter((c) => c !== "");
}

export interface UnitIndex {
  match(text: string): AgencyEntry | undefined;
}

/** An index of the units' names: exact keys first, then diacritic-free keys when they are unambiguous. */
export function createUnitIndex(units: readonly AgencyEntry[]): UnitIndex {
  const byKey = new Map<string, Slot>();
  const byFold = new Map<string, Slot>();
  // Forms that still name the locality kind (`phường nam sơn`), safe to look for inside a longer title.
  const qualified = new Map<string, Slot>();
  for (const entry of units) {
    for (const variant of [entry.name, ...entry.aliases]) {
      const key = agencyKey(variant);
      for (const form of new Set(keyForms(key))) put(byKey, form, entry);
      const folds = new Set(foldForms(foldKey(key)));
      for (const form of folds) put(byFold, form, entry);
      for (const form of folds) if (LOCALITY_FOLD.test(form)) put(qualified, form, entry);
    }
  }

  const exact = (text: string): AgencyEntry | undefined => {
    for (const form of keyForms(agencyKey(text))) {
      const hit = byKey.get(form);
      if (hit !== undefined) return hit ?? undefined;
    }
    for (const form of foldForms(foldKey(text))) {
      const hit = byFold.get(form);
      if (hit !== undefined) return hit ?? undefined;
    }
    return undefined;
  };

  const contained = (text: string): AgencyEntry | undefined => {
    const padded = ` ${foldKey(text)} `;
    let best: { form: string; entry: Slot } | undefined;
    let tie = false;
    for (const [form, entry] of qualified) {
      if (!padded.includes(` ${form} `)) continue;
      if (best === undefined || form.length > best.form.length) {
        best = { form, entry };
        tie = false;
      } else if (form.length === best.form.length && entry !== best.entry) tie = true;
    }
    return best && !tie ? (best.entry ?? undefined) : undefined;
  };

  return {
    match(text) {
      const tries = candidates(text);
      for (const candidate of tries) {
        const hit = exact(candidate);
        if (hit) return hit;
      }
      for (const candidate of tries) {
        const hit = contained(candidate);
        if (hit) return hit;
      }
      return undefined;
    },
  };
}
