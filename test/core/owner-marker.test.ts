import {
  OWNER_KINDS,
  isOwnerMarkerName,
  ownerMarkerName,
  ownerMarkerSheet,
  parseOwnerKind,
  parseOwnerMarkerName,
} from "../../src/core/owner-marker";
import { sheetReference } from "../../src/core/sheet-plan";

describe("owner marker names", () => {
  it.each(OWNER_KINDS.map((kind, i) => [kind, i + 1] as const))(
    "%s round-trips through its defined name",
    (kind, n) => {
      const name = ownerMarkerName(kind, n);
      expect(name).toBe(`TaskAnnexOwner_${kind}_${n}`);
      expect(isOwnerMarkerName(name)).toBe(true);
      expect(parseOwnerMarkerName(name)).toBe(kind);
    },
  );

  it.each([
    ["TASKANNEXOWNER_SUMMARY_3", "summary"],
    ["taskannexowner_data_12", "data"],
    ["TaskAnnexOwner_report_1", undefined],
    ["TaskAnnexOwner_summary", undefined],
    ["TaskAnnexOwner_summary_x", undefined],
    ["TaskAnnexOwner", undefined],
    ["MyRange", undefined],
    ["XTaskAnnexOwner_summary_1", undefined],
  ])("%s marks %s", (name, kind) => {
    expect(parseOwnerMarkerName(name)).toBe(kind);
  });

  it.each([
    ["summary", "summary"],
    ["annex", "annex"],
    ["Summary", undefined],
    ["", undefined],
    [1, undefined],
    [undefined, undefined],
  ])("stored value %p is kind %p", (value, kind) => {
    expect(parseOwnerKind(value)).toBe(kind);
  });
});

describe("ownerMarkerSheet", () => {
  it.each([
    ["'Tổng hợp'!$A$1", "Tổng hợp"],
    ["='Tổng hợp'!$A$1", "Tổng hợp"],
    ["  =Data!A1", "Data"],
    ["=Data!$A$1:$B$2", "Data"],
    ["='Ông ''Ba'''!$A$1", "Ông 'Ba'"],
    ["'Ông ''''Ba'!A1", "Ông ''Ba"],
    ["='Dữ liệu!tổng hợp'!$A$1", "Dữ liệu!tổng hợp"],
    ["=Phụ_lục!$A$1", "Phụ_lục"],
  ])("%s points at %s", (reference, sheet) => {
    expect(ownerMarkerSheet(reference)).toBe(sheet);
  });

  it.each([
    "=#REF!$A$1",
    "=#REF!",
    "='[Sổ.xlsx]Tổng hợp'!$A$1",
    "=[1]Data!$A$1",
    "=Sheet1:Sheet3!$A$1",
    "='Tổng hợp!$A$1",
    "='Tổng hợp'$A$1",
    "=''!$A$1",
    "=1",
    '="Tổng hợp"',
    "=Data!",
    "=Data!Tổng",
    "=Tổng hợp!$A$1",
    "",
  ])("%p points at no sheet", (reference) => {
    expect(ownerMarkerSheet(reference)).toBeUndefined();
  });

  it.each(["Tổng hợp", "Ông 'Ba'", "'", "Data", "Kiểm tra (2)"])("reads back sheetReference(%p)", (sheet) => {
    expect(ownerMarkerSheet(sheetReference(sheet, "$A$1"))).toBe(sheet);
    expect(ownerMarkerSheet(`=${sheetReference(sheet, "$A$1")}`)).toBe(sheet);
  });
});
