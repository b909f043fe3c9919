import type { Cell, SheetSnapshot } from "../../../src/core/snapshot";
import { contentFit, nameKind, SAMPLE_ROWS, sampleColumns } from "../../../src/core/table/column-content";
import type { LabelRole } from "../../../src/core/table/labels";

describe("nameKind (a lead or support cell: a body or a person?)", () => {
  it.each<[string, ReturnType<typeof nameKind>]>([
    ["Sở Tài chính", "agency"],
    ["Phòng Văn hóa - Xã hội", "agency"],
    ["UBND các xã, phường", "agency"],
    ["Ủy ban nhân dân phường", "agency"],
    ["Uỷ ban nhân dân phường", "agency"],
    ["Ban Chỉ huy Quân sự phường", "agency"],
    ["Bộ Công an", "agency"],
    ["Công an tỉnh", "agency"],
    ["Trung tâm Văn hóa, Thông tin và Thể thao", "agency"],
    ["Văn phòng HĐND và UBND", "agency"],
    ["Các sở, ban, ngành", "agency"],
    ["Công chức Văn hóa - Xã hội", "agency"],
    ["Trường THCS Lê Lợi", "agency"],
    ["- Phòng Kinh tế\n- Công an phường", "agency"],
    ["Mặt trận Tổ quốc phường; các đoàn thể", "agency"],
    ["Đoàn Thanh niên phường", "agency"],
    ["Chủ tịch UBND phường", "person"],
    ["Phó Chủ tịch UBND tỉnh", "person"],
    ["Phó Giám đốc Sở", "person"],
    ["Giám đốc Sở Tài chính", "person"],
    ["Trưởng phòng Văn hóa - Xã hội", "person"],
    ["Trưởng Công an phường", "person"],
    ["Chánh Văn phòng", "person"],
    ["Đồng chí Trần Thị Bình", "person"],
    ["Đ/c Hùng", "person"],
    ["Ông Lê Văn Cường", "person"],
    ["Bà Phạm Thị Dung", "person"],
    ["Lãnh đạo UBND phường", "person"],
    ["Nguyễn Văn An", "person"],
    ["Đoàn Văn Hùng", "person"],
    ["Phó Chủ tịch UBND phường".normalize("NFD"), "person"],
    ["Ủy ban nhân dân phường".normalize("NFD"), "agency"],
    ["Theo phân công", "other"],
    ["", "other"],
  ])("%j → %s", (text, kind) => {
    expect(nameKind(text)).toBe(kind);
  });
});

/** Column A holds the cells under test; column B numbers every row, so no row is blank. */
function oneColumn(cells: readonly Cell[], label = "Cột"): SheetSnapshot {
  return { sheet: "S", rows: [[label, "TT"], ...cells.map((cell, i) => [cell, i + 1])], merges: [] };
}

describe("contentFit", () => {
  it.each<[string, LabelRole, readonly Cell[], number | undefined]>([
    ["times", "end", ["Quý I", "Tháng 6/2025", "Trước 30/9/2025", "Thường xuyên"], 1],
    ["ticks", "end", ["x", "x", null, "x"], 0],
    ["status words", "end", ["Đã hoàn thành", "Đang thực hiện"], 0],
    ["an Excel date and a year", "start", [{ date: "2025-03-01" }, 2025], 1],
    ["nothing to judge", "end", [null, ""], undefined],
    ["agencies", "lead", ["Sở Tài chính", "UBND các phường"], 1],
    ["persons", "lead", ["Chủ tịch UBND phường", "Ông Lê Văn Cường"], 0],
    ["something else", "support", ["Theo phân công", "Xem phụ lục"], 0.5],
    ["numbers", "stt", ["I", "1", "2", "1.1", "a)"], 1],
    ["task text", "content", ["Tuyên truyền về chuyển đổi số", "Rà soát thủ tục hành chính"], 1],
    ["an empty content column", "content", [null, null], 0],
    ["a field judged by its label only", "note", ["Ghi chú"], undefined],
  ])("%s as %s", (_name, role, cells, fit) => {
    expect(contentFit(role, sampleColumns(oneColumn(cells), 2), 1)).toBe(fit);
  });

  it("a repeated category label fits the content less than task text", () => {
    const categories = ["Kinh tế số", "Kinh tế số", "Xã hội số", "Kinh tế số", "Xã hội số", "Kinh tế số"];
    const tasks = categories.map((c, i) => `Triển khai nhiệm vụ ${i + 1} về ${c.toLowerCase()} trên địa bàn`);
    const fitOf = (cells: readonly Cell[]) =>
      contentFit("content", sampleColumns(oneColumn(cells), 2), 1) ?? 0;
    expect(fitOf(categories)).toBeLessThan(fitOf(tasks) - 0.15);
  });

  it(`reads at most ${SAMPLE_ROWS} rows, spread over the whole sheet`, () => {
    const cells: Cell[] = Array.from({ length: 100_000 }, (_, i) => (i < 50_000 ? "Quý I" : "x"));
    const fit = contentFit("end", sampleColumns(oneColumn(cells), 2), 1) ?? 0;
    expect(sampleColumns(oneColumn(cells), 2).cells(1)).toHaveLength(SAMPLE_ROWS);
    expect(fit).toBeGreaterThan(0.4);
    expect(fit).toBeLessThan(0.6);
  });
});
