import type { Cell, MergeArea, SheetSnapshot } from "../../../src/core/snapshot";
import { detectHeader } from "../../../src/core/table/header";
import type { ColumnMap } from "../../../src/core/table-types";
import { SEED_ANNEX, seedAnnexSnapshot } from "../../helpers/seed-annex";
import { realAnnexSnapshot, snapshotFromTsv, type RealAnnexId } from "../../helpers/snapshot-from-tsv";

function sheet(rows: Cell[][], merges: MergeArea[] = []): SheetSnapshot {
  return { sheet: "Sheet1", rows, merges };
}

const TASK = ["1", "Xây dựng kế hoạch", "Quý I", "Quý IV", "Phòng Văn hóa và Thông tin", "UBND các phường"];

describe("detectHeader on the seed annex (two rows, merged groups)", () => {
  const header = detectHeader(seedAnnexSnapshot());

  it("finds both header rows and the first data row", () => {
    expect(header).toMatchObject({ row: SEED_ANNEX.headerRow, height: 2, dataRow: SEED_ANNEX.dataRow });
  });

  it("maps every column by its child label", () => {
    expect(header?.columns).toEqual(SEED_ANNEX.columns);
    expect(header?.combinedTime).toBe(false);
    expect(header?.labels).toEqual({
      1: "STT",
      2: "Nội dung nhiệm vụ",
      3: "Bắt đầu",
      4: "Hoàn thành",
      5: "Cơ quan chủ trì",
      6: "Cơ quan phối hợp",
    });
  });

  it("reports no extras or duplicates (group cells are not extras) and full confidence", () => {
    expect(header?.extras).toEqual([]);
    expect(header?.duplicates).toEqual([]);
    expect(header?.ambiguities).toBeUndefined();
    expect(header?.confidence).toBe(1);
  });
});

describe("detectHeader on the real annexes", () => {
  it.each<[RealAnnexId, ColumnMap, boolean, { column: number; label: string }[]]>([
    ["01", { stt: 1, content: 2, lead: 3, support: 4, end: 5 }, false, []],
    ["02", { stt: 1, content: 2, lead: 3, support: 4, start: 5, end: 5 }, true, []],
    ["03", { stt: 1, content: 2, lead: 3, support: 4, start: 5, end: 5 }, true, []],
    ["04", { stt: 1, content: 2, lead: 3, support: 4, end: 5, output: 6 }, false, []],
    ["05", { stt: 1, content: 2, lead: 3, support: 4, start: 5, end: 5, output: 6 }, true, []],
    [
      "06",
      { stt: 1, content: 2, lead: 3, support: 4, end: 5, output: 6 },
      false,
      [{ column: 7, label: "Nguồn kinh phí" }],
    ],
    ["07", { stt: 1, content: 2, lead: 3 }, false, []],
    ["08", { stt: 1, content: 2, lead: 3, support: 4, output: 5, start: 6, end: 6 }, true, []],
  ])("%s", (id, columns, combinedTime, extras) => {
    const header = detectHeader(realAnnexSnapshot(id).snapshot);
    expect(header).toMatchObject({ row: 1, height: 1, dataRow: 2, combinedTime, extras, duplicates: [] });
    expect(header?.columns).toEqual(columns);
    expect(header?.ambiguities).toBeUndefined();
  });

  it("is less confident when key columns are missing (07 has no time and no support column)", () => {
    const full = detectHeader(realAnnexSnapshot("02").snapshot)?.confidence ?? 0;
    const partial = detectHeader(realAnnexSnapshot("07").snapshot)?.confidence ?? 1;
    expect(full).toBe(1);
    expect(partial).toBeLessThan(0.7);
    expect(partial).toBeGreaterThan(0);
  });

  it("keeps the labels as written", () => {
    expect(detectHeader(realAnnexSnapshot("02").snapshot)?.labels).toEqual({
      1: "STT",
      2: "NHIỆM VỤ VÀ GIẢI PHÁP",
      3: "CHỦ TRÌ",
      4: "PHỐI HỢP",
      5: "THỜI GIAN",
    });
  });
});

describe("detectHeader layouts", () => {
  it("finds a header below a title block", () => {
    const { snapshot, layout } = realAnnexSnapshot("01", {
      title: [
        "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP",
        "PHỤ LỤC",
        "NHIỆM VỤ CHUYỂN ĐỔI SỐ CHO DOANH NGHIỆP",
        "(Kèm theo …)",
      ],
      gapAfterTitle: 1,
    });
    expect(detectHeader(snapshot)).toMatchObject({
      row: layout.headerRow,
      height: 1,
      dataRow: layout.dataRow,
    });
    expect(layout.headerRow).toBe(6);
  });

  it("maps a reversed column order", () => {
    const { snapshot } = realAnnexSnapshot("01", { reverseColumns: true });
    expect(detectHeader(snapshot)?.columns).toEqual({ end: 1, support: 2, lead: 3, content: 4, stt: 5 });
  });

  it("finds a header that starts in column C", () => {
    const { snapshot } = realAnnexSnapshot("03", { startColumn: 3 });
    expect(detectHeader(snapshot)?.columns).toEqual({
      stt: 3,
      content: 4,
      lead: 5,
      support: 6,
      start: 7,
      end: 7,
    });
  });

  it.each<["parens" | "plain"]>([["parens"], ["plain"]])(
    "skips a column-number row (%s)",
    (columnNumbers) => {
      const { snapshot, layout } = realAnnexSnapshot("04", { columnNumbers });
      const header = detectHeader(snapshot);
      expect(header).toMatchObject({ row: 1, height: 1, dataRow: 3 });
      expect(layout.dataRow).toBe(3);
    },
  );

  it("skips a column-number row under a two-row header", () => {
    const { snapshot } = realAnnexSnapshot("01", {
      groups: [{ label: "Phân công trách nhiệm", from: 3, to: 4 }],
      columnNumbers: "parens",
      title: ["NHIỆM VỤ CỤ THỂ"],
    });
    expect(detectHeader(snapshot)).toMatchObject({
      row: 2,
      height: 2,
      dataRow: 5,
      columns: { stt: 1, content: 2, lead: 3, support: 4, end: 5 },
    });
  });

  it("reads a one-row header with extra columns (status, result, note, funding)", () => {
    const tsv = [
      "Số TT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn\tTình trạng\tKết quả thực hiện\tNguồn kinh phí\tGhi chú",
      "1\tRà soát\tSở Nội vụ\tCác sở\tQuý II\tĐang thực hiện\t\tNgân sách\t",
    ].join("\n");
    const header = detectHeader(snapshotFromTsv(tsv).snapshot);
    expect(header?.columns).toEqual({
      stt: 1,
      content: 2,
      lead: 3,
      support: 4,
      end: 5,
      status: 6,
      result: 7,
      note: 9,
    });
    expect(header?.extras).toEqual([{ column: 8, label: "Nguồn kinh phí" }]);
    expect(header?.combinedTime).toBe(false);
  });

  it.each<[string, ColumnMap, boolean]>([
    ["Thời gian", { stt: 1, content: 2, start: 3, end: 3, lead: 4 }, true],
    ["Thời gian thực hiện", { stt: 1, content: 2, start: 3, end: 3, lead: 4 }, true],
    ["Thời gian hoàn thành", { stt: 1, content: 2, end: 3, lead: 4 }, false],
    ["Thời hạn", { stt: 1, content: 2, end: 3, lead: 4 }, false],
    ["Hạn hoàn thành", { stt: 1, content: 2, end: 3, lead: 4 }, false],
    ["Thời gian dự kiến hoàn thành", { stt: 1, content: 2, end: 3, lead: 4 }, false],
    ["Từ ngày", { stt: 1, content: 2, start: 3, lead: 4 }, false],
    ["Lộ trình thực hiện", { stt: 1, content: 2, start: 3, end: 3, lead: 4 }, true],
    ["Mốc thời gian", { stt: 1, content: 2, start: 3, end: 3, lead: 4 }, true],
    ["Năm thực hiện", { stt: 1, content: 2, start: 3, end: 3, lead: 4 }, true],
    ["Năm hoàn thành", { stt: 1, content: 2, end: 3, lead: 4 }, false],
    ["Thời hạn hoàn thành".normalize("NFD"), { stt: 1, content: 2, end: 3, lead: 4 }, false],
    ["Thời hạn hòan thành", { stt: 1, content: 2, end: 3, lead: 4 }, false],
    ["HOÀN THÀNH".normalize("NFD"), { stt: 1, content: 2, end: 3, lead: 4 }, false],
  ])("a single time column %j", (label, columns, combinedTime) => {
    const header = detectHeader(sheet([["STT", "Nội dung", label, "Chủ trì"], TASK.slice(0, 4)]));
    expect(header?.columns).toEqual(columns);
    expect(header?.combinedTime).toBe(combinedTime);
  });

  it("reads a two-row header pasted without merges", () => {
    const header = detectHeader(
      sheet([
        ["STT", "Nội dung nhiệm vụ", "Thời gian", null, "Phân công trách nhiệm", null],
        [null, null, "Bắt đầu", "Hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp"],
        TASK,
      ]),
    );
    expect(header).toMatchObject({ row: 1, height: 2, dataRow: 3, columns: SEED_ANNEX.columns, extras: [] });
  });

  it("starts the data below a one-row header whose cells are merged two rows tall", () => {
    const labels: Cell[] = ["STT", "Nội dung", "Thời gian", "Chủ trì"];
    const header = detectHeader(
      sheet(
        [labels, [], TASK.slice(0, 4)],
        labels.map((_, i) => ({ top: 1, left: i + 1, bottom: 2, right: i + 1 })),
      ),
    );
    expect(header).toMatchObject({ row: 1, height: 1, dataRow: 3 });
  });

  it("reads a two-row header whose STT and content labels sit in the second row", () => {
    const header = detectHeader(
      sheet([
        [null, null, "Thời gian", null, "Phân công trách nhiệm", null],
        ["STT", "Nội dung", "Bắt đầu", "Hoàn thành", "Chủ trì", "Phối hợp"],
        TASK,
      ]),
    );
    expect(header).toMatchObject({ row: 1, height: 2, dataRow: 3, columns: SEED_ANNEX.columns, extras: [] });
  });

  it("does not take a short title merged across the table for a group row", () => {
    const { snapshot } = realAnnexSnapshot("01", { title: ["KẾ HOẠCH", "NHIỆM VỤ"] });
    expect(detectHeader(snapshot)).toMatchObject({ row: 3, height: 1, dataRow: 4 });
  });

  it("lets the child label decide under any group label", () => {
    const header = detectHeader(
      sheet(
        [
          ["TT", "Tên nhiệm vụ", "Tổ chức thực hiện", null, "Tiến độ thực hiện", null],
          [null, null, "Chủ trì", "Phối hợp", "Từ ngày", "Đến ngày"],
          TASK,
        ],
        [
          { top: 1, left: 1, bottom: 2, right: 1 },
          { top: 1, left: 2, bottom: 2, right: 2 },
          { top: 1, left: 3, bottom: 1, right: 4 },
          { top: 1, left: 5, bottom: 1, right: 6 },
        ],
      ),
    );
    expect(header?.columns).toEqual({ stt: 1, content: 2, lead: 3, support: 4, start: 5, end: 6 });
    expect(header?.height).toBe(2);
  });

  it("maps a lone `Phân công trách nhiệm` column to the lead", () => {
    const header = detectHeader(
      sheet([["STT", "Nội dung", "Thời gian", "Phân công trách nhiệm"], TASK.slice(0, 4)]),
    );
    expect(header?.columns).toEqual({ stt: 1, content: 2, start: 3, end: 3, lead: 4 });
  });

  it("reports duplicate fields whose cells look alike, using the first column", () => {
    const header = detectHeader(
      sheet([
        ["STT", "Nội dung", "Nhiệm vụ", "Cơ quan chủ trì", "Đơn vị chủ trì", "Thời hạn"],
        [
          "1",
          "Xây dựng kế hoạch",
          "Tổ chức hội nghị triển khai",
          "Phòng Văn hóa và Thông tin",
          "UBND các phường",
          "Quý IV",
        ],
      ]),
    );
    expect(header?.columns).toEqual({ stt: 1, content: 2, lead: 4, end: 6 });
    expect(header?.duplicates).toEqual([
      { field: "content", columns: [2, 3] },
      { field: "lead", columns: [4, 5] },
    ]);
    expect(header?.confidence).toBeLessThan(detectHeader(seedAnnexSnapshot())?.confidence ?? 0);
  });

  it("reads labels in NFD, with NBSP, zero-width spaces, line breaks, odd case and spacing", () => {
    const header = detectHeader(
      sheet([
        [
          "S\u200BT\u200BT",
          "Nội\u00a0dung  nhiệm vụ".normalize("NFD"),
          "THỜI GIAN\nBẮT ĐẦU",
          "Thời gian\r\nhoàn thành".normalize("NFD"),
          "cơ quan CHỦ TRÌ:",
          "Cơ quan phối hợp (nếu có)",
        ],
        TASK,
      ]),
    );
    expect(header?.columns).toEqual(SEED_ANNEX.columns);
    expect(header?.labels[2]).toBe("Nội dung nhiệm vụ");
  });

  it.each<[string, Cell[][]]>([
    ["an empty sheet", []],
    ["blank rows", [[], [null, ""], []]],
    ["data without a header", [TASK, ["2", "Báo cáo", "Quý II", "Quý III", "Sở Nội vụ", ""]]],
    [
      "a title line that mentions nhiệm vụ",
      [["NHIỆM VỤ CỤ THỂ NĂM 2024"], ["(Kèm theo Kế hoạch số 12)"], TASK],
    ],
    [
      "one recognised label only",
      [
        ["STT", "Diễn giải", "Số tiền"],
        ["1", "Mua sắm", "100"],
      ],
    ],
    [
      "labels without STT or content",
      [
        ["Bắt đầu", "Hoàn thành", "Chủ trì"],
        ["Quý I", "Quý II", "Sở Y tế"],
      ],
    ],
  ])("returns undefined for %s", (_name, rows) => {
    expect(detectHeader(sheet(rows))).toBeUndefined();
  });

  it("does not look past the first 40 rows", () => {
    const rows: Cell[][] = Array.from({ length: 45 }, () => []);
    rows.push(["STT", "Nội dung", "Chủ trì"]);
    expect(detectHeader(sheet(rows))).toBeUndefined();
    expect(detectHeader(sheet(rows.slice(10)))?.row).toBe(36);
  });
});

describe("detectHeader overrides (the task pane's dropdowns)", () => {
  const snapshot = seedAnnexSnapshot();

  it("replaces the mapping of the given fields", () => {
    const header = detectHeader(snapshot, { lead: 6, support: 5 });
    expect(header?.columns).toMatchObject({ lead: 6, support: 5 });
    expect(header?.labels[6]).toBe("Cơ quan phối hợp");
  });

  it("removes a field with column 0 and keeps its column as an extra", () => {
    const header = detectHeader(snapshot, { support: 0 });
    expect(header?.columns.support).toBeUndefined();
    expect(header?.extras).toEqual([{ column: 6, label: "Cơ quan phối hợp" }]);
  });

  it("drops an automatic mapping of the column a field now takes", () => {
    const header = detectHeader(snapshot, { note: 6 });
    expect(header?.columns.note).toBe(6);
    expect(header?.columns.support).toBeUndefined();
  });

  it("makes the time combined when start and end take the same column", () => {
    const header = detectHeader(snapshot, { start: 4, end: 4 });
    expect(header?.combinedTime).toBe(true);
    expect(header?.columns).toMatchObject({ start: 4, end: 4 });
  });

  it("splits a combined time column into start and end", () => {
    const combined = realAnnexSnapshot("03").snapshot;
    expect(detectHeader(combined)?.combinedTime).toBe(true);
    const header = detectHeader(combined, { start: 0 });
    expect(header?.combinedTime).toBe(false);
    expect(header?.columns).toMatchObject({ end: 5 });
    expect(header?.columns.start).toBeUndefined();
  });
});
