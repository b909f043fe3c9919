import { HEADER, found, grid, run, task } from "./sheet-grid";

describe("column rules", () => {
  it.each<readonly [string, readonly string[], readonly string[]]>([
    [
      "all columns",
      ["STT", "Nội dung nhiệm vụ", "Bắt đầu", "Hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp"],
      [],
    ],
    [
      "no start, no support",
      ["STT", "Nội dung nhiệm vụ", "Thời gian hoàn thành", "Cơ quan chủ trì"],
      ["start:warning", "support:warning"],
    ],
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

  it("no duplicate when every label is distinct", () => {
    expect(found(run(grid([task("1")])), "COLUMN_DUPLICATE")).toEqual([]);
  });
});
