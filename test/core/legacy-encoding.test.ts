/**
 * Issues 10 and 11: text typed in the legacy TCVN3 (.VnTime) or VNI fonts is detected, read as the Unicode
 * it stands for, and named in one finding. Real Unicode — even text of Latin-1 letters only, `Công an xã` —
 * is never flagged nor converted.
 */
import { detectLegacyEncoding, legacyConversion, readLegacyText } from "../../src/core/legacy-encoding";
import { formatFinding } from "../../src/core/messages";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { validateSheet } from "../../src/core/validate";
import { resolveValidateInput } from "../../src/core/options";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import { parseIsoDay } from "../../src/core/day";
import { loadAllDocuments } from "../helpers/corpus";
import { legacyExamples } from "../helpers/legacy-text";

// The examples (README in the fixture folder): each phrase in Unicode beside its TCVN3 and VNI forms.
const EXAMPLES = legacyExamples();

describe("detectLegacyEncoding", () => {
  it.each(EXAMPLES.filter((e) => !e.tcvn3.startsWith("(")).map((e) => [e.tcvn3]))("TCVN3: %s", (text) => {
    expect(detectLegacyEncoding(text)).toBe("TCVN3");
  });

  it.each(EXAMPLES.map((e) => [e.vni]).filter(([t]) => t !== "UÛy ban nhaân daân"))("VNI: %s", (text) => {
    expect(detectLegacyEncoding(text)).toBe("VNI");
  });

  // Decomposed (`u` + U+0302 for `û`): the Latin-1 letters are only there once composed, and still count.
  it.each(
    EXAMPLES.flatMap((e) => [e.tcvn3, e.vni])
      .filter((t) => !t.startsWith("(") && t !== "UÛy ban nhaân daân" && t.normalize("NFD") !== t)
      .map((t) => [t]),
  )("decomposed, as composed: %s", (text) => {
    expect(detectLegacyEncoding(text.normalize("NFD"))).toBe(detectLegacyEncoding(text));
    expect(detectLegacyEncoding(text.normalize("NFD"))).toBeDefined();
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
  const legacySheet = sheetOf([
    ["KÕ ho¹ch nhiÖm vô n¨m 2024"],
    ["STT", "Néi dung nhiÖm vô", "Thêi h¹n hoµn thµnh", "C¬ quan chñ tr×"],
    ["1", "B¸o c¸o kÕt qu¶ thùc hiÖn nhiÖm vô quý III", "31/12/2024", "Uû ban nh©n d©n"],
  ]);

  it("gets one finding naming the encoding, the first cell before → after and how many cells", () => {
    const report = validateSheet(legacySheet, options);
    const legacy = report.findings.filter((f) => f.code === "LEGACY_ENCODING");
    expect(legacy).toHaveLength(1);
    // Five cells show two signs or more; "Néi dung nhiÖm vô" shows one (é and ô are letters in Unicode
    // too), converted because the sheet is TCVN3 and it decodes to Vietnamese syllables.
    expect(legacy[0]).toMatchObject({
      cell: "A1",
      severity: "warning",
      params: {
        encoding: "TCVN3",
        cells: 6,
        text: "KÕ ho¹ch nhiÖm vô n¨m 2024",
        converted: "Kế hoạch nhiệm vụ năm 2024",
      },
    });
    const vi = formatFinding(legacy[0]!, "vi").message;
    expect(vi).toContain("TCVN3");
    expect(vi).toContain(".VnTime");
    expect(vi).toContain("6 ô");
    expect(vi).toContain('"KÕ ho¹ch nhiÖm vô n¨m 2024" → "Kế hoạch nhiệm vụ năm 2024"');
    expect(vi).toContain("Chuyển mã sang Unicode");
    const en = formatFinding(legacy[0]!, "en").message;
    expect(en).toContain("legacy TCVN3");
    expect(en).toContain('→ "Kế hoạch nhiệm vụ năm 2024"');
  });

  it("is read as Unicode: the header, the content, the agency", () => {
    const report = validateSheet(legacySheet, options);
    expect(report.table?.header.columns).toMatchObject({ stt: 1, content: 2, end: 3, lead: 4 });
    const task = report.table?.rows.find((row) => row.kind === "task");
    expect(task?.cells).toMatchObject({
      content: "Báo cáo kết quả thực hiện nhiệm vụ quý III",
      lead: "Uỷ ban nhân dân",
    });
  });

  it("lists every converted cell, with its text before and after, in sheet order", () => {
    expect(legacyConversion(legacySheet)?.cells.map((c) => [c.row, c.column, c.after])).toEqual([
      [1, 1, "Kế hoạch nhiệm vụ năm 2024"],
      [2, 2, "Nội dung nhiệm vụ"],
      [2, 3, "Thời hạn hoàn thành"],
      [2, 4, "Cơ quan chủ trì"],
      [3, 2, "Báo cáo kết quả thực hiện nhiệm vụ quý III"],
      [3, 4, "Uỷ ban nhân dân"],
    ]);
  });

  it("a VNI sheet is named VNI", () => {
    const { finding } = readLegacyText(
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
    expect(readLegacyText(sheetOf([["Công an xã"], ["Hoà Bình", "Tân Phú"]])).finding).toBeUndefined();
  });
});

// Real Unicode, and foreign words, that must come out of a legacy sheet exactly as they went in.
const NEVER_CONVERTED = [
  "Công an xã",
  "Hoà Bình",
  "Tân Phú",
  "Công an xã Tân Phú, Hoà Bình",
  "Ủy ban nhân dân phường Lãm Hà",
  "Müller",
  "naïve café",
  "© 2024 Sở Thông tin",
  "Co\u0302ng an xa\u0303",
  "STT",
  "31/12/2024",
];

describe("in a legacy sheet, a cell is converted only on evidence", () => {
  it.each([
    ["TCVN3", ["Uû ban nh©n d©n ph\u00adêng Tróc B¹ch", "§ang thùc hiÖn, chËm tiÕn ®é"]],
    ["VNI", ["Uyû ban nhaân daân phöôøng Truùc Baïch", "Ñang thöïc hieän, chaäm tieán ñoä"]],
  ])("%s sheet: real Unicode cells stay as they are", (encoding, legacy) => {
    const conversion = legacyConversion(
      sheetOf([...legacy.map((t) => [t]), ...NEVER_CONVERTED.map((t) => [t])]),
    );
    expect(conversion?.encoding).toBe(encoding);
    expect(conversion?.cells.map((c) => c.before)).toEqual(legacy);
  });

  it("a mixed sheet: each clearly legacy cell in its own encoding", () => {
    const conversion = legacyConversion(
      sheetOf([["Uû ban nh©n d©n"], ["§ang thùc hiÖn"], ["Ñaõ hoaøn thaønh"]]),
    );
    expect(conversion?.encoding).toBe("TCVN3");
    expect(conversion?.cells.map((c) => c.after)).toEqual([
      "Uỷ ban nhân dân",
      "Đang thực hiện",
      "Đã hoàn thành",
    ]);
  });

  it("a lone sign is converted only when it decodes to Vietnamese syllables", () => {
    // In a VNI sheet `naïve` would decode to `nạve`; `phöôøng` is a word of the sheet's encoding.
    const conversion = legacyConversion(
      sheetOf([["Ñang thöïc hieän, chaäm tieán ñoä"], ["naïve"], ["phöôøng"]]),
    );
    expect(conversion?.cells.map((c) => c.after)).toEqual(["Đang thực hiện, chậm tiến độ", "phường"]);
  });

  it.each([
    // Cells with one sign or none, beside cells that name the sheet's encoding.
    ["TCVN3", "Uû ban nh©n d©n", ["Tæ chøc héi nghÞ", "§·", "Ch\u00ada"], ["Tổ chức hội nghị", "Đã", "Chưa"]],
    ["VNI", "Uyû ban nhaân daân phöôøng", ["Quyù I", "Ñaõ", "Thoâng tin"], ["Quý I", "Đã", "Thông tin"]],
  ])(
    "%s sheet: a cell that reads as Vietnamese only once decoded is converted",
    (_enc, clear, weak, unicode) => {
      const conversion = legacyConversion(
        sheetOf([[clear], ...weak.map((t) => [t]), ["Hoà Bình"], ["Công an xã"]]),
      );
      expect(conversion?.cells.slice(1).map((c) => c.after)).toEqual(unicode);
    },
  );

  it("a sheet with no clearly legacy cell converts nothing, even cells with one sign", () => {
    expect(legacyConversion(sheetOf([["Néi dung nhiÖm vô"], ["Hoà Bình"]]))).toBeUndefined();
  });

  it("the source snapshot is not changed", () => {
    const rows = [["Uû ban nh©n d©n"], ["Tr\u00adêng"]];
    const source = sheetOf(rows);
    const { snapshot } = readLegacyText(source);
    expect(snapshot.rows).toEqual([["Uỷ ban nhân dân"], ["Trường"]]);
    expect(source.rows).toEqual([["Uû ban nh©n d©n"], ["Tr\u00adêng"]]);
  });
});

describe("real Unicode documents", () => {
  it.each(loadAllDocuments().map((doc) => [doc.id, doc]))("%s: nothing is converted", (_id, doc) => {
    expect(legacyConversion(doc.snapshot)).toBeUndefined();
  });
});

describe("a foreign-language cell with two signs does not make a sheet legacy", () => {
  it("naïve Noël names no encoding, so the cells beside it stay as they are", () => {
    expect(detectLegacyEncoding("naïve Noël")).toBe("VNI");
    expect(legacyConversion(sheetOf([["naïve Noël"], ["Thaùng 9"], ["Hoà Bình"]]))).toBeUndefined();
  });
});
