/**
 * Choosing between near-synonym columns (issue 7): a column of responsible persons beside the lead column,
 * a grouping column beside the content column. The header and the cells below it decide together; when
 * the header alone cannot tell, the choice is reported (COLUMN_AMBIGUOUS, info); the losing column is kept
 * as an extra column, never dropped.
 */
import { createAgencyMatcher } from "../../../src/core/agency";
import { consolidateSubmissions } from "../../../src/core/consolidate";
import { dayNumber, yearInterval } from "../../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../../src/core/default-directory";
import type { Field } from "../../../src/core/fields";
import type { Cell, SheetSnapshot } from "../../../src/core/snapshot";
import { readAnnexTable } from "../../../src/core/table/index";
import { detectHeader } from "../../../src/core/table/header";
import type { ColumnMap } from "../../../src/core/table-types";
import { validateSheet } from "../../../src/core/validate";
import { REAL_ANNEX_IDS, realAnnexSnapshot, type RealAnnexId } from "../../helpers/snapshot-from-tsv";

const STT = ["1", "2", "3", "4", "5", "6"];
const TASKS = [
  "Tuyên truyền, phổ biến Luật Chuyển đổi số trên hệ thống loa truyền thanh của phường",
  "Rà soát, cập nhật dữ liệu dân cư vào cơ sở dữ liệu quốc gia về dân cư",
  "Tổ chức lớp tập huấn kỹ năng số cho tổ công nghệ số cộng đồng",
  "Hướng dẫn hộ kinh doanh thanh toán không dùng tiền mặt",
  "Xây dựng mô hình khu phố chuyển đổi số điểm",
  "Báo cáo kết quả thực hiện kế hoạch về Ủy ban nhân dân thành phố",
];
const GROUPS = ["Chính quyền số", "Chính quyền số", "Xã hội số", "Kinh tế số", "Xã hội số", "Chính quyền số"];
const DEADLINES = ["Quý I", "Tháng 6/2025", "Quý III", "Trước 30/9/2025", "Quý IV", "Thường xuyên"];
const LEADS = [
  "Phòng Văn hóa - Xã hội",
  "Công an phường",
  "Văn phòng HĐND và UBND phường",
  "Phòng Kinh tế",
  "UBND phường",
  "Các đoàn thể phường",
];
const PERSONS = [
  "Chủ tịch UBND phường",
  "Phó Chủ tịch UBND phường Nguyễn Văn An",
  "Đồng chí Trần Thị Bình",
  "Ông Lê Văn Cường, Trưởng Công an phường",
  "Bà Phạm Thị Dung",
  "Phó Chủ tịch UBND phường",
];
const SUPPORTS = ["Các tổ dân phố", "Phòng Kinh tế", "", "Công an phường", "Mặt trận Tổ quốc phường", ""];

/** A sheet whose row 1 holds the labels and rows 2… the given columns' cells. */
function columnsSheet(columns: readonly (readonly [string, readonly Cell[]])[]): SheetSnapshot {
  const height = Math.max(...columns.map(([, cells]) => cells.length));
  const rows: Cell[][] = [columns.map(([label]) => label)];
  for (let i = 0; i < height; i++) rows.push(columns.map(([, cells]) => cells[i] ?? null));
  return { sheet: "Báo cáo", rows, merges: [] };
}

const col = (label: string, cells: readonly Cell[]): readonly [string, readonly Cell[]] => [label, cells];

interface ChoiceCase {
  readonly name: string;
  readonly sheet: SheetSnapshot;
  readonly columns: ColumnMap;
  /** Columns that must be kept as extras (1-based). */
  readonly extras: readonly number[];
  /** The reported choices: `field:chosen/other`. */
  readonly ambiguous: readonly string[];
}

const CASES: readonly ChoiceCase[] = [
  {
    name: "a persons column (`Người đứng đầu chịu trách nhiệm`) before the lead column",
    sheet: columnsSheet([
      col("STT", STT),
      col("Nội dung nhiệm vụ", TASKS),
      col("Thời hạn hoàn thành", DEADLINES),
      col("Người đứng đầu chịu trách nhiệm", PERSONS),
      col("Cơ quan chủ trì", LEADS),
      col("Cơ quan phối hợp", SUPPORTS),
    ]),
    columns: { stt: 1, content: 2, end: 3, lead: 5, support: 6 },
    extras: [4],
    ambiguous: [],
  },
  {
    name: "a persons column (`Lãnh đạo phụ trách`) after the lead column",
    sheet: columnsSheet([
      col("STT", STT),
      col("Nội dung nhiệm vụ", TASKS),
      col("Đơn vị chủ trì", LEADS),
      col("Lãnh đạo phụ trách", PERSONS),
      col("Đơn vị phối hợp", SUPPORTS),
      col("Thời hạn", DEADLINES),
    ]),
    columns: { stt: 1, content: 2, lead: 3, support: 5, end: 6 },
    extras: [4],
    ambiguous: [],
  },
  {
    name: "persons under a plain `Phụ trách` label before `Đơn vị thực hiện`: content decides, reported",
    sheet: columnsSheet([
      col("TT", STT),
      col("Nhiệm vụ", TASKS),
      col("Phụ trách", PERSONS),
      col("Đơn vị thực hiện", LEADS),
      col("Thời gian hoàn thành", DEADLINES),
    ]),
    columns: { stt: 1, content: 2, lead: 4, end: 5 },
    extras: [3],
    ambiguous: ["lead:4/3"],
  },
  {
    name: "a persons column (`Người chịu trách nhiệm`) and the agencies under `Cơ quan, đơn vị`",
    sheet: columnsSheet([
      col("STT", STT),
      col("Nội dung nhiệm vụ", TASKS),
      col("Người chịu trách nhiệm", PERSONS),
      col("Cơ quan, đơn vị", LEADS),
      col("Thời hạn", DEADLINES),
    ]),
    columns: { stt: 1, content: 2, lead: 4, end: 5 },
    extras: [3],
    ambiguous: [],
  },
  {
    name: "a grouping column (`Thuộc nhóm nhiệm vụ`) before the content column",
    sheet: columnsSheet([
      col("STT", STT),
      col("Thuộc nhóm nhiệm vụ", GROUPS),
      col("Nội dung nhiệm vụ", TASKS),
      col("Thời hạn", DEADLINES),
      col("Cơ quan chủ trì", LEADS),
    ]),
    columns: { stt: 1, content: 3, end: 4, lead: 5 },
    extras: [2],
    ambiguous: [],
  },
  {
    name: "a grouping column (`Nhóm nhiệm vụ`) after the content column",
    sheet: columnsSheet([
      col("STT", STT),
      col("Nội dung", TASKS),
      col("Nhóm nhiệm vụ", GROUPS),
      col("Cơ quan chủ trì", LEADS),
      col("Thời hạn", DEADLINES),
    ]),
    columns: { stt: 1, content: 2, lead: 4, end: 5 },
    extras: [3],
    ambiguous: [],
  },
  {
    name: "categories under a plain `Nhiệm vụ` label before `Nội dung`: content decides, reported",
    sheet: columnsSheet([
      col("STT", STT),
      col("Nhiệm vụ", GROUPS),
      col("Nội dung", TASKS),
      col("Cơ quan chủ trì", LEADS),
      col("Thời hạn", DEADLINES),
    ]),
    columns: { stt: 1, content: 3, lead: 4, end: 5 },
    extras: [2],
    ambiguous: ["content:3/2"],
  },
  {
    name: "a `Lĩnh vực` column beside the content column",
    sheet: columnsSheet([
      col("STT", STT),
      col("Lĩnh vực", GROUPS),
      col("Nội dung nhiệm vụ", TASKS),
      col("Cơ quan chủ trì", LEADS),
      col("Thời hạn", DEADLINES),
    ]),
    columns: { stt: 1, content: 3, lead: 4, end: 5 },
    extras: [2],
    ambiguous: [],
  },
  {
    name: "a `Tình hình hoàn thành` column (status words) beside the deadline column",
    sheet: columnsSheet([
      col("STT", STT),
      col("Nội dung nhiệm vụ", TASKS),
      col("Cơ quan chủ trì", LEADS),
      col("Tình hình hoàn thành", [
        "Đã hoàn thành",
        "Đang thực hiện",
        "Đã hoàn thành",
        "Chưa thực hiện",
        "Đang thực hiện",
        "Đã hoàn thành",
      ]),
      col("Thời hạn hoàn thành", DEADLINES),
    ]),
    columns: { stt: 1, content: 2, lead: 3, end: 5 },
    extras: [4],
    ambiguous: [],
  },
  {
    name: "a `Hoàn thành` column of ticks beside `Thời gian hoàn thành`: content decides, reported",
    sheet: columnsSheet([
      col("STT", STT),
      col("Nội dung nhiệm vụ", TASKS),
      col("Cơ quan chủ trì", LEADS),
      col("Hoàn thành", ["x", "", "x", "x", "", "x"]),
      col("Thời gian hoàn thành", DEADLINES),
    ]),
    columns: { stt: 1, content: 2, lead: 3, end: 5 },
    extras: [4],
    ambiguous: ["end:5/4"],
  },
  {
    name: "labels in NFD with the old tone placement (`Người đứng đầu chịu trách nhiệm`, `hòan thành`)",
    sheet: columnsSheet([
      col("STT", STT),
      col("Nội dung nhiệm vụ".normalize("NFD"), TASKS),
      col("Thời hạn hòan thành".normalize("NFD"), DEADLINES),
      col(
        "Người đứng đầu chịu trách nhiệm".normalize("NFD"),
        PERSONS.map((p) => p.normalize("NFD")),
      ),
      col(
        "Cơ quan chủ trì".normalize("NFD"),
        LEADS.map((l) => l.normalize("NFD")),
      ),
    ]),
    columns: { stt: 1, content: 2, end: 3, lead: 5 },
    extras: [4],
    ambiguous: [],
  },
];

describe("choosing between near-synonym columns", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const header = detectHeader(c.sheet);
    expect(header?.columns).toEqual(c.columns);
    expect(header?.duplicates).toEqual([]);
    const extras = header?.extras.map((extra) => extra.column) ?? [];
    for (const column of c.extras) expect(extras).toContain(column);
    expect((header?.ambiguities ?? []).map((a) => `${a.field}:${a.column}/${a.other}`)).toEqual(c.ambiguous);
  });

  it("is less confident about a mapping chosen by the cells", () => {
    const [phuTrach] = CASES.filter((c) => c.ambiguous.includes("lead:4/3"));
    const sheet = phuTrach?.sheet ?? columnsSheet([]);
    const chosen = detectHeader(sheet)?.confidence ?? 1;
    expect(chosen).toBeLessThan(detectHeader(sheet, { lead: 4 })?.confidence ?? 0);
  });

  it("names both columns in the reported choice", () => {
    const [phuTrach] = CASES.filter((c) => c.ambiguous.includes("lead:4/3"));
    expect(detectHeader(phuTrach?.sheet ?? columnsSheet([]))?.ambiguities).toEqual([
      { field: "lead", column: 4, label: "Đơn vị thực hiện", other: 3, otherLabel: "Phụ trách" },
    ]);
  });

  it("keeps two columns that both look like the field as a duplicate (first used)", () => {
    const header = detectHeader(
      columnsSheet([
        col("STT", STT),
        col("Nội dung nhiệm vụ", TASKS),
        col("Cơ quan chủ trì", LEADS),
        col("Cơ quan chủ trì", [...LEADS].reverse()),
        col("Thời hạn", DEADLINES),
      ]),
    );
    expect(header?.columns).toMatchObject({ lead: 3 });
    expect(header?.duplicates).toEqual([{ field: "lead", columns: [3, 4] }]);
    expect(header?.ambiguities ?? []).toEqual([]);
  });

  it("does not take a lone persons column for the lead: the lead is missing, the column kept", () => {
    const header = detectHeader(
      columnsSheet([
        col("STT", STT),
        col("Nội dung nhiệm vụ", TASKS),
        col("Lãnh đạo phụ trách", PERSONS),
        col("Thời hạn", DEADLINES),
      ]),
    );
    expect(header?.columns).toEqual({ stt: 1, content: 2, end: 4 });
    expect(header?.extras).toEqual([{ column: 3, label: "Lãnh đạo phụ trách" }]);
  });

  it.each<[string, Field, number]>([
    ["the persons column", "lead", 3],
    ["the lead column", "lead", 4],
  ])("a user override of %s wins and reports no choice", (_name, field, column) => {
    const [phuTrach] = CASES.filter((c) => c.ambiguous.includes("lead:4/3"));
    const header = detectHeader(phuTrach?.sheet ?? columnsSheet([]), { [field]: column });
    expect(header?.columns[field]).toBe(column);
    expect(header?.ambiguities ?? []).toEqual([]);
  });

  it("keeps the losing column's cells on every row, and consolidation copies them", () => {
    const [persons] = CASES;
    const sheet = persons?.sheet ?? columnsSheet([]);
    const table = readAnnexTable(sheet);
    const tasks = table?.rows.filter((row) => row.kind === "task") ?? [];
    expect(tasks.map((row) => row.extras?.[4])).toEqual(PERSONS);

    const options = { asOf: dayNumber(2025, 7, 1), directory: DEFAULT_DIRECTORY, period: yearInterval(2025) };
    const matcher = createAgencyMatcher(DEFAULT_DIRECTORY);
    const report = validateSheet(sheet, options, matcher);
    const result = consolidateSubmissions(
      {
        reports: [report],
        unreadable: [],
        directory: DEFAULT_DIRECTORY,
        period: options.period,
        asOf: options.asOf,
      },
      matcher,
    );
    expect(result.tasks.map((task) => task.extras["Người đứng đầu chịu trách nhiệm"])).toEqual(PERSONS);
  });
});

describe("the real annexes with a grouping and a persons column inserted after the STT", () => {
  /**
   * The sheet with two columns inserted at B and C, shifting the others right by two; they are filled on
   * the rows that have both a content and a lead (tasks), as a clerk would.
   */
  function withInsertedColumns(id: RealAnnexId): SheetSnapshot {
    const { snapshot } = realAnnexSnapshot(id);
    const columns = detectHeader(snapshot)?.columns ?? {};
    const filled = (row: readonly Cell[], column: number | undefined): boolean =>
      column !== undefined && (row[column - 1] ?? "") !== "";
    const rows = snapshot.rows.map((row, r) => {
      const [stt = null, ...rest] = row;
      if (r === 0) return [stt, "Thuộc nhóm nhiệm vụ", "Người đứng đầu chịu trách nhiệm", ...rest];
      const isTask = filled(row, columns.content) && filled(row, columns.lead);
      const group = isTask ? (GROUPS[r % GROUPS.length] ?? null) : null;
      const person = isTask ? (PERSONS[r % PERSONS.length] ?? null) : null;
      return [stt, group, person, ...rest];
    });
    return { ...snapshot, rows };
  }

  const matcher = createAgencyMatcher(DEFAULT_DIRECTORY);
  const options = { asOf: dayNumber(2025, 12, 15), directory: DEFAULT_DIRECTORY, period: yearInterval(2025) };
  /** Error and warning findings: the inserted columns must add none. */
  const defectCount = (sheet: SheetSnapshot): number =>
    validateSheet(sheet, options, matcher).findings.filter((f) => f.severity !== "info").length;

  it.each(REAL_ANNEX_IDS)("%s maps its own columns as before, the new ones kept as extras", (id) => {
    const before = detectHeader(realAnnexSnapshot(id).snapshot);
    const after = detectHeader(withInsertedColumns(id));
    const shifted = Object.fromEntries(
      Object.entries(before?.columns ?? {}).map(([field, column]) => [
        field,
        column > 1 ? column + 2 : column,
      ]),
    );
    expect(after?.columns).toEqual(shifted);
    expect(after?.duplicates).toEqual([]);
    expect(defectCount(withInsertedColumns(id))).toBe(defectCount(realAnnexSnapshot(id).snapshot));
    expect(after?.extras.slice(0, 2)).toEqual([
      { column: 2, label: "Thuộc nhóm nhiệm vụ" },
      { column: 3, label: "Người đứng đầu chịu trách nhiệm" },
    ]);
  });
});
