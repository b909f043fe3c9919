/**
 * The snapshot is the contract between the adapters and the core: what the file adapter and the Office
 * adapter read must satisfy the zod schema the core publishes, and malformed data must be refused.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parseSheetSnapshot } from "../../src/core/snapshot";
import { readWorkbook } from "../../src/file/read-workbook";
import { createOfficeHost } from "../../src/office/office-host";
import { installFakeExcel } from "../fakes/fake-excel";
import { writeSeedAnnex } from "../helpers/xlsx-fixtures";

describe("sheet snapshot schema", () => {
  it.each([
    [
      "a grid with every kind of cell",
      { sheet: "A", rows: [["x", 1, true, null, { date: "2024-12-20" }, { error: "#REF!" }]], merges: [] },
    ],
    [
      "a merge and flags",
      {
        sheet: "A",
        file: "a.xlsx",
        rows: [],
        merges: [{ top: 1, left: 1, bottom: 2, right: 3 }],
        protected: true,
        truncated: false,
      },
    ],
  ])("accepts %s", (_name, input) => {
    expect(parseSheetSnapshot(input).ok).toBe(true);
  });

  it.each([
    ["no sheet name", { rows: [], merges: [] }],
    ["a date that is not ISO", { sheet: "A", rows: [[{ date: "20/12/2024" }]], merges: [] }],
    ["an object cell of unknown shape", { sheet: "A", rows: [[{ formula: "=1+1" }]], merges: [] }],
    ["a merge at row 0", { sheet: "A", rows: [], merges: [{ top: 0, left: 1, bottom: 1, right: 1 }] }],
    ["not an object", "Sheet1"],
  ])("refuses %s, saying where", (_name, input) => {
    const result = parseSheetSnapshot(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  });

  it("holds for what the file adapter reads from a real workbook", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "snapshot-schema-"));
    try {
      const file = await writeSeedAnnex(path.join(dir, "seed.xlsx"));
      const read = await readWorkbook(file, "seed.xlsx");
      if (!read.ok) throw new Error(read.message);
      expect(read.sheets.length).toBeGreaterThan(0);
      for (const sheet of read.sheets)
        expect(parseSheetSnapshot(sheet)).toEqual({ ok: true, snapshot: sheet });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("holds for what the Office adapter reads", async () => {
    const fake = installFakeExcel();
    fake.addSheet("Phường Bắc Sơn", {
      rows: [
        ["STT", "Nội dung"],
        [1, "Nhiệm vụ"],
        [{ error: "#REF!" }, { date: "2024-12-20" }],
      ],
      merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
    });
    const { active } = await createOfficeHost({ sleep: () => Promise.resolve() }).read({ active: true });
    expect(active).toBeDefined();
    expect(parseSheetSnapshot(active)).toEqual({ ok: true, snapshot: active });
  });
});
