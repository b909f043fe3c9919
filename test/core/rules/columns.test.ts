import { yearInterval } from "../../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../../src/core/default-directory";
import { validateSheet } from "../../../src/core/validate";
import { HEADER, found, grid, run, task } from "./sheet-grid";

describe("column rules", () => {
  it.each<readonly [string, readonly string[], readonly string[]]>([
    [
      "all columns",
      ["STT", "Nội dung nhiệm vụ", "Bắt đầu", "Hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp"],
      [],
    ],
    [
      "no start, no support (a single deadline column is normal)",
      ["STT", "Nội dung nhiệm vụ", "Thời gian hoàn thành", "Cơ quan chủ trì"],
      ["start:info", "support:info"],
    ],
    [
      "a single `Thời hạn` column, no support",
      ["STT", "Nội dung nhiệm vụ", "Thời hạn", "Cơ quan chủ trì"],
      ["start:info", "support:info"],
    ],
    [
      "no support column",
      ["STT", "Nội dung nhiệm vụ", "Bắt đầu", "Hoàn thành", "Cơ quan chủ trì"],
      ["support:info"],
    ],
    [
      "no content",
      ["STT", "Bắt đầu", "Hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp"],
      ["content:error"],
    ],
    ["no finish", ["STT", "Nội dung nhiệm vụ", "Bắt đầu", "Cơ quan chủ trì"], ["end:error", "support:info"]],
    ["no lead", ["STT", "Nội dung nhiệm vụ", "Bắt đầu", "Hoàn thành", "Cơ quan phối hợp"], ["lead:error"]],
    [
      "combined time column",
      ["STT", "Nội dung nhiệm vụ", "Thời gian thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp"],
      [],
    ],
  ])("COLUMN_MISSING: %s", (_name, header, expected) => {
    const report = run(grid([["1", "Việc", "Quý I", "Quý IV", "Phòng VH-TT", "UBND các phường"]], header));
    const missing = report.findings.filter((f) => f.code === "COLUMN_MISSING");
    expect(missing.map((f) => `${f.field}:${f.severity}`)).toEqual(expected);
    for (const f of missing) expect(f.params).toEqual({ field: f.field });
  });

  it("COLUMN_DUPLICATE names the ignored column and the one used", () => {
    const header = [...HEADER, "Đơn vị phối hợp"];
    const report = run(grid([[...task("1"), "Phòng GD&ĐT"]], header));
    expect(found(report, "COLUMN_DUPLICATE")).toEqual(["COLUMN_DUPLICATE@G1"]);
    expect(report.findings.find((f) => f.code === "COLUMN_DUPLICATE")?.params).toEqual({
      field: "support",
      column: "G",
      used: "F",
    });
  });

  it("COLUMN_AMBIGUOUS (info) names the column used and the other one, kept as an extra", () => {
    const header = ["STT", "Nội dung nhiệm vụ", "Bắt đầu", "Hoàn thành", "Phụ trách", "Đơn vị thực hiện"];
    const rows = [
      ["1", "Việc một", "Quý I", "Quý II", "Chủ tịch UBND phường", "Phòng Văn hóa và Thông tin"],
      ["2", "Việc hai", "Quý II", "Quý III", "Phó Chủ tịch UBND phường", "UBND các phường"],
      ["3", "Việc ba", "Quý I", "Quý IV", "Đồng chí Nguyễn Văn An", "Phòng Giáo dục và Đào tạo"],
    ];
    const report = run(grid(rows, header));
    expect(found(report, "COLUMN_AMBIGUOUS", "COLUMN_DUPLICATE", "LEAD_UNKNOWN")).toEqual([
      "COLUMN_AMBIGUOUS@F1",
    ]);
    const finding = report.findings.find((f) => f.code === "COLUMN_AMBIGUOUS");
    expect(finding?.severity).toBe("info");
    expect(finding?.field).toBe("lead");
    expect(finding?.params).toEqual({
      field: "lead",
      column: "F",
      label: "Đơn vị thực hiện",
      other: "E",
      otherLabel: "Phụ trách",
    });
  });

  it("no COLUMN_AMBIGUOUS when the user chose the column", () => {
    const header = ["STT", "Nội dung nhiệm vụ", "Bắt đầu", "Hoàn thành", "Phụ trách", "Đơn vị thực hiện"];
    const rows = [["1", "Việc một", "Quý I", "Quý II", "Chủ tịch UBND phường", "Phòng Văn hóa và Thông tin"]];
    const snapshot = grid(rows, header);
    const report = validateSheet(snapshot, {
      period: yearInterval(2024),
      asOf: yearInterval(2024).to,
      directory: DEFAULT_DIRECTORY,
      columnOverrides: { lead: 6 },
    });
    expect(found(report, "COLUMN_AMBIGUOUS", "COLUMN_DUPLICATE")).toEqual([]);
  });

  it("COLUMN_GUESSED (info), not COLUMN_MISSING, when a hinting column's cells are the field's", () => {
    const header = ["STT", "Tên dự án", "Tổng mức đầu tư", "Chủ đầu tư", "Thời gian thực hiện"];
    const rows = [
      ["1", "Dự án Xây dựng mạng WAN của tỉnh", "96.898", "Sở Khoa học và Công nghệ", "2024"],
      ["2", "Số hóa tài liệu lưu trữ tại Sở Tư pháp", "10.908", "Sở Tư pháp", "2024"],
      ["3", "Xây dựng nền tảng dữ liệu số phục vụ chỉ huy, điều hành", "51.000", "Công an tỉnh", "2024"],
    ];
    const report = run(grid(rows, header));
    expect(found(report, "COLUMN_GUESSED", "COLUMN_AMBIGUOUS", "COLUMN_DUPLICATE")).toEqual([
      "COLUMN_GUESSED@D1",
    ]);
    const finding = report.findings.find((f) => f.code === "COLUMN_GUESSED");
    expect(finding?.severity).toBe("info");
    expect(finding?.field).toBe("lead");
    expect(finding?.params).toEqual({ field: "lead", column: "D", label: "Chủ đầu tư" });
    const missing = report.findings.filter((f) => f.code === "COLUMN_MISSING");
    expect(missing.map((f) => f.field)).toEqual(["support"]);
  });

  it("a blank cell in a guessed finish column is END_MISSING as info (the sheet never said every row has one)", () => {
    const header = ["STT", "Tên gọi văn bản", "Cơ quan soạn thảo", "Ngày dự kiến trình ban hành"];
    const rows = [
      ["1", "Quyết định ban hành Quy định về công tác thi đua, khen thưởng", "Sở Nội vụ", "Quý I/2024"],
      ["2", "Quyết định ban hành Quy chế quản lý cơ sở dữ liệu công chứng", "Sở Tư pháp", null],
      ["3", "Quyết định ban hành Quy định quản lý nhà nước về giá", "Sở Tài chính", "Tháng 6/2024"],
      ["4", "Chỉ thị về việc đẩy mạnh công tác gia đình trên địa bàn", "Sở Văn hóa và Thể thao", null],
    ];
    const report = run(grid(rows, header));
    const missing = report.findings.filter((f) => f.code === "END_MISSING");
    expect(missing.map((f) => `${f.cell}:${f.severity}`)).toEqual(["D3:info", "D5:info"]);
    const serious = report.findings.filter((f) => f.severity !== "info" && f.code.startsWith("COLUMN"));
    expect(serious).toEqual([]);
  });

  it("a blank cell in a labelled finish column is still END_MISSING as an error", () => {
    const header = ["STT", "Tên gọi văn bản", "Cơ quan soạn thảo", "Thời hạn hoàn thành"];
    const rows = [
      ["1", "Quyết định ban hành Quy định về công tác thi đua, khen thưởng", "Sở Nội vụ", "Quý I/2024"],
      ["2", "Quyết định ban hành Quy chế quản lý cơ sở dữ liệu công chứng", "Sở Tư pháp", null],
    ];
    const report = run(grid(rows, header));
    const missing = report.findings.filter((f) => f.code === "END_MISSING");
    expect(missing.map((f) => `${f.cell}:${f.severity}`)).toEqual(["D3:error"]);
  });

  it("one column for both roles (`Cơ quan thực hiện/phối hợp`) is read as the lead", () => {
    const header = ["STT", "Nhiệm vụ", "Cơ quan thực hiện/phối hợp", "Thời hạn"];
    const rows = [
      ["1", "Kế hoạch cải thiện môi trường đầu tư", "Sở Tài chính", "Tháng 05/2026"],
      ["2", "Đề án nâng cao hiệu quả cải cách hành chính", "Sở Nội vụ", "Quý II/2026"],
    ];
    const report = run(grid(rows, header), { year: 2026, asOf: "2026-01-15" });
    expect(report.table?.header.columns.lead).toBe(3);
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("no duplicate when every label is distinct", () => {
    expect(found(run(grid([task("1")])), "COLUMN_DUPLICATE")).toEqual([]);
  });
});
