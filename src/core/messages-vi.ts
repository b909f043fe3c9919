/** The Vietnamese message catalogue (the default UI language). */
import type { Field } from "./fields";
import type { FindingCode, FindingParams, Severity } from "./findings";

/** One catalogue entry: the sentence, and optionally a suggestion (e.g. "Did you mean …?"). */
export interface MessageTemplate {
  readonly message: (p: FindingParams) => string;
  readonly suggestion?: (p: FindingParams, suggestions: readonly string[]) => string | null;
}

/** A parameter as text; absent parameters read as "" so a message never shows `undefined`. */
export function param(p: FindingParams, name: string): string {
  const value = p[name];
  return value === undefined ? "" : String(value);
}

/** Why the kept submission counts (SUBMISSION_DUPLICATE's `by`); an unknown reason is shown as given. */
function replacementReasonVi(p: FindingParams): string {
  switch (param(p, "by")) {
    case "reportDate":
      return ` (ngày báo cáo ${param(p, "date")}, muộn nhất)`;
    case "fileTime":
      return " (tệp được sửa sau cùng; các bản không ghi ngày báo cáo khác nhau)";
    case "order":
      return " (đứng sau cùng trong danh sách; các bản không ghi ngày báo cáo hay thời gian tệp để so sánh)";
    case "chosen":
      return " (theo lựa chọn của người tổng hợp)";
    default: {
      const why = [param(p, "by"), param(p, "date")].filter((t) => t !== "").join(", ");
      return why === "" ? "" : ` (${why})`;
    }
  }
}

export const FIELD_LABELS_VI: Readonly<Record<Field, string>> = {
  stt: "STT",
  content: "Nội dung nhiệm vụ",
  start: "Bắt đầu",
  end: "Hoàn thành",
  lead: "Cơ quan chủ trì",
  support: "Cơ quan phối hợp",
  output: "Sản phẩm",
  status: "Tình trạng",
  result: "Kết quả thực hiện",
  note: "Ghi chú",
};

export const SEVERITY_LABELS_VI: Readonly<Record<Severity, string>> = {
  error: "Lỗi",
  warning: "Cảnh báo",
  info: "Lưu ý",
};

const label = (p: FindingParams): string => {
  const field = param(p, "field");
  return FIELD_LABELS_VI[field as Field] ?? field;
};

/** The whole cell text after the offending fragment, when they differ. */
const inCell = (p: FindingParams): string => {
  const text = param(p, "text");
  const detail = param(p, "detail");
  return detail !== "" && text !== "" && detail !== text ? ` (ô ghi: "${text}")` : "";
};

const didYouMean = (_p: unknown, suggestions: readonly string[]): string | null =>
  suggestions.length > 0 ? `Có phải: ${suggestions.join(" hoặc ")}?` : null;

const TIME_FORMS = "Quý I, Tháng 10/2024, 20/12/2024, Trước 20/12/2024, Quý I - Quý IV, Thường xuyên";

export const MESSAGES_VI: Readonly<Record<FindingCode, MessageTemplate>> = {
  HEADER_NOT_FOUND: {
    message: () =>
      "Không tìm thấy dòng tiêu đề của bảng (STT, Nội dung nhiệm vụ, Cơ quan chủ trì, Hoàn thành…). Hãy kiểm tra đây có phải phụ lục nhiệm vụ không, hoặc tự chọn cột cho từng trường.",
  },
  COLUMN_MISSING: {
    message: (p) =>
      `Bảng không có cột "${label(p)}". Hãy thêm cột này, hoặc chọn cột tương ứng trong phần ghép cột.`,
  },
  COLUMN_DUPLICATE: {
    message: (p) =>
      `Cột ${param(p, "column")} cũng là cột "${label(p)}" (đang dùng cột ${param(p, "used")}), nên bị bỏ qua. Nếu đây là cột khác, hãy đổi tên tiêu đề.`,
  },
  COLUMN_AMBIGUOUS: {
    message: (p) =>
      `Cả cột ${param(p, "column")} ("${param(p, "label")}") và cột ${param(p, "other")} ("${param(p, "otherLabel")}") đều có thể là cột "${label(p)}". Đang dùng cột ${param(p, "column")} vì các ô của cột này giống nội dung cột "${label(p)}" hơn; cột ${param(p, "other")} vẫn được giữ lại như một cột thêm.`,
    suggestion: (p) =>
      `Nếu chọn sai, hãy chọn cột ${param(p, "other")} cho "${label(p)}" trong phần ghép cột.`,
  },
  COLUMN_GUESSED: {
    message: (p) =>
      `Không có cột nào mang tên "${label(p)}". Đang dùng cột ${param(p, "column")} ("${param(p, "label")}") làm cột "${label(p)}" vì tiêu đề gợi ý như vậy và các ô của cột này giống nội dung cột "${label(p)}".`,
    suggestion: (p) => `Nếu chọn sai, hãy chọn đúng cột cho "${label(p)}" trong phần ghép cột.`,
  },
  STT_INVALID: {
    message: (p) =>
      param(p, "stt") === ""
        ? "Dòng nhiệm vụ chưa có số thứ tự. Hãy điền cột STT."
        : `Số thứ tự "${param(p, "stt")}" không đúng dạng (mục: I, II…; nhiệm vụ: 1, 2 hoặc 1.1; ý nhỏ: a), -). Hãy sửa lại.`,
  },
  STT_DUPLICATE: {
    message: (p) => `Số thứ tự "${param(p, "stt")}" bị trùng trong cùng một mục. Hãy đánh số lại.`,
    suggestion: (p) => (param(p, "expected") ? `Có phải: ${param(p, "expected")}?` : null),
  },
  STT_GAP: {
    message: (p) => {
      const stt = param(p, "stt");
      const previous = param(p, "previous");
      // The first number of a series has no previous one (a part `B` with no `A` above it).
      const where =
        previous === ""
          ? `Số thứ tự bắt đầu từ "${stt}"`
          : `Số thứ tự nhảy cóc: sau "${previous}" là "${stt}"`;
      return `${where} (thiếu "${param(p, "expected")}"). Hãy kiểm tra có sót nhiệm vụ không, hoặc đánh số lại.`;
    },
  },
  TASKS_UNNUMBERED: {
    message: (p) =>
      `${param(p, "count")} nhiệm vụ không đánh số thứ tự. Các nhiệm vụ này vẫn được kiểm tra như mọi nhiệm vụ khác.`,
    suggestion: () => "Nếu cần đúng mẫu phụ lục, hãy đánh số 1, 2, 3… ở cột STT.",
  },
  CONTENT_MISSING: {
    message: () => 'Nhiệm vụ chưa có nội dung. Hãy điền cột "Nội dung nhiệm vụ".',
  },
  LEAD_MISSING: {
    message: () =>
      'Nhiệm vụ chưa có cơ quan chủ trì (mục chứa nó cũng không ghi). Hãy điền cột "Cơ quan chủ trì".',
  },
  LEAD_UNKNOWN: {
    message: (p) =>
      `Cơ quan chủ trì "${param(p, "name")}" không có trong danh mục cơ quan. Hãy sửa lại tên, hoặc thêm vào trang tính "Danh mục cơ quan".`,
    suggestion: didYouMean,
  },
  LEAD_UNSPECIFIED: {
    message: (p) =>
      `Cơ quan chủ trì chỉ ghi "${param(p, "name")}", chưa nêu cơ quan nào chịu trách nhiệm chính. Hãy ghi tên cơ quan chủ trì cụ thể; các cơ quan liên quan để ở cột phối hợp.`,
  },
  LEAD_MULTIPLE: {
    message: (p) =>
      `Có ${param(p, "count")} cơ quan chủ trì (${param(p, "names")}). Nên giao một cơ quan chủ trì để rõ trách nhiệm; các cơ quan còn lại chuyển sang phối hợp.`,
  },
  SUPPORT_UNKNOWN: {
    message: (p) =>
      `Cơ quan phối hợp "${param(p, "name")}" không có trong danh mục cơ quan. Hãy sửa lại tên, hoặc thêm vào trang tính "Danh mục cơ quan".`,
    suggestion: didYouMean,
  },
  SUPPORT_DUPLICATE: {
    message: (p) =>
      `"${param(p, "name")}" được ghi hai lần trong danh sách cơ quan phối hợp. Hãy xóa bớt một lần.`,
  },
  LEAD_ALSO_SUPPORT: {
    message: (p) =>
      `"${param(p, "name")}" vừa là cơ quan chủ trì vừa là cơ quan phối hợp. Hãy bỏ khỏi cột "Cơ quan phối hợp".`,
  },
  TIME_UNPARSEABLE: {
    message: (p) =>
      `Không hiểu thời gian "${param(p, "text")}" ở cột "${label(p)}". Hãy ghi theo một dạng như: ${TIME_FORMS}.`,
  },
  TIME_IN_TEXT: {
    message: (p) =>
      `Ô "${label(p)}" ghi thời gian trong một câu ("${param(p, "text")}"); đã đọc là "${param(p, "read")}"${
        param(p, "date") ? ` (${param(p, "field") === "start" ? "bắt đầu" : "hạn"} ${param(p, "date")})` : ""
      }. Nếu đúng thì không cần sửa; nên chỉ ghi thời gian trong ô, phần diễn giải chuyển sang cột khác.`,
  },
  DEADLINES_MOSTLY_MISSING: {
    message: (p) =>
      `${param(p, "missing")}/${param(p, "tasks")} nhiệm vụ chưa ghi thời hạn hoàn thành, nên chưa theo dõi được việc trễ hạn của các nhiệm vụ này. Nếu đã có hạn, hãy ghi vào cột thời hạn.`,
  },
  TIME_IS_STATUS: {
    message: (p) =>
      `Ô "${label(p)}" ghi tình trạng ("${param(p, "text")}") thay cho thời gian, nên nhiệm vụ này không có hạn để theo dõi. Nếu cần, hãy ghi thời hạn vào ô này và tình trạng vào cột Tình trạng.`,
  },
  TIME_SPELLING: {
    message: (p) =>
      `Ô "${label(p)}" ghi "${param(p, "text")}": đọc được, nhưng viết chưa chuẩn. Nên viết "${param(p, "to")}".`,
  },
  QUARTER_INVALID: {
    message: (p) =>
      `Quý không hợp lệ: "${param(p, "detail") || param(p, "text")}"${inCell(p)}. Một năm chỉ có Quý I đến Quý IV; hãy sửa lại.`,
  },
  DATE_INVALID: {
    message: (p) =>
      `Ngày không tồn tại: "${param(p, "detail") || param(p, "text")}"${inCell(p)}. Hãy kiểm tra lại ngày và tháng (ghi ngày/tháng/năm, ví dụ 20/12/2024).`,
  },
  END_MISSING: {
    message: () =>
      'Nhiệm vụ chưa có thời gian hoàn thành (mục chứa nó cũng không ghi). Hãy điền cột "Hoàn thành".',
  },
  START_MISSING: {
    message: (p) =>
      `Nhiệm vụ có thời gian hoàn thành ("${param(p, "end")}") nhưng chưa có thời gian bắt đầu. Nên điền cột "Bắt đầu".`,
  },
  RANGE_REVERSED: {
    message: (p) =>
      `Thời gian bắt đầu ("${param(p, "start")}") lại sau thời gian hoàn thành ("${param(p, "end")}"). Hãy kiểm tra và sửa lại.`,
    suggestion: (p, s) =>
      s.length > 0 ? `Có phải: ${s.join(" hoặc ")} (thay cho "${param(p, "text")}")?` : null,
  },
  DEADLINE_OUTSIDE_PERIOD: {
    message: (p) =>
      `Thời hạn "${param(p, "text")}" (${param(p, "deadline")}) nằm ngoài thời kỳ của kế hoạch (${param(p, "period")}). Hãy kiểm tra lại năm.`,
  },
  OUTSIDE_SECTION_RANGE: {
    message: (p) =>
      `Thời gian "${param(p, "text")}" nằm ngoài khoảng thời gian của mục ${param(p, "section")} (${param(p, "range")}). Hãy kiểm tra lại thời gian của nhiệm vụ hoặc của mục.`,
  },
  DEADLINE_VAGUE: {
    message: (p) =>
      `Thời gian "${param(p, "text")}" không có hạn cụ thể, nên không theo dõi được việc trễ hạn. Nếu có thể, hãy ghi hạn hoàn thành cụ thể.`,
  },
  OVERDUE: {
    message: (p) =>
      `Đã quá hạn ${param(p, "deadline")} (tính đến ngày ${param(p, "asOf")}) mà chưa hoàn thành${
        param(p, "status") ? ` (tình trạng: "${param(p, "status")}")` : ""
      }. Hãy cập nhật tình trạng, hoặc đôn đốc thực hiện.`,
  },
  STATUS_UNKNOWN: {
    message: (p) =>
      `Không hiểu tình trạng "${param(p, "status")}". Hãy ghi một trong: Đã hoàn thành, Đang thực hiện, Chưa thực hiện.`,
  },
  STATUS_NARRATIVE: {
    message: (p) =>
      `Cột tiến độ ghi diễn giải; ${param(p, "count")} nhiệm vụ không xác định được tình trạng (ví dụ: "${param(p, "status")}"), được tính là chưa rõ tình trạng. Nếu cần theo dõi, hãy ghi rõ: Đã hoàn thành, Đang thực hiện hoặc Chưa thực hiện.`,
  },
  SUBMISSION_MISSING: {
    message: (p) => `Đơn vị "${param(p, "unit")}" chưa nộp báo cáo. Hãy nhắc đơn vị gửi báo cáo.`,
  },
  SUBMISSION_DUPLICATE: {
    message: (p) =>
      `Đơn vị "${param(p, "unit")}" đã nộp ${param(p, "count") || "nhiều"} bản báo cáo: tính bản "${param(p, "kept")}"${replacementReasonVi(p)}; không tính bản đã được thay thế: "${param(p, "replaced")}"${
        param(p, "more") ? ` và ${param(p, "more")} bản khác` : ""
      }. Nếu cần tính bản khác, hãy chọn lại khi tổng hợp; nếu có bản là báo cáo của đơn vị khác, hãy sửa tên đơn vị ở đầu trang tính.`,
  },
  SUBMISSION_UNIT_CONFLICT: {
    message: (p) =>
      `${param(p, "count") || "Nhiều"} bản cùng ghi ở đầu trang là báo cáo của "${param(p, "unit")}" (${param(p, "sheets")}${
        param(p, "more") ? `; và ${param(p, "more")} bản khác` : ""
      }), nhưng tên "${param(p, "name")}" lại chỉ "${param(p, "other")}". Chưa rõ đây là bản nộp lại hay báo cáo của đơn vị khác, nên tất cả đều được tính cho "${param(p, "unit")}". Nếu đó là báo cáo của "${param(p, "other")}", hãy sửa tên đơn vị ở đầu trang tính.`,
  },
  FORMULA_TEXT: {
    message: (p) =>
      `Ô bắt đầu bằng dấu "=" ("${param(p, "text")}"), Excel có thể hiểu là công thức khi sao chép. Hãy bỏ dấu "=" ở đầu.`,
  },
  CELL_ERROR_VALUE: {
    message: (p) =>
      `Ô có giá trị lỗi ${param(p, "error")} (thường do công thức tham chiếu sai), nên không kiểm tra được. Hãy nhập lại nội dung ô.`,
  },
  CELL_TOO_LONG: {
    message: (p) =>
      `Ô dài ${param(p, "length")} ký tự, quá giới hạn ${param(p, "limit")} ký tự một ô của Excel (Excel có thể báo tệp bị hỏng); bản tổng hợp chỉ giữ phần đầu. Hãy rút gọn nội dung ô hoặc chuyển phần chi tiết sang tài liệu kèm theo.`,
  },
  SHEET_TRUNCATED: {
    message: (p) =>
      `Trang tính quá lớn: chỉ đọc và kiểm tra ${param(p, "rows")} dòng đầu. Hãy chia thành nhiều trang tính nhỏ để kiểm tra hết.`,
  },
  SUBMISSION_UNREADABLE: {
    // The reader's reason says what is wrong and what to do; the general advice is for when there is none.
    message: (p) =>
      param(p, "reason")
        ? `Không đọc được "${param(p, "file")}": ${param(p, "reason")}`
        : `Không đọc được "${param(p, "file")}". Hãy kiểm tra đó có phải tệp Excel (.xlsx) không, và tệp không bị khóa bằng mật khẩu.`,
  },
  AGENCY_RENAMED: {
    message: (p) =>
      `${label(p)} "${param(p, "name")}" là tên cũ: từ ngày ${param(p, "since")}, cơ quan này đã chuyển thành "${param(p, "successor")}". Hãy dùng tên mới.`,
    suggestion: (p) => (param(p, "successor") ? `Có phải: ${param(p, "successor")}?` : null),
  },
  AGENCY_NOTE: {
    message: (p) =>
      `${label(p)}: đọc là "${param(p, "names")}"; phần "${param(p, "note")}" nói về vai trò hoặc phạm vi nên được để riêng, không tính là tên cơ quan.`,
  },
  AGENCY_PROSE: {
    message: (p) =>
      `${label(p)} "${param(p, "text")}" là một câu, không phải danh sách cơ quan; trong câu có nhắc đến ${param(p, "names")}. Hãy kiểm tra ô này giao cho cơ quan nào.`,
  },
  LEGACY_ENCODING: {
    message: (p) =>
      `${param(p, "cells")} ô gõ bằng bảng mã cũ ${param(p, "encoding")} (${param(p, "encoding") === "VNI" ? "phông VNI-Times" : "phông .VnTime"}), không phải Unicode, ví dụ "${param(p, "text")}" → "${param(p, "converted")}". Khi kiểm tra và tổng hợp, các ô này được đọc theo chữ Unicode đã chuyển mã (tệp gốc không bị sửa), nhưng máy khác vẫn hiển thị sai. Hãy chuyển sang Unicode (trong Excel: nút "Chuyển mã sang Unicode" của phần bổ trợ; hoặc Unikey: Công cụ chuyển mã, từ ${param(p, "encoding")} sang Unicode).`,
  },
  TASK_NOT_REPORTED: {
    message: (p) =>
      `Báo cáo của "${param(p, "unit")}" thiếu nhiệm vụ ${param(p, "stt")} "${param(p, "content")}" đã giao trong mẫu.`,
    suggestion: () =>
      "Hãy báo cáo nhiệm vụ này (điền Tình trạng và Kết quả thực hiện) trên đúng dòng của mẫu.",
  },
  TEMPLATE_OTHER_PLAN: {
    message: (p) =>
      `"${param(p, "unit")}" gửi báo cáo trên mẫu của kế hoạch khác ("${param(p, "title")}"), không phải "${param(p, "plan")}".`,
    suggestion: () => "Hãy báo cáo trên mẫu của kế hoạch này.",
  },
  TEMPLATE_OUTDATED: {
    message: (p) => `"${param(p, "unit")}" gửi báo cáo trên mẫu cũ, làm trước khi kế hoạch được sửa.`,
    suggestion: () => "Hãy gửi đơn vị mẫu mới và đề nghị báo cáo lại trên mẫu mới.",
  },
};
