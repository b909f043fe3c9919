import fc from "fast-check";
import { dayNumber } from "../../src/core/day";
import type { Cell } from "../../src/core/snapshot";
import { parseTimeExpression } from "../../src/core/time-expression";
import type { TimeContext, TimeResult } from "../../src/core/time-types";

const PLAN: TimeContext = {
  defaultYear: 2025,
  period: { from: dayNumber(2025, 1, 1), to: dayNumber(2030, 12, 31) },
};

// Pieces of real time texts, so that random strings often come close to a form and test the edges.
const PIECES = [
  "Quý",
  "Quí",
  "quý",
  "Q",
  "I",
  "II",
  "III",
  "IV",
  "V",
  "0",
  "4",
  "13",
  "31",
  "29",
  "/",
  "-",
  "–",
  ".",
  " ",
  "\u00a0",
  "\u200b",
  "tháng",
  "năm",
  "ngày",
  "Trước",
  "Từ",
  "đến",
  "hằng",
  "Thường xuyên",
  "Theo",
  "2024",
  "2025",
  "2030",
  "12",
  "02",
  "6 tháng đầu",
  "giai đoạn",
  "Cả năm",
  ",",
  "(",
  ")",
  "và",
  "hết",
];

const timeLikeText = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join(""));

const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  timeLikeText,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.record({ date: fc.string() }),
  fc.record({ error: fc.string() }),
);

/** A result without its display text, for comparing spellings of the same time. */
function meaning(result: TimeResult): unknown {
  if (!result.ok) return { ok: false, reason: result.reason };
  const { kind, interval, hasDeadline, isRange } = result;
  return { ok: true, kind, interval, hasDeadline, isRange };
}

describe("parseTimeExpression properties", () => {
  it("never throws, and always answers ok or a known reason", () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const result = parseTimeExpression(cell, PLAN);
        if (result.ok) {
          expect(result.hasDeadline).toBe(result.kind !== "recurring" && result.kind !== "vague");
          expect(result.interval === undefined).toBe(result.kind === "vague");
        } else {
          expect(["unparseable", "quarterInvalid", "dateInvalid", "empty"]).toContain(result.reason);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("gives NFC and NFD input the same result", () => {
    fc.assert(
      fc.property(fc.oneof(timeLikeText, fc.string({ unit: "grapheme" })), (text) => {
        expect(parseTimeExpression(text.normalize("NFD"), PLAN)).toEqual(
          parseTimeExpression(text.normalize("NFC"), PLAN),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("reads both tone styles (Quí/Quý) alike", () => {
    fc.assert(
      fc.property(timeLikeText, (text) => {
        expect(meaning(parseTimeExpression(text.replace(/Quý/g, "Quí"), PLAN))).toEqual(
          meaning(parseTimeExpression(text.replace(/Quí/g, "Quý"), PLAN)),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("reads every valid quarter with a year as that quarter", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1900, max: 2100 }),
        fc.constantFrom("Quý ", "Quí ", "quý ", "Q", "QUÝ "),
        fc.constantFrom("/", "-", " năm ", " Năm ", " "),
        fc.boolean(),
        (quarter, year, word, separator, roman) => {
          const numeral = roman ? ["I", "II", "III", "IV"][quarter - 1] : String(quarter);
          const result = parseTimeExpression(`${word}${numeral}${separator}${year}`, PLAN);
          expect(meaning(result)).toEqual({
            ok: true,
            kind: "quarter",
            interval: {
              from: dayNumber(year, quarter * 3 - 2, 1),
              to: dayNumber(year, quarter * 3 + 1, 1) - 1,
            },
            hasDeadline: true,
            isRange: false,
          });
        },
      ),
    );
  });

  it("reads every existing dd/mm/yyyy as that day, and rejects the rest as dateInvalid", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1900, max: 2100 }),
        (d, m, y) => {
          const result = parseTimeExpression(`${d}/${String(m).padStart(2, "0")}/${y}`, PLAN);
          const exists = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
          if (exists)
            expect(result.ok && result.interval).toEqual({
              from: dayNumber(y, m, d),
              to: dayNumber(y, m, d),
            });
          else expect(result.ok ? "ok" : result.reason).toBe("dateInvalid");
        },
      ),
    );
  });
});
