/**
 * Issue 8, resubmissions: a unit that submitted more than once is counted once — the later submission (by
 * the date the report states, else the file's time, else input order, unless the user chose) — and the
 * replaced one is named, never counted. N copies give one finding of linear length (issue 10 item 9).
 */
import { createAgencyMatcher } from "../../src/core/agency";
import type { AgencyDirectory } from "../../src/core/agency-types";
import { consolidateSubmissions } from "../../src/core/consolidate";
import type { ConsolidationInput } from "../../src/core/consolidate";
import { dayNumber, yearInterval } from "../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import type { Finding } from "../../src/core/findings";
import { formatFinding } from "../../src/core/messages";
import type { SheetReport } from "../../src/core/report-types";
import { DIRECTORY, annexTable, sheetReport } from "./plans/fixtures";

const task = (stt: string, content: string) =>
  ({ kind: "task", stt, cells: { content, end: "Quý IV", lead: "Phòng VH-TT" } }) as const;
const TABLE = annexTable({ stt: 1, content: 2, end: 3, lead: 4 }, [task("1", "Việc")]);
// The first report of Nam Sơn had eight tasks, the corrected one two (the pane once counted 8 + 2).
const FIRST = annexTable(
  { stt: 1, content: 2, end: 3, lead: 4 },
  Array.from({ length: 8 }, (_, i) => task(String(i + 1), `Việc cũ ${i + 1}`)),
);
const SECOND = annexTable({ stt: 1, content: 2, end: 3, lead: 4 }, [
  task("1", "Việc mới 1"),
  task("2", "Việc mới 2"),
]);

const warning = (sheet: string): Finding => ({
  code: "LEAD_UNKNOWN",
  severity: "warning",
  sheet,
  row: 5,
  cell: "D5",
  field: "lead",
  params: { name: "Ban Lạ" },
});

function report(
  sheet: string,
  table: ReturnType<typeof annexTable> | undefined,
  options: { file?: string; unit?: string; reportDate?: string; findings?: Finding[] } = {},
): SheetReport {
  const { reportDate, ...rest } = options;
  const base = sheetReport(sheet, table, { unit: "Phường Nam Sơn", ...rest });
  return reportDate === undefined ? base : { ...base, reportDate };
}

function consolidate(
  reports: readonly SheetReport[],
  extra: Partial<ConsolidationInput> = {},
  directory: AgencyDirectory = DIRECTORY,
) {
  return consolidateSubmissions(
    {
      reports,
      unreadable: [],
      directory,
      period: yearInterval(2024),
      asOf: dayNumber(2024, 7, 1),
      ...extra,
    },
    createAgencyMatcher(directory),
  );
}

const namSon = (c: ReturnType<typeof consolidate>) => c.units.find((u) => u.unit === "Phường Nam Sơn");

describe("the later submission counts, the other is replaced", () => {
  // The corrected report comes first in the folder but states the later date.
  const reports = [
    report("Báo cáo", SECOND, { file: "b/nam-son-bo-sung.xlsx", reportDate: "2024-06-20" }),
    report("Báo cáo", FIRST, {
      file: "a/nam-son.xlsx",
      reportDate: "2024-06-15",
      findings: [warning("Báo cáo")],
    }),
  ];
  const c = consolidate(reports);

  it("by the date in the sheet: only the later one's tasks count, once", () => {
    expect(c.tasks.map((t) => t.content)).toEqual(["Việc mới 1", "Việc mới 2"]);
    expect(namSon(c)).toMatchObject({
      tasks: 2,
      warnings: 0,
      sheets: [{ file: "b/nam-son-bo-sung.xlsx", sheet: "Báo cáo" }],
    });
    expect(c.units.reduce((n, u) => n + u.tasks, 0)).toBe(2);
    expect(c.tasks.map((t) => [t.lead, t.quarter])).toEqual([
      ["Phòng Văn hóa và Thông tin", "Quý IV/2024"],
      ["Phòng Văn hóa và Thông tin", "Quý IV/2024"],
    ]);
  });

  it("names the replaced one, with why", () => {
    expect(c.replaced).toEqual([
      {
        unit: "Phường Nam Sơn",
        kept: { file: "b/nam-son-bo-sung.xlsx", sheet: "Báo cáo" },
        replaced: [{ file: "a/nam-son.xlsx", sheet: "Báo cáo" }],
        by: "reportDate",
      },
    ]);
  });

  it("leaves the replaced one's findings out of Kiểm tra and the unit's figures", () => {
    expect(c.findings.filter((f) => f.code === "LEAD_UNKNOWN")).toEqual([]);
    expect(namSon(c)?.warnings).toBe(0);
  });

  it("states the replacement once, on the sheet that counts, in Vietnamese and English", () => {
    const found = c.setFindings.filter((f) => f.code === "SUBMISSION_DUPLICATE");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      sheet: "Báo cáo",
      file: "b/nam-son-bo-sung.xlsx",
      unit: "Phường Nam Sơn",
    });
    expect(formatFinding(found[0]!, "vi").message).toBe(
      'Đơn vị "Phường Nam Sơn" đã nộp 2 bản báo cáo: tính bản "Báo cáo (b/nam-son-bo-sung.xlsx)" (ngày báo cáo 20/06/2024, muộn nhất); không tính bản đã được thay thế: "Báo cáo (a/nam-son.xlsx)". Nếu cần tính bản khác, hãy chọn lại khi tổng hợp; nếu có bản là báo cáo của đơn vị khác, hãy sửa tên đơn vị ở đầu trang tính.',
    );
    expect(formatFinding(found[0]!, "en").message).toContain(
      '"Báo cáo (b/nam-son-bo-sung.xlsx)" counts (report dated 20/06/2024, the latest); replaced, not counted: "Báo cáo (a/nam-son.xlsx)"',
    );
  });

  it("by the file's time when the sheets state no date, or the same one", () => {
    const undated = [
      report("Báo cáo", SECOND, { file: "b.xlsx" }),
      report("Báo cáo", FIRST, { file: "a.xlsx" }),
    ];
    const fileTimes = { "a.xlsx": Date.UTC(2024, 5, 1), "b.xlsx": Date.UTC(2024, 5, 2) };
    const byTime = consolidate(undated, { fileTimes });
    expect(byTime.replaced[0]).toMatchObject({ kept: { file: "b.xlsx" }, by: "fileTime" });
    expect(namSon(byTime)?.tasks).toBe(2);
    const sameDay = undated.map((r) => ({ ...r, reportDate: "2024-06-15" }));
    expect(consolidate(sameDay, { fileTimes }).replaced[0]).toMatchObject({
      kept: { file: "b.xlsx" },
      by: "fileTime",
    });
    const dateOnOne = [{ ...undated[0]!, reportDate: "2024-06-15" }, undated[1]!];
    expect(consolidate(dateOnOne, { fileTimes }).replaced[0]?.by).toBe("fileTime");
  });

  it("by input order when nothing tells them apart: the later one", () => {
    const c2 = consolidate([
      report("Báo cáo", FIRST, { file: "a.xlsx" }),
      report("Báo cáo", SECOND, { file: "b.xlsx" }),
    ]);
    expect(c2.replaced).toEqual([
      {
        unit: "Phường Nam Sơn",
        kept: { file: "b.xlsx", sheet: "Báo cáo" },
        replaced: [{ file: "a.xlsx", sheet: "Báo cáo" }],
        by: "order",
      },
    ]);
    expect(namSon(c2)?.tasks).toBe(2);
  });

  it("by the user's choice, over any date", () => {
    const chosen = consolidate(reports, { keep: [{ file: "a/nam-son.xlsx", sheet: "Báo cáo" }] });
    expect(chosen.replaced[0]).toMatchObject({ kept: { file: "a/nam-son.xlsx" }, by: "chosen" });
    expect(namSon(chosen)).toMatchObject({ tasks: 8, warnings: 1 });
    expect(
      formatFinding(
        chosen.setFindings.find((f) => f.code === "SUBMISSION_DUPLICATE")!,
        "vi",
      ).message,
    ).toContain("(theo lựa chọn của người tổng hợp)");
  });

  it("counts every chosen one together when the user keeps them all (parts of one report)", () => {
    const both = consolidate(reports, {
      keep: [
        { file: "a/nam-son.xlsx", sheet: "Báo cáo" },
        { file: "b/nam-son-bo-sung.xlsx", sheet: "Báo cáo" },
      ],
    });
    expect(both.replaced).toEqual([]);
    expect(namSon(both)?.tasks).toBe(10);
    expect(both.setFindings.filter((f) => f.code === "SUBMISSION_DUPLICATE")).toEqual([]);
  });

  it("sheets of the open workbook (no file) are each a submission", () => {
    const pane = consolidate([report("Nam Sơn", FIRST), report("Nam Sơn (2)", SECOND)]);
    expect(pane.replaced).toEqual([
      {
        unit: "Phường Nam Sơn",
        kept: { sheet: "Nam Sơn (2)" },
        replaced: [{ sheet: "Nam Sơn" }],
        by: "order",
      },
    ]);
  });
});

describe("what is not a resubmission", () => {
  it("two sheets of one file for two units: both count", () => {
    const c = consolidate([
      report("Nam Sơn", FIRST, { file: "tong.xlsx" }),
      report("Bắc Sơn", SECOND, { file: "tong.xlsx", unit: "Phường Bắc Sơn" }),
    ]);
    expect(c.replaced).toEqual([]);
    expect(c.tasks).toHaveLength(10);
  });

  it("two sheets of one file for one unit (Phần 1, Phần 2): parts of one report, counted together", () => {
    const c = consolidate([
      report("Phần 1", FIRST, { file: "nam-son.xlsx" }),
      report("Phần 2", SECOND, { file: "nam-son.xlsx" }),
    ]);
    expect(c.replaced).toEqual([]);
    expect(c.setFindings.filter((f) => f.code === "SUBMISSION_DUPLICATE")).toEqual([]);
    expect(namSon(c)).toMatchObject({
      tasks: 10,
      sheets: [
        { file: "nam-son.xlsx", sheet: "Phần 1" },
        { file: "nam-son.xlsx", sheet: "Phần 2" },
      ],
    });
  });

  it("a report in two parts replaced by a later file: both parts go, and the file's notes sheet with them", () => {
    const headerNotFound: Finding = {
      code: "HEADER_NOT_FOUND",
      severity: "error",
      sheet: "Ghi chú",
      params: {},
    };
    const c = consolidate([
      report("Phần 1", FIRST, { file: "a.xlsx", reportDate: "2024-06-01" }),
      report("Phần 2", SECOND, { file: "a.xlsx", reportDate: "2024-06-01" }),
      sheetReport("Ghi chú", undefined, { file: "a.xlsx", findings: [headerNotFound] }),
      report("Báo cáo", SECOND, { file: "b.xlsx", reportDate: "2024-06-30" }),
    ]);
    expect(c.replaced).toEqual([
      {
        unit: "Phường Nam Sơn",
        kept: { file: "b.xlsx", sheet: "Báo cáo" },
        replaced: [
          { file: "a.xlsx", sheet: "Phần 1" },
          { file: "a.xlsx", sheet: "Phần 2" },
        ],
        by: "reportDate",
      },
    ]);
    expect(namSon(c)).toMatchObject({ tasks: 2, errors: 0 });
    expect(c.findings.some((f) => f.code === "HEADER_NOT_FOUND")).toBe(false);
  });
});

describe("a sheet named for another unit under this unit's header (a copied template)", () => {
  const c = consolidate([
    report("Nam Sơn", FIRST, { file: "phuong-nam-son.xlsx" }),
    report("Báo cáo", SECOND, { file: "phuong-bac-son.xlsx" }),
  ]);

  it("drops nothing on a guess: both count, and the clash is reported", () => {
    expect(c.replaced).toEqual([]);
    expect(namSon(c)?.tasks).toBe(10);
    expect(c.setFindings.filter((f) => f.code === "SUBMISSION_DUPLICATE")).toEqual([]);
    const [clash, ...more] = c.setFindings.filter((f) => f.code === "SUBMISSION_UNIT_CONFLICT");
    expect(more).toEqual([]);
    expect(clash).toMatchObject({ severity: "warning", sheet: "Báo cáo", file: "phuong-bac-son.xlsx" });
    expect(formatFinding(clash!, "vi").message).toBe(
      '2 bản cùng ghi ở đầu trang là báo cáo của "Phường Nam Sơn" (Nam Sơn (phuong-nam-son.xlsx); Báo cáo (phuong-bac-son.xlsx)), nhưng tên "phuong-bac-son" lại chỉ "Phường Bắc Sơn". Chưa rõ đây là bản nộp lại hay báo cáo của đơn vị khác, nên tất cả đều được tính cho "Phường Nam Sơn". Nếu đó là báo cáo của "Phường Bắc Sơn", hãy sửa tên đơn vị ở đầu trang tính.',
    );
  });

  it("a resubmission named for its own unit is still one", () => {
    const again = consolidate([
      report("Nam Sơn", FIRST, { file: "phuong-nam-son.xlsx" }),
      report("Nam Sơn", SECOND, { file: "phuong-nam-son (bo sung).xlsx" }),
    ]);
    expect(again.replaced).toHaveLength(1);
    expect(again.setFindings.filter((f) => f.code === "SUBMISSION_UNIT_CONFLICT")).toEqual([]);
  });
});

describe("N copies of one unit", () => {
  function duplicatesOf(copies: number) {
    const reports = Array.from({ length: copies }, (_, i) =>
      sheetReport(`Bản ${i + 1}`, TABLE, { unit: "Phường Nam Sơn" }),
    );
    const c = consolidate(reports);
    return { c, found: c.setFindings.filter((f) => f.code === "SUBMISSION_DUPLICATE") };
  }

  it.each([3, 40, 2_000])("%i sheets of one unit: one finding, one counted, the rest replaced", (copies) => {
    const { c, found } = duplicatesOf(copies);
    expect(found).toHaveLength(1);
    expect(found[0]?.sheet).toBe(`Bản ${copies}`);
    expect(c.tasks).toHaveLength(1);
    expect(c.replaced[0]?.replaced).toHaveLength(copies - 1);
    const { message } = formatFinding(found[0]!, "vi");
    expect(message).toContain(`đã nộp ${copies} bản báo cáo`);
    expect(message.length).toBeLessThan(700);
  });

  it("names every replaced copy when there are few, and says how many more when there are many", () => {
    expect(formatFinding(duplicatesOf(3).found[0]!, "vi").message).toContain('tính bản "Bản 3"');
    expect(formatFinding(duplicatesOf(3).found[0]!, "vi").message).toContain('"Bản 1; Bản 2"');
    const many = formatFinding(duplicatesOf(40).found[0]!, "vi").message;
    expect(many).toContain("Bản 1; Bản 2");
    expect(many).not.toContain("Bản 39");
    expect(many).toContain("và 29 bản khác");
    expect(formatFinding(duplicatesOf(40).found[0]!, "en").message).toContain("and 29 more");
  });
});

describe("rosterKnown", () => {
  it("is true when the directory says which units must submit", () => {
    expect(consolidate([report("Báo cáo", TABLE)]).rosterKnown).toBe(true);
  });

  it("is false with the built-in directory and national model alone, even where they name the unit", () => {
    const c = consolidate(
      [report("Báo cáo", TABLE, { unit: "Ủy ban nhân dân phường Nam Sơn" })],
      {},
      DEFAULT_DIRECTORY,
    );
    expect(c.units.map((u) => u.unit)).toEqual(["Ủy ban nhân dân phường Nam Sơn"]);
    expect(c.rosterKnown).toBe(false);
    expect(c.notSubmitted).toEqual([]);
  });

  it("is false for a user's directory that marks no unit as required", () => {
    const none: AgencyDirectory = {
      ...DIRECTORY,
      entries: DIRECTORY.entries.map((e) => ({ ...e, mustSubmit: false })),
    };
    expect(consolidate([report("Báo cáo", TABLE)], {}, none).rosterKnown).toBe(false);
  });

  it("is false for the built-in list even if a caller marks units in it", () => {
    const marked: AgencyDirectory = {
      ...DEFAULT_DIRECTORY,
      entries: DEFAULT_DIRECTORY.entries.map((e) => ({ ...e, mustSubmit: e.kind === "unit" })),
    };
    expect(consolidate([report("Báo cáo", TABLE)], {}, marked).rosterKnown).toBe(false);
  });
});
