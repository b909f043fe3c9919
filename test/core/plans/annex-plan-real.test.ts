/** The official annex built from the eight real annexes: every cell typed below the header is kept. */
import { buildAnnexPlan, defaultAnnexOptions } from "../../../src/core/plans/annex-plan";
import type { PlanValue } from "../../../src/core/sheet-plan";
import { cellText } from "../../../src/core/snapshot";
import type { Cell } from "../../../src/core/snapshot";
import { readAnnexTable } from "../../../src/core/table";
import { normalizeText } from "../../../src/core/text";
import { REAL_ANNEX_IDS, realAnnexSnapshot } from "../../helpers/snapshot-from-tsv";

function text(value: PlanValue | Cell | undefined): string {
  if (typeof value === "object" && value !== null && "formula" in value)
    throw new Error("no formulas in an annex");
  return normalizeText(cellText(value ?? null));
}

const FIRST_DATA_ROW = 7;

describe.each(REAL_ANNEX_IDS)("real annex %s", (id) => {
  const { snapshot } = realAnnexSnapshot(id, {
    title: ["NHIỆM VỤ CỤ THỂ NĂM 2025", "(Kèm theo Kế hoạch số 12/KH-UBND)"],
  });
  const table = readAnnexTable(snapshot);

  it.each(["keep", "renumber"] as const)("keeps every cell of every row (%s)", (numbering) => {
    expect(table).toBeDefined();
    if (!table) return;
    const plan = buildAnnexPlan(snapshot, table, { ...defaultAnnexOptions(snapshot, table), numbering });
    const timeColumn = table.header.combinedTime ? table.header.columns.end : undefined;
    const rows = table.rows.filter((r) => r.kind !== "blank");
    expect(plan.values.length).toBe(FIRST_DATA_ROW - 1 + rows.length);
    rows.forEach((row, k) => {
      const written = (plan.values[FIRST_DATA_ROW - 1 + k] ?? []).map(text);
      (snapshot.rows[row.row - 1] ?? []).forEach((cell, c) => {
        const typed = text(cell);
        if (typed === "" || (numbering === "renumber" && c + 1 === table.header.columns.stt)) return;
        if (written.includes(typed)) return;
        // Only a combined time cell may be written differently: as its start and finish halves.
        expect(c + 1).toBe(timeColumn);
        const [start = "", end = ""] = written.slice(2, 4);
        expect(start).not.toBe("");
        expect(typed.startsWith(start)).toBe(true);
        expect(typed.endsWith(end)).toBe(true);
      });
    });
  });
});
