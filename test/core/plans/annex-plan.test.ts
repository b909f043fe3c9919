import { buildAnnexPlan, defaultAnnexOptions } from "../../../src/core/plans/annex-plan";
import type { AnnexPlanOptions } from "../../../src/core/plans/annex-plan";
import type { PlanValue } from "../../../src/core/sheet-plan";
import type { Cell, SheetSnapshot } from "../../../src/core/snapshot";
import { readAnnexTable } from "../../../src/core/table/index";
import { HYPERLINK_TEXT, annexTable, rowWith } from "./fixtures";

// A ward's copy: one combined `Thời gian thực hiện` column, an output column and an unmatched
// `Nguồn kinh phí` column, a sub-item, a date cell, a multi-line cell and a signature note below.
const GRID: Cell[][] = [
  ["Nhiệm vụ cụ thể chuyển đổi số năm 2024", null, null, null, null, null, null],
  ["(Kèm theo Kế hoạch số 12/KH-UBND ngày 01/3/2024 của UBND phường Nam Sơn)"],
  [
    "STT",
    "Nội dung",
    "Thời gian thực hiện",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Sản phẩm đầu ra",
    "Nguồn kinh phí",
  ],
  ["I.", "Truyền thông"],
  ["1.", HYPERLINK_TEXT, "Quý I - Quý IV", "Phòng VH-TT", "UBND các phường", "Kế hoạch", "Ngân sách"],
  ["2.", "Dòng một\nDòng hai", "Thường xuyên", "Phòng VH-TT", null, null, null],
  ["-", "Việc con", null, null, null, null, null],
  ["II", "Tuyên truyền"],
  ["1", "Hội nghị", { date: "2024-06-30" }, "Phòng VH-TT", null, null, "Xã hội hóa"],
  ["5", "Báo cáo", "Từ 01/10 đến 10/10/2024", "Phòng VH-TT", null, null, null],
  [null, "Nơi nhận: Như trên", null, null, null, null, null],
];

const SNAPSHOT: SheetSnapshot = { sheet: "Phường Nam Sơn", rows: GRID, merges: [] };

function spec(row: number, kind: "section" | "task" | "subitem" | "note") {
  const cells = GRID[row - 1] ?? [];
  const at = (c: number): Cell => cells[c - 1] ?? null;
  const stt = typeof at(1) === "string" ? (at(1) as string) : "";
  return {
    kind,
    stt,
    cells: {
      content: at(2),
      start: at(3),
      end: at(3),
      lead: at(4),
      support: at(5),
      output: at(6),
    },
    extras: { 7: at(7) },
  };
}

const TABLE = annexTable(
  { stt: 1, content: 2, start: 3, end: 3, lead: 4, support: 5, output: 6 },
  [
    spec(4, "section"),
    spec(5, "task"),
    spec(6, "task"),
    spec(7, "subitem"),
    spec(8, "section"),
    spec(9, "task"),
    spec(10, "task"),
    spec(11, "note"),
  ],
  {
    headerRow: 3,
    combinedTime: true,
    extras: [{ column: 7, label: "Nguồn kinh phí" }],
    labels: { 1: "STT", 2: "Nội dung", 3: "Thời gian thực hiện", 6: "Sản phẩm đầu ra" },
    title: {
      lines: [{ row: 1, column: 1, text: String(GRID[0]?.[0]) }],
      title: "Nhiệm vụ cụ thể chuyển đổi số năm 2024",
      attachedTo: "(Kèm theo Kế hoạch số 12/KH-UBND ngày 01/3/2024 của UBND phường Nam Sơn)",
    },
  },
);

function plan(overrides: Partial<AnnexPlanOptions> = {}) {
  return buildAnnexPlan(SNAPSHOT, TABLE, { ...defaultAnnexOptions(SNAPSHOT, TABLE), ...overrides });
}

/** The data rows of the plan (below the two header rows), by content. */
function byContent(content: PlanValue) {
  const row = rowWith(plan(), 2, content);
  if (!row) throw new Error(`no row with content ${String(content)}`);
  return row;
}

describe("buildAnnexPlan on a ward's copy", () => {
  it("keeps the one time column, then the output and the unmatched column after the standard ones", () => {
    expect(plan().values[4]).toEqual([
      "STT",
      "Nội dung nhiệm vụ",
      "Thời gian thực hiện",
      "Phân công trách nhiệm",
      null,
      "Sản phẩm đầu ra",
      "Nguồn kinh phí",
    ]);
    expect(plan().values[5]).toEqual([null, null, null, "Cơ quan chủ trì", "Cơ quan phối hợp", null, null]);
    expect(plan().merges).toEqual(
      expect.arrayContaining([
        { top: 5, left: 3, bottom: 6, right: 3 },
        { top: 5, left: 6, bottom: 6, right: 6 },
        { top: 5, left: 7, bottom: 6, right: 7 },
        { top: 1, left: 1, bottom: 1, right: 7 },
      ]),
    );
  });

  it.each([
    ["a quarter range", HYPERLINK_TEXT, "Quý I - Quý IV"],
    ["a from–to date range", "Báo cáo", "Từ 01/10 đến 10/10/2024"],
    ["a recurring time (not a range)", "Dòng một\nDòng hai", "Thường xuyên"],
    ["an Excel date", "Hội nghị", { date: "2024-06-30" }],
  ])("writes the one time column as typed (no empty Bắt đầu beside it): %s", (_what, content, time) => {
    const row = byContent(content);
    expect(row[2]).toEqual(time);
    expect(row).toHaveLength(7);
  });

  it("keeps text verbatim: a formula-like text stays the same string, line breaks stay", () => {
    expect(byContent(HYPERLINK_TEXT)[1]).toBe(HYPERLINK_TEXT);
    expect(plan().values.flat()).not.toContainEqual(expect.objectContaining({ formula: expect.anything() }));
    expect(byContent("Dòng một\nDòng hai")[1]).toBe("Dòng một\nDòng hai");
  });

  it("keeps the output and the extra column's values", () => {
    expect(byContent(HYPERLINK_TEXT).slice(3)).toEqual([
      "Phòng VH-TT",
      "UBND các phường",
      "Kế hoạch",
      "Ngân sách",
    ]);
    expect(byContent("Hội nghị")[6]).toBe("Xã hội hóa");
  });

  it.each([
    ["keep", ["I.", "1.", "2.", "-", "II", "1", "5"]],
    ["renumber", ["I.", "1.", "2.", "-", "II.", "1.", "2."]],
  ] as const)("numbering %s", (numbering, expected) => {
    const stts = plan({ numbering })
      .values.slice(6, 13)
      .map((row) => row[0]);
    expect(stts).toEqual(expected);
  });

  it("puts a trailing note below the table, outside the borders", () => {
    const p = plan();
    expect(p.values[p.values.length - 1]?.[1]).toBe("Nơi nhận: Như trên");
    const bordered = p.styles.filter((s) => s.style.border === "thin").map((s) => s.range.bottom);
    expect(Math.max(...bordered)).toBe(p.values.length - 1);
  });

  it("styles sections bold and centres the STT", () => {
    const p = plan();
    expect(p.styles).toEqual(
      expect.arrayContaining([
        { range: { top: 7, left: 1, bottom: 7, right: 7 }, style: { bold: true } },
        { range: { top: 11, left: 1, bottom: 11, right: 7 }, style: { bold: true } },
        { range: { top: 7, left: 1, bottom: 13, right: 1 }, style: { horizontal: "center" } },
      ]),
    );
  });
});

describe("defaultAnnexOptions", () => {
  it("takes the title (upper-cased) and the attached-to line from the title block", () => {
    expect(defaultAnnexOptions(SNAPSHOT, TABLE, ["Phụ lục", "Sheet1"])).toEqual({
      sheetName: "Phụ lục (2)",
      annexLabel: "PHỤ LỤC",
      title: "NHIỆM VỤ CỤ THỂ CHUYỂN ĐỔI SỐ NĂM 2024",
      attachedTo: "(Kèm theo Kế hoạch số 12/KH-UBND ngày 01/3/2024 của UBND phường Nam Sơn)",
      numbering: "keep",
    });
  });

  it("falls back to the official defaults without a title block", () => {
    const bare = { ...TABLE, title: { lines: [] } };
    const options = defaultAnnexOptions(SNAPSHOT, bare);
    expect(options.title).toBe("NHIỆM VỤ CỤ THỂ");
    expect(options.attachedTo).toBe("(Kèm theo Kế hoạch số      /KH-UBND ngày     tháng     năm      của …)");
    expect(options.sheetName).toBe("Phụ lục");
  });
});

describe("buildAnnexPlan in English", () => {
  it("labels the header in English but keeps the content", () => {
    const p = plan({ lang: "en" });
    expect(p.values[4]?.slice(0, 4)).toEqual(["No.", "Task", "Time", "Responsibilities"]);
    expect(p.values[5]?.slice(3, 5)).toEqual(["Lead agency", "Supporting agencies"]);
    expect(p.values[4]?.[5]).toBe("Expected output");
    expect(rowWith(p, 2, HYPERLINK_TEXT)).toBeDefined();
  });
});

describe("buildAnnexPlan on a header with no rows", () => {
  it("writes the title block and the header only, still print-ready", () => {
    const empty = { ...TABLE, rows: [] };
    const p = buildAnnexPlan(SNAPSHOT, empty, defaultAnnexOptions(SNAPSHOT, empty));
    expect(p.values).toHaveLength(6);
    expect(p.styles.every((s) => s.range.bottom <= 6)).toBe(true);
    expect(p.page?.printTitleRows).toEqual({ first: 5, last: 6 });
  });
});

describe("buildAnnexPlan with time cells typed as numbers", () => {
  // Start and finish typed as Excel serials without a date format (45300 = 09/01/2024), or as years.
  const grid: Cell[][] = [
    ["STT", "Nội dung", "Bắt đầu", "Hoàn thành", "Chủ trì"],
    ["1", "Việc", 45300, 45400, "Phòng VH-TT"],
    ["2", "Việc năm", 2024, 2025, "Phòng VH-TT"],
    ["3", "Việc chữ", "Quý I", 45400.5, "Phòng VH-TT"],
  ];
  const snapshot: SheetSnapshot = { sheet: "Số", rows: grid, merges: [] };
  const task = (row: number) => {
    const cells = grid[row - 1] ?? [];
    return {
      kind: "task" as const,
      stt: String(cells[0]),
      cells: {
        content: cells[1] ?? null,
        start: cells[2] ?? null,
        end: cells[3] ?? null,
        lead: cells[4] ?? null,
      },
    };
  };
  const table = annexTable({ stt: 1, content: 2, start: 3, end: 4, lead: 5 }, [task(2), task(3), task(4)], {
    headerRow: 1,
  });
  const written = buildAnnexPlan(snapshot, table, defaultAnnexOptions(snapshot, table));

  it.each([
    ["Việc", { date: "2024-01-09" }, { date: "2024-04-18" }],
    ["Việc năm", 2024, 2025],
    ["Việc chữ", "Quý I", { date: "2024-04-18" }],
  ])("writes the times of %s as dates, years staying numbers", (content, start, end) => {
    const row = rowWith(written, 2, content);
    expect([row?.[2], row?.[3]]).toEqual([start, end]);
  });
});

describe("buildAnnexPlan keeps vertical merges of the table body", () => {
  // Task 4 spans rows 5–6: its STT, times and lead are merged down, its content continues on row 6.
  // Written unmerged, the annex would show task 4 twice (STT_DUPLICATE on a sheet that had none).
  const grid: Cell[][] = [
    ["KẾ HOẠCH NĂM 2024"],
    ["STT", "Nội dung", "Bắt đầu", "Hoàn thành", "Chủ trì", "Phối hợp"],
    ["1", "Việc 1", "Quý I", "Quý IV", "Phòng VH-TT", "UBND các phường"],
    ["2", "Việc 2"],
    ["4", "Việc 4", "Quý II", "Quý III", "UBND các phường", "Phòng VH-TT"],
    [null, "tiếp nội dung việc 4", null, null, null, "Phòng GD&ĐT"],
  ];
  const merges = [
    { top: 3, left: 3, bottom: 4, right: 3 }, // times and lead of tasks 1–2
    { top: 3, left: 4, bottom: 4, right: 4 },
    { top: 3, left: 5, bottom: 4, right: 5 },
    { top: 5, left: 1, bottom: 6, right: 1 }, // task 4's STT, times and lead
    { top: 5, left: 3, bottom: 6, right: 3 },
    { top: 5, left: 4, bottom: 6, right: 4 },
    { top: 5, left: 5, bottom: 6, right: 5 },
    { top: 5, left: 2, bottom: 5, right: 6 }, // a horizontal merge is not copied
  ];
  const snapshot: SheetSnapshot = { sheet: "Gộp", rows: grid, merges };
  const table = readAnnexTable(snapshot);
  if (!table) throw new Error("no table");
  const written = buildAnnexPlan(snapshot, table, defaultAnnexOptions(snapshot, table));
  // Source rows 3–6 are plan rows 7–10; STT, content, start, end, lead, support are plan columns 1–6.
  const body = written.values.slice(6, 10);

  it.each([
    [{ top: 7, left: 3, bottom: 8, right: 3 }],
    [{ top: 7, left: 4, bottom: 8, right: 4 }],
    [{ top: 7, left: 5, bottom: 8, right: 5 }],
    [{ top: 9, left: 1, bottom: 10, right: 1 }],
    [{ top: 9, left: 5, bottom: 10, right: 5 }],
  ])("merges %j as in the source", (merge) => {
    expect(written.merges).toContainEqual(merge);
  });

  it("writes each merged value once, in the top cell, and keeps the unmerged cells", () => {
    expect(body.map((row) => row.slice(0, 6))).toEqual([
      ["1", "Việc 1", "Quý I", "Quý IV", "Phòng VH-TT", "UBND các phường"],
      ["2", "Việc 2", null, null, null, null],
      ["4", "Việc 4", "Quý II", "Quý III", "UBND các phường", "Phòng VH-TT"],
      [null, "tiếp nội dung việc 4", null, null, null, "Phòng GD&ĐT"],
    ]);
    expect(written.merges.filter((m) => m.top >= 7 && m.left !== m.right)).toEqual([]);
  });
});

describe("buildAnnexPlan keeps the blank rows above the notes below the table", () => {
  // The signature block sits one blank row below the table, and the signer's name two rows below the
  // title (room to sign). Packed together, a re-read takes `- Như trên;` for a task with no lead.
  const grid: Cell[][] = [
    ["STT", "Nội dung", "Hoàn thành", "Chủ trì"],
    ["1", "Việc 1", "Quý I", "Phòng VH-TT"],
    ["2", "Việc 2", "Quý II", "Phòng VH-TT"],
    [],
    ["Nơi nhận:", null, "CHỦ TỊCH"],
    ["- Như trên;"],
    [],
    [],
    [null, null, "Nguyễn Văn A"],
  ];
  const snapshot: SheetSnapshot = { sheet: "Ký", rows: grid, merges: [] };
  const table = readAnnexTable(snapshot);
  if (!table) throw new Error("no table");
  const written = buildAnnexPlan(snapshot, table, defaultAnnexOptions(snapshot, table));

  it("writes the notes with the same gaps as the source", () => {
    const below = written.values.slice(8).map((row) => row.filter((v) => v !== null).join(" | "));
    expect(below).toEqual(["", "Nơi nhận:   CHỦ TỊCH", "- Như trên;", "", "", "Nguyễn Văn A"]);
  });
});
