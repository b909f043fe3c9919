/**
 * The labelled real-document corpus (test/fixtures/corpus, README there), plus the eight real annexes and
 * the seed annex as their own groups, loaded as sheets with their ground truth; and the scoring of one
 * validation report against that truth. Shared by `bench/precision.ts` and `test/core/corpus.test.ts`, so
 * the figure the bench prints and the assertions the test makes are the same computation.
 *
 * Ground truth per document:
 *   - `kinds`: a hand label per table row (`TASK` is a task row to be counted; `SECTION`, `HEADING`,
 *     `OTHER` are not tasks);
 *   - `labels`: the genuine defects, each a table row (1-based; 0 = the sheet as a whole, i.e. a finding
 *     with no row or on a row above the table such as the header) and the finding code(s) that name it
 *     (`A|B`: either is right; `CODE:field` for findings that differ only by field);
 *   - `meta`: the title lines above the table, the issuer (the unit the sheet should report), the plan
 *     period, the as-of date, the source, and the split (`tune` / `holdout`).
 */
import * as fs from "fs";
import * as path from "path";
import { agencyKey } from "../../src/core/agency-key";
import { dayNumber, parseIsoDay, type DayInterval } from "../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import type { Finding } from "../../src/core/findings";
import type { SheetReport, ValidateOptions } from "../../src/core/report-types";
import type { MergeArea, SheetSnapshot } from "../../src/core/snapshot";
import {
  FIXTURES_DIR,
  REAL_ANNEX_IDS,
  realAnnexSnapshot,
  snapshotFromTsv,
  type TsvLayout,
} from "./snapshot-from-tsv";
import { SEED_ANNEX, seedAnnexSnapshot } from "./seed-annex";

export const CORPUS_DIR = path.join(FIXTURES_DIR, "corpus");
const REAL_ANNEX_META_DIR = path.join(FIXTURES_DIR, "real-annexes");
const SEED_META_DIR = path.join(FIXTURES_DIR, "seeds");

export type Split = "tune" | "holdout";
export type CorpusGroup = Split | "real-annexes" | "seeds";
export const CORPUS_GROUPS: readonly CorpusGroup[] = ["tune", "holdout", "real-annexes", "seeds"];

export type RowLabel = "TASK" | "SECTION" | "HEADING" | "OTHER";
const ROW_LABELS: readonly string[] = ["TASK", "SECTION", "HEADING", "OTHER"];

export interface CorpusMeta {
  readonly title: readonly string[];
  readonly issuer?: string;
  /** `2025` or `2026-2030`. */
  readonly period: string;
  /** The document's date, `YYYY-MM-DD`: "today" for OVERDUE. */
  readonly asOf: string;
  readonly source: string;
  readonly date: string;
  readonly split?: Split;
  /** Real annexes only: corrected labels of table rows (1-based) where the extractor's rough label is wrong. */
  readonly kinds?: Readonly<Record<string, RowLabel>>;
  /**
   * Cells the document merges down several rows, which the text extraction flattened to the first row's
   * value and blanks below: `line` (1-based table row of the top), `label` (the column's header as in the
   * TSV), `rows` (how many table rows it spans). They become merged areas, as in a sheet made from the table.
   */
  readonly merges?: readonly CorpusMerge[];
}

export interface CorpusMerge {
  readonly line: number;
  readonly label: string;
  readonly rows: number;
}

export interface DefectLabel {
  /** 1-based table row; 0 for a finding about the sheet as a whole (e.g. a missing column). */
  readonly line: number;
  /**
   * Acceptable codes (a label may name several: `STT_GAP|STT_DUPLICATE`); `CODE:field` also asks for
   * that field (`COLUMN_MISSING:end`), for findings that differ only by field.
   */
  readonly codes: readonly string[];
  readonly note: string;
}

export interface CorpusDocument {
  readonly group: CorpusGroup;
  readonly id: string;
  readonly meta: CorpusMeta;
  readonly snapshot: SheetSnapshot;
  /** 1-based sheet row of each table row (index = line − 1). */
  readonly lineRows: readonly number[];
  /** Ground-truth label of each table row. */
  readonly kinds: readonly RowLabel[];
  readonly labels: readonly DefectLabel[];
  readonly options: ValidateOptions;
}

/** Every document of every group, in a stable order. */
export function loadAllDocuments(): CorpusDocument[] {
  return [...loadCorpusDocuments(), ...loadRealAnnexDocuments(), loadSeedDocument()];
}

/** The documents of test/fixtures/corpus (`<id>.tsv` + `<id>.meta.json` + optional `<id>.labels.tsv`). */
export function loadCorpusDocuments(): CorpusDocument[] {
  if (!fs.existsSync(CORPUS_DIR)) return [];
  const ids = fs
    .readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith(".tsv") && !name.endsWith(".labels.tsv"))
    .map((name) => name.slice(0, -".tsv".length))
    .sort();
  return ids.map((id) => {
    const meta = readMeta(path.join(CORPUS_DIR, `${id}.meta.json`));
    if (meta.split !== "tune" && meta.split !== "holdout") {
      throw new Error(`${id}.meta.json: split must be "tune" or "holdout"`);
    }
    const tsv = snapshotFromTsv(fs.readFileSync(path.join(CORPUS_DIR, `${id}.tsv`), "utf8"), {
      sheet: id.slice(0, 31),
      title: meta.title,
      splitJoinedRows: false,
      restoreMergedStt: false,
    });
    const kinds = tsv.kinds.map((kind, i) => toRowLabel(kind, `${id}.tsv line ${i + 1}`));
    const labels = readLabels(path.join(CORPUS_DIR, `${id}.labels.tsv`), kinds.length);
    const snapshot = withMerges(tsv.snapshot, tsv.layout, meta.merges ?? [], id);
    return document(meta.split, id, meta, snapshot, tsv.layout.lineRows, kinds, labels);
  });
}

/** The eight real annexes, with their meta and labels beside them in test/fixtures/real-annexes. */
export function loadRealAnnexDocuments(): CorpusDocument[] {
  return REAL_ANNEX_IDS.map((id) => {
    const meta = readMeta(path.join(REAL_ANNEX_META_DIR, `${id}.meta.json`));
    const tsv = realAnnexSnapshot(id, { title: meta.title });
    const kinds = tsv.kinds.map((rough, i) => {
      const fixed = meta.kinds?.[String(i + 1)];
      if (fixed) return fixed;
      return toRowLabel(rough === "" ? "" : rough, `${id}-rows.tsv table row ${i + 1}`);
    });
    const labels = readLabels(path.join(REAL_ANNEX_META_DIR, `${id}.labels.tsv`), kinds.length);
    return document("real-annexes", id, meta, tsv.snapshot, tsv.layout.lineRows, kinds, labels);
  });
}

/** The seed annex (test/fixtures/seeds/000): sections are the Roman rows, every other row a task. */
export function loadSeedDocument(): CorpusDocument {
  const meta = readMeta(path.join(SEED_META_DIR, "000.meta.json"));
  const snapshot = seedAnnexSnapshot();
  const lineRows = SEED_ANNEX.stt.map((_, i) => SEED_ANNEX.dataRow + i);
  const sectionRows = new Set<number>(SEED_ANNEX.sections.map((s) => s.row));
  const kinds = lineRows.map((row): RowLabel => (sectionRows.has(row) ? "SECTION" : "TASK"));
  const labels = readLabels(path.join(SEED_META_DIR, "000.labels.tsv"), kinds.length);
  return document("seeds", "000", meta, snapshot, lineRows, kinds, labels);
}

function document(
  group: CorpusGroup,
  id: string,
  meta: CorpusMeta,
  snapshot: SheetSnapshot,
  lineRows: readonly number[],
  kinds: readonly RowLabel[],
  labels: readonly DefectLabel[],
): CorpusDocument {
  const asOf = parseIsoDay(meta.asOf);
  if (asOf === undefined) throw new Error(`${group}/${id}: asOf "${meta.asOf}" is not YYYY-MM-DD`);
  const options: ValidateOptions = {
    period: parsePeriod(meta.period, id),
    asOf,
    directory: DEFAULT_DIRECTORY,
  };
  return { group, id, meta, snapshot, lineRows, kinds, labels, options };
}

/** The snapshot with the meta's merged cells added (see CorpusMeta.merges). */
function withMerges(
  snapshot: SheetSnapshot,
  layout: TsvLayout,
  merges: readonly CorpusMerge[],
  id: string,
): SheetSnapshot {
  if (merges.length === 0) return snapshot;
  const areas = merges.map((merge): MergeArea => {
    const column = layout.labels.indexOf(merge.label) + 1;
    const top = layout.lineRows[merge.line - 1];
    const bottom = layout.lineRows[merge.line + merge.rows - 2];
    if (column < 1 || top === undefined || bottom === undefined || merge.rows < 2) {
      throw new Error(`${id}.meta.json: merge ${JSON.stringify(merge)} does not fit the table`);
    }
    return { top, left: column, bottom, right: column };
  });
  return { ...snapshot, merges: [...snapshot.merges, ...areas] };
}

function readMeta(file: string): CorpusMeta {
  const meta = JSON.parse(fs.readFileSync(file, "utf8")) as CorpusMeta;
  if (!Array.isArray(meta.title) || typeof meta.period !== "string" || typeof meta.asOf !== "string") {
    throw new Error(`${file}: needs title[], period and asOf`);
  }
  return meta;
}

/** `<id>.labels.tsv`: header `line\tcode\tnote`, one genuine defect a line. A missing file means none. */
function readLabels(file: string, lines: number): DefectLabel[] {
  if (!fs.existsSync(file)) return [];
  const rows = fs.readFileSync(file, "utf8").replace(/\r\n?/g, "\n").split("\n").slice(1);
  return rows
    .filter((row) => row.trim() !== "")
    .map((row, i) => {
      const [line = "", code = "", note = ""] = row.split("\t");
      const number = Number(line);
      if (!Number.isInteger(number) || number < 0 || number > lines) {
        throw new Error(`${file} line ${i + 2}: "${line}" is not a table row (0..${lines})`);
      }
      return { line: number, codes: code.split("|").map((c) => c.trim()), note };
    });
}

function toRowLabel(text: string, where: string): RowLabel {
  if (ROW_LABELS.includes(text)) return text as RowLabel;
  throw new Error(`${where}: kind "${text}" is not one of ${ROW_LABELS.join(", ")}`);
}

function parsePeriod(text: string, id: string): DayInterval {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(text.trim());
  if (!m) throw new Error(`${id}: period "${text}" is not YYYY or YYYY-YYYY`);
  const first = Number(m[1]);
  const last = m[2] ? Number(m[2]) : first;
  return { from: dayNumber(first, 1, 1), to: dayNumber(last, 12, 31) };
}

/** An error/warning finding and whether a label names it. */
export interface ScoredFinding {
  readonly finding: Finding;
  /** The table row it is on (0 when it is about the sheet or on a row outside the table, e.g. the header). */
  readonly line: number;
  readonly true: boolean;
}

export interface DocumentScore {
  readonly document: CorpusDocument;
  /** Table rows labelled TASK. */
  readonly taskRowsLabelled: number;
  /** Table rows the validator classified as tasks. */
  readonly taskRowsCounted: number;
  /** TASK rows the validator did not count (1-based table rows). */
  readonly tasksMissed: readonly number[];
  /** Rows the validator counted as tasks that are not labelled TASK. */
  readonly tasksExtra: readonly number[];
  /** Error and warning findings, each marked true or false. */
  readonly findings: readonly ScoredFinding[];
  readonly labelsFound: readonly DefectLabel[];
  readonly labelsMissed: readonly DefectLabel[];
  /** Whether the reported unit is the issuer (undefined when the title does not name it). */
  readonly unitRight?: boolean;
  readonly unit?: string;
}

/** Scores one report against its document's ground truth (see the file comment). */
export function scoreDocument(doc: CorpusDocument, report: SheetReport): DocumentScore {
  const lineOfRow = new Map<number, number>(doc.lineRows.map((row, i) => [row, i + 1]));
  const countedLines = (report.table?.rows ?? [])
    .filter((row) => row.kind === "task")
    .map((row) => lineOfRow.get(row.row) ?? -row.row);
  const counted = new Set(countedLines);
  const labelledLines = doc.kinds.flatMap((kind, i) => (kind === "TASK" ? [i + 1] : []));
  const labelled = new Set(labelledLines);

  const serious = report.findings.filter((f) => f.severity === "error" || f.severity === "warning");
  const lineOf = (f: Finding): number => (f.row === undefined ? 0 : (lineOfRow.get(f.row) ?? 0));
  const names = (label: DefectLabel, f: Finding): boolean =>
    label.line === lineOf(f) && label.codes.some((code) => codeNames(code, f));
  const findings = serious.map((finding) => ({
    finding,
    line: lineOf(finding),
    true: doc.labels.some((label) => names(label, finding)),
  }));
  const labelsFound = doc.labels.filter((label) => serious.some((f) => names(label, f)));
  const labelsMissed = doc.labels.filter((label) => !labelsFound.includes(label));
  const unitRight =
    doc.meta.issuer !== undefined && titleNamesIssuer(doc.meta)
      ? sameUnit(report.unit, doc.meta.issuer)
      : undefined;
  return {
    document: doc,
    taskRowsLabelled: labelledLines.length,
    taskRowsCounted: countedLines.length,
    tasksMissed: labelledLines.filter((line) => !counted.has(line)),
    tasksExtra: countedLines.filter((line) => !labelled.has(line)),
    findings,
    labelsFound,
    labelsMissed,
    ...(unitRight !== undefined ? { unitRight } : {}),
    ...(report.unit !== undefined ? { unit: report.unit } : {}),
  };
}

/** `CODE` names a finding with that code; `CODE:field` also needs the finding's field. */
function codeNames(code: string, f: Finding): boolean {
  const [name, field] = code.split(":");
  return name === f.code && (field === undefined || field === (f.field ?? f.params["field"]));
}

/** True when one of the title lines names the issuer (`… của Ủy ban nhân dân tỉnh X`, `UBND xã Y`). */
export function titleNamesIssuer(meta: CorpusMeta): boolean {
  if (meta.issuer === undefined) return false;
  const issuer = agencyKey(meta.issuer);
  return meta.title.some((line) => agencyKey(line).includes(issuer));
}

function sameUnit(unit: string | undefined, issuer: string): boolean {
  return unit !== undefined && agencyKey(unit) === agencyKey(issuer);
}

/** The figure for a set of scored documents (one group). */
export interface GroupFigure {
  readonly documents: number;
  readonly taskRowsLabelled: number;
  readonly taskRowsCounted: number;
  readonly taskRowsMissed: number;
  readonly taskRowsExtra: number;
  readonly labels: number;
  readonly labelsFound: number;
  readonly findings: number;
  readonly trueFindings: number;
  readonly falseFindings: number;
  /** True findings / error+warning findings (1 when there are none). */
  readonly precision: number;
  /** Labels found / labels (1 when there are none). */
  readonly recall: number;
  readonly falsePer25Tasks: number;
  /** False findings by code, most first. */
  readonly falseByCode: Readonly<Record<string, number>>;
  readonly unitsChecked: number;
  readonly unitsRight: number;
}

/** Adds up the scores of one group (see GroupFigure). */
export function groupFigure(scores: readonly DocumentScore[]): GroupFigure {
  const sum = (pick: (s: DocumentScore) => number): number => scores.reduce((n, s) => n + pick(s), 0);
  const findings = sum((s) => s.findings.length);
  const trueFindings = sum((s) => s.findings.filter((f) => f.true).length);
  const labels = sum((s) => s.document.labels.length);
  const labelsFound = sum((s) => s.labelsFound.length);
  const taskRowsLabelled = sum((s) => s.taskRowsLabelled);
  const falseCounts = new Map<string, number>();
  for (const s of scores) {
    for (const f of s.findings) {
      if (!f.true) falseCounts.set(f.finding.code, (falseCounts.get(f.finding.code) ?? 0) + 1);
    }
  }
  const falseByCode = Object.fromEntries(
    [...falseCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  );
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    documents: scores.length,
    taskRowsLabelled,
    taskRowsCounted: sum((s) => s.taskRowsCounted),
    taskRowsMissed: sum((s) => s.tasksMissed.length),
    taskRowsExtra: sum((s) => s.tasksExtra.length),
    labels,
    labelsFound,
    findings,
    trueFindings,
    falseFindings: findings - trueFindings,
    precision: round(findings === 0 ? 1 : trueFindings / findings),
    recall: round(labels === 0 ? 1 : labelsFound / labels),
    falsePer25Tasks: round(taskRowsLabelled === 0 ? 0 : ((findings - trueFindings) * 25) / taskRowsLabelled),
    falseByCode,
    unitsChecked: scores.filter((s) => s.unitRight !== undefined).length,
    unitsRight: scores.filter((s) => s.unitRight === true).length,
  };
}
