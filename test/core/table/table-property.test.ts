/** Properties of readAnnexTable on arbitrary grids: no crash, rows in order, indices that point right. */
import fc from "fast-check";
import type { Cell, MergeArea, SheetSnapshot } from "../../../src/core/snapshot";
import { readAnnexTable } from "../../../src/core/table";

const WORDS = [
  "STT",
  "TT",
  "Nội dung",
  "Nhiệm vụ",
  "Thời gian",
  "Bắt đầu",
  "Hoàn thành",
  "Chủ trì",
  "Phối hợp",
  "Phân công trách nhiệm",
  "I",
  "II.",
  "III.1",
  "A",
  "C",
  "1",
  "1.",
  "2.1",
  "a)",
  "-",
  "Quý I",
  "Sở Y tế",
  "Ghi chú: xem kỹ",
  "I. NÂNG CAO NHẬN THỨC",
  "(1)",
  "",
  " ",
];

const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: -3, max: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom<Cell>({ date: "2024-03-01" }, { error: "#REF!" }, true, 1.5) },
);

const grid = fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 25 });

const snapshot: fc.Arbitrary<SheetSnapshot> = grid.chain((rows) =>
  fc
    .array(
      fc
        .record({
          top: fc.integer({ min: 1, max: Math.max(1, rows.length) }),
          left: fc.integer({ min: 1, max: 7 }),
          height: fc.integer({ min: 0, max: 3 }),
          width: fc.integer({ min: 0, max: 3 }),
        })
        .map(({ top, left, height, width }): MergeArea => ({
          top,
          left,
          bottom: top + height,
          right: left + width,
        })),
      { maxLength: 4 },
    )
    .map((merges) => ({ sheet: "Sheet1", rows, merges })),
);

/** A grid with a recognisable header on top, so that rows get classified. */
const withHeader: fc.Arbitrary<SheetSnapshot> = snapshot.map((s) => ({
  ...s,
  rows: [["STT", "Nội dung", "Bắt đầu", "Hoàn thành", "Chủ trì", "Phối hợp"], ...s.rows],
  merges: s.merges.map((m) => ({ ...m, top: m.top + 1, bottom: m.bottom + 1 })),
}));

describe("readAnnexTable on arbitrary grids", () => {
  it("never throws, and finds a header only with STT or content plus another field", () => {
    fc.assert(
      fc.property(snapshot, (s) => {
        const table = readAnnexTable(s);
        if (!table) return;
        const fields = Object.keys(table.header.columns);
        expect(fields.includes("stt") || fields.includes("content")).toBe(true);
        expect(fields.length).toBeGreaterThanOrEqual(2);
        expect(table.header.confidence).toBeGreaterThanOrEqual(0);
        expect(table.header.confidence).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it("classifies consecutive rows whose part, section and parent indices point back to rows of that kind", () => {
    fc.assert(
      fc.property(withHeader, (s) => {
        const table = readAnnexTable(s);
        expect(table).toBeDefined();
        if (!table) return;
        table.rows.forEach((row, index) => {
          if (index > 0) expect(row.row).toBe((table.rows[index - 1]?.row ?? 0) + 1);
          if (row.part !== undefined) {
            expect(row.part).toBeLessThan(index);
            expect(table.rows[row.part]?.kind).toBe("part");
          }
          if (row.section !== undefined) {
            expect(row.section).toBeLessThan(index);
            expect(table.rows[row.section]?.kind).toBe("section");
          }
          if (row.parent !== undefined) {
            expect(row.parent).toBeLessThan(index);
            expect(["subitem", "task"]).toContain(row.kind);
            expect(table.rows[row.parent]?.kind).toBe("task");
          }
          const raw = s.rows[row.row - 1] ?? [];
          const rawBlank = raw.every((c) => c === null || (typeof c === "string" && c.trim() === ""));
          expect(row.kind === "blank").toBe(rawBlank);
        });
        const first = table.rows[0];
        if (first) expect(first.row).toBe(table.header.dataRow);
      }),
      { numRuns: 300 },
    );
  });
});
