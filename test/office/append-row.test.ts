/** Thêm tên này vào Danh mục cơ quan over the fake Excel: one row appended, nothing else touched. */
import { createOfficeHost } from "../../src/office/office-host";
import { checkActiveSheet } from "../../src/taskpane/actions";
import { addNameToDirectory } from "../../src/taskpane/fix-actions";
import { installFakeExcel, type FakeExcel } from "../fakes/fake-excel";
import { TODAY, wardSheet } from "../taskpane/fixtures";

const noWait = (): Promise<void> => Promise.resolve();
const NEW = "Câu lạc bộ dưỡng sinh";

/** A clerk's own directory: a title, names in column B, a column of their own, a note below the list. */
const CLERKS_DIRECTORY = [
  ["DANH MỤC CƠ QUAN, ĐƠN VỊ CỦA PHƯỜNG"],
  ["STT", "Tên chuẩn", "Tên khác", "Ghi chú riêng"],
  [1, "Phòng Văn hóa và Thông tin", "Phòng VHTT", "đầu mối"],
  [2, "UBND các phường", "", ""],
];

describe("appendRow", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = installFakeExcel();
  });

  it("writes the cells below the last used row, as text, in one Excel.run and two syncs", async () => {
    fake.addSheet("Danh mục cơ quan", { rows: CLERKS_DIRECTORY });
    const row = await createOfficeHost({ sleep: noWait }).appendRow("Danh mục cơ quan", [
      { column: 2, text: "=Tổ 5" },
    ]);
    expect(row).toBe(5);
    expect([fake.runCount, fake.syncCount, fake.implicitSyncs]).toEqual([1, 2, 0]);
    expect(fake.writesTo("Danh mục cơ quan")).toEqual([
      expect.objectContaining({ kind: "values", address: "B5" }),
    ]);
    expect(fake.cell("Danh mục cơ quan", "B5")).toEqual({ value: "=Tổ 5", format: "General" });
  });

  it("refuses a protected sheet with the host's message, writing nothing", async () => {
    fake.addSheet("Danh mục cơ quan", { rows: CLERKS_DIRECTORY, protected: true });
    await expect(
      createOfficeHost({ sleep: noWait }).appendRow("Danh mục cơ quan", [{ column: 2, text: NEW }]),
    ).rejects.toMatchObject({ kind: "protected" });
    expect(fake.writesTo("Danh mục cơ quan")).toEqual([]);
  });

  it("adds an unknown lead to the clerk's directory: the name in its names column, the finding gone", async () => {
    const rows = wardSheet().rows.map((r) => [...r]);
    rows[6]![4] = NEW;
    fake.activeSheetId = fake.addSheet("Bắc Sơn", { rows }).id;
    fake.addSheet("Danh mục cơ quan", { rows: CLERKS_DIRECTORY });
    const host = createOfficeHost({ sleep: noWait });
    const first = await checkActiveSheet(host, TODAY);
    if (first.kind !== "checked") throw new Error("not checked");
    expect(first.check.report.findings.filter((f) => f.code === "LEAD_UNKNOWN").map((f) => f.cell)).toEqual([
      "E7",
    ]);
    const [runs, syncs] = [fake.runCount, fake.syncCount];
    const outcome = await addNameToDirectory(host, first.check, NEW, false, TODAY);
    expect([fake.runCount - runs, fake.syncCount - syncs]).toEqual([1, 2]);
    if (outcome.kind !== "added") throw new Error("not added");
    expect(outcome.row).toBe(5);
    expect(fake.cell("Danh mục cơ quan", "B5").value).toBe(NEW);
    expect(fake.writesTo("Bắc Sơn")).toEqual([]);
    expect(outcome.check.report.findings.filter((f) => f.code === "LEAD_UNKNOWN")).toEqual([]);
    // What a full check reads from the workbook now agrees.
    const again = await checkActiveSheet(host, TODAY);
    if (again.kind !== "checked") throw new Error("not checked");
    expect(again.check.report.findings).toEqual(outcome.check.report.findings);
  });

  it("creates the directory sheet with the names the check accepted, so none of them turns unknown", async () => {
    // Known by the shape of their names, not listed in the built-in directory: with a directory sheet only
    // its names count, and a sheet of the built-in list plus the one name made them unknown.
    const shaped = ["Phòng Quản lý đô thị", "Ban Chỉ huy Quân sự phường Bắc Sơn"];
    const rows = wardSheet().rows.map((r) => [...r]);
    rows[5]![4] = shaped[0]!;
    rows[5]![5] = shaped[1]!;
    rows[6]![4] = NEW;
    fake.activeSheetId = fake.addSheet("Bắc Sơn", { rows }).id;
    const host = createOfficeHost({ sleep: noWait });
    const first = await checkActiveSheet(host, TODAY);
    if (first.kind !== "checked") throw new Error("not checked");
    const unknown = (findings: readonly { code: string; cell?: string }[]) =>
      findings.filter((f) => f.code === "LEAD_UNKNOWN" || f.code === "SUPPORT_UNKNOWN").map((f) => f.cell);
    expect(unknown(first.check.report.findings)).toEqual(["E7"]);
    const outcome = await addNameToDirectory(host, first.check, NEW, true, TODAY);
    if (outcome.kind !== "added") throw new Error("not added");
    expect(outcome.created).toBe(true);
    expect(unknown(outcome.check.report.findings)).toEqual([]);
    const again = await checkActiveSheet(host, TODAY);
    if (again.kind !== "checked") throw new Error("not checked");
    expect(unknown(again.check.report.findings)).toEqual([]);
    const names = Array.from({ length: 400 }, (_, r) => fake.cell(outcome.sheet, `A${r + 1}`).value);
    // As the check named them (the reference spells the command `quân sự`), then the clerk's name.
    expect(names.filter((n) => n !== "").slice(-3)).toEqual([
      "Phòng Quản lý đô thị",
      "Ban Chỉ huy quân sự phường Bắc Sơn",
      NEW,
    ]);
  });
});
