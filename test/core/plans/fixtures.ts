/**
 * Test fixtures for the plan and consolidation tests: hand-built annex tables and sheet reports (what
 * table/ and validate.ts produce), so these tests pin the plans and the consolidation, not the readers.
 */
import type { AgencyDirectory } from "../../../src/core/agency-types";
import { yearInterval } from "../../../src/core/day";
import type { Field } from "../../../src/core/fields";
import type { Finding } from "../../../src/core/findings";
import type { SheetReport } from "../../../src/core/report-types";
import type { PlanValue, SheetPlan } from "../../../src/core/sheet-plan";
import type { Cell } from "../../../src/core/snapshot";
import type { AnnexRow, AnnexTable, ColumnMap, RowKind } from "../../../src/core/table-types";

export const HYPERLINK_TEXT = '=HYPERLINK("http://x","y")';

export const DIRECTORY: AgencyDirectory = {
  source: "test",
  entries: [
    { name: "Phòng Văn hóa và Thông tin", aliases: ["Phòng VH-TT"], kind: "agency", mustSubmit: false },
    { name: "UBND các phường", aliases: [], kind: "group", mustSubmit: false },
    { name: "Phường Nam Sơn", aliases: [], kind: "unit", mustSubmit: true },
    { name: "Phường Bắc Sơn", aliases: [], kind: "unit", mustSubmit: true },
    { name: "Phường Đông Sơn", aliases: [], kind: "unit", mustSubmit: true },
    { name: "Phường Tây Sơn", aliases: [], kind: "unit", mustSubmit: false },
  ],
};

export interface RowSpec {
  readonly kind: RowKind;
  readonly stt?: string;
  /** Cells by field. */
  readonly cells?: Partial<Record<Field, Cell>>;
  /** Cells of extra columns by 1-based column. */
  readonly extras?: Record<number, Cell>;
}

/**
 * An annex table whose header is on row `headerRow` (one row) and whose rows follow it; section/part/parent
 * links are derived from the kinds as the table reader does.
 */
export function annexTable(
  columns: ColumnMap,
  specs: readonly RowSpec[],
  options: {
    headerRow?: number;
    combinedTime?: boolean;
    extras?: { column: number; label: string }[];
    labels?: Record<number, string>;
    title?: AnnexTable["title"];
  } = {},
): AnnexTable {
  const headerRow = options.headerRow ?? 1;
  let section: number | undefined;
  let part: number | undefined;
  let parent: number | undefined;
  const rows: AnnexRow[] = specs.map((spec, index) => {
    if (spec.kind === "part") {
      part = index;
      section = undefined;
    }
    if (spec.kind === "section") section = index;
    const row: AnnexRow = {
      row: headerRow + 1 + index,
      kind: spec.kind,
      stt: spec.stt ?? "",
      cells: { ...(spec.stt !== undefined ? { stt: spec.stt } : {}), ...spec.cells },
      ...(section !== undefined && spec.kind !== "section" && spec.kind !== "part" ? { section } : {}),
      ...(part !== undefined && spec.kind !== "part" ? { part } : {}),
      ...(spec.kind === "subitem" && parent !== undefined ? { parent } : {}),
      ...(spec.extras ? { extras: spec.extras } : {}),
    };
    if (spec.kind === "task") parent = index;
    return row;
  });
  return {
    header: {
      row: headerRow,
      height: 1,
      dataRow: headerRow + 1,
      columns,
      combinedTime: options.combinedTime ?? false,
      extras: options.extras ?? [],
      duplicates: [],
      labels: options.labels ?? {},
      confidence: 1,
    },
    title: options.title ?? { lines: [] },
    rows,
  };
}

/** A sheet report as validate.ts would give it, for the 2024 plan. */
export function sheetReport(
  sheet: string,
  table: AnnexTable | undefined,
  options: { unit?: string; unitText?: string; file?: string; findings?: Finding[] } = {},
): SheetReport {
  return {
    sheet,
    ...(options.file !== undefined ? { file: options.file } : {}),
    ...(options.unit !== undefined ? { unit: options.unit, unitSource: "title" as const } : {}),
    ...(options.unitText !== undefined ? { unitText: options.unitText } : {}),
    period: yearInterval(2024),
    periodSource: "title",
    tasks: table ? table.rows.filter((r) => r.kind === "task").length : 0,
    ...(table ? { table } : {}),
    findings: options.findings ?? [],
    empty: false,
  };
}

/** Every value of a plan, flattened. */
export function allValues(plan: SheetPlan): PlanValue[] {
  return plan.values.flat();
}

/** The plan row (0-based index into values) whose column `column` (1-based) equals `value`. */
export function rowWith(plan: SheetPlan, column: number, value: PlanValue): readonly PlanValue[] | undefined {
  return plan.values.find((row) => row[column - 1] === value);
}
