/** Tổng hợp with feedback (issue 11): the consolidation, plus one owned feedback sheet per unit. */
import type { DayNumber } from "../core/day";
import { unitFeedback } from "../core/loop/feedback";
import { feedbackSheetPlans } from "../core/plans/feedback-plan";
import type { SubmissionRef } from "../core/consolidate";
import type { Lang } from "../core/report-types";
import type { WorkbookHost } from "../office/host";
import { consolidateSheets, type ConsolidationResult } from "./consolidate-actions";

/** Consolidates the ticked sheets and writes each unit's feedback sheet, in the same one update. */
export function consolidateWithFeedback(
  host: WorkbookHost,
  sheets: readonly string[],
  today: DayNumber,
  lang: Lang,
  extra: { readonly keep?: readonly SubmissionRef[] } = {},
): Promise<ConsolidationResult> {
  return consolidateSheets(host, sheets, today, lang, {
    ...extra,
    more: (consolidation) =>
      feedbackSheetPlans(unitFeedback({ consolidation }), {
        planTitle: "",
        period: consolidation.period,
        asOf: consolidation.asOf,
        lang,
      }),
  });
}
