/**
 * Which of the plan's tasks a unit must report on (issue 11): those whose lead or supporting agencies name
 * the unit itself, or a group that stands for every unit of its kind (`UBND các phường`, `UBND các xã,
 * phường`, `Các xã`, `UBND cấp xã`). A group limited to some units (`… liên quan`) or without a plural
 * (`UBND phường` could be one ward) names nobody for certain, so it assigns nothing.
 */
import type { AgencyMatcher } from "../agency";
import { agencyKey } from "../agency-key";
import { isGroupVocabulary } from "../agency-structure";
import type { AgencyEntry } from "../agency-types";
import { foldKey } from "../text";
import type { PlanTask } from "./plan-tasks";

/** The kinds of unit at commune level since 2025 (and the older towns). */
export type UnitLevel = "phuong" | "xa" | "thiTran" | "dacKhu";

const LEVELS: readonly (readonly [UnitLevel, RegExp])[] = [
  ["phuong", /\bphuong\b/],
  // `thị xã` is a town of the level above, `xã hội` no unit at all.
  ["xa", /(?<!\bthi )\bxa\b(?! hoi\b)/],
  ["thiTran", /\bthi tran\b/],
  ["dacKhu", /\bdac khu\b/],
];
const ALL_COMMUNE_LEVELS: readonly UnitLevel[] = ["phuong", "xa", "thiTran", "dacKhu"];
const PLURAL = /^(?:.* )?(?:cac|cap|toan the|tat ca)(?: .*)?$/;
const SOME_ONLY = /\b(?:lien quan|duoc chon|thi diem)\b/;
const COMMUNE_LEVEL = /\bcap (?:xa|co so)\b/;
const COMMITTEE = /^(?:uy ban nhan dan|ubnd) /;

/** The kind of unit a directory name is (`Ủy ban nhân dân phường Lãm Hà` → phường), if any. */
export function unitLevel(name: string): UnitLevel | undefined {
  const fold = foldKey(name).replace(COMMITTEE, "");
  return LEVELS.find(([, pattern]) => pattern.test(fold.split(" ").slice(0, 2).join(" ")))?.[0];
}

/** The kinds of unit a group name stands for in full; empty for a name that is no such group. */
export function groupLevels(text: string): readonly UnitLevel[] {
  const fold = foldKey(text);
  if (!PLURAL.test(fold) || SOME_ONLY.test(fold)) return [];
  const key = agencyKey(text);
  const bareLevel = LEVELS.some(([, pattern]) => pattern.test(foldKey(key)) && !key.includes(" "));
  if (!isGroupVocabulary(key) && !bareLevel) return [];
  if (COMMUNE_LEVEL.test(fold)) return ALL_COMMUNE_LEVELS;
  return LEVELS.filter(([, pattern]) => pattern.test(fold)).map(([level]) => level);
}

export type Role = "lead" | "support";

export interface AssignedTask {
  readonly task: PlanTask;
  readonly role: Role;
  /** How the unit was named: itself, or the group's text. */
  readonly through: "self" | "group";
}

/** The tasks a unit must report on, in plan order, with its role (lead wins when named in both). */
export function tasksForUnit(
  tasks: readonly PlanTask[],
  unit: AgencyEntry,
  matcher: AgencyMatcher,
): AssignedTask[] {
  const level = unitLevel(unit.name);
  const ownKeys = new Set([unit.name, ...unit.aliases].map((name) => agencyKey(name)));
  const naming = (cell: string): "self" | "group" | undefined => {
    let found: "self" | "group" | undefined;
    for (const mention of matcher.mentions(cell)) {
      if (mention.canonical === unit.name || ownKeys.has(mention.key)) return "self";
      const names = mention.canonical === undefined ? [mention.text] : [mention.text, mention.canonical];
      if (level !== undefined && names.some((name) => groupLevels(name).includes(level))) found = "group";
    }
    return found;
  };
  const assigned: AssignedTask[] = [];
  for (const task of tasks) {
    const lead = naming(task.lead);
    const support = lead === undefined ? naming(task.support) : undefined;
    const through = lead ?? support;
    if (through !== undefined) assigned.push({ task, role: lead ? "lead" : "support", through });
  }
  return assigned;
}

/** The units that must report (directory units with `mustSubmit`), in directory order. */
export function reportingUnits(matcher: AgencyMatcher): readonly AgencyEntry[] {
  return matcher.units().filter((unit) => unit.mustSubmit);
}
