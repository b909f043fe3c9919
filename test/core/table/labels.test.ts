import fc from "fast-check";
import { normalizeText } from "../../../src/core/text";
import {
  ABOUT_LABEL_WEIGHT,
  hintsField,
  labelRole,
  labelWeight,
  type GuessedField,
  type LabelRole,
} from "../../../src/core/table/labels";

describe("labelRole", () => {
  // The header scan asks for the role of a cell's text as it is, and normalises the text only when a
  // candidate header reads it: both must give the same role.
  it("gives a text the role of its normalised form", () => {
    const piece = fc.constantFrom(
      "Thời gian",
      "hoàn thành",
      "STT",
      "Cơ quan chủ trì",
      "Nội dung",
      "e\u200B\u0301",
      "\u200B",
      "\u00A0",
      "  ",
      "\n",
      "\u2013",
      "-",
      "ghi chú",
      "a",
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 14 }).map((p) => p.join(" ")),
        fc.string(),
        (made, any) => {
          expect(labelRole(made)).toBe(labelRole(normalizeText(made)));
          expect(labelRole(any)).toBe(labelRole(normalizeText(any)));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it.each<[string, LabelRole | undefined]>([
    ["STT", "stt"],
    ["TT", "stt"],
    ["Số TT", "stt"],
    ["Số thứ tự", "stt"],
    ["Nội dung", "content"],
    ["Nhiệm vụ", "content"],
    ["Tên nhiệm vụ", "content"],
    ["Nội dung công việc", "content"],
    ["NHIỆM VỤ VÀ GIẢI PHÁP", "content"],
    ["Nội dung/nhiệm vụ", "content"],
    ["Nội dung thực hiện", "content"],
    ["Nhiệm vụ, giải pháp", "content"],
    ["Chỉ tiêu", "content"],
    ["Tên chương trình, đề án", "content"],
    ["Bắt đầu", "start"],
    ["Thời gian bắt đầu", "start"],
    ["Từ ngày", "start"],
    ["Hoàn thành", "end"],
    ["Thời gian hoàn thành", "end"],
    ["Thời hạn", "end"],
    ["Hạn hoàn thành", "end"],
    ["Thời gian dự kiến hoàn thành", "end"],
    ["Đến ngày", "end"],
    ["Thời gian", "time"],
    ["THỜI GIAN", "time"],
    ["Thời gian thực hiện", "time"],
    ["Cơ quan chủ trì", "lead"],
    ["Đơn vị chủ trì", "lead"],
    ["CHỦ TRÌ", "lead"],
    ["Đơn vị thực hiện", "lead"],
    ["Cơ quan, đơn vị thực hiện", "lead"],
    ["Đơn vị chịu trách nhiệm", "lead"],
    ["Cơ quan phối hợp", "support"],
    ["Đơn vị phối hợp", "support"],
    ["PHỐI HỢP", "support"],
    ["Đơn vị phối hợp thực hiện", "support"],
    ["Phân công trách nhiệm", "agencies"],
    ["Tổ chức thực hiện", "agencies"],
    ["Cơ quan thực hiện/phối hợp", "agencies"],
    ["Cơ quan chủ trì; phối hợp", "agencies"],
    ["Đơn vị chủ trì và phối hợp", "agencies"],
    ["Sản phẩm dự kiến", "output"],
    ["Sản phẩm đầu ra", "output"],
    ["Kết quả", "output"],
    ["Kết quả dự kiến", "output"],
    ["Kết quả thực hiện", "result"],
    ["Tình trạng", "status"],
    ["Tình trạng thực hiện", "status"],
    ["Tiến độ", "status"],
    ["Mức độ hoàn thành", "status"],
    ["Ghi chú", "note"],
    ["Nguồn kinh phí", undefined],
    ["Dự toán (triệu đồng)", undefined],
    ["", undefined],
    ["(1)", undefined],
    ["NHIỆM VỤ CỤ THỂ TRIỂN KHAI CÔNG TÁC TRUYỀN THÔNG CHUYỂN ĐỔI SỐ NĂM 2024 TRÊN ĐỊA BÀN QUẬN", undefined],
    ["Cơ quan\nchủ trì", "lead"],
    ["THỜI GIAN HOÀN THÀNH".normalize("NFD"), "end"],
    ["Nội\u00a0dung\u200b nhiệm vụ", "content"],
  ])("%j → %s", (label, role) => {
    expect(labelRole(label)).toBe(role);
  });
});

describe("labelWeight", () => {
  it.each<[string, number]>([
    ["Cơ quan chủ trì", 1],
    ["Chủ trì", 1],
    ["Phụ trách", 1],
    ["Nội dung nhiệm vụ", 1],
    ["Nhiệm vụ", 1],
    ["Thời hạn hoàn thành", 1],
    ["Ghi chú", 1],
    ["STT", 1],
    ["Người đứng đầu chịu trách nhiệm", ABOUT_LABEL_WEIGHT],
    ["NGƯỜI ĐỨNG ĐẦU CHỊU TRÁCH NHIỆM".normalize("NFD"), ABOUT_LABEL_WEIGHT],
    ["Lãnh đạo phụ trách", ABOUT_LABEL_WEIGHT],
    ["Cán bộ theo dõi", ABOUT_LABEL_WEIGHT],
    ["Thuộc nhóm nhiệm vụ", ABOUT_LABEL_WEIGHT],
    ["Nhiệm vụ thuộc lĩnh vực", ABOUT_LABEL_WEIGHT],
    ["Nhóm nhiệm vụ", ABOUT_LABEL_WEIGHT],
    ["Lĩnh vực", ABOUT_LABEL_WEIGHT],
    ["Tình hình hoàn thành", ABOUT_LABEL_WEIGHT],
    ["Tỷ lệ hoàn thành (%)", ABOUT_LABEL_WEIGHT],
    ["Văn bản giao nhiệm vụ", ABOUT_LABEL_WEIGHT],
  ])("%j → %d", (label, weight) => {
    expect(labelWeight(label)).toBe(weight);
  });
});

describe("hintsField (a label that suggests a required field without naming it)", () => {
  it.each<[string, GuessedField, boolean]>([
    ["TÊN GỌI VĂN BẢN", "content", true],
    ["Tên dự án", "content", true],
    ["Văn bản", "content", true],
    ["Nhiệm vụ chủ trì", "content", true],
    ["Tên gọi văn bản".normalize("NFD"), "content", true],
    ["Ghi chú", "content", false],
    ["VB đăng ký xây dựng", "content", false],
    ["Cơ quan soạn thảo", "lead", true],
    ["Chủ đầu tư", "lead", true],
    ["Đơn vị", "lead", true],
    ["Cán bộ thực hiện", "lead", true],
    ["Đơn vị tính", "lead", false],
    ["Tổng mức đầu tư (Triệu đồng)", "lead", false],
    ["Ngày dự kiến trình ban hành", "end", true],
    ["Ngày nhận/Số vb phúc đáp", "end", true],
    ["Tiến độ hoàn thành", "end", true],
    ["Thời hạn", "end", true],
    ["Giải ngân đến năm 2026 (dự kiến)", "end", true],
    ["Số, ngày, tháng năm ban hành VBQPPL", "end", false],
    ["Chấp thuận của UBND tỉnh", "end", false],
  ])("%s → %s: %s", (label, field, expected) => {
    expect(hintsField(field, label)).toBe(expected);
  });
});
