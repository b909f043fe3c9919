/**
 * Sheets the CLI wrote (`npx annex consolidate`) carry the file adapter's owner marker, a hidden workbook
 * name, not the add-in's custom property. Opened in Excel, the add-in must still recognise them: list
 * them as owned, replace them on the next Tổng hợp (no `Tổng hợp (2)` beside them), drop the stale names,
 * and still never touch a same-named sheet without any marker. The sheets the add-in writes get that
 * hidden name too, so the CLI, which cannot read custom properties, does not count them as submissions.
 * The workbooks here are seeded from the real CLI output (the defined names in its xl/workbook.xml), in
 * the same syncs as before.
 */
import JSZip from "jszip";
import { createOfficeHost } from "../../src/office/office-host";
import { OWNER_PROPERTY_KEY } from "../../src/office/markers";
import { consolidateSheets, submissionSheetNames } from "../../src/taskpane/consolidate-actions";
import { OWNED_SHEETS } from "../../src/core/plans/consolidation-plans";
import { CHANGES_SHEET } from "../../src/core/plans/changes-plan";
import { ownerMarkerName, ownerMarkerSheet, parseOwnerMarkerName } from "../../src/core/owner-marker";
import { dayNumber } from "../../src/core/day";
import { sheetReference, type SheetPlan } from "../../src/core/sheet-plan";
import type { Cell } from "../../src/core/snapshot";
import { workbookBuffer } from "../../src/file/write-workbook";
import { installFakeExcel, type FakeExcel } from "../fakes/fake-excel";

const noWait = (): Promise<void> => Promise.resolve();
const AS_OF = dayNumber(2024, 11, 20);
const WARDS = ["Phường 1", "Phường 2"];
const OWNERS = { summary: "summary", data: "data", findings: "findings" } as const;

function wardRows(index: number): Cell[][] {
  return [
    [`ỦY BAN NHÂN DÂN PHƯỜNG SỐ ${index}`],
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024"],
    [],
    ["STT", "Nội dung nhiệm vụ", "Bắt đầu", "Hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp"],
    [1, "Truyền thông chuyển đổi số", "Quý I", "Quý II", "Phòng Văn hóa và Thông tin", ""],
    [2, "Tổ chức hội nghị", "Quý I", "Quý III", "Phòng Văn hóa và Thông tin", ""],
  ];
}

const unescapeXml = (text: string): string =>
  text
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The sheets and defined names of a workbook the CLI writes for these three owned sheets. */
async function cliWorkbook(): Promise<{
  sheets: string[];
  names: { name: string; reference: string; hidden: boolean }[];
}> {
  const plans: SheetPlan[] = (Object.keys(OWNED_SHEETS) as (keyof typeof OWNED_SHEETS)[]).map((kind) => ({
    name: OWNED_SHEETS[kind],
    owner: OWNERS[kind],
    values: [[`CLI: ${OWNED_SHEETS[kind]}`]],
    styles: [],
    merges: [],
    columnWidths: [],
  }));
  const zip = await JSZip.loadAsync(await workbookBuffer(plans));
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const sheets = [...xml.matchAll(/<sheet [^>]*\bname="([^"]+)"/g)].map((m) => unescapeXml(m[1]!));
  const names = [...xml.matchAll(/<definedName name="([^"]+)"([^>]*)>([^<]*)<\/definedName>/g)].map((m) => ({
    name: m[1]!,
    reference: `=${unescapeXml(m[3]!)}`,
    hidden: m[2]!.includes('hidden="1"'),
  }));
  return { sheets, names };
}

/** Wards to consolidate, then the CLI's three sheets with their hidden names, as Excel opens the file. */
async function workbookWithCliSummary(): Promise<FakeExcel> {
  const fake = installFakeExcel();
  WARDS.forEach((name, i) => fake.addSheet(name, { rows: wardRows(i + 1) }));
  const cli = await cliWorkbook();
  for (const sheet of cli.sheets) fake.addSheet(sheet, { rows: [[`CLI: ${sheet}`]] });
  for (const { name, reference, hidden } of cli.names) fake.addName(name, reference, { visible: !hidden });
  return fake;
}

const ownedSheetNames = Object.values(OWNED_SHEETS);
const property = (fake: FakeExcel, sheet: string): string | undefined =>
  fake.sheet(sheet).customProperties.get(OWNER_PROPERTY_KEY.toLowerCase())?.value;

/** The workbook's owner-marker names as the CLI reads them: [name, sheet it marks, kind, visible]. */
const markerNames = (fake: FakeExcel): [string, string | undefined, string | undefined, boolean][] =>
  fake.names
    .filter((n) => parseOwnerMarkerName(n.name) !== undefined)
    .map((n) => [n.name, ownerMarkerSheet(fake.nameFormula(n)), parseOwnerMarkerName(n.name), n.visible]);

/** Names that are not owner markers (a user's), with their formulas. */
const otherNames = (fake: FakeExcel): string[][] =>
  fake.names
    .filter((n) => parseOwnerMarkerName(n.name) === undefined)
    .map((n) => [n.name, fake.nameFormula(n)]);

/**
 * The sheets and marker names besides `Thay đổi`, which a consolidation adds once the workbook holds an
 * earlier run's data sheet (issue 11); its own marker is checked where it appears.
 */
const withoutChanges = (fake: FakeExcel): string[] =>
  fake.sheets.map((s) => s.name).filter((name) => name !== CHANGES_SHEET.vi);
const markersWithoutChanges = (fake: FakeExcel) => markerNames(fake).filter((m) => m[2] !== "changes");

const OWNED_MARKERS = [
  [ownerMarkerName("summary", 1), "Tổng hợp", "summary", false],
  [ownerMarkerName("data", 1), "Dữ liệu tổng hợp", "data", false],
  [ownerMarkerName("findings", 1), "Kiểm tra", "findings", false],
];

describe("the add-in and the CLI's owner markers", () => {
  it("the CLI marks its sheets with hidden names only (no custom property exceljs could write)", async () => {
    const cli = await cliWorkbook();
    expect(cli.sheets).toEqual(ownedSheetNames);
    expect(cli.names).toEqual([
      { name: ownerMarkerName("summary", 1), reference: "='Tổng hợp'!$A$1", hidden: true },
      { name: ownerMarkerName("data", 2), reference: "='Dữ liệu tổng hợp'!$A$1", hidden: true },
      { name: ownerMarkerName("findings", 3), reference: "='Kiểm tra'!$A$1", hidden: true },
    ]);
  });

  it("lists the CLI's sheets as owned, so they are not offered as submissions", async () => {
    await workbookWithCliSummary();
    const read = await createOfficeHost({ sleep: noWait }).read({});
    expect(read.sheetList).toEqual([
      { name: "Phường 1", visible: true },
      { name: "Phường 2", visible: true },
      { name: "Tổng hợp", visible: true, owner: "summary" },
      { name: "Dữ liệu tổng hợp", visible: true, owner: "data" },
      { name: "Kiểm tra", visible: true, owner: "findings" },
    ]);
    expect(submissionSheetNames(read)).toEqual(WARDS);
  });

  it("consolidating replaces them in place, with the add-in's marker, and removes the stale names", async () => {
    const fake = await workbookWithCliSummary();
    const before = ownedSheetNames.map((name) => fake.sheet(name).id);
    const result = await consolidateSheets(createOfficeHost({ sleep: noWait }), WARDS, AS_OF, "vi");

    expect(result.written).toEqual(ownedSheetNames);
    expect(fake.sheets.map((s) => s.name)).toEqual([...WARDS, ...ownedSheetNames]);
    for (const [i, name] of ownedSheetNames.entries()) {
      expect(fake.sheet(name).id).not.toBe(before[i]);
      expect(fake.cell(name, "A1").value).not.toBe(`CLI: ${name}`);
    }
    expect(ownedSheetNames.map((name) => property(fake, name))).toEqual(["summary", "data", "findings"]);
    // The CLI's names are gone; each new sheet has one hidden name of its own, for the CLI to recognise.
    expect(markerNames(fake)).toEqual(OWNED_MARKERS);
    expect(fake.names).toHaveLength(3);
    for (const ward of WARDS) expect(fake.writesTo(ward)).toEqual([]);

    // Consolidating again recognises the add-in's own marker: still no `(2)` sheet, no pile-up of names.
    for (let run = 0; run < 2; run++) {
      const again = await consolidateSheets(createOfficeHost({ sleep: noWait }), WARDS, AS_OF, "vi");
      expect(again.written).toEqual([...ownedSheetNames, CHANGES_SHEET.vi]);
      expect(fake.sheets.map((s) => s.name)).toEqual([...WARDS, ...ownedSheetNames, CHANGES_SHEET.vi]);
      expect(markersWithoutChanges(fake)).toEqual(OWNED_MARKERS);
      expect(markerNames(fake).filter((m) => m[2] === "changes")).toHaveLength(1);
      expect(fake.names).toHaveLength(4);
    }
    expect(fake.implicitSyncs).toBe(0);
  });

  it.each<[string, (fake: FakeExcel) => void]>([
    ["an empty workbook", () => undefined],
    [
      "the add-in's own sheets from before (custom property only)",
      (fake) => {
        for (const [kind, name] of Object.entries(OWNED_SHEETS))
          fake.addSheet(name, { customProperties: { [OWNER_PROPERTY_KEY]: kind } });
      },
    ],
  ])(
    "marks the sheets it writes into %s with one hidden name each, kept at one per sheet",
    async (_, seed) => {
      const fake = installFakeExcel();
      WARDS.forEach((name, i) => fake.addSheet(name, { rows: wardRows(i + 1) }));
      seed(fake);
      for (let run = 0; run < 2; run++) {
        await consolidateSheets(createOfficeHost({ sleep: noWait }), WARDS, AS_OF, "vi");
        expect(withoutChanges(fake)).toEqual([...WARDS, ...ownedSheetNames]);
        expect(markersWithoutChanges(fake)).toEqual(OWNED_MARKERS);
        expect(ownedSheetNames.map((name) => property(fake, name))).toEqual(["summary", "data", "findings"]);
      }
    },
  );

  it("keeps other workbook names, and names that only look like markers, as they are", async () => {
    const fake = await workbookWithCliSummary();
    fake.addName("VungIn", "='Phường 1'!$A$1:$F$6");
    fake.addName("TaskAnnexOwner", "=1", { visible: false });
    // A marker-like name that marks no sheet: kept, and the new findings marker takes another number.
    fake.addName("TASKANNEXOWNER_FINDINGS_1", "=1", { visible: false });
    await consolidateSheets(createOfficeHost({ sleep: noWait }), WARDS, AS_OF, "vi");
    expect(otherNames(fake)).toEqual([
      ["VungIn", "='Phường 1'!$A$1:$F$6"],
      ["TaskAnnexOwner", "=1"],
    ]);
    expect(markerNames(fake)).toEqual([
      ["TASKANNEXOWNER_FINDINGS_1", undefined, "findings", false],
      ...OWNED_MARKERS.slice(0, 2),
      [ownerMarkerName("findings", 2), "Kiểm tra", "findings", false],
    ]);
  });

  it.each<[string, (fake: FakeExcel) => void, string | undefined, number]>([
    ["no name at all", () => undefined, undefined, 1],
    ["a user's own name on it", (fake) => fake.addName("TongHop", "='Tổng hợp'!$A$1"), undefined, 1],
    [
      "a marker left `#REF!` by a deleted CLI sheet",
      (fake) => {
        const old = fake.addSheet("Cũ");
        fake.addName(ownerMarkerName("summary", 1), sheetReference("Cũ", "$A$1"), { visible: false });
        fake.sheets.splice(fake.sheets.indexOf(old), 1);
      },
      undefined,
      2,
    ],
    [
      "a CLI marker of another kind (a data sheet the user renamed)",
      (fake) => fake.addName(ownerMarkerName("data", 2), "='Tổng hợp'!$A$1", { visible: false }),
      "data",
      1,
    ],
  ])("never touches a user's Tổng hợp with %s", async (_label, seed, owner, summaryN) => {
    const fake = installFakeExcel();
    WARDS.forEach((name, i) => fake.addSheet(name, { rows: wardRows(i + 1) }));
    const user = fake.addSheet("Tổng hợp", { rows: [["ghi chú của tôi"]] });
    seed(fake);
    const names = fake.names.map((n) => [n.name, fake.nameFormula(n)]);

    const read = await createOfficeHost({ sleep: noWait }).read({});
    expect(read.sheetList.find((s) => s.name === "Tổng hợp")?.owner).toBe(owner);
    const result = await consolidateSheets(createOfficeHost({ sleep: noWait }), WARDS, AS_OF, "vi");

    expect(result.written).toEqual(["Tổng hợp (2)", "Dữ liệu tổng hợp", "Kiểm tra"]);
    expect(fake.writes.filter((w) => w.sheetId === user.id)).toEqual([]);
    expect(fake.cell("Tổng hợp", "A1").value).toBe("ghi chú của tôi");
    // The names there before stay as they were; the add-in's sheets get new ones, numbered around them.
    expect(fake.names.slice(0, names.length).map((n) => [n.name, fake.nameFormula(n)])).toEqual(names);
    expect(markerNames(fake).slice(-3)).toEqual([
      [ownerMarkerName("summary", summaryN), "Tổng hợp (2)", "summary", false],
      ...OWNED_MARKERS.slice(1),
    ]);
    expect(fake.names).toHaveLength(names.length + 3);
  });

  it("reads and writes in as many syncs as when the sheets carry the add-in's own marker", async () => {
    const cli = await workbookWithCliSummary();
    await consolidateSheets(createOfficeHost({ sleep: noWait }), WARDS, AS_OF, "vi");

    const own = installFakeExcel();
    WARDS.forEach((name, i) => own.addSheet(name, { rows: wardRows(i + 1) }));
    for (const [kind, name] of Object.entries(OWNED_SHEETS)) {
      own.addSheet(name, { customProperties: { [OWNER_PROPERTY_KEY]: kind } });
    }
    await consolidateSheets(createOfficeHost({ sleep: noWait }), WARDS, AS_OF, "vi");

    expect(cli.runCount).toBe(1);
    expect(cli.implicitSyncs).toBe(0);
    expect(cli.syncCount).toBe(own.syncCount);
    expect(own.sheets.map((s) => s.name)).toEqual(cli.sheets.map((s) => s.name));
  });

  it("reads the sheet list with its names in the same four syncs", async () => {
    const fake = await workbookWithCliSummary();
    const read = await createOfficeHost({ sleep: noWait }).read({ active: true, sheets: ["Tổng hợp"] });
    expect(read.sheets.map((s) => s.sheet)).toEqual(["Tổng hợp"]);
    expect(fake.syncCount).toBe(4);
  });
});
