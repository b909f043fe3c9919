import type { Cell, MergeArea, SheetSnapshot } from "../../../src/core/snapshot";
import { detectHeader } from "../../../src/core/table/header";
import { classifyRows } from "../../../src/core/table/rows";
import { toRoman } from "../../../src/core/table/stt";
import type { AnnexRow, HeaderInfo, RowKind } from "../../../src/core/table-types";
import { SEED_ANNEX, seedAnnexSnapshot } from "../../helpers/seed-annex";
import { realAnnexSnapshot, type RealAnnexId } from "../../helpers/snapshot-from-tsv";

function classify(snapshot: SheetSnapshot): AnnexRow[] {
  const header = detectHeader(snapshot);
  if (!header) throw new Error("no header");
  return classifyRows(snapshot, header);
}

function sheet(rows: Cell[][], merges: MergeArea[] = []): SheetSnapshot {
  return { sheet: "Sheet1", rows, merges };
}

const HEADER: Cell[] = ["STT", "Nội dung", "Bắt đầu", "Hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp"];

function kinds(rows: readonly AnnexRow[]): string[] {
  return rows.map((row) => `${row.stt}:${row.kind}`);
}

function count(rows: readonly AnnexRow[], kind: RowKind): number {
  return rows.filter((row) => row.kind === kind).length;
}

/** `STT → number of tasks` for each section, in order. */
function tasksPerSection(rows: readonly AnnexRow[]): string[] {
  return rows.flatMap((row, index) =>
    row.kind === "section"
      ? [`${row.stt}=${rows.filter((r) => r.kind === "task" && r.section === index).length}`]
      : [],
  );
}

describe("classifyRows on the seed annex", () => {
  const rows = classify(seedAnnexSnapshot());

  it("covers the data rows, each STT verbatim", () => {
    expect(rows.map((row) => row.row)).toEqual(
      Array.from({ length: SEED_ANNEX.lastRow - SEED_ANNEX.dataRow + 1 }, (_, i) => SEED_ANNEX.dataRow + i),
    );
    expect(rows.map((row) => row.stt)).toEqual([...SEED_ANNEX.stt]);
  });

  it("finds sections I–V and the tasks of each (II and V carry their own time and agencies)", () => {
    expect(tasksPerSection(rows)).toEqual(SEED_ANNEX.sections.map((s) => `${s.stt}=${s.tasks}`));
    expect(rows.filter((row) => row.kind === "section").map((row) => row.row)).toEqual(
      SEED_ANNEX.sections.map((s) => s.row),
    );
    expect(count(rows, "task")).toBe(12);
    expect(rows.every((row) => row.kind === "section" || row.kind === "task")).toBe(true);
  });

  it("puts each field's cell in `cells`, multi-line cells verbatim", () => {
    const task = rows.find((row) => row.row === 15);
    expect(task?.cells).toEqual({
      stt: "1.",
      content: expect.stringMatching(/^Tuyên truyển trên Cổng thông tin điện tử quận, phường/),
      start: "Quý I",
      end: "Quý IV",
      lead: "Văn phòng HĐND-UBND quận; UBND các phường.",
      support: "Phòng Văn hóa – Thông tin;\nTrung tâm VH-TT & TT; các phòng, ban, đơn vị liên quan.",
    });
    expect(rows.find((row) => row.row === 6)?.cells.start).toBeNull();
  });

  it("links tasks to their section row and sections to no part", () => {
    const sectionIndex = rows.findIndex((row) => row.stt === "III.");
    expect(rows.filter((row) => row.section === sectionIndex).map((row) => row.stt)).toEqual(["1", "2", "3"]);
    expect(rows.every((row) => row.part === undefined)).toBe(true);
  });
});

describe("classifyRows on the real annexes", () => {
  it.each<[RealAnnexId, number, string[]]>([
    ["01", 11, ["I.=3", "II.=4", "III.=1", "IV.=3"]],
    ["02", 19, ["I=4", "II=5", "III=5", "IV=5"]],
    ["03", 6, []],
    // 04 is cut short by the web site: sections III–VI are lost, their tasks land in II.
    ["04", 18, ["I=1", "II=13", "VII=2", "VIII=2"]],
    [
      "05",
      94,
      [
        ...["I=1", "II=9", "III=1", "IV=7", "V=7", "VI=5", "VII=7", "VIII=5", "IX=5"],
        ...["I=8", "II=3", "III=3", "IV=4", "IV=11", "VI=3", "VII=2"],
        ...["I=2", "II=2", "III=3", "IV=1", "V=2", "VI=3"],
      ],
    ],
    // 06: three tasks go on over a second row (STT merged down): parts of the task, not tasks of their own.
    ["06", 25, ["I=4", "II=3", "III=6", "IV=4", "V=3", "VI=5"]],
    ["07", 19, ["I.=6", "II.=13"]],
    ["08", 75, ["I=14", "II=4", "III=32", "IV=7", "V=4", "VI=7", "VII=3", "VIII=2", "IX=2"]],
  ])("%s: %i tasks, tasks per section %j", (id, tasks, perSection) => {
    const rows = classify(realAnnexSnapshot(id).snapshot);
    expect(count(rows, "task")).toBe(tasks);
    expect(tasksPerSection(rows)).toEqual(perSection);
  });

  it("01: section titles written in the STT column become sections with their title as content", () => {
    const rows = classify(realAnnexSnapshot("01").snapshot);
    const first = rows[0];
    expect(first).toMatchObject({ row: 2, kind: "section", stt: "I." });
    expect(first?.cells.content).toBe("NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY");
    expect(rows[1]).toMatchObject({ kind: "task", stt: "1", section: 0 });
  });

  it("05: parts A/B/C above Roman sections, two sections IV, headings in the agency column", () => {
    const { snapshot, table } = realAnnexSnapshot("05");
    const rows = classify(snapshot);
    const parts = rows.flatMap((row, index) => (row.kind === "part" ? [{ index, stt: row.stt }] : []));
    expect(parts.map((part) => part.stt)).toEqual(["A", "B", "C"]);
    const partB = parts[1]?.index ?? -1;
    const sectionsOfB = rows
      .filter((row) => row.kind === "section" && row.part === partB)
      .map((row) => row.stt);
    expect(sectionsOfB).toEqual(["I", "II", "III", "IV", "IV", "VI", "VII"]);
    // `5.1 | | Thương mại` and `5.2 | | Công nghiệp và năng lượng`: titles in the agency column.
    const headings = rows.filter((row) => row.kind === "heading" && row.cells.content !== "Nội dung");
    expect(headings.map((row) => [row.stt, row.cells.lead])).toEqual([
      ["5.1", "Thương mại"],
      ["5.2", "Công nghiệp và năng lượng"],
    ]);
    // The header repeated under each section of parts B and C is not a task.
    const repeated = rows.filter(
      (row) => row.cells.content === "Nội dung" && row.cells.lead === "Đơn vị thực hiện",
    );
    expect(repeated.map((row) => row.kind)).toEqual(Array(8).fill("heading"));
    const task = rows.find((row) => row.stt === "5.1.1");
    expect(task).toMatchObject({ kind: "task", part: partB });
    expect(rows[task?.section ?? -1]?.cells.content).toBe(
      "Phát triển kinh tế số thương mại, công nghiệp và năng lượng",
    );
    expect(table.length).toBe(rows.length);
  });

  it("08: sub-section rows III.1, III.1.1 … are headings inside section III", () => {
    const rows = classify(realAnnexSnapshot("08").snapshot);
    const sectionIII = rows.findIndex((row) => row.kind === "section" && row.stt === "III");
    const headings = rows.filter((row) => row.kind === "heading");
    expect(headings.map((row) => row.stt)).toEqual(["III.1", "III.1.1", "III.1.2", "III.1.3", "III.2"]);
    expect(headings.every((row) => row.section === sectionIII)).toBe(true);
  });

  it("06: the funding column's cells are kept as extras", () => {
    const rows = classify(realAnnexSnapshot("06").snapshot);
    expect(rows[1]?.extras).toEqual({ 7: "Chi thường xuyên hoặc nguồn vốn hợp pháp khác (nếu có)" });
    expect(rows[2]?.extras).toBeUndefined();
  });

  it("03: a combined time column gives start and end the same cell", () => {
    const rows = classify(realAnnexSnapshot("03").snapshot);
    expect(rows[1]?.cells.start).toBe("Quý IV/2025- Quý II/2026");
    expect(rows[1]?.cells.end).toBe("Quý IV/2025- Quý II/2026");
  });

  it("reads Excel numbers in the STT column like text", () => {
    const asText = classify(realAnnexSnapshot("02").snapshot);
    const asNumbers = classify(realAnnexSnapshot("02", { numbers: true }).snapshot);
    expect(asNumbers.map((row) => row.kind)).toEqual(asText.map((row) => row.kind));
    expect(asNumbers[1]?.cells.stt).toBe(1);
  });
});

describe("classifyRows row kinds", () => {
  it.each<[string, Cell[][], string[]]>([
    [
      "sub-items under a task, bullets in the STT or the content column",
      [
        ["1", "Tuyên truyền", "Quý I", "Quý IV", "Phòng VH-TT", ""],
        ["a)", "Trên cổng thông tin"],
        ["-", "Trên mạng xã hội"],
        [null, "- Trên bảng tin công cộng"],
      ],
      ["1:task", "a):subitem", "-:subitem", ":subitem"],
    ],
    [
      "a task without STT (content and lead) and a heading without STT (content only)",
      [
        [null, "Nhóm nhiệm vụ truyền thông"],
        [null, "Tổ chức hội nghị", null, "Quý II", "Sở Nội vụ"],
        ["1", "Báo cáo", null, "Quý IV", "Sở Nội vụ"],
      ],
      [":heading", ":task", "1:task"],
    ],
    [
      "a heading in the agency column and a numbered group with children",
      [
        ["1", "Nhóm giải pháp về thể chế"],
        ["1.1", "Rà soát", null, "2026", "Sở Tư pháp"],
        [null, null, null, null, "Thương mại"],
        ["2", "Đào tạo", null, "2026", "Sở Nội vụ"],
      ],
      ["1:heading", "1.1:task", ":heading", "2:task"],
    ],
    [
      "a numbered task with content only and no children stays a task",
      [
        ["1", "Báo cáo tổng kết"],
        ["2", "Tổng hợp", null, "Quý IV", "Sở Nội vụ"],
      ],
      ["1:task", "2:task"],
    ],
    [
      "blank rows inside the table, a note and a signature after it",
      [
        ["I", "Chuyển đổi số"],
        ["1", "Xây dựng", null, "Quý I", "Sở KH&CN"],
        [],
        ["2", "Triển khai", null, "Quý II", "Sở KH&CN"],
        [],
        ["Ghi chú: các đơn vị báo cáo trước ngày 20 hằng tháng"],
        [null, null, null, null, "TM. ỦY BAN NHÂN DÂN"],
        [null, null, null, null, "CHỦ TỊCH"],
      ],
      [
        "I:section",
        "1:task",
        ":blank",
        "2:task",
        ":blank",
        "Ghi chú: các đơn vị báo cáo trước ngày 20 hằng tháng:note",
        ":note",
        ":note",
      ],
    ],
    [
      // As `format` writes it: the signature block in the content column. `- Như trên;` is a recipient.
      "everything below `Nơi nhận:` is the signature block, even bulleted lines in the content column",
      [
        ["1", "Xây dựng", null, "Quý I", "Sở KH&CN"],
        [],
        [null, "Nơi nhận:   TM. ỦY BAN NHÂN DÂN"],
        [null, "- Như trên;   CHỦ TỊCH"],
        [null, "- Lưu: VT."],
        [null, "Nguyễn Văn A"],
      ],
      ["1:task", ":blank", ":note", ":note", ":note", ":note"],
    ],
    [
      "an invalid STT with content and lead is still a task",
      [["1a", "Rà soát", null, "Quý I", "Sở Tư pháp"]],
      ["1a:task"],
    ],
    [
      "parts A…H then I is part I, not section I",
      [
        ["H", "Phần tám"],
        ["I", "Phần chín"],
        ["1", "Việc", null, "Quý I", "Sở Y tế"],
      ],
      ["H:part", "I:part", "1:task"],
    ],
    [
      "numbered headings whose numbering restarts below them",
      [
        ["1", "Nhiệm vụ đã hoàn thành"],
        ["1", "Tuyên truyền", null, "Quý I", "Sở Nội vụ"],
        ["2", "Hội nghị", null, "Quý II", "Sở Nội vụ"],
        ["2.", "Các nhiệm vụ chưa hoàn thành, quá hạn"],
        ["1", "Báo cáo", null, "Quý III", "Sở Nội vụ"],
      ],
      ["1:heading", "1:task", "2:task", "2.:heading", "1:task"],
    ],
    [
      "a numbered row with no time or agencies over unnumbered rows that have them is a heading",
      [
        ["2", "Nhiệm vụ chưa hoàn thành"],
        [null, "Tổ chức hội nghị", null, "Quý II", "Sở Nội vụ"],
        [null, "Báo cáo", null, "Quý IV", "Sở Nội vụ"],
      ],
      ["2:heading", ":task", ":task"],
    ],
    [
      "a numbered task with content only, the next task numbered on, stays a task",
      [
        ["1", "Tuyên truyền", null, "Quý I", "Sở Nội vụ"],
        ["2", "Hội nghị"],
        [null, "Nhóm nhiệm vụ về hạ tầng"],
        ["1", "Báo cáo", null, "Quý III", "Sở Nội vụ"],
      ],
      ["1:task", "2:task", ":heading", "1:task"],
    ],
    [
      "a numbered title over bullets that carry the time and agencies: a heading over tasks",
      [
        ["1", "Nhóm nhiệm vụ về thể chế"],
        ["-", "Rà soát văn bản", null, "Quý I", "Sở Tư pháp"],
        ["-", "Ban hành quy chế", null, "Quý II", "Sở Tư pháp"],
        ["2", "Đào tạo", null, "2026", "Sở Nội vụ"],
        ["a)", "Lớp cơ bản", null, "Quý III", "Sở Nội vụ"],
      ],
      ["1:heading", "-:task", "-:task", "2:task", "a):subitem"],
    ],
    [
      "a numbered title over lettered items a), b) with time and agencies",
      [
        ["1", "Nhóm nhiệm vụ về thể chế"],
        ["a)", "Rà soát văn bản", null, "Quý I", "Sở Tư pháp"],
        ["-", "Văn bản của tỉnh"],
        ["b)", "Ban hành quy chế", null, "Quý II", "Sở Tư pháp"],
      ],
      ["1:heading", "a):task", "-:subitem", "b):task"],
    ],
    [
      "bullets with time and agencies right under a section are its tasks",
      [
        ["I", "Cải cách hành chính"],
        ["-", "Rà soát thủ tục", null, "Quý I", "Sở Tư pháp"],
        ["-", "Công bố thủ tục"],
        ["+", "Niêm yết tại bộ phận một cửa"],
        ["II", "Chuyển đổi số"],
        ["-", "Tuyên truyền"],
      ],
      ["I:section", "-:task", "-:task", "+:subitem", "II:section", "-:subitem"],
    ],
    [
      "letters H, I, K are parts; Đ is a letter",
      [
        ["Đ", "Phần năm"],
        ["1", "Việc", null, "Quý I", "Sở Y tế"],
        ["H", "Phần tám"],
        ["I", "Phần chín"],
        ["1", "Việc", null, "Quý I", "Sở Y tế"],
        ["K", "Phần mười"],
      ],
      ["Đ:part", "1:task", "H:part", "I:part", "1:task", "K:part"],
    ],
    [
      "letters with their titles in one cell: `H. …`, `I. …` are parts",
      [
        ["H. PHÁT TRIỂN HẠ TẦNG SỐ"],
        ["1", "Việc", null, "Quý I", "Sở Y tế"],
        ["I. PHÁT TRIỂN DỮ LIỆU SỐ"],
        ["1", "Việc", null, "Quý I", "Sở Y tế"],
      ],
      ["H.:part", "1:task", "I.:part", "1:task"],
    ],
    [
      "part H above Roman sections, titles in one cell: `I. …`, `II. …` are sections",
      [
        ["H. PHÁT TRIỂN HẠ TẦNG SỐ"],
        ["I. MẠNG LƯỚI"],
        ["1", "Việc", null, "Quý I", "Sở Y tế"],
        ["II. TRUNG TÂM DỮ LIỆU"],
        ["1", "Việc", null, "Quý I", "Sở Y tế"],
      ],
      ["H.:part", "I.:section", "1:task", "II.:section", "1:task"],
    ],
    [
      "letters U, V, X, Y are parts",
      [
        ["U", "Phần"],
        ["V.", "Phần"],
        ["X.", "Phần"],
        ["Y", "Phần"],
      ],
      ["U:part", "V.:part", "X.:part", "Y:part"],
    ],
    [
      "part H above Roman sections I, II",
      [
        ["H", "Phần tám"],
        ["I", "Mục một"],
        ["1", "Việc", null, "Quý I", "Sở Y tế"],
        ["II", "Mục hai"],
      ],
      ["H:part", "I:section", "1:task", "II:section"],
    ],
    [
      "part U above Roman sections IV, V, VI",
      [
        ["U", "Phần"],
        ["IV", "Mục bốn"],
        ["V", "Mục năm"],
        ["VI", "Mục sáu"],
      ],
      ["U:part", "IV:section", "V:section", "VI:section"],
    ],
    [
      "a section title in the content column with an empty STT",
      [
        [null, "II. PHÁT TRIỂN NHÂN LỰC"],
        ["1", "Đào tạo", null, "2026", "Sở Nội vụ"],
      ],
      ["II.:section", "1:task"],
    ],
    [
      "a column-number row repeated inside the table",
      [
        ["1", "Đào tạo", null, "2026", "Sở Nội vụ"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        ["2", "Tập huấn", null, "2026", "Sở Nội vụ"],
      ],
      ["1:task", "(1):heading", "2:task"],
    ],
  ])("%s", (_name, data, expected) => {
    expect(kinds(classify(sheet([HEADER, ...data])))).toEqual(expected);
  });

  it("links sub-items to their task and parts to sections and tasks", () => {
    const rows = classify(
      sheet([
        HEADER,
        ["A", "Phần một"],
        ["I", "Mục một"],
        ["1", "Việc một", null, "Quý I", "Sở Y tế"],
        ["a)", "Ý một"],
        ["II", "Mục hai"],
        ["b)", "Ý không có việc"],
      ]),
    );
    expect(rows.map((row) => [row.kind, row.part, row.section, row.parent])).toEqual([
      ["part", undefined, undefined, undefined],
      ["section", 0, undefined, undefined],
      ["task", 0, 1, undefined],
      ["subitem", 0, 1, 2],
      ["section", 0, undefined, undefined],
      ["subitem", 0, 4, undefined],
    ]);
  });

  it("fills a vertically merged STT and lead into the rows they cover", () => {
    const snapshot = sheet(
      [
        HEADER,
        ["1", "Xây dựng hạ tầng", null, "Quý IV", "Trung tâm Chuyển đổi số", "Sở Tài chính"],
        [null, "Xây dựng hạ tầng dự phòng", null, null, null, "Sở Tài chính"],
        ["2", "Đào tạo", null, "2026", null, null],
      ],
      [
        { top: 2, left: 1, bottom: 3, right: 1 },
        { top: 2, left: 5, bottom: 4, right: 5 },
      ],
    );
    const rows = classify(snapshot);
    // The second row is a part of task 1 (its number merged down), not a second task 1.
    expect(kinds(rows)).toEqual(["1:task", ":subitem", "2:task"]);
    expect(rows[1]?.parent).toBe(0);
    expect(rows.map((row) => row.cells.lead)).toEqual(Array(3).fill("Trung tâm Chuyển đổi số"));
  });

  it("reads every row under a merged STT as a part of that task", () => {
    const snapshot = sheet(
      [
        HEADER,
        ["I", "Hạ tầng"],
        ["1", "Xây dựng hạ tầng", null, "Quý IV", "Trung tâm Chuyển đổi số"],
        [null, "Phần dự phòng", null, null, "Sở Tài chính"],
        [null, "Phần sao lưu", "2026", null, null],
        ["2", "Đào tạo", null, "2026", "Sở Nội vụ"],
      ],
      [{ top: 3, left: 1, bottom: 5, right: 1 }],
    );
    const rows = classify(snapshot);
    expect(kinds(rows)).toEqual(["I:section", "1:task", ":subitem", ":subitem", "2:task"]);
    expect(rows.map((row) => row.parent)).toEqual([undefined, undefined, 1, 1, undefined]);
    expect(rows.map((row) => row.section)).toEqual([undefined, 0, 0, 0, 0]);
  });

  it("reads a row with its own task text and finish under a merged number as a task of its own", () => {
    // A unit's tasks grouped under its number: the number and the unit written once, merged down.
    const snapshot = sheet(
      [
        HEADER,
        ["1", "Tham mưu ban hành Nghị định", null, "Quý IV/2023", "Bộ Công an"],
        [null, "Xây dựng, ban hành quy định", null, "Trước năm 2025", null],
        [null, "Rà soát hiện trạng", null, "Quý IV/2023", null],
        ["2", "Bố trí kinh phí", null, "Quý I/2024", "Bộ Tài chính"],
      ],
      [
        { top: 2, left: 1, bottom: 4, right: 1 },
        { top: 2, left: 5, bottom: 4, right: 5 },
      ],
    );
    const rows = classify(snapshot);
    expect(kinds(rows)).toEqual(["1:task", ":task", ":task", "2:task"]);
    expect(rows.map((row) => row.sttMerged)).toEqual([undefined, true, true, undefined]);
    expect(rows.map((row) => row.cells.lead)).toEqual([
      "Bộ Công an",
      "Bộ Công an",
      "Bộ Công an",
      "Bộ Tài chính",
    ]);
  });

  it("does not spread a horizontal merge, and a merged first-column text row is a note", () => {
    const snapshot = sheet(
      [
        HEADER,
        ["I", "Chuyển đổi số"],
        ["Các nhiệm vụ dưới đây thực hiện theo hướng dẫn của Sở"],
        ["1", "Xây dựng", null, "Quý I", "Sở KH&CN"],
      ],
      [
        { top: 2, left: 2, bottom: 2, right: 6 },
        { top: 3, left: 1, bottom: 3, right: 6 },
      ],
    );
    const rows = classify(snapshot);
    expect(kinds(rows)).toEqual([
      "I:section",
      "Các nhiệm vụ dưới đây thực hiện theo hướng dẫn của Sở:note",
      "1:task",
    ]);
    expect(rows[0]?.cells).toMatchObject({ content: "Chuyển đổi số", start: null, end: null, lead: null });
  });

  it("reads an Arabic-numbered title written in one cell as a numbered heading over its tasks", () => {
    const snapshot = sheet([
      HEADER,
      ["1. CÔNG TÁC TUYÊN TRUYỀN"],
      ["1.1", "Tuyên truyền", null, "Quý IV", "Sở Văn hóa"],
      [null, "2. Công tác đào tạo"],
      ["2.1", "Tập huấn", null, "Quý IV", "Sở Nội vụ"],
      [null, "3. Tổ chức hội nghị", null, "Quý IV", "Sở Nội vụ"],
    ]);
    const rows = classify(snapshot);
    expect(kinds(rows)).toEqual(["1.:heading", "1.1:task", "2.:heading", "2.1:task", ":task"]);
    expect(rows[0]?.cells.content).toBe("CÔNG TÁC TUYÊN TRUYỀN");
  });

  it("returns nothing when the sheet ends with the header", () => {
    const snapshot = sheet([HEADER]);
    expect(classifyRows(snapshot, detectHeader(snapshot) as HeaderInfo)).toEqual([]);
  });

  it("classifies a 100 000-row sheet", () => {
    const rows: Cell[][] = [HEADER];
    for (let s = 1; s <= 1000; s++) {
      // I … XXXIX, over and over: single letters L, C, D, M would be part letters (see stt.ts).
      rows.push([toRoman(((s - 1) % 39) + 1), `Mục ${s}`]);
      for (let t = 1; t <= 99; t++)
        rows.push([t, `Nhiệm vụ ${s}.${t}`, "Quý I", "Quý IV", "Sở Nội vụ", "UBND các xã"]);
    }
    const result = classify(sheet(rows));
    expect(result).toHaveLength(100_000);
    expect(count(result, "task")).toBe(99_000);
    expect(count(result, "section")).toBe(1000);
    expect(result[result.length - 1]).toMatchObject({ kind: "task", stt: "99", section: 100_000 - 100 });
  });
});
