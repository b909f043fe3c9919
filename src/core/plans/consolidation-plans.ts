/** The three sheets consolidation owns (DESIGN §7): summary, task data and findings. */
import type { Consolidation } from "../consolidate";
import type { Lang } from "../report-types";
import type { SheetPlan } from "../sheet-plan";
import { dataPlan } from "./data-plan";
import { findingsPlan } from "./findings-plan";
import { EXCEL_MAX_ROWS } from "./plan-style";
import { summaryPlan } from "./summary-plan";

export const OWNED_SHEETS = { summary: "Tổng hợp", data: "Dữ liệu tổng hợp", findings: "Kiểm tra" } as const;

/**
 * `[Tổng hợp, Dữ liệu tổng hợp, Kiểm tra]`; links point into the workbook when the sources are in it.
 * A sheet holds at most `maxRows` rows (Excel's limit): past it, its last row says how many are left out.
 */
export function consolidationPlans(
  c: Consolidation,
  lang: Lang,
  options: { readonly sourceInWorkbook: boolean; readonly maxRows?: number },
): SheetPlan[] {
  const maxRows = options.maxRows ?? EXCEL_MAX_ROWS;
  return [
    summaryPlan(c, lang, OWNED_SHEETS.summary, OWNED_SHEETS.data),
    dataPlan(c, lang, OWNED_SHEETS.data, options.sourceInWorkbook, maxRows),
    findingsPlan(c, lang, OWNED_SHEETS.findings, options.sourceInWorkbook, maxRows),
  ];
}
