/**
 * Settings stored inside the workbook (`workbook.settings`, ExcelApi 1.4), so a colleague opening the
 * file gets the same results. Values are JSON, validated on the way in: the file may come from anywhere.
 */
import { z } from "zod";
import { MAX_DUE_SOON_DAYS } from "../core/options";
import type { WorkbookSettings } from "./host";
import { storedObject } from "./stored-json";

export const SETTINGS_KEY = "TaskAnnexSettings";

const settingsSchema = z.object({
  period: z
    .string()
    .regex(/^(\d{4}(-\d{4})?)?$/)
    .optional(),
  asOf: z
    .string()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/)
    .optional(),
  lang: z.enum(["vi", "en"]).optional(),
  dueSoonDays: z.number().int().min(0).max(MAX_DUE_SOON_DAYS).optional(),
});

/** Settings from a stored value (a JSON string or an object); anything invalid is dropped field by field. */
export function parseSettings(value: unknown): WorkbookSettings {
  const raw = storedObject(value);
  // A corrupt value is the same as no settings: the pane falls back to defaults and shows them.
  if (raw === undefined) return {};
  const result: { period?: string; asOf?: string; lang?: "vi" | "en"; dueSoonDays?: number } = {};
  for (const key of ["period", "asOf", "lang", "dueSoonDays"] as const) {
    const field = settingsSchema.shape[key].safeParse(raw[key]);
    if (field.success && field.data !== undefined) Object.assign(result, { [key]: field.data });
  }
  return result;
}

/** The stored form of settings (JSON string, only the fields that are set). */
export function serializeSettings(settings: WorkbookSettings): string {
  const clean: Record<string, string | number> = {};
  if (settings.period !== undefined) clean["period"] = settings.period;
  if (settings.asOf !== undefined) clean["asOf"] = settings.asOf;
  if (settings.lang !== undefined) clean["lang"] = settings.lang;
  if (settings.dueSoonDays !== undefined) clean["dueSoonDays"] = settings.dueSoonDays;
  return JSON.stringify(clean);
}

/** Queues reading the settings item; pass it to `parseSettings` after the sync. */
export function loadSettingsItem(context: Excel.RequestContext): Excel.Setting {
  const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  item.load("value");
  return item;
}

/** Settings from a loaded settings item. */
export function settingsOf(item: Excel.Setting): WorkbookSettings {
  return item.isNullObject ? {} : parseSettings(item.value);
}
