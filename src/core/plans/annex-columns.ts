/** The columns of the official annex (DESIGN §2): the six standard ones, then whatever else the source has. */
import type { Field } from "../fields";
import type { AnnexTable } from "../table-types";
import { normalizeText } from "../text";

export type AnnexGroup = "time" | "assign";

export interface AnnexColumn {
  readonly label: string;
  /** Two-row header: the merged group label above this column. */
  readonly group?: AnnexGroup;
  readonly center: boolean;
  /** A field of the annex rows, or a source sheet column read straight from the snapshot. */
  readonly source: { readonly field: Field } | { readonly column: number };
}

interface Labels {
  readonly groups: Readonly<Record<AnnexGroup, string>>;
  /** The one time column kept when the source has one. */
  readonly combinedTime: string;
  readonly fields: Readonly<Record<Field, string>>;
}

const LABELS: Readonly<Record<"vi" | "en", Labels>> = {
  vi: {
    groups: { time: "Thời gian", assign: "Phân công trách nhiệm" },
    combinedTime: "Thời gian thực hiện",
    fields: {
      stt: "STT",
      content: "Nội dung nhiệm vụ",
      start: "Bắt đầu",
      end: "Hoàn thành",
      lead: "Cơ quan chủ trì",
      support: "Cơ quan phối hợp",
      output: "Sản phẩm dự kiến",
      status: "Tình trạng",
      result: "Kết quả thực hiện",
      note: "Ghi chú",
    },
  },
  en: {
    groups: { time: "Time", assign: "Responsibilities" },
    combinedTime: "Time",
    fields: {
      stt: "No.",
      content: "Task",
      start: "Start",
      end: "Finish",
      lead: "Lead agency",
      support: "Supporting agencies",
      output: "Expected output",
      status: "Status",
      result: "Result",
      note: "Note",
    },
  },
};

export function groupLabel(group: AnnexGroup, lang: "vi" | "en"): string {
  return LABELS[lang].groups[group];
}

const OPTIONAL_FIELDS: readonly Field[] = ["output", "status", "result", "note"];

/**
 * The annex columns for a table: STT, content, start, finish (or the source's one time column), lead,
 * support; then the optional fields the
 * source has; then the source's duplicate and unmatched columns, so nothing typed is lost.
 */
export function annexColumns(table: AnnexTable, lang: "vi" | "en"): AnnexColumn[] {
  const fields = LABELS[lang].fields;
  const header = table.header;
  const sourceLabel = (column: number): string | undefined => {
    const label = header.labels[column];
    return label === undefined ? undefined : normalizeText(label) || undefined;
  };
  const timeColumn = header.combinedTime ? header.columns.end : undefined;
  // One `Thời gian thực hiện` column in the source stays one column: split in two, a deadline such as
  // `Quý IV` left an empty `Bắt đầu` beside it on every row.
  const time: AnnexColumn[] =
    timeColumn !== undefined
      ? [
          {
            label: (lang === "vi" ? sourceLabel(timeColumn) : undefined) ?? LABELS[lang].combinedTime,

            center: true,
            source: { field: "end" },
          },
        ]
      : [
          { label: fields.start, group: "time", center: true, source: { field: "start" } },
          { label: fields.end, group: "time", center: true, source: { field: "end" } },
        ];
  const columns: AnnexColumn[] = [
    { label: fields.stt, center: true, source: { field: "stt" } },
    { label: fields.content, center: false, source: { field: "content" } },
    ...time,
    { label: fields.lead, group: "assign", center: false, source: { field: "lead" } },
    { label: fields.support, group: "assign", center: false, source: { field: "support" } },
  ];
  for (const field of OPTIONAL_FIELDS) {
    const column = header.columns[field];
    if (column === undefined) continue;
    // Vietnamese keeps the source's own wording (`Sản phẩm đầu ra`); English uses the standard label.
    const label = (lang === "vi" ? sourceLabel(column) : undefined) ?? fields[field];
    columns.push({ label, center: false, source: { field } });
  }
  const used = new Set(Object.values(header.columns));
  const addSourceColumn = (column: number, label: string): void => {
    if (used.has(column)) return;
    used.add(column);
    columns.push({ label, center: false, source: { column } });
  };
  for (const duplicate of header.duplicates) {
    for (const column of duplicate.columns)
      addSourceColumn(column, sourceLabel(column) ?? fields[duplicate.field]);
  }
  for (const extra of header.extras)
    addSourceColumn(extra.column, normalizeText(extra.label) || `(${extra.column})`);
  return columns;
}
