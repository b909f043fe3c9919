import { planTitleOf } from "../../src/core/plan-title";
import type { AnnexTable } from "../../src/core/table-types";
import { annexTable, sheetReport } from "./plans/fixtures";

function report(title?: string, attachedTo?: string) {
  const table: AnnexTable = annexTable({ stt: 1, content: 2 }, [], {
    title: {
      lines: [],
      ...(title !== undefined ? { title } : {}),
      ...(attachedTo !== undefined ? { attachedTo } : {}),
    },
  });
  return sheetReport("Báo cáo", table);
}

const TITLE = "BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024";
const KEM_THEO = "(Kèm theo Kế hoạch số 45/KH-UBND ngày 15/3/2024)";

describe("planTitleOf", () => {
  // Compared without case, tone-mark style or decomposition; written as the first carrying it wrote it.
  it("takes the title and the Kèm theo line most submissions share", () => {
    expect(
      planTitleOf([
        report("Báo cáo tháng 10", KEM_THEO),
        report(TITLE, KEM_THEO),
        report(TITLE.toLowerCase().normalize("NFD")),
      ]),
    ).toEqual({ name: TITLE, reference: KEM_THEO });
    expect(planTitleOf([report(TITLE), report("Khác"), report(`  ${TITLE} `)])).toEqual({ name: TITLE });
  });

  it("is empty without titles, and skips sheets without a table", () => {
    expect(planTitleOf([report(), sheetReport("Ghi chú", undefined)])).toEqual({});
    expect(planTitleOf([])).toEqual({});
  });
});
