/**
 * Issue 11, "Legacy text repair": TCVN3 (.VnTime, and the all-capital .Vn*H fonts) and VNI-Windows text →
 * Unicode NFC. Checked against every row of the source tables (read from the TSV files, not through the
 * generated module) and every example phrase.
 */
import { convertLegacyText, looksAllCapitals } from "../../src/core/legacy-convert";
import { codepoints, legacyExamples, readLegacyTable, toTcvn3 } from "../helpers/legacy-text";

const EXAMPLES = legacyExamples();

describe("the tables, row by row", () => {
  const tcvn3 = readLegacyTable("tcvn3_to_unicode.tsv");
  const vni = readLegacyTable("vni_windows_to_unicode.tsv");

  it("hold every row of the source files", () => {
    expect(tcvn3).toHaveLength(74);
    expect(vni).toHaveLength(134);
  });

  it.each(tcvn3.map((r) => [r.tcvn3_byte!, r]))("TCVN3 %s", (_byte, row) => {
    const shown = codepoints(row.legacy_codepoint!);
    expect(convertLegacyText(shown, "TCVN3", { capitals: false })).toBe(codepoints(row.unicode_codepoint!));
    expect(convertLegacyText(shown, "TCVN3", { capitals: true })).toBe(codepoints(row.unicode_codepoint_H!));
  });

  it.each(vni.map((r) => [r.vni_bytes!, r]))("VNI %s", (_bytes, row) => {
    expect(convertLegacyText(codepoints(row.legacy_codepoints!), "VNI")).toBe(
      codepoints(row.unicode_codepoint!),
    );
  });
});

describe("the example phrases convert exactly", () => {
  it.each(EXAMPLES.filter((e) => !e.tcvn3.startsWith("(")).map((e) => [e.tcvn3, e.unicode]))(
    "TCVN3: %s → %s",
    (legacy, unicode) => {
      expect(convertLegacyText(legacy, "TCVN3")).toBe(unicode);
    },
  );

  it.each(EXAMPLES.map((e) => [e.vni, e.unicode]))("VNI: %s → %s", (legacy, unicode) => {
    expect(convertLegacyText(legacy, "VNI")).toBe(unicode);
  });

  it("gives NFC text", () => {
    // Decomposed legacy input (a copy through a tool that splits letters) still gives precomposed letters.
    for (const { tcvn3, vni } of EXAMPLES) {
      for (const converted of [convertLegacyText(vni, "VNI"), convertLegacyText(tcvn3, "TCVN3")]) {
        expect(converted).toBe(converted.normalize("NFC"));
      }
    }
    expect(convertLegacyText("Coäng hoaø xaõ hoäi".normalize("NFD"), "VNI")).toBe("Cộng hoà xã hội");
    expect(convertLegacyText("ViÖt Nam".normalize("NFD"), "TCVN3")).toBe("Việt Nam");
  });
});

describe("TCVN3 capitals (.Vn*H fonts show the small letters' codes as capitals)", () => {
  it.each([
    // All ASCII letters capitals: typed in a .Vn*H font.
    ["CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["I. NHIÖM Vô CHUNG", "I. NHIỆM VỤ CHUNG"],
    ["PHßNG V¡N HO¸", "PHÒNG VĂN HOÁ"],
    // Small ASCII letters: .VnTime, whatever the capital at the start.
    ["Uû ban nh©n d©n", "Uỷ ban nhân dân"],
    ["UBND ph\u00adêng L©m Hµ", "UBND phường Lâm Hà"],
    // One capital letter is not enough to tell: read as .VnTime.
    ["Uû", "Uỷ"],
    ["§·", "Đã"],
  ])("%s → %s", (legacy, unicode) => {
    expect(convertLegacyText(legacy, "TCVN3")).toBe(unicode);
  });

  it("the font, when known, decides", () => {
    expect(convertLegacyText("CéNG HOµ", "TCVN3", { capitals: false })).toBe("CộNG HOà");
    expect(convertLegacyText("Uû ban", "TCVN3", { capitals: true })).toBe("UỶ BAN");
  });

  it("changes case only after decoding: ß is TCVN3's ò, never SS", () => {
    expect(convertLegacyText("PHßNG", "TCVN3")).toBe("PHÒNG");
    expect(convertLegacyText("phßng", "TCVN3", { capitals: true })).toBe("PHÒNG");
  });

  it.each([
    ["CéNG HOµ", true],
    ["UBND", true],
    ["Uû", false],
    ["Uû ban", false],
    ["§· 12/2024", false],
  ])("looksAllCapitals(%s) = %s", (text, expected) => {
    expect(looksAllCapitals(text)).toBe(expected);
  });
});

describe("pitfalls", () => {
  it("TCVN3 ư is the soft hyphen U+00AD, converted before anything strips it", () => {
    expect(convertLegacyText("Ch\u00ada thùc hiÖn", "TCVN3")).toBe("Chưa thực hiện");
  });

  it("VNI: a capital base takes a capital mark byte (UÛ = Ủ); a lone mark byte stays", () => {
    expect(convertLegacyText("UÛy ban", "VNI")).toBe("Ủy ban");
    expect(convertLegacyText("ø 5", "VNI")).toBe("ø 5");
  });

  it("digits, punctuation and ASCII are untouched", () => {
    const text = "31/12/2024; (STT) - UBND: 100%";
    expect(convertLegacyText(text, "TCVN3")).toBe(text);
    expect(convertLegacyText(text, "VNI")).toBe(text);
  });

  it("the test encoder and the converter agree on every example (round trip)", () => {
    for (const { unicode } of EXAMPLES.filter((e) => !e.unicode.startsWith("Ủy"))) {
      expect(convertLegacyText(toTcvn3(unicode), "TCVN3")).toBe(unicode);
    }
  });
});
