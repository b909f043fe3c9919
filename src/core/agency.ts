/**
 * Agencies (DESIGN §4, §7): matching names typed in a cell against the agency directory, suggestions for
 * unknown names, and the submitting unit of a sheet.
 */
import type { AgencyDirectory, AgencyEntry, AgencyMention } from "./agency-types";
import { distanceRatio, prepareText, type PreparedText } from "./agency-distance";
import { agencyKey } from "./agency-key";
import { splitAgencyList } from "./agency-split";
import { createUnitIndex, type UnitIndex } from "./agency-unit";
import { foldKey } from "./text";

export { agencyKey } from "./agency-key";
export { splitAgencyList } from "./agency-split";

export interface AgencyMatcher {
  readonly directory: AgencyDirectory;
  /** The entry whose name or alias has the same key. */
  match(name: string): AgencyEntry | undefined;
  /** Closest canonical names (best first, only reasonably close ones; default at most 3). */
  suggest(name: string, limit?: number): string[];
  /** The agencies in one cell: split, matched, with suggestions for unknown ones; memoised by cell text. */
  mentions(text: string): AgencyMention[];
  /** The submitting unit named by a title, `Đơn vị: …` line, sheet name or file name. */
  matchUnit(text: string): AgencyEntry | undefined;
  /** The entries of kind "unit". */
  units(): readonly AgencyEntry[];
}

/** A name is "reasonably close" when at most this share of its characters must change. */
const MAX_DISTANCE_RATIO = 0.3;
// Typed without diacritics (`So Tai chinh`) is a near miss too, but a little less sure than a real typo.
const FOLD_PENALTY = 0.05;
// A known name followed by a note (`Sở KH&CN chủ trì hướng dẫn`) or cut short (`Phòng Văn hóa`).
const PREFIX_SCORE = 0.2;
const DEFAULT_SUGGESTIONS = 3;
// Memo sizes: far above any real workbook's distinct cells, low enough to bound memory on a pathological one.
const MEMO_LIMIT = 50_000;

/** A name or alias prepared for comparison: its key, its diacritic-free key, both as code points. */
interface Form {
  readonly key: string;
  readonly keyText: PreparedText;
  readonly fold: string;
  readonly foldText: PreparedText;
  readonly words: number;
}

interface Variant extends Form {
  readonly entry: AgencyEntry;
}

function form(key: string): Form {
  const fold = foldKey(key);
  return { key, keyText: prepareText(key), fold, foldText: prepareText(fold), words: key.split(" ").length };
}

function isWordPrefix(prefix: string, text: string): boolean {
  return text.length > prefix.length && text.startsWith(prefix) && text[prefix.length] === " ";
}

function score(query: Form, variant: Variant): number {
  if (query.key === variant.key) return 0;
  const byKey = distanceRatio(query.keyText, variant.keyText, MAX_DISTANCE_RATIO);
  if (byKey <= FOLD_PENALTY) return byKey;
  const byFold =
    query.fold === variant.fold
      ? FOLD_PENALTY
      : distanceRatio(query.foldText, variant.foldText, MAX_DISTANCE_RATIO) + FOLD_PENALTY;
  const byPrefix =
    (variant.words >= 2 && isWordPrefix(variant.key, query.key)) ||
    (query.words >= 2 && isWordPrefix(query.key, variant.key))
      ? PREFIX_SCORE
      : Infinity;
  return Math.min(byKey, byFold, byPrefix);
}

function remember<V>(memo: Map<string, V>, key: string, value: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

/** A matcher over one directory; build it once per validation run (it indexes and memoises). */
export function createAgencyMatcher(directory: AgencyDirectory): AgencyMatcher {
  const byKey = new Map<string, AgencyEntry>();
  const variants: Variant[] = [];
  for (const entry of directory.entries) {
    for (const text of [entry.name, ...entry.aliases]) {
      const key = agencyKey(text);
      if (key === "") continue;
      // The first entry to claim a key keeps it: a directory sheet reports such clashes when it is read.
      if (!byKey.has(key)) byKey.set(key, entry);
      variants.push({ entry, ...form(key) });
    }
  }
  const isKnownKey = (key: string): boolean => byKey.has(key);
  const unitEntries = directory.entries.filter((entry) => entry.kind === "unit");
  let unitIndex: UnitIndex | undefined;
  const byCell = new Map<string, AgencyMention[]>();
  const byMentionKey = new Map<string, Pick<AgencyMention, "canonical" | "suggestions">>();

  const suggestKey = (key: string, limit: number): string[] => {
    if (key === "" || limit <= 0) return [];
    const query = form(key);
    const best = new Map<AgencyEntry, number>();
    for (const variant of variants) {
      const s = score(query, variant);
      if (s > MAX_DISTANCE_RATIO) continue;
      const previous = best.get(variant.entry);
      if (previous === undefined || s < previous) best.set(variant.entry, s);
    }
    return [...best]
      .sort(([a, sa], [b, sb]) => sa - sb || a.name.localeCompare(b.name, "vi"))
      .slice(0, limit)
      .map(([entry]) => entry.name);
  };

  const resolve = (key: string): Pick<AgencyMention, "canonical" | "suggestions"> => {
    const known = byMentionKey.get(key);
    if (known) return known;
    const entry = byKey.get(key);
    const result = entry
      ? { canonical: entry.name, suggestions: [] }
      : { suggestions: suggestKey(key, DEFAULT_SUGGESTIONS) };
    return remember(byMentionKey, key, result);
  };

  return {
    directory,
    match: (name) => byKey.get(agencyKey(name)),
    suggest: (name, limit = DEFAULT_SUGGESTIONS) => suggestKey(agencyKey(name), limit),
    mentions(text) {
      const known = byCell.get(text);
      if (known) return known;
      const mentions = splitAgencyList(text, isKnownKey).map((piece): AgencyMention => {
        const key = agencyKey(piece);
        return { text: piece, key, ...resolve(key) };
      });
      return remember(byCell, text, mentions);
    },
    matchUnit(text) {
      unitIndex ??= createUnitIndex(unitEntries);
      return unitIndex.match(text);
    },
    units: () => unitEntries,
  };
}
