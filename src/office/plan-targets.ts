/**
 * Where each plan goes (pure): a sheet carrying the same owner marker is replaced; a same-named sheet
 * without it (the user's) is left alone and the plan gets a unique name instead.
 */
import type { SheetPlan } from "../core/sheet-plan";
import { safeSheetName } from "../core/sheet-plan";
import type { OwnerKind } from "./markers";

/** A sheet as the read phase saw it. */
export interface ExistingSheet {
  readonly name: string;
  readonly id: string;
  readonly position: number;
  readonly owner?: OwnerKind;
  readonly tables: readonly string[];
  /** The file adapter's marker names on this sheet (hidden workbook names), removed when it is replaced. */
  readonly markerNames?: readonly string[];
}

export interface PlanTarget {
  readonly plan: SheetPlan;
  /** The name the sheet will have. */
  readonly name: string;
  /** The owned sheet this plan replaces (deleted, the new one takes its place). */
  readonly replaces?: ExistingSheet;
  /** Table names to use, in the order of `plan.tables` (made unique in the workbook). */
  readonly tableNames: readonly string[];
}

function sameName(a: string, b: string): boolean {
  return a.normalize("NFC").toLocaleLowerCase("vi") === b.normalize("NFC").toLocaleLowerCase("vi");
}

function uniqueTableName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[^\p{L}\p{N}_.]/gu, "_").replace(/^(?![\p{L}_])/u, "_");
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}_${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * True when `name` is what `safeSheetName(wanted, …)` gives once `wanted` is taken (`Tổng hợp (2)`): the
 * add-in's own sheet from an earlier run when the user's sheet held the plain name.
 */
function isNumberedVariant(name: string, wanted: string): boolean {
  const suffix = / \(\d+\)$/.exec(name)?.[0];
  if (suffix === undefined) return false;
  const cleaned = safeSheetName(wanted, []);
  return sameName(name, cleaned.slice(0, 31 - suffix.length) + suffix);
}

/** The owned sheet a plan replaces: same kind, same name or a numbered variant of it. */
function replaceable(plan: SheetPlan, existing: readonly ExistingSheet[], replaced: ReadonlySet<string>) {
  if (plan.owner === undefined) return undefined;
  const ours = existing.filter((sheet) => sheet.owner === plan.owner && !replaced.has(sheet.id));
  return (
    ours.find((sheet) => sameName(sheet.name, plan.name)) ??
    ours.find((sheet) => isNumberedVariant(sheet.name, plan.name))
  );
}

/** Decides the name of every plan's sheet and which owned sheets get replaced. */
export function planTargets(plans: readonly SheetPlan[], existing: readonly ExistingSheet[]): PlanTarget[] {
  const replaced = new Set<string>();
  const names: string[] = existing.map((sheet) => sheet.name);
  const decided: { plan: SheetPlan; name: string; replaces?: ExistingSheet }[] = [];
  for (const plan of plans) {
    const match = replaceable(plan, existing, replaced);
    if (match) {
      replaced.add(match.id);
      decided.push({ plan, name: match.name, replaces: match });
    } else {
      const name = safeSheetName(plan.name, names);
      names.push(name);
      decided.push({ plan, name });
    }
  }
  // Tables on sheets that survive keep their names; the replaced sheets' tables go with them.
  const takenTables = new Set(
    existing
      .filter((sheet) => !replaced.has(sheet.id))
      .flatMap((sheet) => sheet.tables.map((t) => t.toLowerCase())),
  );
  return decided.map((target) => ({
    ...target,
    tableNames: (target.plan.tables ?? []).map((table) => uniqueTableName(table.name, takenTables)),
  }));
}
