/**
 * Mẫu báo cáo in the pane (issue 11) over the fake Excel: from the plan sheet open now, one protected
 * template sheet per unit that must report (task ids in a hidden column, open cells unlocked) and each
 * one's fingerprint in a very hidden sheet — one Excel.run, as many syncs for 12 units as for 3.
 */
import { dayNumber } from "../../src/core/day";
import { readFingerprint } from "../../src/core/loop/fingerprint";
import { TEMPLATE_COLUMNS } from "../../src/core/plans/template-plan";
import { createOfficeHost } from "../../src/office/office-host";
import { PaneError } from "../../src/taskpane/action-support";
import { createTemplates } from "../../src/taskpane/template-actions";
import type { FakeExcel } from "../fakes/fake-excel";
import { planWorkbook, wardName } from "../helpers/plan-workbook";

const noWait = (): Promise<void> => Promise.resolve();
const TODAY = dayNumber(2024, 11, 1);
const formatsOf = (fake: FakeExcel, sheet: string, path: string) =>
  fake.sheet(sheet).formats.filter((f) => f.path === path);

describe("Mẫu báo cáo from the pane", () => {
  it("writes each unit's protected template sheet and its very hidden fingerprint", async () => {
    const fake = planWorkbook([0, 1, 2].map(wardName));
    const host = createOfficeHost({ sleep: noWait });
    const made = await createTemplates(host, TODAY, dayNumber(2024, 11, 30));
    expect(fake.runCount).toBe(1);
    expect(made.source).toBe("Kế hoạch");
    expect(made.templates).toEqual([
      { unit: "Ủy ban nhân dân phường Lãm Hà", sheet: "Báo cáo phường Lãm Hà", tasks: 5 },
      { unit: "Ủy ban nhân dân phường Nam Sơn", sheet: "Báo cáo phường Nam Sơn", tasks: 4 },
      { unit: "Ủy ban nhân dân phường Ngọc Sơn", sheet: "Báo cáo phường Ngọc Sơn", tasks: 4 },
    ]);
    expect(fake.writesTo("Kế hoạch")).toEqual([]);

    const sheet = fake.sheet("Báo cáo phường Lãm Hà");
    expect(sheet.protected).toBe(true);
    expect(sheet.protectionOptions).toMatchObject({ allowFormatColumns: true, allowDeleteRows: false });
    expect(sheet.visibility).toBe("Visible");
    // The id column hidden; status, completion date and result open to the ward, nothing else.
    expect(formatsOf(fake, sheet.name, "columnHidden")).toEqual([
      expect.objectContaining({ value: true, area: expect.objectContaining({ left: TEMPLATE_COLUMNS.id }) }),
    ]);
    expect(formatsOf(fake, sheet.name, "protection.locked")).toEqual([
      expect.objectContaining({
        value: false,
        area: expect.objectContaining({ left: TEMPLATE_COLUMNS.status, right: TEMPLATE_COLUMNS.result }),
      }),
    ]);

    const hidden = fake.sheets.filter((s) => s.visibility === "VeryHidden");
    expect(hidden.map((s) => s.protected)).toEqual([true, true, true]);
    const read = await host.read({ sheets: hidden.map((s) => s.name) });
    const fingerprints = read.sheets.map((s) => readFingerprint([s]));
    expect(fingerprints.map((f) => [f?.unit, f?.sheet, f?.tasks.length])).toEqual(
      made.templates.map((t) => [t.unit, t.sheet, t.tasks]),
    );
  });

  it("uses as many syncs for 12 units as for 3, and says when no unit must report", async () => {
    const small = planWorkbook([0, 1, 2].map(wardName));
    await createTemplates(createOfficeHost({ sleep: noWait }), TODAY);
    const large = planWorkbook(Array.from({ length: 12 }, (_, i) => wardName(i)));
    const made = await createTemplates(createOfficeHost({ sleep: noWait }), TODAY);
    expect(made.templates).toHaveLength(12);
    expect(large.syncCount).toBe(small.syncCount);

    const none = planWorkbook([]);
    await expect(createTemplates(createOfficeHost({ sleep: noWait }), TODAY)).rejects.toEqual(
      new PaneError("noReportingUnits"),
    );
    expect(none.sheets).toHaveLength(2);
  });
});
