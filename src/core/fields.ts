/** The annex fields (DESIGN §2), canonical names used everywhere in code. */
export const FIELDS = [
  "stt",
  "content",
  "start",
  "end",
  "lead",
  "support",
  "output",
  "status",
  "result",
  "note",
] as const;

export type Field = (typeof FIELDS)[number];

/** A column that holds both ends of the time range (`Thời gian thực hiện`), split by the parser. */
export type TimeColumnRole = "start" | "end" | "both";

/**
 * Fields a task row must have a column for, with the severity of `COLUMN_MISSING` (DESIGN §6): content,
 * lead and finish are needed; many real annexes have only a deadline column, some no support column, so a
 * missing start or support column is information, not a defect.
 */
export const REQUIRED_COLUMNS: Readonly<Partial<Record<Field, "error" | "warning" | "info">>> = {
  content: "error",
  lead: "error",
  end: "error",
  start: "info",
  support: "info",
};
