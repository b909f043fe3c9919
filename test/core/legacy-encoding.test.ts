/**
 * Issue 10, "Clear messages": text typed in the legacy TCVN3 (.VnTime) or VNI fonts is detected and named
 * in a finding (repair is issue 11). Real Unicode — even text of Latin-1 letters only, `Công an xã` — is
 * never flagged.
 */
import fs from "fs";
import path from "path";
import { detectLegacyEncoding, legacyEncodingFinding } from "../../src/core/legacy-encoding";
import { formatFinding } from "../../src/core/messages";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { validateSheet } from "../../src/core/validate";
import { resolveValidateInput } from "../../src/core/options";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import { parseIsoDay } from "../../src/core/day";

// The examples (copied from shared/legacy-encodings, README in the fixture folder): each phrase in Unicode
// beside its TCVN3 and VNI forms as Excel shows them.
const EXAMPLES = fs
  .readFileSync(path.join(__dirname, "..", "fixtures", "legacy-encodings", "examples.tsv"), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => line.split("\t"))
  .map(([unicode, tcvn3, , , vni]) => ({ unicode: unicode!, tcvn3: tcvn3!, vni: vni! }));

describe("detectLegacyEncoding", () => {
  it.each(EXAMPLES.filter((e) => !e.tcvn3.startsWith("(")).map((e) => [e.tcvn3]))("TCVN3: %s", (text) => {
    expect(detectLegacyEncoding(text)).toBe("TCVN3");
  });

  it.each(EXAMPLES.map((e) => [e.vni]).filter(([t]) => t !== "UÛy ban nhaân daân"))("VNI: %s", (text) => {
    expect(detectLegacyEncoding(text)).toBe("VNI");
  });

  it.each([
    ...EXAMPLES.map((e) => [e.unicode]),
    ["Công an xã"],
    ["Hoà Bình"],
    ["Tân Phú"],
    ["Công an xã Tân Phú, Hoà Bình"],
    ["UBND xã"],
    ["STT"],
    ["© 2024 Sở Thông tin"],
    ["Müller"],
    ["naïve café"],
    ["Co\u0302ng an xa\u0303 (dấu tổ hợp)"],
    ["31/12/2024"],
    [""],
  ])("not legacy: %s", (text) => {
    expect(detectLegacyEncoding(text)).toBeUndefined();
  });
});

const options = (() => {
  const resolved = resolveValidateInput({ year: "2024" }, parseIsoDay("2024-06-01") ?? 0, DEFAULT_DIRECTORY);
  if (!resolved.ok) throw new Error(resolved.errors.join(" "));
  return resolved.options;
})();

function sheetOf(rows: (string | null)[][]): SheetSnapshot {
  return { sheet: "Phụ lục", file: "x.xlsx", rows, merges: [] };
}

describe("a sheet typed in a legacy font", () => {
  it("gets one finding naming the encoding, the first cell and how many cells", () => {
    const report = validateSheet(
      sheetOf([
        ["KÕ ho¹ch nhiÖm vô n¨m 2024"],
        ["STT", "Néi dung nhiÖm vô", "Thêi h¹n hoµn thµnh", "C¬ quan chñ tr×"],
        ["1", "B¸o c¸o kÕt qu¶ thùc hiÖn nhiÖm vô quý III", "31/12/2024", "Uû ban nh©n d©n"],
      ]),
      options,
    );
    const legacy = report.findings.filter((f) => f.code === "LEGACY_ENCODING");
    expect(legacy).toHaveLength(1);
    // "Néi dung nhiÖm vô" shows one sign only (é and ô are letters in Unicode too): not counted alone.
    expect(legacy[0]).toMatchObject({
      cell: "A1",
      severity: "warning",
      params: { encoding: "TCVN3", cells: 5 },
    });
    const vi = formatFinding(legacy[0]!, "vi").message;
    expect(vi).toContain("TCVN3");
    expect(vi).toContain(".VnTime");
    expect(vi).toContain("5 ô");
    expect(formatFinding(legacy[0]!, "en").message).toContain("legacy TCVN3");
  });

  it("a VNI sheet is named VNI", () => {
    const finding = legacyEncodingFinding(
      sheetOf([["Ñang thöïc hieän, chaäm tieán ñoä"], [null, "Coäng hoaø xaõ hoäi chuû nghóa Vieät Nam"]]),
    );
    expect(finding).toMatchObject({
      code: "LEGACY_ENCODING",
      cell: "A1",
      params: { encoding: "VNI", cells: 2 },
    });
    expect(formatFinding(finding!, "vi").message).toContain("VNI");
  });

  it("a Unicode sheet of Latin-1 words only (Công an xã, Hoà Bình) gets none", () => {
    expect(legacyEncodingFinding(sheetOf([["Công an xã"], ["Hoà Bình", "Tân Phú"]]))).toBeUndefined();
  });
});
