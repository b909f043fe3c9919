/** `Kiểm tra`: every finding of the consolidation, set-level ones first (DESIGN §7). */
import type { Consolidation } from "../consolidate";
import type { Finding } from "../findings";
import { formatFinding, severityLabel } from "../messages";
import type { Lang } from "../report-types";
import type { PlanLink, PlanValue, SheetPlan } from "../sheet-plan";
import { sheetReference } from "../sheet-plan";
import { consolidationLabels } from "./consolidation-labels";
import { range, styled, tableSheetPlan } from "./plan-style";

const CELL_COLUMN = 4;
const WIDTHS = [24, 16, 16, 8, 11, 24, 70, 40];

/** The findings table plan (owner `findings`), messages in `lang`, cells linked when in this workbook. */
export function findingsPlan(
  c: Consolidation,
  lang: Lang,
  name: string,
  sourceInWorkbook: boolean,
): SheetPlan {
  const header = consolidationLabels(lang).findingsHeader;
  const values: PlanValue[][] = [[...header]];
  const links: PlanLink[] = [];
  for (const finding of c.findings) {
    const row = values.length + 1;
    values.push(findingCells(finding, lang));
    if (sourceInWorkbook && finding.sheet !== undefined && finding.cell !== undefined) {
      links.push({ row, column: CELL_COLUMN, target: sheetReference(finding.sheet, finding.cell) });
    }
  }
  return tableSheetPlan({
    name,
    owner: "findings",
    tableName: "KiemTraPhatHien",
    values,
    links,
    columnWidths: WIDTHS,
    bodyStyles: (last) => [styled(range(2, 7, last, 8), { wrap: true })],
  });
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
