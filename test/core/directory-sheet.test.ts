import type { AgencyDirectory } from "../../src/core/agency-types";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import { DIRECTORY_SHEET_NAME, directorySheetPlan, readDirectorySheet } from "../../src/core/directory-sheet";
import type { PlanValue, SheetPlan } from "../../src/core/sheet-plan";
import type { Cell, SheetSnapshot } from "../../src/core/snapshot";

function snapshot(rows: Cell[][], extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return { sheet: DIRECTORY_SHEET_NAME, rows, merges: [], ...extra };
}

/** What an adapter would read back from a rendered plan: the plan's values as cells. */
function snapshotFromPlan(plan: SheetPlan): SheetSnapshot {
  const toCell = (value: PlanValue): Cell => {
    if (value === null || typeof value !== "object") return value;
    if ("date" in value) return { date: value.date };
    throw new Error("a directory sheet has no formulas");
  };
  return snapshot(plan.values.map((row) => row.map(toCell)));
}

describe("readDirectorySheet", () => {
  it("reads the four columns", () => {
    const result = readDirectorySheet(
      snapshot([
        ["Tên chuẩn", "Tên khác", "Loại", "Phải nộp"],
        [
          "Phòng Văn hóa và Thông tin",
          "Phòng VH-TT; Phòng VHTT\nPhòng Văn hóa – Thông tin",
          "Cơ quan",
          "Không",
        ],
        ["Các phòng, ban, đơn vị", "", "Nhóm", ""],
        ["Ủy ban nhân dân phường Bắc Sơn", "UBND phường Bắc Sơn;", "Đơn vị", "Có"],
      ]),
    );
    expect(result.problems).toEqual([]);
    expect(result.directory).toEqual({
      source: DIRECTORY_SHEET_NAME,
      entries: [
        {
          name: "Phòng Văn hóa và Thông tin",
          aliases: ["Phòng VH-TT", "Phòng VHTT", "Phòng Văn hóa – Thông tin"],
          kind: "agency",
          mustSubmit: false,
        },
        { name: "Các phòng, ban, đơn vị", aliases: [], kind: "group", mustSubmit: false },
        {
          name: "Ủy ban nhân dân phường Bắc Sơn",
          aliases: ["UBND phường Bắc Sơn"],
          kind: "unit",
          mustSubmit: true,
        },
      ],
    });
  });

  it("finds the header in another row and order, with loose labels, and takes the file as source", () => {
    const result = readDirectorySheet(
      snapshot(
        [
          ["DANH MỤC CƠ QUAN, ĐƠN VỊ"],
          [],
          [null, "PHẢI NỘP", "loại", "TÊN CHUẨN", "Tên khác"],
          [null, "x", "Phường", "Phường Nam Sơn", "Nam Sơn"],
          [null, true, "unit", "Phường Ngọc Sơn", null],
          [null, "Yes", "Đơn vị báo cáo", "Phường Lãm Hà", null],
          [null, "✓", "Xã", "Xã An Hòa", null],
          [null, "", "group", "UBND các phường", null],
        ],
        { file: "danh-muc.xlsx" },
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.directory?.source).toBe("danh-muc.xlsx");
    expect(result.directory?.entries.map((e) => [e.name, e.kind, e.mustSubmit])).toEqual([
      ["Phường Nam Sơn", "unit", true],
      ["Phường Ngọc Sơn", "unit", true],
      ["Phường Lãm Hà", "unit", true],
      ["Xã An Hòa", "unit", true],
      ["UBND các phường", "group", false],
    ]);
  });

  it.each([
    ["Cơ quan", "agency"],
    ["agency", "agency"],
    ["", "agency"],
    ["Nhóm", "group"],
    ["nhom", "group"],
    ["Đơn vị", "unit"],
    ["Đơn vị báo cáo", "unit"],
    ["Phường", "unit"],
    ["Xã", "unit"],
    ["UNIT", "unit"],
  ])("Loại %j → %s", (value, kind) => {
    const result = readDirectorySheet(
      snapshot([
        ["Tên chuẩn", "Loại"],
        ["Sở Y tế", value],
      ]),
    );
    expect(result.directory?.entries[0]?.kind).toBe(kind);
  });

  it.each([
    ["Có", true],
    ["có", true],
    ["x", true],
    ["X", true],
    ["Yes", true],
    ["TRUE", true],
    [true, true],
    [1, true],
    ["Không", false],
    ["", false],
    [null, false],
    [false, false],
    ["No", false],
  ] as [Cell, boolean][])("Phải nộp %j → %s", (value, mustSubmit) => {
    const result = readDirectorySheet(
      snapshot([
        ["Tên chuẩn", "Phải nộp"],
        ["Sở Y tế", value],
      ]),
    );
    expect(result.directory?.entries[0]?.mustSubmit).toBe(mustSubmit);
  });

  it("reports bad rows in Vietnamese with their row number and keeps the good ones", () => {
    const result = readDirectorySheet(
      snapshot([
        ["Tên chuẩn", "Tên khác", "Loại", "Phải nộp"],
        ["Sở Y tế", "", "Cơ quan", "Có"],
        ["", "Sở TC", "Cơ quan", ""],
        ["Sở Tài chính", "", "Bộ", ""],
        ["Sở Nội vụ", "", "", "Có lẽ"],
        ["Sở y tế.", "", "", ""],
        ["Sở Tư pháp", "Sở Y tế; STP", "", ""],
        [null, null, null, null],
      ]),
    );
    expect(result.directory?.entries.map((e) => [e.name, e.aliases])).toEqual([
      ["Sở Y tế", []],
      ["Sở Tư pháp", ["STP"]],
    ]);
    expect(result.problems).toEqual([
      "Dòng 3: thiếu tên chuẩn; dòng này bị bỏ qua.",
      "Dòng 4: loại “Bộ” không hợp lệ (dùng Cơ quan, Nhóm hoặc Đơn vị); dòng này bị bỏ qua.",
      "Dòng 5: cột Phải nộp có giá trị “Có lẽ” không hiểu được (dùng Có hoặc Không); dòng này bị bỏ qua.",
      "Dòng 6: tên “Sở y tế.” trùng với “Sở Y tế” ở dòng 2; dòng này bị bỏ qua.",
      "Dòng 7: tên khác “Sở Y tế” đã dùng cho “Sở Y tế” ở dòng 2; bỏ qua tên khác này.",
    ]);
  });

  it("reports in English when asked", () => {
    const result = readDirectorySheet(
      snapshot([
        ["Tên chuẩn", "Loại"],
        ["Sở Y tế", "Bộ"],
        ["Sở Nội vụ", ""],
      ]),
      "en",
    );
    expect(result.directory?.entries.map((e) => e.name)).toEqual(["Sở Nội vụ"]);
    expect(result.problems).toEqual([
      "Row 2: kind “Bộ” is not valid (use Cơ quan, Nhóm or Đơn vị); the row is skipped.",
    ]);
  });

  it("reports a sheet without a header", () => {
    const result = readDirectorySheet(snapshot([["Sở Y tế", "Cơ quan"]], { sheet: "Sheet1" }));
    expect(result.directory).toBeUndefined();
    expect(result.problems).toEqual([
      "Không tìm thấy dòng tiêu đề của danh mục cơ quan trên sheet “Sheet1” (cần cột “Tên chuẩn”).",
    ]);
  });

  it("reports a sheet with a header but no valid row", () => {
    const result = readDirectorySheet(
      snapshot([
        ["Tên chuẩn", "Loại"],
        ["", "Cơ quan"],
      ]),
    );
    expect(result.directory).toBeUndefined();
    expect(result.problems).toHaveLength(2);
    expect(result.problems[1]).toBe(
      "Danh mục cơ quan trên sheet “Danh mục cơ quan” không có dòng hợp lệ nào.",
    );
  });
});

describe("directorySheetPlan", () => {
  const plan = directorySheetPlan(DEFAULT_DIRECTORY);
  const rows = DEFAULT_DIRECTORY.entries.length + 1;

  it("is the owned `Danh mục cơ quan` sheet with a styled header, a table, widths and a frozen header", () => {
    expect(plan.name).toBe("Danh mục cơ quan");
    expect(plan.owner).toBe("directory");
    expect(plan.values[0]).toEqual(["Tên chuẩn", "Tên khác", "Loại", "Phải nộp"]);
    expect(plan.values).toHaveLength(rows);
    expect(plan.styles).toContainEqual({
      range: { top: 1, left: 1, bottom: 1, right: 4 },
      style: expect.objectContaining({ bold: true, fill: expect.stringMatching(/^#[0-9A-F]{6}$/) }),
    });
    expect(plan.columnWidths).toHaveLength(4);
    expect(plan.freeze).toEqual({ rows: 1, columns: 0 });
    expect(plan.tables).toEqual([
      expect.objectContaining({ range: { top: 1, left: 1, bottom: rows, right: 4 } }),
    ]);
    expect(plan.validations).toEqual([
      {
        range: { top: 2, left: 3, bottom: rows, right: 3 },
        list: ["Cơ quan", "Nhóm", "Đơn vị"],
        allowOther: false,
      },
      { range: { top: 2, left: 4, bottom: rows, right: 4 }, list: ["Có", "Không"], allowOther: false },
    ]);
  });

  it("writes aliases joined with `; `, the kind in Vietnamese and Có/Không", () => {
    const row = plan.values.find((values) => values[0] === "Phòng Giáo dục và Đào tạo");
    expect(row).toEqual([
      "Phòng Giáo dục và Đào tạo",
      "Phòng GD&ĐT; Phòng GDĐT; Phòng GD-ĐT; Phòng Giáo dục và Đào tạo quận",
      "Cơ quan",
      "Không",
    ]);
    expect(plan.values.find((values) => values[0] === "UBND các phường")?.[2]).toBe("Nhóm");
    expect(plan.values.find((values) => values[0] === "Ủy ban nhân dân phường Nam Sơn")?.[2]).toBe("Đơn vị");
  });

  it("reads back the same entries (round trip), mustSubmit included", () => {
    const directory: AgencyDirectory = {
      source: "test",
      entries: [
        ...DEFAULT_DIRECTORY.entries,
        { name: "Xã An Hòa", aliases: ["UBND xã An Hòa", "An Hoà"], kind: "unit", mustSubmit: true },
      ],
    };
    const result = readDirectorySheet(snapshotFromPlan(directorySheetPlan(directory)));
    expect(result.problems).toEqual([]);
    expect(result.directory?.entries).toEqual(directory.entries);
  });

  it("reads back an English sheet too", () => {
    const english = directorySheetPlan(DEFAULT_DIRECTORY, "en");
    expect(english.values[0]).toEqual(["Name", "Aliases", "Kind", "Must submit"]);
    const result = readDirectorySheet(snapshotFromPlan(english));
    expect(result.problems).toEqual([]);
    expect(result.directory?.entries).toEqual(DEFAULT_DIRECTORY.entries);
  });

  it("keeps a table body row for an empty directory", () => {
    const empty = directorySheetPlan({ source: "test", entries: [] });
    expect(empty.values).toEqual([["Tên chuẩn", "Tên khác", "Loại", "Phải nộp"]]);
    expect(empty.tables?.[0]?.range).toEqual({ top: 1, left: 1, bottom: 2, right: 4 });
  });
});
