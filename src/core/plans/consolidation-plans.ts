/** The three sheets consolidation owns (DESIGN §7): summary, task data and findings. */
import type { Consolidation } from "../consolidate";
import type { Lang } from "../report-types";
import { withAllRows, type SheetPlan } from "../sheet-plan";
import { dataPlan } from "./data-plan";
import { findingsPlan } from "./findings-plan";
import { EXCEL_MAX_ROWS } from "./plan-style";
import { summaryPlan } from "./summary-plan";

export const OWNED_SHEETS = { summary: "Tổng hợp", data: "Dữ liệu tổng hợp", findings: "Kiểm tra" } as const;

/**
 * `[Tổng hợp, Dữ liệu tổng hợp, Kiểm tra]`; links point into the workbook when the sources are in it.
 * A sheet holds at most `maxRows` rows (Excel's limit): past it, its last row says how many are left out.
 * With `rowsOnDemand`, the data and findings rows are made as they are written (`moreRows`), for a
 * writer that takes them a row at a time (the file adapter); else they are all in `values`.
 */
export function consolidationPlans(
  c: Consolidation,
  lang: Lang,
  options: { readonly sourceInWorkbook: boolean; readonly maxRows?: number; readonly rowsOnDemand?: boolean },
): SheetPlan[] {
  const maxRows = options.maxRows ?? EXCEL_MAX_ROWS;
  const plans = [
    summaryPlan(c, lang, OWNED_SHEETS.summary, OWNED_SHEETS.data),
    dataPlan(c, lang, OWNED_SHEETS.data, options.sourceInWorkbook, maxRows),
    findingsPlan(c, lang, OWNED_SHEETS.findings, options.sourceInWorkbook, maxRows),
  ];
  return options.rowsOnDemand ? plans : plans.map(withAllRows);
}
