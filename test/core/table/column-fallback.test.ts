/**
 * A required field (content, lead, end) that no header names plainly (issue 7): the column is found by a
 * weaker label family and its cells together — `Tên gọi văn bản` of long varied text is the content,
 * `Chủ đầu tư` / `Cơ quan soạn thảo` of agency names the lead, `Ngày dự kiến trình ban hành` of times
 * (mostly blank) the finish, and `Nhiệm vụ chủ trì` of task text beside a column of agencies the content.
 * The choice is reported (COLUMN_GUESSED, info); a column whose cells do not fit is never taken.
 * The excerpts are written in the style of real registers and plans; no file is read.
 */
import type { Field } from "../../../src/core/fields";
import type { Cell, MergeArea, SheetSnapshot } from "../../../src/core/snapshot";
import { detectHeader } from "../../../src/core/table/header";
import { readAnnexTable } from "../../../src/core/table/index";
import type { ColumnMap } from "../../../src/core/table-types";

type Column = readonly [string, readonly Cell[]];

/** A sheet whose row 1 holds the labels and rows 2… the given columns' cells. */
function columnsSheet(columns: readonly Column[], merges: readonly MergeArea[] = []): SheetSnapshot {
  const height = Math.max(...columns.map(([, cells]) => cells.length));
  const rows: Cell[][] = [columns.map(([label]) => label)];
  for (let i = 0; i < height; i++) rows.push(columns.map(([, cells]) => cells[i] ?? null));
  return { sheet: "Phụ lục", rows, merges: [...merges] };
}

const col = (label: string, cells: readonly Cell[]): Column => [label, cells];
const blank = (n: number): Cell[] => Array.from({ length: n }, () => null);

// A ministry-level annex: the unit is written on its group's first row only (a merged cell).
const UNIT_STT = ["1", null, null, "2", null, "3"];
const UNITS = ["Bộ Thông tin và Truyền thông", null, null, "Bộ Công an", null, "Bộ Tài chính"];
const UNIT_TASKS = [
  "Tham mưu Chính phủ ban hành Nghị định quy định danh mục cơ sở dữ liệu quốc gia",
  "Ban hành hoặc trình cấp có thẩm quyền ban hành Khung kiến trúc Chính phủ điện tử",
  "Xây dựng, ban hành quy định về quy chuẩn, tiêu chuẩn của Trung tâm dữ liệu",
  "Thành lập đơn vị cấp Cục có chức năng nhiệm vụ được nêu trong Đề án",
  "Tuyên truyền, phổ biến tới người dân tầm quan trọng của Trung tâm dữ liệu quốc gia",
  "Bố trí kinh phí thực hiện Nghị quyết theo quy định của pháp luật về ngân sách nhà nước",
];
const UNIT_SUPPORT = ["Bộ Tư pháp", "Văn phòng Chính phủ", "Bộ Công an", "", "Bộ Tư pháp", "Bộ Công an"];
const UNIT_DEADLINES = [
  "Quý IV/2023",
  "Quý IV/2023",
  "Trước năm 2025",
  "Trong năm 2024",
  "Thường xuyên",
  "Quý I/2024",
];

// A department's register of legal documents to handle: the task is the document named.
const DOC_STT = ["1", "2", "3", "4", "5", "6", "7", "8"];
const DOCUMENTS = [
  "Quyết định ban hành Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh",
  "Quyết định số 11/2021/QĐ-UBND ban hành định mức kinh tế - kỹ thuật về sản xuất chương trình truyền hình",
  "Chỉ thị số 07/2012/CT-UBND về việc đẩy mạnh công tác gia đình",
  "Quyết định số 32/2014/QĐ-UBND ban hành Quy định mức chi trả nhuận bút, thù lao",
  "Quyết định số 49/2020/QĐ-UBND ban hành Quy chế quản lý Cơ sở dữ liệu công chứng",
  "Quyết định ban hành Quy định quản lý nhà nước về giá trên địa bàn tỉnh",
  "Quyết định phân cấp thẩm quyền phê duyệt quyết toán vốn đầu tư dự án hoàn thành",
  "Quyết định quy định mức tỷ lệ phần trăm cụ thể để xác định đơn giá thuê đất",
];
const DRAFTERS = [
  "Sở Nội vụ",
  "Sở Văn hóa và Thể thao",
  "Sở Văn hóa và Thể thao",
  "Sở Văn hóa và Thể thao",
  "Sở Tư pháp",
  "Sở Tài chính",
  "Sở Tài chính",
  "Sở Nông nghiệp và Môi trường",
];
const TICKS = ["1", null, null, null, null, "1", null, "1"];
const REGISTERED = [
  "Công văn số 578/SNV-TĐKT ngày 27/01/2026",
  null,
  null,
  null,
  null,
  "Công văn số 1840/VP-KT ngày 08 tháng 8 năm 2025",
  "Công văn số 935/STC-ĐTGS ngày 06/02/2026",
  null,
];
const REPLIES = [
  "Công văn số 484/STP-XDTHPL ngày 23/01/2026",
  null,
  null,
  null,
  null,
  "Công văn số 2100/STP-XDTHPL ngày 12/8/2025",
  null,
  null,
];
const EXPECTED = ["Quý I/2026", null, null, "Tháng 03/2026", null, "Tháng 12/2025", null, null];

// A table of public-investment projects: the investor is the responsible body.
const PROJECT_STT = ["1", "2", "3", "4", "5"];
const PROJECTS = [
  "Dự án Xây dựng mạng WAN tỉnh",
  "Ứng dụng công nghệ cao trong công tác quản lý, giám sát tài nguyên rừng tỉnh",
  "Nâng cấp, mở rộng hệ thống Hội nghị truyền hình trực tuyến đến các xã, phường",
  "Xây dựng nền tảng dữ liệu số phục vụ công tác chỉ huy - điều hành an ninh trật tự",
  "Triển khai Hệ thống trợ lý ảo hỗ trợ cán bộ, công chức, viên chức",
];
const TOTALS = ["96.898", "10.000", "25.980", "51.000", "17.998"];
const INVESTORS = [
  "Sở Khoa học và Công nghệ ",
  " Chi cục Kiểm lâm tỉnh",
  "Văn phòng Tỉnh ủy",
  "Công an tỉnh",
  "Sở Khoa học và Công nghệ",
];
const PROJECT_TIMES = ["2025-2026", "2025-2026", "2026", "2026-2027", "2026-2028"];

interface FallbackCase {
  readonly name: string;
  readonly sheet: SheetSnapshot;
  readonly columns: ColumnMap;
  /** The reported guesses: `field:column`. */
  readonly guessed: readonly string[];
}

const registerSheet = (nfd = false): SheetSnapshot => {
  const n = (text: string): string => (nfd ? text.normalize("NFD") : text);
  return columnsSheet([
    col(n("STT"), DOC_STT),
    col(n("TÊN GỌI VĂN BẢN"), DOCUMENTS.map(n)),
    col(n("Cơ quan soạn thảo"), DRAFTERS.map(n)),
    col(n("Hình thức xử lý"), TICKS),
    col(n("VB đăng ký xây dựng"), REGISTERED),
    col(n("Ngày nhận/Số vb phúc đáp"), REPLIES),
    col(n("Ngày dự kiến trình ban hành"), EXPECTED),
    col(n("Ghi chú"), blank(8)),
  ]);
};

const CASES: readonly FallbackCase[] = [
  {
    name: "`Đơn vị` (agencies on a group's first row) and `Nhiệm vụ chủ trì` (task text): the latter is the content",
    sheet: columnsSheet([
      col("STT", UNIT_STT),
      col("Đơn vị", UNITS),
      col("Nhiệm vụ chủ trì", UNIT_TASKS),
      col("Đơn vị phối hợp", UNIT_SUPPORT),
      col("Thời gian hoàn thành", UNIT_DEADLINES),
    ]),
    columns: { stt: 1, lead: 2, content: 3, support: 4, end: 5 },
    guessed: ["content:3"],
  },
  {
    name: "a register: `TÊN GỌI VĂN BẢN`, `Cơ quan soạn thảo`, `Ngày dự kiến trình ban hành` (mostly blank)",
    sheet: registerSheet(),
    columns: { stt: 1, content: 2, lead: 3, end: 7, note: 8 },
    guessed: ["content:2", "lead:3", "end:7"],
  },
  {
    name: "the same register typed in NFD",
    sheet: registerSheet(true),
    columns: { stt: 1, content: 2, lead: 3, end: 7, note: 8 },
    guessed: ["content:2", "lead:3", "end:7"],
  },
  {
    name: "a project table: `Chủ đầu tư` of agencies is the lead, `Tổng mức đầu tư` is not",
    sheet: columnsSheet([
      col("STT", PROJECT_STT),
      col("Tên dự án", PROJECTS),
      col("Tổng mức đầu tư (Triệu đồng)", TOTALS),
      col("Chủ đầu tư", INVESTORS),
      col("Thời gian thực hiện", PROJECT_TIMES),
      col("Ghi chú", blank(5)),
    ]),
    columns: { stt: 1, content: 2, lead: 4, start: 5, end: 5, note: 6 },
    guessed: ["lead:4"],
  },
  {
    name: "a header of `STT` and hinting labels only (no `Ghi chú` or other named column) is still the header",
    sheet: columnsSheet([
      col("STT", DOC_STT),
      col("Tên văn bản", DOCUMENTS),
      col("Cơ quan soạn thảo", DRAFTERS),
      col("Ngày dự kiến trình", EXPECTED),
    ]),
    columns: { stt: 1, content: 2, lead: 3, end: 4 },
    guessed: ["content:2", "lead:3", "end:4"],
  },
  {
    name: "`Nhiệm vụ chủ trì` of task text, the only label naming the lead, beside `Cơ quan soạn thảo` of agencies",
    sheet: columnsSheet([
      col("STT", DOC_STT),
      col("Nhiệm vụ chủ trì", DOCUMENTS),
      col("Cơ quan soạn thảo", DRAFTERS),
      col(
        "Thời hạn",
        EXPECTED.map((e) => e ?? "Quý IV/2026"),
      ),
    ]),
    columns: { stt: 1, content: 2, lead: 3, end: 4 },
    guessed: ["content:2", "lead:3"],
  },
  {
    name: "`Nhiệm vụ chủ trì` of task text and no agency column: the content, and no lead",
    sheet: columnsSheet([
      col("STT", DOC_STT),
      col("Nhiệm vụ chủ trì", DOCUMENTS),
      col(
        "Thời hạn",
        EXPECTED.map((e) => e ?? "Quý IV/2026"),
      ),
      col("Ghi chú", blank(8)),
    ]),
    columns: { stt: 1, content: 2, end: 3, note: 4 },
    guessed: ["content:2"],
  },
  {
    name: "`Tiến độ hoàn thành` of times and no finish column: the finish, not a status",
    sheet: columnsSheet([
      col("STT", DOC_STT),
      col("Nội dung công việc", DOCUMENTS),
      col("Đơn vị thực hiện", DRAFTERS),
      col(
        "Tiến độ hoàn thành",
        EXPECTED.map((e) => e ?? "Quý IV/2026"),
      ),
    ]),
    columns: { stt: 1, content: 2, lead: 3, end: 4 },
    guessed: ["end:4"],
  },
  {
    name: "`Tiến độ` of progress words and no finish column: the status, and no finish",
    sheet: columnsSheet([
      col("STT", DOC_STT),
      col("Nội dung công việc", DOCUMENTS),
      col("Đơn vị thực hiện", DRAFTERS),
      col(
        "Tiến độ",
        DOC_STT.map((_, i) => (i % 2 === 0 ? "Đang thực hiện" : "Đã hoàn thành")),
      ),
    ]),
    columns: { stt: 1, content: 2, lead: 3, status: 4 },
    guessed: [],
  },
  {
    name: "`Đơn vị thực hiện` holding agencies: found by its label, nothing guessed",
    sheet: columnsSheet([
      col("STT", PROJECT_STT),
      col("Tên dự án", PROJECTS),
      col("Đơn vị thực hiện", INVESTORS),
      col("Thời gian thực hiện", PROJECT_TIMES),
    ]),
    columns: { stt: 1, content: 2, lead: 3, start: 4, end: 4 },
    guessed: [],
  },
];

describe("a required column found by a weaker label and its cells", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const header = detectHeader(c.sheet);
    expect(header?.columns).toEqual(c.columns);
    expect((header?.guesses ?? []).map((g) => `${g.field}:${g.column}`)).toEqual(c.guessed);
    expect(header?.ambiguities ?? []).toEqual([]);
    expect(header?.duplicates).toEqual([]);
  });

  it("counts every row of a unit's group as a task once the content column is found", () => {
    const [units] = CASES;
    const table = readAnnexTable(units?.sheet ?? columnsSheet([]));
    expect(table?.rows.filter((row) => row.kind === "task").length).toBe(UNIT_TASKS.length);
  });

  it("names the column taken and its label", () => {
    const header = detectHeader(registerSheet());
    expect(header?.guesses).toEqual([
      { field: "content", column: 2, label: "TÊN GỌI VĂN BẢN" },
      { field: "lead", column: 3, label: "Cơ quan soạn thảo" },
      { field: "end", column: 7, label: "Ngày dự kiến trình ban hành" },
    ]);
    expect(header?.labels[7]).toBe("Ngày dự kiến trình ban hành");
  });

  it("reads a two-row header with `Hình thức xử lý` merged over its kinds the same way", () => {
    const labels = ["STT", "TÊN GỌI VĂN BẢN", "Cơ quan soạn thảo", "Hình thức xử lý", null, null];
    const kinds = [null, null, null, "Thay thế", "Bãi bỏ", "Ban hành mới"];
    const rest = ["Ngày dự kiến trình ban hành", "Ghi chú"];
    const rows: Cell[][] = [
      [...labels, ...rest],
      [...kinds, null, null],
      ...DOC_STT.map((stt, i) => [
        stt,
        DOCUMENTS[i] ?? null,
        DRAFTERS[i] ?? null,
        TICKS[i] ?? null,
        null,
        null,
        EXPECTED[i] ?? null,
        null,
      ]),
    ];
    const merges: MergeArea[] = [
      { top: 1, left: 4, bottom: 1, right: 6 },
      ...[1, 2, 3, 7, 8].map((c) => ({ top: 1, left: c, bottom: 2, right: c })),
    ];
    const header = detectHeader({ sheet: "QD", rows, merges });
    expect(header?.columns).toMatchObject({ stt: 1, content: 2, lead: 3, end: 7 });
  });

  it("finds a finish column whose few times lie far below the first rows", () => {
    const n = 400;
    const stt = Array.from({ length: n }, (_, i) => String(i + 1));
    const tasks = Array.from(
      { length: n },
      (_, i) => `${DOCUMENTS[i % DOCUMENTS.length] ?? ""} (mục ${i + 1})`,
    );
    const leads = Array.from({ length: n }, (_, i) => DRAFTERS[i % DRAFTERS.length] ?? null);
    const times = Array.from({ length: n }, (_, i) => (i % 97 === 96 ? "Tháng 6/2026" : null));
    const header = detectHeader(
      columnsSheet([
        col("STT", stt),
        col("Tên văn bản", tasks),
        col("Cơ quan soạn thảo", leads),
        col("Ngày dự kiến trình", times),
        col("Ghi chú", []),
      ]),
    );
    expect(header?.columns).toEqual({ stt: 1, content: 2, lead: 3, end: 4, note: 5 });
  });

  it.each<[string, Column, Field]>([
    [
      "`Đơn vị tính` of measures is not the lead",
      col("Đơn vị tính", ["km", "người", "hồ sơ", "%", "lượt", "km", "người", "hồ sơ"]),
      "lead",
    ],
    [
      "`Cán bộ thực hiện` of people is not the lead",
      col("Cán bộ thực hiện", [
        "Đồng chí Nguyễn Văn An",
        "Ông Trần Văn Bình",
        "Bà Lê Thị Cúc",
        "Phó Chủ tịch UBND phường",
        "Nguyễn Thị Dung",
        "Đồng chí Phạm Văn Em",
        "Chuyên viên Vũ Thị Giang",
        "Trưởng Công an phường",
      ]),
      "lead",
    ],
    [
      "`Cơ quan ban hành` of document numbers is not the lead",
      col(
        "Cơ quan ban hành",
        REGISTERED.map((r) => r ?? "Công văn số 12/UBND ngày 02/01/2026"),
      ),
      "lead",
    ],
    [
      "`Ngày nhận/Số vb phúc đáp` of letters is not the finish",
      col("Ngày nhận/Số vb phúc đáp", REPLIES),
      "end",
    ],
    [
      "`Tên cơ quan` of agency names is not the content",
      col(
        "Tên cơ quan",
        DRAFTERS.map((d, i) => `${d} tỉnh (đầu mối ${i + 1})`),
      ),
      "content",
    ],
    [
      "`Tên cán bộ theo dõi` of people's names is not the content",
      col("Tên cán bộ theo dõi", [
        "Nguyễn Văn An",
        "Trần Thị Bình",
        "Lê Văn Cường",
        "Phạm Thị Dung",
        "Hoàng Văn Em",
        "Vũ Thị Giang",
        "Đặng Văn Hùng",
        "Bùi Thị Lan",
      ]),
      "content",
    ],
    [
      "`Tên viết tắt` of short repeated codes is not the content",
      col(
        "Tên viết tắt",
        TICKS.map(() => "QĐ"),
      ),
      "content",
    ],
  ])("%s", (_name, column, field) => {
    const base: Column[] = [
      col("STT", DOC_STT),
      col("Nội dung nhiệm vụ", DOCUMENTS),
      col("Cơ quan chủ trì", DRAFTERS),
      col(
        "Thời hạn hoàn thành",
        EXPECTED.map((e) => e ?? "Quý IV/2026"),
      ),
    ];
    const without = base.filter(([label]) => !matchesField(label, field));
    const header = detectHeader(columnsSheet([...without, column]));
    expect(header?.columns[field]).toBeUndefined();
    expect(header?.guesses ?? []).toEqual([]);
    expect(header?.extras.map((extra) => extra.label)).toContain(column[0]);
  });

  it("does not read a list of people (`STT | Tên cán bộ | Ngày sinh`) as an annex: no task text, no header", () => {
    const sheet = columnsSheet([
      col("STT", ["1", "2", "3", "4"]),
      col("Tên cán bộ", ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung"]),
      col("Ngày sinh", ["12/3/1980", "05/11/1985", "20/7/1990", "01/01/1979"]),
    ]);
    expect(detectHeader(sheet)).toBeUndefined();
  });

  it("takes task text that mostly begins with `Tổ chức …` (a verb here, not a body) for the content", () => {
    const tasks = [
      "Tổ chức tuyên truyền, phổ biến pháp luật về chuyển đổi số cho người dân trên địa bàn",
      "Tổ chức hội nghị sơ kết 6 tháng thực hiện kế hoạch và đề ra nhiệm vụ trọng tâm",
      "Tổ chức lớp tập huấn kỹ năng số cho thành viên tổ công nghệ số cộng đồng",
      "Tổ chức kiểm tra, đánh giá việc thực hiện thủ tục hành chính trên môi trường điện tử",
      "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia năm 2026",
      "Rà soát, cập nhật dữ liệu dân cư vào cơ sở dữ liệu quốc gia về dân cư",
    ];
    const header = detectHeader(
      columnsSheet([
        col("STT", ["1", "2", "3", "4", "5", "6"]),
        col("Tên", tasks),
        col("Cơ quan chủ trì", DRAFTERS.slice(0, 6)),
        col("Thời hạn", ["Quý I", "Quý II", "Quý III", "Quý IV", "Tháng 10/2026", "Thường xuyên"]),
      ]),
    );
    expect(header?.columns).toMatchObject({ content: 2, lead: 3, end: 4 });
  });

  it.each<[string, ColumnMap, readonly string[]]>([
    ["the user's content column", { content: 5 }, ["lead:3", "end:7"]],
    ["no column for the finish", { end: 0 }, ["content:2", "lead:3"]],
  ])("a user override of %s settles that field: no guess reported for it", (_name, overrides, guessed) => {
    const header = detectHeader(registerSheet(), overrides);
    expect((header?.guesses ?? []).map((g) => `${g.field}:${g.column}`)).toEqual(guessed);
  });

  it("is less confident about a guessed column than about one the user chose", () => {
    const sheet = registerSheet();
    const guessed = detectHeader(sheet)?.confidence ?? 1;
    expect(guessed).toBeLessThan(detectHeader(sheet, { content: 2, lead: 3, end: 7 })?.confidence ?? 0);
  });
});

function matchesField(label: string, field: Field): boolean {
  const byField: Partial<Record<Field, string>> = {
    lead: "Cơ quan chủ trì",
    end: "Thời hạn hoàn thành",
    content: "Nội dung nhiệm vụ",
  };
  return byField[field] === label;
}
