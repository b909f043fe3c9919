/**
 * The adapter against the core's real sheet plans: what it writes reads back as the core expects, and
 * re-running consolidation replaces its own sheets, nothing else.
 */
import { createOfficeHost } from "../../src/office/office-host";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import { directorySheetPlan, readDirectorySheet } from "../../src/core/directory-sheet";
import { consolidateSubmissions } from "../../src/core/consolidate";
import { consolidationPlans, OWNED_SHEETS } from "../../src/core/plans/consolidation-plans";
import { dayNumber, yearInterval } from "../../src/core/day";
import { installFakeExcel, type FakeExcel } from "../fakes/fake-excel";

const noWait = (): Promise<void> => Promise.resolve();

describe("core plans through the Office adapter", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = installFakeExcel();
    fake.addSheet("Phường Bắc Sơn", { rows: [["STT", "Nội dung"]] });
  });

  it("writes the directory sheet and reads it back to the same directory", async () => {
    const host = createOfficeHost({ sleep: noWait });
    const { written } = await host.update({}, () => ({ plans: [directorySheetPlan(DEFAULT_DIRECTORY)] }));
    expect(written).toEqual(["Danh mục cơ quan"]);
    const { directory, sheetList } = await host.read({ directory: true });
    expect(sheetList.find((s) => s.name === "Danh mục cơ quan")?.owner).toBe("directory");
    if (!directory) throw new Error("directory sheet not read back");
    const read = readDirectorySheet(directory);
    expect(read.problems).toEqual([]);
    expect(read.directory?.entries.map((e) => [e.name, e.kind, e.mustSubmit])).toEqual(
      DEFAULT_DIRECTORY.entries.map((e) => [e.name, e.kind, e.mustSubmit]),
    );
  });

  it("writes the consolidation sheets and replaces them on a re-run, leaving the source alone", async () => {
    const consolidation = consolidateSubmissions({
      reports: [],
      unreadable: [],
      directory: DEFAULT_DIRECTORY,
      period: yearInterval(2024),
      asOf: dayNumber(2024, 11, 20),
    });
    const plans = consolidationPlans(consolidation, "vi", { sourceInWorkbook: true });
    const host = createOfficeHost({ sleep: noWait });
    const first = await host.update({}, () => ({ plans, activate: OWNED_SHEETS.summary }));
    const second = await host.update({}, () => ({ plans, activate: OWNED_SHEETS.summary }));
    expect(first.written).toEqual(Object.values(OWNED_SHEETS));
    expect(second.written).toEqual(Object.values(OWNED_SHEETS));
    expect(fake.sheets.map((s) => s.name)).toEqual(["Phường Bắc Sơn", ...Object.values(OWNED_SHEETS)]);
    expect(fake.writesTo("Phường Bắc Sơn")).toEqual([]);
    expect(fake.activeSheetId).toBe(fake.sheet(OWNED_SHEETS.summary).id);
  });
});
