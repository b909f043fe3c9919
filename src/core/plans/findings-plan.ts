/**
 * `Kiểm tra`: the data quality of each unit's report (errors, warnings, missing deadlines) in a small
 * block at the top, then every finding of the consolidation, set-level ones first (DESIGN §7).
 */
import type { Consolidation } from "../consolidate";
import type { Finding } from "../findings";
import { formatFinding, severityLabel } from "../messages";
import type { Lang } from "../report-types";
import type { PlanLink, PlanValue, SheetPlan, StyledRange } from "../sheet-plan";
import { sheetReference } from "../sheet-plan";
import { consolidationLabels } from "./consolidation-labels";
import {
  BLACK,
  EXCEL_MAX_ROWS,
  HEADER_STYLE,
  PLAN_FONT,
  range,
  recordsThatFit,
  styled,
  tableSheetPlan,
} from "./plan-style";

const CELL_COLUMN = 4;
const WIDTHS = [24, 16, 16, 8, 11, 24, 70, 40];

/** The findings table plan (owner `findings`), messages in `lang`, cells linked when in this workbook. */
export function findingsPlan(
  c: Consolidation,
  lang: Lang,
  name: string,
  sourceInWorkbook: boolean,
  maxRows: number = EXCEL_MAX_ROWS,
): SheetPlan {
  const t = consolidationLabels(lang);
  const header = t.findingsHeader;
  const links: PlanLink[] = [];
  const above = qualityBlock(c, lang);
  const { shown, leftOut } = recordsThatFit(c.findings.length, above?.values.length ?? 0, maxRows);
  if (sourceInWorkbook) {
    for (let i = 0; i < shown; i++) {
      const finding = c.findings[i]!;
      if (finding.sheet === undefined || finding.cell === undefined) continue;
      links.push({ row: i + 2, column: CELL_COLUMN, target: sheetReference(finding.sheet, finding.cell) });
    }
  }
  const leftOutRow = header.map((_, i) => (i === 0 ? t.rowsLeftOut(leftOut, maxRows) : null));
  return tableSheetPlan({
    name,
    owner: "findings",
    ...(leftOut > 0 ? { rowsLeftOut: leftOut } : {}),
    tableName: "KiemTraPhatHien",
    header,
    // A finding's message is made when its row is written, not held for every finding.
    records: {
      count: shown + (leftOut > 0 ? 1 : 0),
      row: (i) => (i < shown ? findingCells(c.findings[i]!, lang) : leftOutRow),
    },
    links,
    columnWidths: WIDTHS,
    bodyStyles: (last) => [styled(range(2, 7, last, 8), { wrap: true })],
    ...(above ? { above } : {}),
  });
}

/**
 * Per submitting unit: errors, warnings and tasks without a usable deadline, with a totals row; none when
 * no unit submitted.
 */
function qualityBlock(
  c: Consolidation,
  lang: Lang,
): { values: PlanValue[][]; styles: StyledRange[] } | undefined {
  const t = consolidationLabels(lang);
  const units = c.units.filter((u) => u.submitted);
  if (units.length === 0) return undefined;
  const sum = (pick: (u: (typeof units)[number]) => number) => units.reduce((n, u) => n + pick(u), 0);
  const values: PlanValue[][] = [
    [t.qualityBlock],
    [...t.qualityHeader],
    ...units.map((u) => [u.unit, u.errors, u.warnings, u.missingDeadlines]),
    [t.total, sum((u) => u.errors), sum((u) => u.warnings), sum((u) => u.missingDeadlines)],
  ];
  const last = values.length;
  return {
    values,
    styles: [
      styled(range(1, 1, last, 4), { fontName: PLAN_FONT, fontColor: BLACK }),
      styled(range(1, 1, 1, 4), { bold: true }),
      styled(range(2, 1, last, 4), { border: "thin", vertical: "top", wrap: true }),
      styled(range(2, 1, 2, 4), HEADER_STYLE),
      styled(range(3, 2, last, 4), { horizontal: "center" }),
      styled(range(last, 1, last, 4), { bold: true }),
    ],
  };
}

function findingCells(f: Finding, lang: Lang): PlanValue[] {
  const { message, suggestion } = formatFinding(f, lang);
  return [
    f.unit ?? null,
    f.file ?? null,
    f.sheet ?? null,
    f.cell ?? null,
    severityLabel(f.severity, lang),
    f.code,
    message,
    suggestion,
  ];
}
