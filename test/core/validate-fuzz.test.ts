import fc from "fast-check";
import { createAgencyMatcher } from "../../src/core/agency";
import { parseIsoDay, yearInterval } from "../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import type { Cell, SheetSnapshot } from "../../src/core/snapshot";
import { validateSheet } from "../../src/core/validate";
import { HEADER, STATUS_HEADER } from "./rules/sheet-grid";

// Texts the validator meets in real sheets, mixed with arbitrary ones.
const WORDS = [
  "I",
  "II.",
  "IV",
  "1",
  "1.2",
  "III.1",
  "a)",
  "-",
  "+ ghi chú",
  "=SUM(A1)",
  "= Quý I",
  "Quý I",
  "Quý V",
  "Quý I - Quý IV",
  "Quý III - Quý I",
  "Trước 20/12/2023",
  "31/02/2024",
  "Thường xuyên",
  "Theo kế hoạch",
  "2026-2030",
  "Phòng VH-TT",
  "Phòng Văn hoá và Thông tin".normalize("NFD"),
  "UBND các phường; Sở Sở Công thương",
  "Đã hoàn thành 100%",
  "Đang thực hiện",
  "\u200b\u00a0",
  "STT",
  "Nội dung nhiệm vụ",
  "Hoàn thành",
  "Cơ quan chủ trì",
];

const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string(),
  fc.string({ unit: "grapheme" }).map((s) => s.normalize("NFD")),
  fc.double(),
  fc.integer({ min: -5, max: 60_000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom({ error: "#REF!" }, { error: "#N/A" }, { error: "#VALUE!" }),
  fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }).map((d) => ({
    date: d.toISOString().slice(0, 10),
  })),
);

const body = fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 25 });
const headers = fc.constantFrom<readonly (readonly Cell[])[]>(
  [],
  [HEADER],
  [STATUS_HEADER],
  [["Thời gian"], HEADER],
);

const snapshot: fc.Arbitrary<SheetSnapshot> = fc
  .record({ head: headers, rows: body, truncated: fc.boolean(), merge: fc.boolean() })
  .map(({ head, rows, truncated, merge }) => ({
    sheet: "Fuzz",
    rows: [...head, ...rows],
    merges: merge ? [{ top: 1, left: 1, bottom: 2, right: 2 }] : [],
    truncated,
  }));

describe("validateSheet on random grids", () => {
  it("never throws, and every finding is well formed", () => {
    const options = {
      asOf: parseIsoDay("2024-06-30") ?? 0,
      period: yearInterval(2024),
      directory: DEFAULT_DIRECTORY,
    };
    const matcher = createAgencyMatcher(DEFAULT_DIRECTORY);
    fc.assert(
      fc.property(snapshot, (s) => {
        const report = validateSheet(s, options, matcher);
        for (const f of report.findings) {
          if (f.row !== undefined && f.column !== undefined) expect(f.cell).toMatch(/^[A-Z]+\d+$/);
          expect(f.sheet).toBe("Fuzz");
        }
        if (report.empty) expect(report.findings).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
