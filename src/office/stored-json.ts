/** Values the add-in keeps in `workbook.settings`, read back defensively: the file may come from anywhere. */

/**
 * A stored value (a JSON string, or the object itself) as an object; a corrupt string or anything that is
 * not an object reads as undefined.
 */
export function storedObject(value: unknown): Record<string, unknown> | undefined {
  let raw = value;
  if (typeof value === "string") {
    try {
      raw = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  return typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : undefined;
}
