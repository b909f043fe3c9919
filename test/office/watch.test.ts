/** Re-check on edit over the fake Excel: the onChanged handler's life, and reading only changed rows. */
import { createAgencyMatcher } from "../../src/core/agency";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import { validateSheet } from "../../src/core/validate";
import type { SheetChange } from "../../src/office/host";
import { createOfficeHost } from "../../src/office/office-host";
import { checkActiveSheet } from "../../src/taskpane/actions";
import { recheckChanges } from "../../src/taskpane/recheck";
import { installFakeExcel, type FakeExcel } from "../fakes/fake-excel";
import { TODAY, wardSheet } from "../taskpane/fixtures";

const noWait = (): Promise<void> => Promise.resolve();
/** Lets the fake deliver its events (Excel calls handlers after the change, not during it). */
const delivered = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe("watchSheet", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = installFakeExcel();
    fake.addSheet("Bắc Sơn", { rows: wardSheet().rows });
  });

  it("hears the clerk's edits with their address and kind, until stopped; one sync to start, one to stop", async () => {
    const host = createOfficeHost({ sleep: noWait });
    const heard: SheetChange[] = [];
    const watch = await host.watchSheet("Bắc Sơn", (change) => heard.push(change));
    expect([fake.runCount, fake.syncCount, fake.implicitSyncs]).toEqual([1, 1, 0]);
    expect(fake.activeChangeHandlers()).toBe(1);
    fake.userEdit("Bắc Sơn", "E8:F8", [["Phòng Tư pháp", null]]);
    fake.userChange("Bắc Sơn", "10:10", "RowInserted");
    await delivered();
    expect(heard).toEqual([
      { address: "E8:F8", changeType: "RangeEdited" },
      { address: "A10:XFD10", changeType: "RowInserted" },
    ]);
    await watch.stop();
    expect([fake.runCount, fake.syncCount, fake.implicitSyncs]).toEqual([2, 2, 0]);
    expect(fake.activeChangeHandlers()).toBe(0);
    fake.userEdit("Bắc Sơn", "E9", [["x"]]);
    await delivered();
    expect(heard).toHaveLength(2);
  });

  it("hears the add-in's own writes too, as Excel reports them", async () => {
    const host = createOfficeHost({ sleep: noWait });
    const heard: SheetChange[] = [];
    await host.watchSheet("Bắc Sơn", (change) => heard.push(change));
    await host.editCells("Bắc Sơn", ["E6"], () => "Phòng Tư pháp");
    await delivered();
    expect(heard).toEqual([{ address: "E6", changeType: "RangeEdited" }]);
  });

  it("a sheet that is gone is a HostError, not a crash", async () => {
    const host = createOfficeHost({ sleep: noWait });
    await expect(host.watchSheet("Không có", () => undefined)).rejects.toMatchObject({
      name: "HostError",
      kind: "sheetNotFound",
    });
  });
});

describe("readRows and the re-check of changed rows", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = installFakeExcel();
    fake.activeSheetId = fake.addSheet("Bắc Sơn", { rows: wardSheet().rows }).id;
  });

  it("reads several blocks of rows in one Excel.run and one sync, dates as dates", async () => {
    fake.userEdit("Bắc Sơn", "D7", [[{ date: "2024-12-20" }]]);
    const host = createOfficeHost({ sleep: noWait });
    const blocks = await host.readRows(
      "Bắc Sơn",
      [
        { first: 7, last: 7 },
        { first: 9, last: 10 },
      ],
      6,
    );
    expect([fake.runCount, fake.syncCount]).toEqual([1, 1]);
    expect(blocks[0]?.[0]?.[3]).toEqual({ date: "2024-12-20" });
    expect(blocks[1]?.map((row) => row[0])).toEqual(["4.", null]);
    expect(blocks[1]?.[1]).toHaveLength(6);
  });

  it.each([
    ["one cell", ["E8"]],
    ["cells on rows far apart", ["E8", "C9", "B6:C6", "F12"]],
  ])("re-checks %s in one Excel.run and one sync, the same findings as a full check", async (_, cells) => {
    const host = createOfficeHost({ sleep: noWait });
    const first = await checkActiveSheet(host, TODAY);
    if (first.kind !== "checked") throw new Error("not checked");
    for (const address of cells) fake.userEdit("Bắc Sơn", address, [["Quý II"]]);
    const runs = fake.runCount;
    const syncs = fake.syncCount;
    const changes = cells.map((address) => ({ address, changeType: "RangeEdited" }));
    const { outcome, rows } = await recheckChanges(host, first.check, changes, TODAY);
    expect([fake.runCount - runs, fake.syncCount - syncs]).toEqual([1, 1]);
    expect(rows).not.toBe("sheet");
    if (outcome.kind !== "checked") throw new Error("not checked");
    const full = await checkActiveSheet(host, TODAY);
    if (full.kind !== "checked") throw new Error("not checked");
    expect(outcome.check.report.findings).toEqual(full.check.report.findings);
    expect(outcome.check.report.tasks).toBe(full.check.report.tasks);
  });

  it("a deleted row reads the whole sheet again (four syncs, as a check)", async () => {
    const host = createOfficeHost({ sleep: noWait });
    const first = await checkActiveSheet(host, TODAY);
    if (first.kind !== "checked") throw new Error("not checked");
    const syncs = fake.syncCount;
    const { rows, outcome } = await recheckChanges(
      host,
      first.check,
      [{ address: "8:8", changeType: "RowDeleted" }],
      TODAY,
    );
    expect(rows).toBe("sheet");
    expect(fake.syncCount - syncs).toBe(4);
    const expected = validateSheet(
      wardSheet(),
      { asOf: TODAY, directory: DEFAULT_DIRECTORY },
      createAgencyMatcher(DEFAULT_DIRECTORY),
    );
    expect(outcome.kind === "checked" && outcome.check.report.findings).toEqual(expected.findings);
  });
});
