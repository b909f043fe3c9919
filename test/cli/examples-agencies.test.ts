/**
 * The ward reports in examples/ (issue 7): no agency finding on a body that is in the directory or is the
 * ward itself — with the examples' own `Danh mục cơ quan` and with the built-in model. The one agency
 * defect planted in Lãm Hà's report (`Phòng Văn hoá - Du lịch`, not in the clerk's list) is still found
 * with the clerk's list.
 */
import path from "path";
import { dayNumber, yearInterval } from "../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import type { AgencyDirectory } from "../../src/core/agency-types";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { validateSheet } from "../../src/core/validate";
import { loadDirectoryFile } from "../../src/cli/directory";
import { readWorkbook } from "../../src/file/read-workbook";
import { ROOT } from "./cli-helpers";

const EXAMPLES = path.join(ROOT, "examples");
const WARDS = ["phuong-bac-son", "phuong-dong-hoa", "phuong-lam-ha", "phuong-nam-son"];
const AGENCY_FIELDS = new Set(["lead", "support"]);

let reports: { ward: string; sheet: SheetSnapshot }[];
let clerkList: AgencyDirectory;

beforeAll(async () => {
  const loaded = await loadDirectoryFile(path.join(EXAMPLES, "danh-muc-co-quan.xlsx"), "vi");
  if (!loaded.ok) throw new Error(loaded.message);
  clerkList = loaded.directory;
  reports = [];
  for (const ward of WARDS) {
    const read = await readWorkbook(path.join(EXAMPLES, `${ward}.xlsx`), `${ward}.xlsx`);
    if (!read.ok) throw new Error(read.message);
    for (const sheet of read.sheets) reports.push({ ward, sheet });
  }
});

function agencyFindings(directory: AgencyDirectory, year: number): string[] {
  return reports.flatMap(({ ward, sheet }) =>
    validateSheet(sheet, { period: yearInterval(year), asOf: dayNumber(year, 11, 20), directory })
      .findings.filter((f) => f.field !== undefined && AGENCY_FIELDS.has(f.field) && f.severity !== "info")
      .map((f) => `${ward} ${f.code}@${f.cell ?? ""} ${String(f.params["name"] ?? "")}`),
  );
}

describe("agencies in the example ward reports", () => {
  it("with the clerk's directory: only the planted unknown agency", () => {
    expect(clerkList.source).not.toBe(DEFAULT_DIRECTORY.source);
    expect(agencyFindings(clerkList, 2024)).toEqual([
      "phuong-lam-ha SUPPORT_UNKNOWN@F12 Phòng Văn hoá - Du lịch",
    ]);
  });

  it("with the built-in model: none (the planted name is a well-formed body it does not list)", () => {
    expect(agencyFindings(DEFAULT_DIRECTORY, 2024)).toEqual([]);
  });

  it("each report's unit is its ward", () => {
    const units = reports.map(
      ({ sheet }) =>
        validateSheet(sheet, {
          period: yearInterval(2024),
          asOf: dayNumber(2024, 11, 20),
          directory: clerkList,
        }).unit,
    );
    expect(units).toEqual([
      "Ủy ban nhân dân phường Bắc Sơn",
      "Ủy ban nhân dân phường Đồng Hòa",
      "Ủy ban nhân dân phường Lãm Hà",
      "Ủy ban nhân dân phường Nam Sơn",
    ]);
  });
});
