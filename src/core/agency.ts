/**
 * Agencies (DESIGN §4, §7): matching names typed in a cell against the agency directory, suggestions for
 * unknown names, and the submitting unit of a sheet.
 */
import { DEFAULT_SOURCE, type AgencyDirectory, type AgencyEntry, type AgencyMention } from "./agency-types";
import { distanceRatio, prepareText, type PreparedText } from "./agency-distance";
import { agencyKey } from "./agency-key";
import { agencyReference, splitPlace } from "./agency-reference";
import { splitAgencyCell, type CellName } from "./agency-split";
import { agencyShape, isGroupVocabulary, isSingleBody } from "./agency-structure";
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
// A level word and a place: `thành phố Hà Nội`, `tỉnh Lào Cai`, `xã An Phú` (folded).
const LOCALITY = /^(?:tinh|thanh pho|xa|phuong|dac khu|quan|huyen|thi xa|thi tran) \S/;
const MAX_DISTANCE_RATIO = 0.3;
// Typed without diacritics (`So Tai chinh`) is a near miss too, but a little less sure than a real typo.
const FOLD_PENALTY = 0.05;
// A known name followed by a note (`Sở KH&CN chủ trì hướng dẫn`) or cut short (`Phòng Văn hóa`).
const PREFIX_SCORE = 0.2;
// A near miss of a known name (`Sở Tài chín`, `Phòng Kinh tê`): a slip, not another body.
const NEAR_MISS_RATIO = 0.12;
const DEFAULT_SUGGESTIONS = 3;
/** `các` closing a body's words: the level word after it is a plural (`UBND các xã`). */
const PLURAL = ` ${agencyKey("các")}`;
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
  /** The canonical name this variant stands for. */
  readonly name: string;
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

/** Keeps the lowest score seen for a name. */
function keepBest(best: Map<string, number>, name: string, score: number): void {
  const previous = best.get(name);
  if (previous === undefined || score < previous) best.set(name, score);
}

/** The names, lowest score first (ties in Vietnamese order), at most `limit`. */
function bestFirst(best: ReadonlyMap<string, number>, limit: number): string[] {
  return [...best]
    .sort(([a, sa], [b, sb]) => sa - sb || a.localeCompare(b, "vi"))
    .slice(0, limit)
    .map(([name]) => name);
}

/**
 * A matcher over one directory; build it once per validation run (it indexes and memoises). With the
 * built-in directory (source `default`), the national reference and the shape of a name count as known too,
 * and only a near miss of a known name or text that is not a name is left unmatched; with a user's
 * directory, only its names are known. Former names carry their successor either way.
 */
export function createAgencyMatcher(directory: AgencyDirectory): AgencyMatcher {
  const builtIn = directory.source === DEFAULT_SOURCE;
  const reference = agencyReference();
  const byKey = new Map<string, AgencyEntry>();
  const variants: Variant[] = [];
  const addVariant = (name: string, key: string): void => {
    variants.push({ name, ...form(key) });
    // A name with its level and place (`Phòng Kinh tế xã`) is also close to the bare body.
    const { body } = splitPlace(key);
    if (body !== key && body.includes(" ")) variants.push({ name, ...form(body) });
  };
  for (const entry of directory.entries) {
    for (const text of [entry.name, ...entry.aliases]) {
      const key = agencyKey(text);
      if (key === "") continue;
      // The first entry to claim a key keeps it: a directory sheet reports such clashes when it is read.
      if (!byKey.has(key)) byKey.set(key, entry);
      addVariant(entry.name, key);
    }
  }
  if (builtIn) for (const { name, canonical } of reference.names) addVariant(canonical, agencyKey(name));
  // A province or commune named as the actor (`Thành phố Hà Nội`, `tỉnh Lào Cai`): its People's
  // Committee, when the reference confirms the place. Built-in knowledge only.
  const committeeKey = agencyKey("Ủy ban nhân dân");
  const localityHit = (key: string) => {
    if (!builtIn || !LOCALITY.test(foldKey(key))) return undefined;
    const hit = reference.lookup(`${committeeKey} ${key}`, `${committeeKey} ${key}`);
    return hit?.placeConfirmed === true ? hit : undefined;
  };
  const listed = new Map<string, boolean>();
  const isKnownKey = (key: string): boolean => {
    let known = listed.get(key);
    if (known === undefined) {
      known = byKey.has(key) || reference.lookup(key, key) !== undefined || localityHit(key) !== undefined;
      remember(listed, key, known);
    }
    return known;
  };
  // What an elided member must become: a listed name whose place, if it has one, the reference confirms.
  const isListedKey = (key: string): boolean =>
    byKey.has(key) || reference.lookup(key, key)?.placeConfirmed === true || localityHit(key) !== undefined;
  const shaped = new Map<string, boolean>();
  // By text: `Các bộ, cơ quan quản lý ngành` is a group, though its key has lost the `các`.
  const isNameKey = (key: string, text: string): boolean => {
    let name = shaped.get(text);
    if (name === undefined) {
      name = isSingleBody(text, key) || agencyShape(text, key) === "group";
      remember(shaped, text, name);
    }
    return name;
  };
  const unitEntries = directory.entries.filter((entry) => entry.kind === "unit");
  let unitIndex: UnitIndex | undefined;
  const byCell = new Map<string, AgencyMention[]>();
  const byMentionKey = new Map<
    string,
    Pick<AgencyMention, "canonical" | "suggestions" | "successor" | "since">
  >();

  const ranked = (key: string, limit: number, maxScore: number): string[] => {
    if (key === "" || limit <= 0) return [];
    const query = form(key);
    const best = new Map<string, number>();
    for (const variant of variants) {
      const s = score(query, variant);
      if (s > maxScore) continue;
      keepBest(best, variant.name, s);
    }
    return bestFirst(best, limit);
  };
  const suggestKey = (key: string, limit: number): string[] => ranked(key, limit, MAX_DISTANCE_RATIO);
  /**
   * Known names a slip away from the key (or from its body without the level and place): the same letters
   * without their marks (`Phòng Kinh tê`, `So Tai chinh`), or a character or two off (`Sở Tài chín`).
   */
  const nearMisses = (key: string): string[] => {
    // `UBND các xã biên giới`: the words before a plural level word are no body of their own.
    const queries = [...new Set([key, splitPlace(key).body])]
      .filter((q) => q.includes(" ") && !q.endsWith(PLURAL))
      .map(form);
    const best = new Map<string, number>();
    for (const variant of variants) {
      for (const query of queries) {
        // The same words are the same body (`UBND` + another place), not a slip.
        if (query.key === variant.key) continue;
        const s =
          query.fold === variant.fold
            ? 0
            : Math.min(
                distanceRatio(query.keyText, variant.keyText, NEAR_MISS_RATIO),
                distanceRatio(query.foldText, variant.foldText, NEAR_MISS_RATIO),
              );
        if (s > NEAR_MISS_RATIO) continue;
        keepBest(best, variant.name, s);
      }
    }
    return bestFirst(best, DEFAULT_SUGGESTIONS);
  };

  const resolve = (
    key: string,
    text: string,
  ): Pick<AgencyMention, "canonical" | "suggestions" | "successor" | "since"> => {
    const known = byMentionKey.get(key);
    if (known) return known;
    const entry = byKey.get(key);
    const hit = reference.lookup(key, text) ?? localityHit(key);
    const former =
      hit?.successor !== undefined && hit.since !== undefined
        ? { successor: hit.successor, since: hit.since }
        : {};
    let result: Pick<AgencyMention, "canonical" | "suggestions" | "successor" | "since">;
    if (entry) result = { canonical: entry.name, suggestions: [], ...(builtIn ? former : {}) };
    else if (!builtIn) result = { suggestions: suggestKey(key, DEFAULT_SUGGESTIONS), ...former };
    else if (hit) {
      // A place the reference does not list may be a slip away from a listed name (`UBND phường Bắc Sơ`).
      const slips = hit.placeConfirmed ? [] : nearMisses(key);
      result =
        slips.length > 0 ? { suggestions: slips } : { canonical: hit.canonical, suggestions: [], ...former };
    } else {
      // Every word a real word of a group (`Các bộ, cơ quan ngang bộ`): many bodies, and no slip.
      const near = isGroupVocabulary(key) ? [] : nearMisses(key);
      if (near.length > 0) result = { suggestions: near };
      // A well-formed body or group we simply do not list: known by its shape, named as first typed.
      else if (agencyShape(text, key) !== undefined) result = { canonical: text, suggestions: [] };
      else result = { suggestions: suggestKey(key, DEFAULT_SUGGESTIONS) };
    }
    return remember(byMentionKey, key, result);
  };

  const mentionOf = (name: CellName): AgencyMention => {
    const key = agencyKey(name.text);
    // Only names we list, or groups of real words, count in a sentence: `các mục tiêu` is no body.
    const named = (name.named ?? []).flatMap((piece) => {
      const key = agencyKey(piece);
      if (!isListedKey(key) && !isGroupVocabulary(key)) return [];
      return resolve(key, piece).canonical ?? [];
    });
    // A sentence naming known bodies is told as such; one naming none is an unknown name like any other.
    if (named.length > 0) return { text: name.text, key, suggestions: [], named: [...new Set(named)] };
    const mention = { text: name.text, key, ...resolve(key, name.text) };
    return name.note === undefined ? mention : { ...mention, note: name.note };
  };

  return {
    directory,
    match: (name) => byKey.get(agencyKey(name)),
    suggest: (name, limit = DEFAULT_SUGGESTIONS) => suggestKey(agencyKey(name), limit),
    mentions(text) {
      const known = byCell.get(text);
      if (known) return known;
      const names = splitAgencyCell(text, { isKnownKey, isNameKey, isListedKey });
      return remember(byCell, text, names.map(mentionOf));
    },
    matchUnit(text) {
      unitIndex ??= createUnitIndex(unitEntries);
      return unitIndex.match(text);
    },
    units: () => unitEntries,
  };
}
