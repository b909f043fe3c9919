/**
 * A template's fingerprint (issue 11): which plan (identity and title), which period, which template
 * version, which unit, and the id of every task it holds. It is written to a very hidden sheet of the
 * template (and the id of each row to a hidden, locked column of the report sheet), and read back from the
 * snapshots of a returned report, so consolidation knows the report's rows by id.
 */
import { formatIsoDay, parseIsoDay, type DayInterval } from "../day";
import type { SheetPlan } from "../sheet-plan";
import { cellText, type SheetSnapshot } from "../snapshot";
import { normalizeText } from "../text";

/** The template layout this code writes; a report on an older layout is named as such. */
export const TEMPLATE_VERSION = 1;

/** The very hidden sheet's name and its first cell, which marks it. */
export const FINGERPRINT_SHEET = "_TaskAnnexTemplate";
const MARK = "TaskAnnexTemplate";

export interface FingerprintTask {
  readonly id: string;
  readonly stt: string;
  readonly content: string;
  readonly end: string;
}

export interface Fingerprint {
  readonly plan: string;
  readonly title: string;
  readonly period: DayInterval;
  readonly version: number;
  readonly unit: string;
  /** The report sheet of the template, and the 1-based column holding each row's task id. */
  readonly sheet: string;
  readonly idColumn: number;
  readonly tasks: readonly FingerprintTask[];
}

const ID = /^NV-[0-9a-f]{8}(?:-\d+)?$/;

/** True for a task id this code writes. */
export function isTaskId(text: string): boolean {
  return ID.test(text);
}

/** The very hidden sheet holding the fingerprint: key/value rows, then one row per task. */
export function fingerprintSheetPlan(fingerprint: Fingerprint): SheetPlan {
  const values = [
    [MARK, fingerprint.version],
    ["plan", fingerprint.plan],
    ["title", fingerprint.title],
    ["period", `${formatIsoDay(fingerprint.period.from)}/${formatIsoDay(fingerprint.period.to)}`],
    ["unit", fingerprint.unit],
    ["sheet", fingerprint.sheet],
    ["idColumn", fingerprint.idColumn],
    ...fingerprint.tasks.map((t) => ["task", t.id, t.stt, t.content, t.end]),
  ];
  return {
    name: FINGERPRINT_SHEET,
    visibility: "veryHidden",
    protection: { allow: [] },
    values,
    styles: [],
    merges: [],
    columnWidths: [],
  };
}

/** The workbook properties that repeat the fingerprint's head (readable in Excel's File › Info). */
export function fingerprintProperties(fingerprint: Fingerprint): Readonly<Record<string, string>> {
  return {
    TaskAnnexPlan: fingerprint.plan,
    TaskAnnexPeriod: `${formatIsoDay(fingerprint.period.from)}/${formatIsoDay(fingerprint.period.to)}`,
    TaskAnnexTemplateVersion: String(fingerprint.version),
    TaskAnnexUnit: fingerprint.unit,
  };
}

/** The fingerprint among a workbook's sheets, or undefined when the workbook is no template of ours. */
export function readFingerprint(sheets: readonly SheetSnapshot[]): Fingerprint | undefined {
  const sheet = sheets.find((s) => cellText(s.rows[0]?.[0]) === MARK);
  if (!sheet) return undefined;
  const fields = new Map<string, string>();
  const tasks: FingerprintTask[] = [];
  for (const row of sheet.rows.slice(1)) {
    const [key, ...rest] = (row ?? []).map((cell) => normalizeText(cellText(cell)));
    if (key === "task") {
      const [id = "", stt = "", content = "", end = ""] = rest;
      if (isTaskId(id)) tasks.push({ id, stt, content, end });
    } else if (key !== undefined) fields.set(key, rest[0] ?? "");
  }
  const [from, to] = (fields.get("period") ?? "").split("/").map((day) => parseIsoDay(day));
  const version = Number(cellText(sheet.rows[0]?.[1]));
  const idColumn = Number(fields.get("idColumn"));
  const plan = fields.get("plan") ?? "";
  if (from === undefined || to === undefined || !Number.isInteger(idColumn) || idColumn < 1 || plan === "")
    return undefined;
  return {
    plan,
    title: fields.get("title") ?? "",
    period: { from, to },
    version: Number.isFinite(version) ? version : 0,
    unit: fields.get("unit") ?? "",
    sheet: fields.get("sheet") ?? "",
    idColumn,
    tasks,
  };
}

/** Sheet row → task id, from the id column of the template's report sheet (rows without an id left out). */
export function rowIdsOf(sheet: SheetSnapshot, fingerprint: Fingerprint): ReadonlyMap<number, string> {
  const ids = new Map<number, string>();
  sheet.rows.forEach((row, index) => {
    const id = normalizeText(cellText(row?.[fingerprint.idColumn - 1]));
    if (isTaskId(id)) ids.set(index + 1, id);
  });
  return ids;
}
