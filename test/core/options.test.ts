import { parseIsoDay, yearInterval } from "../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import type { Finding } from "../../src/core/findings";
import { findingToJson, resolveValidateInput, validateOptionsInputSchema } from "../../src/core/options";

const today = parseIsoDay("2025-03-10") ?? 0;

describe("resolveValidateInput", () => {
  it.each<readonly [string, unknown, { period?: readonly [number, number]; asOf: string; lang: string }]>([
    ["nothing", {}, { asOf: "2025-03-10", lang: "vi" }],
    ["undefined", undefined, { asOf: "2025-03-10", lang: "vi" }],
    ["a year as a number", { year: 2024 }, { period: [2024, 2024], asOf: "2025-03-10", lang: "vi" }],
    ["a year as text", { year: "2024" }, { period: [2024, 2024], asOf: "2025-03-10", lang: "vi" }],
    ["a one-year period", { period: "2024" }, { period: [2024, 2024], asOf: "2025-03-10", lang: "vi" }],
    [
      "a multi-year period",
      { period: "2026-2030" },
      { period: [2026, 2030], asOf: "2025-03-10", lang: "vi" },
    ],
    ["an as-of date and English", { asOf: "2024-12-31", lang: "en" }, { asOf: "2024-12-31", lang: "en" }],
    [
      "the CLI's other flags pass through",
      { json: true, year: 2024 },
      { period: [2024, 2024], asOf: "2025-03-10", lang: "vi" },
    ],
  ])("%s", (_name, input, expected) => {
    const result = resolveValidateInput(input, today, DEFAULT_DIRECTORY);
    if (!result.ok) throw new Error(result.errors.join("; "));
    expect(result.lang).toBe(expected.lang);
    expect(result.options.asOf).toBe(parseIsoDay(expected.asOf));
    expect(result.options.directory).toBe(DEFAULT_DIRECTORY);
    const period = expected.period;
    expect(result.options.period).toEqual(
      period ? { from: yearInterval(period[0]).from, to: yearInterval(period[1]).to } : undefined,
    );
  });

  it.each<readonly [string, unknown, RegExp]>([
    ["a malformed year", { year: "24" }, /Năm "24"/],
    ["a year out of range", { year: 1200 }, /Năm "1200"/],
    ["a malformed period", { period: "2030-2026" }, /Thời kỳ "2030-2026"/],
    ["a period that is not years", { period: "Q1" }, /Thời kỳ "Q1"/],
    ["an impossible as-of date", { asOf: "2024-02-30" }, /Ngày tính "2024-02-30"/],
    ["a malformed as-of date", { asOf: "30/06/2024" }, /Ngày tính "30\/06\/2024"/],
    ["an unknown language", { lang: "fr" }, /Ngôn ngữ "fr"/],
    ["year and period together", { year: 2024, period: "2024" }, /--year.*--period/],
    ["a due-soon window that is no number", { dueSoon: "tuần" }, /"sắp đến hạn" "tuần"/],
    ["a negative due-soon window", { dueSoon: "-3" }, /"sắp đến hạn" "-3"/],
    ["a due-soon window over a year", { dueSoon: "400" }, /"sắp đến hạn" "400"/],
    ["a fractional due-soon window", { dueSoon: 2.5 }, /"sắp đến hạn" "2.5"/],
  ])("rejects %s with a sentence", (_name, input, message) => {
    const result = resolveValidateInput(input, today, DEFAULT_DIRECTORY);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join(" ")).toMatch(message);
  });

  it.each<readonly [unknown, number | undefined]>([
    [{}, undefined],
    [{ dueSoon: "14" }, 14],
    [{ dueSoon: " 0 " }, 0],
    [{ dueSoon: 365 }, 365],
  ])("reads the due-soon window of %p", (input, expected) => {
    const result = resolveValidateInput(input, today, DEFAULT_DIRECTORY);
    if (!result.ok) throw new Error(result.errors.join("; "));
    expect(result.options.dueSoonDays).toBe(expected);
  });

  it("says a bad due-soon window in English when asked", () => {
    const result = resolveValidateInput({ dueSoon: "x", lang: "en" }, today, DEFAULT_DIRECTORY);
    expect(result).toEqual({
      ok: false,
      errors: ['Invalid "due soon" window "x" (a whole number of days from 0 to 365, e.g. 7).'],
    });
  });

  it("speaks English when asked", () => {
    const result = resolveValidateInput({ asOf: "nope", lang: "en" }, today, DEFAULT_DIRECTORY);
    expect(result).toEqual({
      ok: false,
      errors: ['Invalid as-of date "nope" (YYYY-MM-DD, e.g. 2024-12-31).'],
    });
  });

  it("the schema accepts exactly the documented shapes", () => {
    expect(
      validateOptionsInputSchema.safeParse({
        year: 2024,
        period: "2024 - 2025",
        asOf: "2024-01-01",
        lang: "en",
      }).success,
    ).toBe(true);
    expect(validateOptionsInputSchema.safeParse({ year: 2024.5 }).success).toBe(false);
    expect(validateOptionsInputSchema.safeParse({ lang: "EN" }).success).toBe(false);
  });
});

describe("findingToJson", () => {
  it("gives the CLI --json shape", () => {
    const finding: Finding = {
      code: "LEAD_MISSING",
      severity: "error",
      sheet: "PL",
      row: 12,
      column: 5,
      cell: "E12",
      field: "lead",
      params: {},
    };
    const json = findingToJson(finding, "vi");
    expect(Object.keys(json)).toEqual([
      "code",
      "severity",
      "cell",
      "row",
      "column",
      "field",
      "message",
      "suggestion",
    ]);
    expect(json).toMatchObject({
      code: "LEAD_MISSING",
      severity: "error",
      cell: "E12",
      row: 12,
      column: "E",
      field: "lead",
      suggestion: null,
    });
    expect(json.message).toContain("Cơ quan chủ trì");
  });

  it("uses null for what a sheet-level finding lacks, and carries the suggestion", () => {
    expect(findingToJson({ code: "HEADER_NOT_FOUND", severity: "error", params: {} }, "en")).toMatchObject({
      cell: null,
      row: null,
      column: null,
      field: null,
      suggestion: null,
    });
    const unknown: Finding = {
      code: "SUPPORT_UNKNOWN",
      severity: "warning",
      row: 3,
      column: 28,
      cell: "AB3",
      field: "support",
      params: { name: "Sở Sở Công thương" },
      suggestions: ["Sở Công Thương"],
    };
    expect(findingToJson(unknown, "en")).toMatchObject({
      column: "AB",
      suggestion: "Did you mean: Sở Công Thương?",
    });
  });
});
