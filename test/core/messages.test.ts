import { FIELDS } from "../../src/core/fields";
import { FINDING_CODES, SEVERITY, type Finding, type FindingCode } from "../../src/core/findings";
import { FINDING_PARAMS, MESSAGES, fieldLabel, formatFinding, severityLabel } from "../../src/core/messages";
import type { Lang } from "../../src/core/report-types";

const LANGS: readonly Lang[] = ["vi", "en"];

/** A finding whose every declared param holds a recognisable value. */
function sample(code: FindingCode): Finding {
  const params: Record<string, string> = {};
  for (const name of FINDING_PARAMS[code]) params[name] = name === "field" ? "lead" : `«${name}»`;
  return { code, severity: SEVERITY[code], params, suggestions: ["Phòng Văn hóa và Thông tin"] };
}

describe("message catalogue", () => {
  it.each(LANGS)("%s covers exactly the finding codes", (lang) => {
    expect(Object.keys(MESSAGES[lang]).sort()).toEqual([...FINDING_CODES].sort());
    expect(Object.keys(FINDING_PARAMS).sort()).toEqual([...FINDING_CODES].sort());
  });

  const pairs = LANGS.flatMap((lang) => FINDING_CODES.map((code) => [lang, code] as const));

  it.each(pairs)("%s %s: uses every declared param, shows no placeholder", (lang, code) => {
    const { message, suggestion } = formatFinding(sample(code), lang);
    const text = `${message} ${suggestion ?? ""}`;
    expect(message.trim().length).toBeGreaterThan(10);
    expect(text).not.toMatch(/undefined|null|NaN|\[object|\$\{/);
    for (const name of FINDING_PARAMS[code]) {
      if (name === "field") expect(text).toContain(fieldLabel("lead", lang));
      else expect(text).toContain(`«${name}»`);
    }
  });

  it.each(pairs)("%s %s: missing params never show as undefined", (lang, code) => {
    const { message, suggestion } = formatFinding({ code, severity: SEVERITY[code], params: {} }, lang);
    expect(`${message} ${suggestion ?? ""}`).not.toMatch(/undefined|NaN|\[object/);
  });

  it.each([
    ["vi", "Có phải: Sở Công Thương?"],
    ["en", "Did you mean: Sở Công Thương?"],
  ] as const)("%s suggestion for an unknown agency", (lang, expected) => {
    const finding: Finding = {
      code: "LEAD_UNKNOWN",
      severity: "warning",
      params: { name: "Sở Sở Công thương" },
      suggestions: ["Sở Công Thương"],
    };
    const { message, suggestion } = formatFinding(finding, lang);
    expect(suggestion).toBe(expected);
    expect(message).toContain("Sở Sở Công thương");
  });

  it("no suggestion when there is nothing to suggest", () => {
    const finding: Finding = { code: "LEAD_UNKNOWN", severity: "warning", params: { name: "Ban Xyz" } };
    expect(formatFinding(finding, "vi").suggestion).toBeNull();
  });

  it("Vietnamese is the plain default wording", () => {
    const finding: Finding = { code: "LEAD_MISSING", severity: "error", params: {}, field: "lead" };
    expect(formatFinding(finding, "vi").message).toContain("Cơ quan chủ trì");
  });

  it("set-level findings read unit and file from the finding itself", () => {
    const finding: Finding = {
      code: "SUBMISSION_MISSING",
      severity: "warning",
      unit: "UBND phường Bắc Sơn",
      params: {},
    };
    expect(formatFinding(finding, "vi").message).toContain("UBND phường Bắc Sơn");
  });

  it.each(LANGS)("%s labels every field and severity", (lang) => {
    for (const field of FIELDS) expect(fieldLabel(field, lang)).not.toBe("");
    expect(new Set(["error", "warning", "info"].map((s) => severityLabel(s as "error", lang))).size).toBe(3);
  });

  it("labels differ by language", () => {
    expect(fieldLabel("lead", "vi")).toBe("Cơ quan chủ trì");
    expect(fieldLabel("lead", "en")).toBe("Lead agency");
    expect(severityLabel("error", "vi")).toBe("Lỗi");
  });
});

describe("STT_GAP on the first number of a series", () => {
  // A part `B` with no `A` before it has no previous number: never `sau ""`.
  it.each([
    ["vi", { stt: "B", previous: "", expected: "A" }, 'Số thứ tự bắt đầu từ "B" (thiếu "A")'],
    ["en", { stt: "B", previous: "", expected: "A" }, 'Numbering starts at "B" ("A" is missing)'],
    ["vi", { stt: "5", previous: "3", expected: "4" }, 'sau "3" là "5" (thiếu "4")'],
    ["en", { stt: "5", previous: "3", expected: "4" }, '"5" follows "3" ("4" is missing)'],
  ] as const)("%s %j", (lang, params, expected) => {
    const { message } = formatFinding({ code: "STT_GAP", severity: "warning", params }, lang);
    expect(message).toContain(expected);
    expect(message).not.toContain('""');
  });
});

describe("SUBMISSION_UNREADABLE", () => {
  // The file adapter's reason already says what to do: no second, contradicting piece of advice.
  const reason = 'Tệp "x.xlsx" bị hỏng, không đọc được: hãy mở trong Excel và lưu lại.';
  it.each([
    ["vi", { file: "x.xlsx", reason }, `Không đọc được "x.xlsx": ${reason}`],
    ["en", { file: "x.xlsx", reason }, `"x.xlsx" could not be read: ${reason}`],
    ["vi", { file: "x.xlsx" }, 'Không đọc được "x.xlsx". Hãy kiểm tra đó có phải tệp Excel (.xlsx) không'],
    ["en", { file: "x.xlsx" }, '"x.xlsx" could not be read. Check that it is an Excel (.xlsx) file'],
  ] as const)("%s %j", (lang, params, expected) => {
    const { message } = formatFinding({ code: "SUBMISSION_UNREADABLE", severity: "error", params }, lang);
    expect(message.startsWith(expected)).toBe(true);
  });
});
