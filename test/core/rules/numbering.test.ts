import type { Cell } from "../../../src/core/snapshot";
import type { FindingCode } from "../../../src/core/findings";
import { found, grid, run, section, task } from "./sheet-grid";

// Rows start at sheet row 2; the STT is column A.
type Case = readonly [string, readonly (readonly Cell[])[], FindingCode, readonly string[]];

const t = (stt: Cell): Cell[] => task(stt);
/** Part rows with the given letters, each followed by a task 1. */
const parts = (letters: string): Cell[][] =>
  letters.split(" ").flatMap((letter) => [section(letter), t("1")]);

const cases: readonly Case[] = [
  ["1, 2, 4", [t("1"), t("2"), t("4")], "STT_GAP", ["A4"]],
  ["1, 2, 3", [t("1"), t("2"), t("3")], "STT_GAP", []],
  ["first task 2", [section("I"), t("2"), t("3")], "STT_GAP", ["A3"]],
  [
    "sections I, II, IV",
    [section("I"), t("1"), section("II"), t("1"), section("IV"), t("1")],
    "STT_GAP",
    ["A6"],
  ],
  [
    "restart in every section is normal",
    [section("I"), t("1"), t("2"), section("II"), t("1"), t("2")],
    "STT_DUPLICATE",
    [],
  ],
  [
    "restart in every section: no gap",
    [section("I"), t("1"), t("2"), section("II"), t("1"), t("2")],
    "STT_GAP",
    [],
  ],
  [
    "numbering continued across sections",
    [section("I"), t("1"), t("2"), section("II"), t("3"), t("4")],
    "STT_GAP",
    [],
  ],
  ["1, 2, 2", [t("1"), t("2"), t("2")], "STT_DUPLICATE", ["A4"]],
  [
    "a run numbered again (1–5, then 3, 4, 5: a copy or a cut): one duplicate, at the start of the run",
    [t("1"), t("2"), t("3"), t("4"), t("5"), t("3"), t("4"), t("5")],
    "STT_DUPLICATE",
    ["A7"],
  ],
  [
    "1, 2, 2, 3: the 3 after a duplicate is no duplicate",
    [t("1"), t("2"), t("2"), t("3")],
    "STT_DUPLICATE",
    ["A4"],
  ],
  [
    "two separate duplicates (1, 2, 2, 3, 4, 4)",
    [t("1"), t("2"), t("2"), t("3"), t("4"), t("4")],
    "STT_DUPLICATE",
    ["A4", "A7"],
  ],

  ["2 twice in one section", [section("I"), t("1"), t("2"), t("2"), t("3")], "STT_DUPLICATE", ["A5"]],
  [
    "I, II, IV, IV, VI: the second IV",
    [section("I"), section("II"), section("IV"), section("IV"), section("VI")],
    "STT_DUPLICATE",
    ["A5"],
  ],
  [
    "I, II, III, IV, IV, VI: no gap after the duplicate",
    [section("I"), section("II"), section("III"), section("IV"), section("IV"), section("VI")],
    "STT_GAP",
    [],
  ],
  [
    "2.1 after section II is not a gap",
    [section("I"), t("1.1"), t("1.2"), section("II"), t("2.1"), t("2.2")],
    "STT_GAP",
    [],
  ],
  ["2.1, 2.3 in section II", [section("I"), t("1.1"), section("II"), t("2.1"), t("2.3")], "STT_GAP", ["A6"]],
  ["1, 1.1, 1.2, 2", [section("I"), t("1"), t("1.1"), t("1.2"), t("2")], "STT_GAP", []],
  ["1.1, 1.3", [t("1"), t("1.1"), t("1.3")], "STT_GAP", ["A4"]],
  ["1.1 twice", [t("1"), t("1.1"), t("1.1")], "STT_DUPLICATE", ["A4"]],
  [
    "III.1, III.2 under III",
    [section("I"), t("1"), section("II"), t("1"), section("III"), t("III.1"), t("III.2")],
    "STT_GAP",
    [],
  ],
  [
    "III.1, III.3 under III",
    [section("I"), t("1"), section("II"), t("1"), section("III"), t("III.1"), t("III.3")],
    "STT_GAP",
    ["A8"],
  ],
  ["a first section II skips I", [section("II"), t("1")], "STT_GAP", ["A2"]],
  [
    "task 1 in every section: no duplicate",
    [section("I"), t("1"), section("II"), t("1"), section("III"), t("1")],
    "STT_DUPLICATE",
    [],
  ],
  [
    "A, B, D parts",
    [section("A"), section("I"), section("B"), section("I"), section("D")],
    "STT_GAP",
    ["A6"],
  ],
  // Part letters follow the Vietnamese alphabet: A B C D Đ E G H I K L M N O P Q R S T U V X Y.
  ...(["STT_GAP", "STT_DUPLICATE", "STT_INVALID"] as const).map((code): Case => [
    "parts A B C D Đ E G H I K L, each with a task",
    ["A", "B", "C", "D", "Đ", "E", "G", "H", "I", "K", "L"].flatMap((letter) => [section(letter), t("1")]),
    code,
    [],
  ]),
  ["parts A B C D E G: no F in Vietnamese", parts("A B C D E G"), "STT_GAP", []],
  ["parts A B C D E: Đ is optional", parts("A B C D E"), "STT_GAP", []],
  ["parts A B C D E F G: the Latin alphabet", parts("A B C D E F G"), "STT_GAP", []],
  ["parts A, C skip B", parts("A C"), "STT_GAP", ["A4"]],
  ["parts A B C D Đ G skip E", parts("A B C D Đ G"), "STT_GAP", ["A12"]],
  ["parts A … H, I, K: I is a letter", parts("A B C D E G H I K"), "STT_GAP", []],
  ["parts A … H, I, K: I is no duplicate of A", parts("A B C D E G H I K"), "STT_DUPLICATE", []],
  ["parts A … T, U, V, X, Y", parts("A B C D E G H I K L M N O P Q R S T U V X Y"), "STT_GAP", []],
  ["parts A … H, I, K, K: a true duplicate", parts("A B C D E G H I K K"), "STT_DUPLICATE", ["A20"]],
  [
    "part H above Roman sections I, II",
    [...parts("A B C D E G"), section("H"), section("I"), t("1"), section("II"), t("1")],
    "STT_GAP",
    [],
  ],
  [
    "part U above Roman sections I … VI (V after IV is Roman)",
    [
      ...parts("A B C D E G H I K L M N O P Q R S T"),
      section("U"),
      ...["I", "II", "III", "IV", "V", "VI"].flatMap((s) => [section(s), t("1")]),
    ],
    "STT_GAP",
    [],
  ],
  [
    "parts A, B above Roman sections that restart",
    [section("A"), section("I"), section("II"), section("B"), section("I"), section("II"), section("III")],
    "STT_GAP",
    [],
  ],
  [
    "parts A, B above Roman sections: I, III in B",
    [section("A"), section("I"), section("II"), section("B"), section("I"), section("III")],
    "STT_GAP",
    ["A7"],
  ],
  // Heading rows whose numbering restarts below them are headings, and the restart is no duplicate.
  ...(["STT_DUPLICATE", "STT_GAP", "STT_INVALID", "LEAD_MISSING", "END_MISSING"] as const).map(
    (code): Case => [
      "numbered headings over tasks that restart at 1",
      [
        section("1", "Nhiệm vụ đã hoàn thành"),
        t("1"),
        t("2"),
        section("2", "Các nhiệm vụ chưa hoàn thành, quá hạn"),
        t("1"),
        t("2"),
      ],
      code,
      [],
    ],
  ),
  [
    "numbered headings inside a section",
    [section("I"), section("1."), t("1"), t("2"), section("2."), t("1"), section("II"), t("1")],
    "STT_DUPLICATE",
    [],
  ],
  [
    "unnumbered headings over tasks that restart at 1",
    [
      [null, "Nhóm nhiệm vụ về thể chế"],
      t("1"),
      t("2"),
      t("3"),
      [null, "Nhóm nhiệm vụ về hạ tầng"],
      t("1"),
      t("2"),
    ],
    "STT_DUPLICATE",
    [],
  ],
  [
    "a restart with no heading is a duplicate, reported once at the restart",
    [t("1"), t("2"), t("3"), t("1"), t("2")],
    "STT_DUPLICATE",
    ["A5"],
  ],
  [
    "a gap under a numbered heading",
    [section("1", "Nhiệm vụ đã hoàn thành"), t("1"), t("2"), t("4")],
    "STT_GAP",
    ["A5"],
  ],
  [
    "a duplicate under a numbered heading",
    [section("2", "Nhiệm vụ chưa hoàn thành"), t("1"), t("2"), t("2")],
    "STT_DUPLICATE",
    ["A5"],
  ],
  [
    "numbered headings 1, 3 skip 2",
    [section("1", "Nhiệm vụ đã hoàn thành"), t("1"), section("3", "Nhiệm vụ quá hạn"), t("1")],
    "STT_GAP",
    ["A4"],
  ],
  [
    "numbering continued across unnumbered headings (1–3, then 4, 5)",
    [
      [null, "Nhóm nhiệm vụ về thể chế"],
      t("1"),
      t("2"),
      t("3"),
      [null, "Nhóm nhiệm vụ về hạ tầng"],
      t("4"),
      t("5"),
    ],
    "STT_GAP",
    [],
  ],
  [
    "headings over their own children are numbered with the tasks (1, 1.1, 1.2, 2, 2.1, 3)",
    [
      section("1", "Nhóm giải pháp về thể chế"),
      t("1.1"),
      t("1.2"),
      section("2", "Nhóm về nhân lực"),
      t("2.1"),
      t("3"),
    ],
    "STT_GAP",
    [],
  ],
  [
    "a numbered title over bullet tasks, in the run of tasks (1, 2, 3, 4 over bullets, 5)",
    [
      t("1"),
      t("2"),
      t("3"),
      section("4", "Hoàn thiện hệ thống tiêu chuẩn, quy chuẩn kỹ thuật"),
      ["-", "Công trình đê điều", "Quý I", "Quý IV", "Bộ Nông nghiệp và Môi trường", null],
      ["-", "Công trình giao thông", "Quý I", "Quý IV", "Bộ Xây dựng", null],
      t("5"),
    ],
    "STT_GAP",
    [],
  ],
  [
    "a numbered title over bullet tasks, then a real skip (1, 2 over bullets, 4)",
    [
      t("1"),
      section("2", "Hoàn thiện hệ thống tiêu chuẩn"),
      ["-", "Công trình đê điều", "Quý I", "Quý IV", "Bộ Nông nghiệp và Môi trường", null],
      t("4"),
    ],
    "STT_GAP",
    ["A5"],
  ],
  [
    "headings over their own children: 1, 1.1, 3, 3.1 skips 2",
    [section("1", "Nhóm giải pháp về thể chế"), t("1.1"), section("3", "Nhóm về nhân lực"), t("3.1")],
    "STT_GAP",
    ["A4"],
  ],
  // Arabic-numbered section titles over their own children (1.1, 1.2), then top-level tasks going on.
  ...(["STT_GAP", "STT_INVALID", "STT_DUPLICATE"] as const).flatMap((code): Case[] => [
    [
      "sections 1.–6. with children 6.1…, then task 7.",
      [
        ...[1, 2, 3, 4, 5, 6].flatMap((n) => [section(`${n}.`, "Nhóm nhiệm vụ"), t(`${n}.1`), t(`${n}.2`)]),
        t("7."),
        t("8."),
      ],
      code,
      [],
    ],
    [
      "section titles written in the content cell (`1. Công tác …`), then task 3.",
      [
        [null, "1. Công tác tuyên truyền"],
        t("1.1"),
        t("1.2"),
        [null, "2. Công tác đào tạo"],
        t("2.1"),
        t("3."),
      ],
      code,
      [],
    ],
    [
      "section titles written in the STT cell (`1. CÔNG TÁC …`), then task 3.",
      [["1. CÔNG TÁC TUYÊN TRUYỀN"], t("1.1"), t("1.2"), ["2. CÔNG TÁC ĐÀO TẠO"], t("2.1"), t("3.")],
      code,
      [],
    ],
  ]),
  [
    "section titles in the content cell, then task 4. skips 3",
    [[null, "1. Công tác tuyên truyền"], t("1.1"), [null, "2. Công tác đào tạo"], t("2.1"), t("4.")],
    "STT_GAP",
    ["A6"],
  ],
  ["task numbered 1a", [t("1"), t("1a")], "STT_INVALID", ["A3"]],
  ["task numbers 1., 2)", [t("1."), t("2)")], "STT_INVALID", []],
  ["a number typed as an Excel number", [t(1), t(2), t(3)], "STT_GAP", []],
];

describe("numbering rules", () => {
  it.each(cases.map(([name, rows, code, cells]) => [`${code}: ${name}`, rows, code, cells] as const))(
    "%s",
    (_name, rows, code, cells) => {
      expect(found(run(grid(rows)), code)).toEqual(cells.map((cell) => `${code}@${cell}`));
    },
  );

  it("a number merged down over two rows (one task, two lines) is not a duplicate", () => {
    const rows = [t("1"), [null, "Việc phụ của nhiệm vụ 1", null, null, "Phòng GD&ĐT", null], t("2"), t("2")];
    const merges = [{ top: 2, left: 1, bottom: 3, right: 1 }];
    expect(found(run({ ...grid(rows), merges }), "STT_DUPLICATE")).toEqual(["STT_DUPLICATE@A5"]);
  });

  it("a task written over rows under its merged number: one task, each part checked on its own cells", () => {
    const rows = [
      t("1"),
      [null, "Phần dự phòng của nhiệm vụ 1", null, null, "Phòng GD&ĐT", null],
      [null, "Phần sao lưu của nhiệm vụ 1", "Quý V", null, "xyz abc", null],
      t("2"),
    ];
    const merges = [{ top: 2, left: 1, bottom: 4, right: 1 }];
    const report = run({ ...grid(rows), merges });
    expect(report.tasks).toBe(2);
    // No number, content, lead or finish is missing: the parts inherit the task's; their own cells are read.
    expect(
      found(report, "STT_INVALID", "STT_DUPLICATE", "CONTENT_MISSING", "LEAD_MISSING", "END_MISSING"),
    ).toEqual([]);
    expect(found(report, "QUARTER_INVALID", "LEAD_UNKNOWN")).toEqual([
      "QUARTER_INVALID@C4",
      "LEAD_UNKNOWN@E4",
    ]);
  });

  it("tasks grouped under a merged number (a unit's tasks, each with its own finish): no number finding", () => {
    const rows = [
      t("1"),
      [null, "Việc thứ hai của đơn vị", "Quý I", "Quý III", null, null],
      [null, "Việc thứ ba của đơn vị", "Quý I", "Quý IV", null, null],
      t("2"),
    ];
    const merges = [
      { top: 2, left: 1, bottom: 4, right: 1 },
      { top: 2, left: 5, bottom: 4, right: 5 },
    ];
    const report = run({ ...grid(rows), merges });
    expect(report.tasks).toBe(4);
    expect(found(report).filter((f) => f.startsWith("STT_") || f.includes("MISSING"))).toEqual([]);
  });

  it("counts restarting heading rows as headings, not tasks", () => {
    const report = run(
      grid([
        section("1", "Nhiệm vụ đã hoàn thành"),
        t("1"),
        t("2"),
        section("2", "Các nhiệm vụ chưa hoàn thành, quá hạn"),
        t("1"),
      ]),
    );
    expect(report.tasks).toBe(3);
  });

  it("a numbered title over bullets with time and agencies: a heading over tasks, nothing missing", () => {
    const report = run(
      grid([
        section("1", "Nhóm nhiệm vụ về thể chế"),
        ["-", "Rà soát văn bản", "Quý I", "Quý II", "Sở Tư pháp", null],
        ["-", "Ban hành quy chế", "Quý II", "Quý III", "Sở Tư pháp", null],
        section("2", "Nhóm nhiệm vụ về nhân lực"),
        ["-", "Đào tạo", "Quý I", "Quý IV", "Sở Nội vụ", null],
      ]),
    );
    expect(found(report).filter((f) => !f.startsWith("LEAD_UNKNOWN") && !f.startsWith("SUPPORT"))).toEqual(
      [],
    );
    expect(report.tasks).toBe(3);
  });

  it("suggests the next Vietnamese letter for a gap in parts", () => {
    const report = run(grid(parts("A B C D Đ G")));
    expect(report.findings.find((f) => f.code === "STT_GAP")?.params).toEqual({
      stt: "G",
      previous: "Đ",
      expected: "E",
    });
  });

  it("says which number was expected", () => {
    const report = run(grid([t("1"), t("2"), t("4")]));
    const gap = report.findings.find((f) => f.code === "STT_GAP");
    expect(gap?.params).toEqual({ stt: "4", previous: "2", expected: "3" });
    expect(gap?.field).toBe("stt");
  });

  it("suggests the next section number for a duplicate", () => {
    const report = run(grid([section("III"), section("IV"), section("IV")]));
    expect(report.findings.find((f) => f.code === "STT_DUPLICATE")?.params).toEqual({
      stt: "IV",
      expected: "V",
    });
  });
});
