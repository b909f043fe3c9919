/** Phụ lục: read the active sheet's table for the form, then write the official annex to a new sheet. */
import { buildAnnexPlan, defaultAnnexOptions } from "../core/plans/annex-plan";
import type { AnnexPlanOptions } from "../core/plans/annex-plan";
import { cellAt, cellText, columnLetter } from "../core/snapshot";
import type { SheetSnapshot } from "../core/snapshot";
import { readLegacyText } from "../core/legacy-encoding";
import { readAnnexTable } from "../core/table/index";
import type { AnnexTable, ColumnMap } from "../core/table-types";
import { normalizeText } from "../core/text";
import type { ReadResult, WorkbookHost } from "../office/host";
import { PaneError, activeSnapshot, newSheetName, updateWith } from "./action-support";

export interface ColumnChoice {
  /** 1-based sheet column. */
  readonly column: number;
  /** `B — Nội dung nhiệm vụ`, or just `B` when the column has no header text. */
  readonly label: string;
}

export interface AnnexSource {
  readonly snapshot: SheetSnapshot;
  /** Undefined when no header was recognised: the user then picks the columns. */
  readonly table?: AnnexTable;
  readonly columns: readonly ColumnChoice[];
  readonly options: AnnexPlanOptions;
}

const HEADER_SCAN_ROWS = 12;

/** The choices offered for each field: every column of the sheet, labelled with its header text. */
export function columnChoices(snapshot: SheetSnapshot, table: AnnexTable | undefined): ColumnChoice[] {
  const width = Math.max(0, ...snapshot.rows.map((r) => r.length));
  const choices: ColumnChoice[] = [];
  for (let column = 1; column <= width; column++) {
    const label = headerText(snapshot, table, column);
    choices.push({ column, label: label ? `${columnLetter(column)} — ${label}` : columnLetter(column) });
  }
  return choices;
}

function headerText(snapshot: SheetSnapshot, table: AnnexTable | undefined, column: number): string {
  if (table) {
    const known = table.header.labels[column];
    if (known) return normalizeText(known);
    const { row, height } = table.header;
    const texts = [row, row + height - 1].map((r) =>
      normalizeText(cellText(cellAt(snapshot, r - 1, column - 1))),
    );
    return [...new Set(texts.filter(Boolean))].join(" / ");
  }
  // No header recognised: the first text in the column's top rows is the best hint there is.
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, snapshot.rows.length); r++) {
    const text = normalizeText(cellText(cellAt(snapshot, r, column - 1)));
    if (text) return text.length > 40 ? `${text.slice(0, 39)}…` : text;
  }
  return "";
}

/** Phụ lục, on open or *Đọc lại*: the active sheet, its detected table and the annex defaults. */
export async function readAnnexSource(host: WorkbookHost): Promise<AnnexSource> {
  const read = await host.read({ active: true });
  return annexSourceOf(activeSnapshot(read), read);
}

/** The form for one sheet: its detected table, the column choices and the annex defaults. */
function annexSourceOf(source: SheetSnapshot, read: ReadResult): AnnexSource {
  // Text typed in a TCVN3 or VNI font is read, and built into the annex, as Unicode.
  const snapshot = readLegacyText(source).snapshot;
  const table = readAnnexTable(snapshot);
  const existing = read.sheetList.map((s) => s.name);
  const options: AnnexPlanOptions = table
    ? defaultAnnexOptions(snapshot, table, existing)
    : {
        sheetName: newSheetName("Phụ lục", read),
        annexLabel: "PHỤ LỤC",
        title: "NHIỆM VỤ CỤ THỂ",
        attachedTo: "",
        numbering: "keep",
      };
  return { snapshot, columns: columnChoices(snapshot, table), options, ...(table ? { table } : {}) };
}

/** What Tạo phụ lục made: the new sheet and the sheet it was built from. */
export interface AnnexCreated {
  readonly sheet: string;
  readonly source: string;
  /**
   * Set when the form was for another sheet: the one open now was used, with its own detected columns and
   * title block, and this is the form for it.
   */
  readonly switchedTo?: AnnexSource;
}

/**
 * Tạo phụ lục: builds from the sheet open NOW (re-read, it may have been edited since) and writes the annex
 * as a NEW sheet — its name is made unique at write time, so no existing sheet is ever replaced. When the
 * clerk has moved to another sheet since the form was read, that sheet is used with its own detected
 * columns and title block; one of the add-in's own sheets open (the annex just made) keeps the form's sheet.
 */
export async function createAnnex(
  host: WorkbookHost,
  formSource: string,
  overrides: ColumnMap | undefined,
  options: AnnexPlanOptions,
): Promise<AnnexCreated> {
  const { value, written } = await updateWith(host, { active: true, sheets: [formSource] }, (read) => {
    // The sample report is a report like any other: not one of the sheets the add-in made from another.
    const ownedActive = read.sheetList.some(
      (s) => s.name === read.activeName && s.owner !== undefined && s.owner !== "example",
    );
    const switched = !ownedActive && read.activeName !== formSource;
    const source = switched ? activeSnapshot(read) : read.sheets[0];
    if (!source) throw new PaneError("sourceMissing", formSource);
    const snapshot = readLegacyText(source).snapshot;
    const table = readAnnexTable(snapshot, switched ? undefined : overrides);
    if (!table) throw new PaneError("noTable");
    const form = switched ? annexSourceOf(snapshot, read) : undefined;
    const chosen = form ? { ...form.options, numbering: options.numbering } : options;
    const sheetName = newSheetName(chosen.sheetName, read);
    const plan = buildAnnexPlan(snapshot, table, { ...chosen, sheetName });
    return {
      write: { plans: [plan], activate: sheetName },
      value: { sheet: sheetName, source: snapshot.sheet, ...(form ? { switchedTo: form } : {}) },
    };
  });
  return { ...value, sheet: written[0] ?? value.sheet };
}
