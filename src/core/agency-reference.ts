/**
 * The built-in national knowledge of public bodies (reference/*.ts): ministries and government agencies,
 * provincial departments, commune-level bodies and the pre-2025 district bodies, each with the level and
 * place a name may carry (`Sở Tài chính tỉnh Lào Cai`, `UBND xã Tân Phú`), the 34 provinces and 3,321
 * communes that confirm a place, and the former names with what they became and since when.
 */
import { agencyKey } from "./agency-key";
import { CURRENT_UNITS, LEGACY_UNITS } from "./reference/admin-units";
import { BODIES, TWO_LEVEL_GOVERNMENT } from "./reference/bodies";

/** n = national, p = province, d = district (before July 2025), c = commune/ward/special zone. */
export type AgencyLevel = "n" | "p" | "d" | "c";

export interface ReferenceHit {
  /** The body's canonical name, with the level and place as typed (`Ủy ban nhân dân xã Tân Phú`). */
  readonly canonical: string;
  readonly level: AgencyLevel;
  /** False when the name carries a place the reference does not list (a typo, or an older commune). */
  readonly placeConfirmed: boolean;
  /** A former name: the body that took over, and the day it did (`yyyy-mm-dd`). */
  readonly successor?: string;
  readonly since?: string;
}

interface Body {
  readonly canonical: string;
  /** The canonical name without a trailing level word (`Công an xã` → `Công an`). */
  readonly stem: string;
  readonly levels: readonly AgencyLevel[];
  readonly successor?: string;
  readonly since?: string;
}

/** A key cut into the body and its trailing level word and place (`công an` + `xã` + `tân phú`). */
export interface PlacedKey {
  readonly body: string;
  readonly levelWord?: string;
  readonly place?: string;
}

const LEVEL_WORD_LIST: readonly (readonly [string, AgencyLevel])[] = [
  ["cấp tỉnh", "p"],
  ["tỉnh", "p"],
  ["thành phố", "p"],
  ["cấp huyện", "d"],
  ["huyện", "d"],
  ["quận", "d"],
  ["thị xã", "d"],
  ["cấp xã", "c"],
  ["thị trấn", "c"],
  ["đặc khu", "c"],
  ["xã", "c"],
  ["phường", "c"],
];
const LEVEL_WORDS = LEVEL_WORD_LIST.map(([word, level]) => [agencyKey(word), level] as const);
const LEVEL_OF = new Map(LEVEL_WORDS);
const LEVEL_DISPLAY = new Map(LEVEL_WORD_LIST.map(([word]) => [agencyKey(word), word] as const));
// `xã hội`, `quận ủy`, `tỉnh đoàn`… are words of a name, not a level and place.
const NOT_A_LEVEL_AFTER = ["hội", "ủy", "đoàn", "đội"].map((word) => agencyKey(word));
const LEVEL_PATTERN = new RegExp(
  ` (${LEVEL_WORDS.map(([word]) => word).join("|")})(?= |$)(?! (?:${NOT_A_LEVEL_AFTER.join("|")})(?: |$))`,
  "u",
);

// A place is a proper name: another level word or a body's head noun in it means the text goes on to
// another name (`UBND xã, phường, đặc khu Sở Tài chính`).
const NOT_IN_PLACE = new RegExp(
  `(?:^| )(?:${[
    ...LEVEL_WORD_LIST.map(([word]) => word),
    "sở",
    "bộ",
    "công an",
    "trung tâm",
    "ủy ban nhân dân",
    "văn phòng",
  ]
    .map((word) => agencyKey(word))
    .join("|")})(?= |$)`,
  "u",
);

/** True when the place of a placed key reads as one proper name. */
function isPlaceName(place: string | undefined): boolean {
  return place === undefined || !NOT_IN_PLACE.test(place);
}

/** Cuts a key at its first level word (`sở tài chính tỉnh lào cai` → `sở tài chính` + `tỉnh` + `lào cai`). */
export function splitPlace(key: string): PlacedKey {
  const m = LEVEL_PATTERN.exec(key);
  if (!m) return { body: key };
  const levelWord = m[1] ?? "";
  const place = key.slice(m.index + m[0].length).trim();
  return { body: key.slice(0, m.index), levelWord, ...(place !== "" ? { place } : {}) };
}

const OFFICE_HEAD = agencyKey("Phòng");
/** Who took over the work of a district office with no commune office of its name. */
const DISTRICT_SUCCESSOR = "Ủy ban nhân dân xã, phường";

/** The display name without a trailing level word (`Công an xã` → `Công an`). */
function stemOf(name: string): string {
  const key = agencyKey(name);
  const placed = splitPlace(key);
  if (placed.levelWord === undefined || placed.place !== undefined) return name;
  const words = name.split(" ");
  return words.slice(0, words.length - placed.levelWord.split(" ").length).join(" ");
}

function parseLevels(text: string): AgencyLevel[] {
  return [...text.trim()].filter((c): c is AgencyLevel => c === "n" || c === "p" || c === "d" || c === "c");
}

function splitList(text: string | undefined): string[] {
  return (text ?? "")
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

interface Places {
  /** Place keys of the current provinces (`lào cai`), of provinces before July 2025, of districts. */
  readonly provinces: ReadonlyMap<string, string>;
  readonly legacyProvinces: ReadonlyMap<string, string>;
  readonly legacyDistricts: ReadonlyMap<string, string>;
  /** `xã tân phú` → `Tân Phú` (the level word and place key of every current commune). */
  readonly communes: ReadonlyMap<string, string>;
  readonly provinceCount: number;
  readonly communeCount: number;
}

const PROVINCE_PREFIX = /^(Tỉnh|Thành phố) /;
const COMMUNE_LEVEL: Readonly<Record<string, string>> = { X: "xã", P: "phường", D: "đặc khu" };
const COMMUNE_ITEM = /^(-?[0-9a-z]+)([XPD])(.+)$/u;
const DISTRICT_ITEM = /^-?[0-9a-z]+[HQTC](.+)$/u;

/** One province or city after 1 July 2025, with its communes, wards and special zones. */
export interface CurrentProvince {
  readonly code: number;
  readonly name: string;
  readonly communes: readonly { readonly code: number; readonly level: string; readonly name: string }[];
}

/** The current provinces and communes with their official codes, decoded from the reference data. */
export function currentUnits(): CurrentProvince[] {
  let code = 0;
  return CURRENT_UNITS.split("\n").map((line) => {
    const [provinceCode = "", name = "", list = ""] = line.split("|");
    const communes = list.split(";").flatMap((item) => {
      const m = COMMUNE_ITEM.exec(item);
      if (!m) return [];
      code += parseInt(m[1] ?? "0", 36);
      return [{ code, level: COMMUNE_LEVEL[m[2] ?? ""] ?? "xã", name: m[3] ?? "" }];
    });
    return { code: Number(provinceCode), name, communes };
  });
}

function readPlaces(): Places {
  const provinces = new Map<string, string>();
  const communes = new Map<string, string>();
  let communeCount = 0;
  for (const province of currentUnits()) {
    const place = province.name.replace(PROVINCE_PREFIX, "");
    provinces.set(agencyKey(place), place);
    for (const commune of province.communes) {
      communeCount++;
      communes.set(agencyKey(`${commune.level} ${commune.name}`), commune.name);
    }
  }
  const legacyProvinces = new Map<string, string>();
  const legacyDistricts = new Map<string, string>();
  for (const line of LEGACY_UNITS.split("\n")) {
    const [, name = "", list = ""] = line.split("|");
    const place = name.replace(PROVINCE_PREFIX, "");
    legacyProvinces.set(agencyKey(place), place);
    for (const item of list.split(";")) {
      const m = DISTRICT_ITEM.exec(item);
      if (m) legacyDistricts.set(agencyKey(m[1] ?? ""), m[1] ?? "");
    }
  }
  return {
    provinces,
    legacyProvinces,
    legacyDistricts,
    communes,
    provinceCount: provinces.size,
    communeCount,
  };
}

export interface AgencyReference {
  /** The body a key names, with its level, place and (for a former name) successor; undefined if unknown. */
  lookup(key: string, typed: string): ReferenceHit | undefined;
  /** Canonical names and aliases of the listed bodies (for suggestions). */
  readonly names: readonly { readonly name: string; readonly canonical: string }[];
  readonly provinceCount: number;
  readonly communeCount: number;
  /** Provinces and districts before 1 July 2025 (for former names). */
  readonly legacyProvinceCount: number;
  readonly legacyDistrictCount: number;
}

/** The level a level word and place stand for (`thành phố` is a province, or a city of the old districts). */
function levelOf(placed: PlacedKey, places: Places): AgencyLevel | undefined {
  if (placed.levelWord === undefined) return undefined;
  const level = LEVEL_OF.get(placed.levelWord);
  if (level === "p" && placed.levelWord === agencyKey("thành phố") && placed.place !== undefined) {
    if (places.provinces.has(placed.place) || places.legacyProvinces.has(placed.place)) return "p";
    if (places.legacyDistricts.has(placed.place)) return "d";
  }
  return level;
}

/** The reference's spelling of a place it lists (a commune, a province, a former province or district). */
function knownPlace({ place, levelWord }: PlacedKey, places: Places): string | undefined {
  if (place === undefined || levelWord === undefined) return undefined;
  return (
    places.communes.get(`${levelWord} ${place}`) ??
    places.provinces.get(place) ??
    places.legacyProvinces.get(place) ??
    places.legacyDistricts.get(place)
  );
}

/** The place as it should read: the reference's spelling when it knows the place, else the typed words. */
function placeDisplay(placed: PlacedKey, typed: string, places: Places): string | undefined {
  const { place, levelWord } = placed;
  if (place === undefined || levelWord === undefined) return undefined;
  const known = knownPlace(placed, places);
  if (known !== undefined) return known;
  const words = typed.replace(/[\s.;,:]+$/u, "").split(" ");
  return words.slice(Math.max(0, words.length - place.split(" ").length)).join(" ");
}

let shared: AgencyReference | undefined;

/** The built-in reference, built once on first use. */
export function agencyReference(): AgencyReference {
  shared ??= buildReference();
  return shared;
}

function buildReference(): AgencyReference {
  const places = readPlaces();
  const byKey = new Map<string, Body[]>();
  const names: { name: string; canonical: string }[] = [];
  for (const line of BODIES.split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    const [type = "", levels = "", canonical = "", aliases = "", successor = "", since = ""] = cells;
    if (type !== "body" && type !== "former") continue;
    const body: Body = {
      canonical,
      stem: stemOf(canonical),
      levels: parseLevels(levels),
      ...(type === "former" ? { successor, since } : {}),
    };
    for (const name of [canonical, ...splitList(aliases)]) {
      names.push({ name, canonical });
      const stem = splitPlace(agencyKey(name)).body;
      for (const key of new Set([agencyKey(name), stem])) {
        const list = byKey.get(key) ?? [];
        if (!list.includes(body)) list.push(body);
        byKey.set(key, list);
      }
    }
  }

  const lookup = (key: string, typed: string): ReferenceHit | undefined => {
    const whole = byKey.get(key);
    // A listed name typed in full (`Tỉnh đoàn`, `Bộ Chỉ huy quân sự tỉnh`): its own levels decide.
    if (whole !== undefined && whole.length === 1) return hit(whole[0]!, splitPlace(key), typed);
    const placed = splitPlace(key);
    if (!isPlaceName(placed.place)) return undefined;
    const bodies = byKey.get(placed.body) ?? [];
    const level = levelOf(placed, places);
    for (const body of bodies) {
      if (level === undefined ? body.stem === body.canonical : body.levels.includes(level)) {
        return hit(body, placed, typed);
      }
    }
    return level === "d" ? districtOffice(placed, bodies, typed) : undefined;
  };

  /**
   * `Phòng … huyện/quận/thị xã`: an office of the district level, which ended on 1 July 2025; its work
   * went to the commune office of the same name where there is one, else to the communes' committees.
   */
  const districtOffice = (
    placed: PlacedKey,
    bodies: readonly Body[],
    typed: string,
  ): ReferenceHit | undefined => {
    if (!placed.body.startsWith(OFFICE_HEAD + " ") || placed.levelWord === undefined) return undefined;
    const commune = bodies.find((body) => body.levels.includes("c") && body.successor === undefined);
    const words = typed.replace(/[\s.;,:]+$/u, "").split(" ");
    const stem = words.slice(0, placed.body.split(" ").length).join(" ");
    const office: Body = {
      canonical: stem,
      stem,
      levels: ["d"],
      successor: commune?.stem ?? DISTRICT_SUCCESSOR,
      since: TWO_LEVEL_GOVERNMENT,
    };
    return hit(office, placed, typed);
  };

  const hit = (body: Body, placed: PlacedKey, typed: string): ReferenceHit => {
    const level = levelOf(placed, places) ?? body.levels[0] ?? "n";
    const place = placeDisplay(placed, typed, places);
    // `Công an phường`, `Sở Tài chính tỉnh Lào Cai` read as typed; a bare level word after a body that
    // has none (`Phòng Kinh tế xã`) is dropped, so both spellings are one body.
    const canonical =
      placed.levelWord !== undefined && (body.stem !== body.canonical || place !== undefined)
        ? `${body.stem} ${LEVEL_DISPLAY.get(placed.levelWord) ?? placed.levelWord}${place !== undefined ? ` ${place}` : ""}`
        : body.canonical;
    return {
      canonical,
      level,
      placeConfirmed: placed.place === undefined || knownPlace(placed, places) !== undefined,
      ...(body.successor !== undefined && body.since !== undefined
        ? { successor: body.successor, since: body.since }
        : {}),
    };
  };

  return {
    lookup,
    names,
    provinceCount: places.provinceCount,
    communeCount: places.communeCount,
    legacyProvinceCount: places.legacyProvinces.size,
    legacyDistrictCount: places.legacyDistricts.size,
  };
}
