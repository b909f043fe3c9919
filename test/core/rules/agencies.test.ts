import type { AgencyDirectory } from "../../../src/core/agency-types";
import { dayNumber, yearInterval } from "../../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../../src/core/default-directory";
import type { FindingCode } from "../../../src/core/findings";
import type { Cell, SheetSnapshot } from "../../../src/core/snapshot";
import { validateSheet } from "../../../src/core/validate";
import { found, grid, HEADER, run, section, task } from "./sheet-grid";

// Rows start at sheet row 2. Columns: E lead, F support.
type Case = readonly [string, readonly (readonly Cell[])[], FindingCode, readonly string[]];

const row = (lead: Cell, support: Cell = null): Cell[] => task("1", "Quý IV", lead, support);

const cases: readonly Case[] = [
  ["known lead", [row("Phòng VH-TT")], "LEAD_UNKNOWN", []],
  [
    "known lead, NFD and tone style",
    [row("Phòng Văn hoá và Thông tin".normalize("NFD"))],
    "LEAD_UNKNOWN",
    [],
  ],
  [
    "known lead with NBSP and zero-width space",
    [row("Phòng\u00a0Văn hóa\u200b và Thông tin")],
    "LEAD_UNKNOWN",
    [],
  ],
  ["typo", [row("Sở Sở Công thương")], "LEAD_UNKNOWN", ["E2"]],
  ["a number in the lead column", [row(12345)], "LEAD_UNKNOWN", ["E2"]],
  ["two unknown leads", [row("Xyz; Abc")], "LEAD_UNKNOWN", ["E2", "E2"]],
  ["one lead", [row("Phòng Văn hóa và Thông tin")], "LEAD_MULTIPLE", []],
  ["two leads", [row("Phòng Văn hóa và Thông tin; UBND các phường")], "LEAD_MULTIPLE", ["E2"]],
  ["the same lead twice is one lead", [row("Phòng VH-TT; Phòng Văn hóa và Thông tin")], "LEAD_MULTIPLE", []],
  ["unknown support", [row("Phòng VH-TT", "UBND các phường; Xyz Abc")], "SUPPORT_UNKNOWN", ["F2"]],
  ["known supports", [row("Phòng VH-TT", "UBND các phường; Các phòng, ban, đơn vị")], "SUPPORT_UNKNOWN", []],
  [
    "support listed twice",
    [row("Phòng VH-TT", "UBND các phường; Ủy ban nhân dân các phường")],
    "SUPPORT_DUPLICATE",
    ["F2"],
  ],
  ["supports distinct", [row("Phòng VH-TT", "UBND các phường; Phòng GD&ĐT")], "SUPPORT_DUPLICATE", []],
  [
    "lead also support (alias)",
    [row("Phòng VH-TT", "Phòng Văn hóa và Thông tin; UBND các phường")],
    "LEAD_ALSO_SUPPORT",
    ["F2"],
  ],
  ["lead also support (unknown, same key)", [row("Xyz", " XYZ.")], "LEAD_ALSO_SUPPORT", ["F2"]],
  ["lead not support", [row("Phòng VH-TT", "UBND các phường")], "LEAD_ALSO_SUPPORT", []],
  [
    "a group leads and the same group 'liên quan' supports",
    [row("Các Bộ, ngành, địa phương", "Các Bộ, ngành, địa phương liên quan")],
    "LEAD_ALSO_SUPPORT",
    ["F2"],
  ],
  [
    "a group leads and supports again within a longer group",
    [row("Các Sở, ban, ngành và UBND các xã, phường", "Các Sở, ban, ngành và các địa phương liên quan")],
    "LEAD_ALSO_SUPPORT",
    ["F2"],
  ],
  [
    "the other bodies concerned ('khác') are not the group that leads",
    [row("Các bộ, ngành, địa phương", "Bộ Công an và các bộ, ngành, địa phương khác có liên quan")],
    "LEAD_ALSO_SUPPORT",
    [],
  ],
  [
    "a group leading within a scope of its own, the same group supporting the rest",
    [row("Bộ Công an; các bộ, ngành với các tiêu chuẩn nội ngành", "Các bộ, ngành có liên quan")],
    "LEAD_ALSO_SUPPORT",
    [],
  ],
  [
    "a body leads, the groups that support do not include it",
    [row("Sở Tài chính", "Các sở, ban, ngành liên quan")],
    "LEAD_ALSO_SUPPORT",
    [],
  ],
  [
    "a lead that names no agency: 'Cơ quan liên quan'",
    [row("Cơ quan liên quan")],
    "LEAD_UNSPECIFIED",
    ["E2"],
  ],
  [
    "a lead that names no agency: 'Các cơ quan, đơn vị liên quan'",
    [row("Các cơ quan, đơn vị liên quan")],
    "LEAD_UNSPECIFIED",
    ["E2"],
  ],
  [
    "a class of bodies as lead is named: 'Các sở, ngành liên quan'",
    [row("Các sở, ngành liên quan")],
    "LEAD_UNSPECIFIED",
    [],
  ],
  [
    "related agencies as support are normal",
    [row("Sở Tài chính", "Cơ quan liên quan")],
    "LEAD_UNSPECIFIED",
    [],
  ],
  [
    "a lead beside related agencies is named",
    [row("Sở Tài chính; các cơ quan liên quan")],
    "LEAD_UNSPECIFIED",
    [],
  ],

  ["blank lead", [row(null)], "LEAD_MISSING", ["E2"]],
  [
    "lead inherited from the section",
    [["I", "Mục", null, null, "Phòng VH-TT", null], row(null)],
    "LEAD_MISSING",
    [],
  ],
  ["sub-item inherits its task's lead", [row("Phòng VH-TT"), task("a)", "Quý IV", null)], "LEAD_MISSING", []],
  ["section without a lead gives nothing", [section("I"), row(null)], "LEAD_MISSING", ["E3"]],
  // Issue 7: a body followed by its role or scope is that body; the note is information.
  ["a note after the lead", [row("Bộ Tư pháp chủ trì hướng dẫn, tổng hợp, báo cáo")], "LEAD_UNKNOWN", []],
  [
    "a note after the lead is told",
    [row("Bộ Tư pháp chủ trì hướng dẫn, tổng hợp, báo cáo")],
    "AGENCY_NOTE",
    ["E2"],
  ],
  [
    "one note per cell",
    [row("1. Bộ Tài chính chủ trì, tổng hợp chung 2. Bộ Khoa học và Công nghệ hướng dẫn")],
    "AGENCY_NOTE",
    ["E2"],
  ],
  ["a scope after the supports", [row("Bộ Y tế", "Sở Y tế đối với địa phương")], "AGENCY_NOTE", ["F2"]],
  [
    "a scope after the supports, known",
    [row("Bộ Y tế", "Sở Y tế đối với địa phương")],
    "SUPPORT_UNKNOWN",
    [],
  ],
  ["no note, no finding", [row("Bộ Tư pháp", "Bộ Y tế")], "AGENCY_NOTE", []],
  [
    "prose naming known bodies is information",
    [row("chủ trì, phối hợp với Bộ Nội vụ, các địa phương nghiên cứu thiết lập cơ chế")],
    "AGENCY_PROSE",
    ["E2"],
  ],
  [
    "prose naming known bodies is not unknown",
    [row("chủ trì, phối hợp với Bộ Nội vụ, các địa phương nghiên cứu thiết lập cơ chế")],
    "LEAD_UNKNOWN",
    [],
  ],
  ["prose naming no body stays unknown", [row("nghiên cứu, đề xuất cơ chế mới")], "LEAD_UNKNOWN", ["E2"]],
  ["prose naming no body is not prose", [row("nghiên cứu, đề xuất cơ chế mới")], "AGENCY_PROSE", []],
  [
    "a distributive list of leads is several leads",
    [row("Các Bộ: Tài chính, Xây dựng, Y tế")],
    "LEAD_MULTIPLE",
    ["E2"],
  ],
  [
    "a distributive list of leads is known",
    [row("Các Bộ: Tài chính, Xây dựng, Y tế", "Các bộ, cơ quan ngang bộ; UBND các tỉnh, thành phố")],
    "SUPPORT_UNKNOWN",
    [],
  ],
  [
    "a section's own unknown lead is reported",
    [["I", "Mục", null, null, "Xyz", null], row(null)],
    "LEAD_UNKNOWN",
    ["E2"],
  ],
];

describe("agency rules", () => {
  it.each(cases.map(([name, rows, code, cells]) => [`${code}: ${name}`, rows, code, cells] as const))(
    "%s",
    (_name, rows, code, cells) => {
      expect(found(run(grid(rows)), code)).toEqual(cells.map((cell) => `${code}@${cell}`));
    },
  );

  it("an unknown name carries the name and the closest directory names", () => {
    const report = run(grid([row("Sở Sở Công thương")]));
    const finding = report.findings.find((f) => f.code === "LEAD_UNKNOWN");
    expect(finding?.params).toEqual({ name: "Sở Sở Công thương" });
    expect(finding?.suggestions).toContain("Sở Công Thương");
    expect(finding?.field).toBe("lead");
  });

  it("a note says what was read and what was set aside, as information", () => {
    const report = run(grid([row("Bộ Tư pháp chủ trì hướng dẫn, tổng hợp, báo cáo")]));
    const finding = report.findings.find((f) => f.code === "AGENCY_NOTE");
    expect(finding?.severity).toBe("info");
    expect(finding?.params).toEqual({
      field: "lead",
      names: "Bộ Tư pháp",
      note: "chủ trì hướng dẫn, tổng hợp, báo cáo",
    });
  });

  it("prose says which known bodies it names, as information", () => {
    const text = "chủ trì, phối hợp với Bộ Nội vụ, các địa phương nghiên cứu thiết lập cơ chế";
    const finding = run(grid([row(text)])).findings.find((f) => f.code === "AGENCY_PROSE");
    expect(finding?.severity).toBe("info");
    expect(finding?.params).toEqual({ field: "lead", text, names: "Bộ Nội vụ; Các địa phương" });
  });

  it("an unknown supporting agency that is also the lead is reported once", () => {
    const report = run(grid([row("Xyz", "Xyz")]));
    expect(found(report, "SUPPORT_UNKNOWN", "LEAD_ALSO_SUPPORT")).toEqual(["LEAD_ALSO_SUPPORT@F2"]);
  });
});

const WARNINGS: readonly FindingCode[] = ["LEAD_UNKNOWN", "SUPPORT_UNKNOWN", "AGENCY_RENAMED"];
const warnings = (report: ReturnType<typeof run>): string[] =>
  found(
    report.findings.filter((f) => f.severity !== "info"),
    ...WARNINGS,
  );

describe("severity follows what we know (built-in directory)", () => {
  it.each([
    ["a ministry", "Bộ Ngoại giao", "Bộ Tài chính; Ngân hàng Nhà nước Việt Nam"],
    ["provincial departments", "Sở Du lịch", "Sở Y tế tỉnh Lào Cai; Liên đoàn Lao động tỉnh"],
    ["people's committees", "UBND tỉnh Lào Cai", "UBND xã Tân Phú; Ủy ban nhân dân phường Ba Đình"],
    ["a body we do not list", "Trung tâm Y tế khu vực Kiến An", "Hội Người cao tuổi phường"],
    ["commune posts", "Công chức VH-XH", "Công chức Tư pháp - Hộ tịch"],
    ["groups", "Các sở, ban, ngành", "UBND các xã, phường, đặc khu; Các cơ quan báo chí"],
  ])("%s: no warning", (_name, lead, support) => {
    expect(warnings(run(grid([row(lead, support)]), { year: 2026 }))).toEqual([]);
  });

  it.each([
    ["Phòng Kinh tê", "Phòng Kinh tế"],
    ["Sở Tài chín", "Sở Tài chính"],
    ["Sở Sở Công thương", "Sở Công Thương"],
  ])("a near miss %j is a warning suggesting %j", (lead, best) => {
    const report = run(grid([row(lead, null)]), { year: 2026 });
    const finding = report.findings.find((f) => f.code === "LEAD_UNKNOWN");
    expect(finding?.severity).toBe("warning");
    expect(finding?.suggestions?.[0]).toBe(best);
  });

  it.each(["Thường xuyên", "Xyz", "Quý IV/2025"])("text that is not a name (%j) stays a warning", (lead) => {
    expect(found(run(grid([row(lead, null)]), { year: 2026 }), "LEAD_UNKNOWN")).toEqual(["LEAD_UNKNOWN@E2"]);
  });
});

describe("AGENCY_RENAMED: a former name says what it became and since when", () => {
  it("is a warning in a plan that starts after the change, with the successor and the date", () => {
    const report = run(grid([row("Sở Khoa học và Công nghệ", "Sở TT&TT; Bộ Kế hoạch và Đầu tư")]), {
      year: 2026,
    });
    const renamed = report.findings.filter((f) => f.code === "AGENCY_RENAMED");
    expect(renamed.map((f) => [f.cell, f.severity, f.params])).toEqual([
      [
        "F2",
        "warning",
        {
          field: "support",
          name: "Sở Thông tin và Truyền thông",
          successor: "Sở Khoa học và Công nghệ",
          since: "01/03/2025",
        },
      ],
      [
        "F2",
        "warning",
        { field: "support", name: "Bộ Kế hoạch và Đầu tư", successor: "Bộ Tài chính", since: "01/03/2025" },
      ],
    ]);
    expect(found(report, "SUPPORT_UNKNOWN")).toEqual([]);
  });

  it("reports a district body in a plan after mid-2025", () => {
    const report = run(grid([row("Phòng Văn hóa và Thông tin", "UBND huyện Kiến Thụy")]), { year: 2026 });
    expect(found(report, "AGENCY_RENAMED")).toEqual(["AGENCY_RENAMED@E2", "AGENCY_RENAMED@F2"]);
    expect(report.findings.find((f) => f.cell === "E2")?.params["successor"]).toBe("Phòng Văn hóa - Xã hội");
  });

  it("reports any office of a district (Phòng … huyện) in a plan after mid-2025", () => {
    const report = run(grid([row("Phòng Văn hóa - Du lịch huyện", null)]), { year: 2026 });
    expect(report.findings.filter((f) => f.code === "AGENCY_RENAMED").map((f) => f.params)).toEqual([
      {
        field: "lead",
        name: "Phòng Văn hóa - Du lịch huyện",
        successor: "Ủy ban nhân dân xã, phường",
        since: "01/07/2025",
      },
    ]);
  });

  it("says nothing in an older plan (the 2022–2024 seeds are right to name Sở TT&TT)", () => {
    expect(found(run(grid([row("Phòng VH-TT", "Sở TT&TT")]), { year: 2024 }), "AGENCY_RENAMED")).toEqual([]);
  });

  it("is information when the plan period straddles the change", () => {
    const report = run(grid([row("Phòng VH-TT", null)]), { year: 2025 });
    expect(report.findings.filter((f) => f.code === "AGENCY_RENAMED").map((f) => f.severity)).toEqual([
      "info",
    ]);
  });
});

describe("the sheet's own unit", () => {
  const wardReport = (lead: string, support: string | null = null) => ({
    sheet: "Báo cáo",
    rows: [["ỦY BAN NHÂN DÂN PHƯỜNG LÃM HÀ"], [], [...HEADER], row(lead, support)],
    merges: [],
  });
  const user: AgencyDirectory = {
    source: "Danh mục cơ quan",
    entries: [
      {
        name: "Ủy ban nhân dân phường Lãm Hà",
        aliases: ["UBND phường Lãm Hà"],
        kind: "unit",
        mustSubmit: true,
      },
      { name: "Ủy ban nhân dân phường Nam Sơn", aliases: [], kind: "unit", mustSubmit: true },
      { name: "Công an phường", aliases: [], kind: "agency", mustSubmit: false },
    ],
  };
  const validate = (snapshot: SheetSnapshot, directory: AgencyDirectory = DEFAULT_DIRECTORY) =>
    validateSheet(snapshot, { period: yearInterval(2024), asOf: dayNumber(2024, 6, 30), directory });

  it.each(["Ủy ban nhân dân phường", "UBND phường", "UBND", "UBND phường Lãm Hà"])(
    "resolves %j in the ward's own report, with no suggestion of another ward (user directory)",
    (lead) => {
      const report = validate(wardReport(lead, "Công an phường"), user);
      expect(report.unit).toBe("Ủy ban nhân dân phường Lãm Hà");
      expect(found(report, "LEAD_UNKNOWN", "SUPPORT_UNKNOWN")).toEqual([]);
    },
  );

  it("counts the ward named twice as one lead", () => {
    const report = validate(wardReport("UBND phường; Ủy ban nhân dân phường Lãm Hà"), user);
    expect(found(report, "LEAD_MULTIPLE")).toEqual([]);
  });

  it("does not resolve another ward, nor a commune's committee in a ward", () => {
    const report = validate(wardReport("UBND phường Nam Sơn; UBND xã"), user);
    expect(found(report, "LEAD_UNKNOWN")).toEqual(["LEAD_UNKNOWN@E4"]);
  });
});

describe("with the user's own directory, a name outside it is a warning", () => {
  const user: AgencyDirectory = {
    source: "danh-muc.xlsx",
    entries: [{ name: "Sở Tài chính", aliases: [], kind: "agency", mustSubmit: false }],
  };
  it("even a real ministry", () => {
    const report = validateSheet(grid([row("Sở Tài chính", "Bộ Ngoại giao")]), {
      period: yearInterval(2026),
      asOf: dayNumber(2026, 6, 30),
      directory: user,
    });
    expect(found(report, "SUPPORT_UNKNOWN")).toEqual(["SUPPORT_UNKNOWN@F2"]);
  });

  it("a former name after the change is AGENCY_RENAMED, not also unknown", () => {
    const report = validateSheet(grid([row("Sở Tài chính", "Sở Kế hoạch và Đầu tư")]), {
      period: yearInterval(2026),
      asOf: dayNumber(2026, 6, 30),
      directory: user,
    });
    expect(found(report, "SUPPORT_UNKNOWN", "AGENCY_RENAMED")).toEqual(["AGENCY_RENAMED@F2"]);
  });
});

describe("notes and prose: information only when the names are read", () => {
  it.each([
    ["a near miss before a note: the near miss only", "Phòng Kinh tê chủ trì", ["LEAD_UNKNOWN@E2"]],
    [
      "words that are no name before a note",
      "Thường xuyên, định kỳ hằng quý báo cáo về Sở Tài chính",
      ["LEAD_UNKNOWN@E2"],
    ],
    [
      "prose whose words only look like a group",
      "Thực hiện khảo sát các mục tiêu của Kế hoạch",
      ["LEAD_UNKNOWN@E2"],
    ],
  ])("%s", (_name, lead, expected) => {
    expect(found(run(grid([row(lead)])), "LEAD_UNKNOWN", "AGENCY_NOTE", "AGENCY_PROSE")).toEqual(expected);
  });
});

describe("rows repeating a lead and support pair (their findings are worked out once per sheet)", () => {
  it("each row gets its own findings, on its own row", () => {
    const rows = [
      task("1", "Quý IV", "Sở Sở Công thương", "Phòng Văn hóa và Thông tin"),
      task("2", "Quý IV", "Phòng Văn hóa và Thông tin", "Phòng Văn hóa và Thông tin"),
      task("3", "Quý IV", "Sở Sở Công thương", "Phòng Văn hóa và Thông tin"),
      task("4", "Quý IV", "Phòng Văn hóa và Thông tin", "Phòng Văn hóa và Thông tin"),
      task("5", "Quý IV", "Sở Sở Công thương", null),
    ];
    const report = run(grid(rows));
    expect(found(report, "LEAD_UNKNOWN", "LEAD_ALSO_SUPPORT")).toEqual([
      "LEAD_UNKNOWN@E2",
      "LEAD_ALSO_SUPPORT@F3",
      "LEAD_UNKNOWN@E4",
      "LEAD_ALSO_SUPPORT@F5",
      "LEAD_UNKNOWN@E6",
    ]);
    expect(report.findings.filter((f) => f.code === "LEAD_UNKNOWN").map((f) => f.row)).toEqual([2, 4, 6]);
  });

  it("tells a pair from another that cuts the same words elsewhere", () => {
    const report = run(
      grid([
        task("1", "Quý IV", "Sở Tài chính", "Sở Tài chính, Sở Nội vụ"),
        task("2", "Quý IV", "Sở Tài chính\u0000Sở Tài chính, Sở Nội vụ", null),
        task("3", "Quý IV", "Sở Tài chính", "Sở Tài chính, Sở Nội vụ"),
      ]),
    );
    expect(found(report, "LEAD_ALSO_SUPPORT")).toEqual(["LEAD_ALSO_SUPPORT@F2", "LEAD_ALSO_SUPPORT@F4"]);
  });
});
