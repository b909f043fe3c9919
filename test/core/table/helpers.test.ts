/** The test helpers other suites build on: the seed annex sheet and the TSV → snapshot builder. */
import * as fs from "fs";
import { sheetSnapshotSchema } from "../../../src/core/snapshot";
import { SEED_ANNEX, readSeedAnnexText, seedAnnexPath, seedAnnexSnapshot } from "../../helpers/seed-annex";
import {
  REAL_ANNEX_IDS,
  readRealAnnex,
  realAnnexSnapshot,
  snapshotFromTsv,
} from "../../helpers/snapshot-from-tsv";

describe("seedAnnexSnapshot", () => {
  const snapshot = seedAnnexSnapshot();

  it("is a valid snapshot with the documented layout", () => {
    expect(sheetSnapshotSchema.safeParse(snapshot).success).toBe(true);
    expect(snapshot.rows).toHaveLength(SEED_ANNEX.lastRow);
    expect(snapshot.rows[2]).toEqual([
      "STT",
      "Nội dung nhiệm vụ",
      "Thời gian",
      null,
      "Phân công trách nhiệm",
      null,
    ]);
    expect(snapshot.rows[3]).toEqual([
      null,
      null,
      "Bắt đầu",
      "Hoàn thành",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
    ]);
    expect(snapshot.rows.slice(SEED_ANNEX.dataRow - 1).map((row) => row[0])).toEqual([...SEED_ANNEX.stt]);
    expect(snapshot.merges).toContainEqual({ top: 3, left: 3, bottom: 3, right: 4 });
    expect(snapshot.merges).toContainEqual({ top: 3, left: 1, bottom: 4, right: 1 });
  });

  it("keeps every cell of the seed file verbatim, multi-line cells included", () => {
    const file = fs.readFileSync(seedAnnexPath(), "utf8");
    const cells = snapshot.rows.flat().filter((cell): cell is string => typeof cell === "string");
    for (const cell of cells) expect(file).toContain(cell);
    const multiLine = cells.filter((cell) => cell.includes("\n"));
    expect(multiLine).toHaveLength(2);
    expect(multiLine[1]).toMatch(/^Tuyên truyền trên mạng xã hội:\n- Kịp thời/);
  });

  it("has six cells in every data row", () => {
    const seed = readSeedAnnexText();
    expect(seed.rows).toHaveLength(SEED_ANNEX.stt.length);
    expect(seed.rows.every((row) => row.length === 6)).toBe(true);
  });
});

describe("snapshotFromTsv", () => {
  it.each(REAL_ANNEX_IDS)(
    "builds a valid snapshot of real annex %s with one row per TSV line or more",
    (id) => {
      const { snapshot, layout, table } = realAnnexSnapshot(id);
      const lines = readRealAnnex(id).trimEnd().split("\n").length - 1;
      expect(sheetSnapshotSchema.safeParse(snapshot).success).toBe(true);
      expect(table.length).toBeGreaterThanOrEqual(lines);
      expect(layout.lineRows).toHaveLength(table.length);
      expect(snapshot.sheet).toBe(`PL-${id}`);
      expect(layout.labels[0]).toMatch(/^S?TT$/);
    },
  );

  it("splits lines that joined two table rows (05: part B after task 9.5; 04: task 2 after a cut marker)", () => {
    const { table: t05 } = realAnnexSnapshot("05");
    const b = t05.findIndex((row) => row[0] === "B");
    expect(t05[b - 1]?.[0]).toBe("9.5");
    expect(t05[b]).toEqual(["B", "PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ NGÀNH, LĨNH VỰC"]);
    const { table: t04 } = realAnnexSnapshot("04");
    const split = t04.findIndex((row) => row[0] === "8");
    expect(t04[split + 1]?.slice(0, 2)).toEqual([
      "2",
      "Thành lập bộ máy quản lý Quỹ và ban hành Quy chế hoạt động Quỹ Phòng thủ dân sự cấp tỉnh (khoản 4, Điều 51 Nghị định)",
    ]);
    expect(realAnnexSnapshot("05", { splitJoinedRows: false }).table.length).toBe(t05.length - 2);
  });

  it("puts back an STT cell lost to a rowspan, but leaves single-field section titles in column A", () => {
    const { table } = realAnnexSnapshot("06");
    expect(table[7]?.slice(0, 3)).toEqual([
      "",
      "Xây dựng hạ tầng kỹ thuật dự phòng phục vụ triển khai cơ sở dữ liệu quốc gia hoạt động song song, đảm bảo năng lực sao lưu dữ liệu và có khả năng phục hồi sau sự cố.",
      "Trung tâm Chuyển đổi số Thành phố",
    ]);
    expect(realAnnexSnapshot("06", { restoreMergedStt: false }).table[7]?.[1]).toBe(
      "Trung tâm Chuyển đổi số Thành phố",
    );
    expect(realAnnexSnapshot("01").table[0]).toEqual(["I. NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY"]);
  });

  it("records the merged STT cell a restored line implies: the task's line down to its last continuation", () => {
    const { snapshot, layout, table } = realAnnexSnapshot("06");
    // Table rows 6, 19 and 24 (0-based) continue the task on the line above (06's lines 9, 22 and 27).
    expect([6, 19, 24].map((i) => table[i + 1]?.[0])).toEqual(["", "", ""]);
    const sttMerges = snapshot.merges.filter((m) => m.left === 1 && m.right === 1);
    expect(sttMerges).toEqual(
      [6, 19, 24].map((i) => ({
        top: layout.lineRows[i],
        left: 1,
        bottom: layout.lineRows[i + 1],
        right: 1,
      })),
    );
    // Reversed columns: the STT is the last column, and so is its merge.
    const reversed = realAnnexSnapshot("06", { reverseColumns: true });
    const last = reversed.layout.width;
    expect(reversed.snapshot.merges.filter((m) => m.left === last && m.right === last)).toHaveLength(3);
    expect(realAnnexSnapshot("06", { restoreMergedStt: false }).snapshot.merges).toEqual([]);
    // Two continuation lines under one task: one merge over the three rows.
    const tsv =
      "STT\tNội dung\tChủ trì\tPhối hợp\n1\tViệc một\tSở Y tế\tSở Nội vụ\n\tPhần hai\tSở Tư pháp\n\tPhần ba\tSở Xây dựng";
    const built = snapshotFromTsv(tsv);
    expect(built.snapshot.merges).toEqual([{ top: 2, left: 1, bottom: 4, right: 1 }]);
  });

  it("lays out a title block, a two-row header with groups, column numbers and notes after the table", () => {
    const tsv = "STT\tNội dung\tBắt đầu\tHoàn thành\tChủ trì\n1\tViệc một\tQuý I\tQuý II\tSở Y tế";
    const { snapshot, layout } = snapshotFromTsv(tsv, {
      title: ["PHỤ LỤC", "NHIỆM VỤ"],
      groups: [{ label: "Thời gian", from: 3, to: 4 }],
      columnNumbers: "parens",
      after: ["Ghi chú: …"],
      numbers: true,
      startColumn: 2,
      sheet: "Phường Bắc Sơn",
      file: "bac-son.xlsx",
    });
    expect(layout).toMatchObject({ headerRow: 3, headerHeight: 2, dataRow: 6, lineRows: [6], width: 5 });
    expect(snapshot.rows).toEqual([
      [null, "PHỤ LỤC"],
      [null, "NHIỆM VỤ"],
      [null, "STT", "Nội dung", "Thời gian", null, "Chủ trì"],
      [null, null, null, "Bắt đầu", "Hoàn thành", null],
      [null, "(1)", "(2)", "(3)", "(4)", "(5)"],
      [null, 1, "Việc một", "Quý I", "Quý II", "Sở Y tế"],
      [null, "Ghi chú: …"],
    ]);
    expect(snapshot.merges).toEqual([
      { top: 1, left: 2, bottom: 1, right: 6 },
      { top: 2, left: 2, bottom: 2, right: 6 },
      { top: 3, left: 2, bottom: 4, right: 2 },
      { top: 3, left: 3, bottom: 4, right: 3 },
      { top: 3, left: 4, bottom: 3, right: 5 },
      { top: 3, left: 6, bottom: 4, right: 6 },
    ]);
    expect(snapshot).toMatchObject({ sheet: "Phường Bắc Sơn", file: "bac-son.xlsx" });
  });

  it("reverses the columns of header and data", () => {
    const { snapshot } = snapshotFromTsv("STT\tNội dung\tChủ trì\n1\tViệc\t", { reverseColumns: true });
    expect(snapshot.rows).toEqual([
      ["Chủ trì", "Nội dung", "STT"],
      [null, "Việc", "1"],
    ]);
  });
});
