import type { Cell } from "../../src/core/snapshot";
import { parseStatus, type TaskStatus } from "../../src/core/status";
import { readStatus } from "../../src/core/status-narrative";
import { isStageColumn, readResult } from "../../src/core/status-sheet";

describe("parseStatus", () => {
  it.each<readonly [Cell, TaskStatus]>([
    ["Đã hoàn thành", "done"],
    ["Hoàn thành", "done"],
    ["Đã thực hiện", "done"],
    ["Xong", "done"],
    ["đã hoàn thành.", "done"],
    ["ĐÃ HOÀN THÀNH", "done"],
    ["Đã hoàn thành 100%", "done"],
    ["Đã hoàn thành (100%)", "done"],
    ["Hoàn thành đúng hạn", "done"],
    ["Đã hoàn thành".normalize("NFD"), "done"],
    ["  Đã\u00a0hoàn\u200b thành  ", "done"],
    ["Đang thực hiện", "inProgress"],
    ["Đang triển khai", "inProgress"],
    ["Chưa hoàn thành", "inProgress"],
    ["Đang thực hiện 80%", "inProgress"],
    ["Chưa thực hiện", "notStarted"],
    ["Chưa triển khai", "notStarted"],
    ["chưa triển khai...", "notStarted"],
    ["50%", "inProgress"],
    ["100%", "done"],
    ["0%", "notStarted"],
    [1, "done"],
    [0.5, "inProgress"],
    [0, "notStarted"],
    [true, "done"],
    [null, "blank"],
    ["", "blank"],
    [" \u200b ", "blank"],
    // Partly done is work in progress.
    ["Hoàn thành một phần", "inProgress"],
    ["Đã hoàn thành nhưng chưa báo cáo", "unknown"],
    ["abc", "unknown"],
    [42, "unknown"],
    [{ error: "#N/A" }, "unknown"],
    [{ date: "2024-05-01" }, "unknown"],
    // A done phrase with a percentage below 100 is work in progress: `Hoàn thành 80%` is not done.
    ["Hoàn thành 80%", "inProgress"],
    ["Đã hoàn thành 50%", "inProgress"],
    ["Đã hoàn thành (90%)", "inProgress"],
    ["Hoàn thành 99,5%", "inProgress"],
    ["Hoàn thành 0%", "notStarted"],
    ["Đã hoàn thành 100% đúng hạn", "done"],
    ["Đang thực hiện (đạt 50%)", "inProgress"],
    ["Đã hoàn thành (đạt 100%)", "done"],
    ["Đã thực hiện 3", "done"],
    // When it was done is not a different status (else a finished task reads as overdue).
    ["Đã hoàn thành ngày 15/06/2024", "done"],
    ["Hoàn thành tháng 6/2024", "done"],
    ["Đã hoàn thành trong Quý II", "done"],
    ["Hoàn thành quý II/2024", "done"],
    ["Đã thực hiện xong", "done"],
    ["Đang triển khai thực hiện", "inProgress"],
    ["Chưa hoàn thành tháng 6", "inProgress"],
    ["Hoàn thành tháng 6 một phần", "inProgress"],
  ])("%p → %s", (cell, status) => {
    expect(parseStatus(cell)).toBe(status);
  });
});

describe("parseStatus: Vietnamese status phrases beyond the fixed list", () => {
  it.each<readonly [string, TaskStatus]>([
    // done, also late, also "basically", also with an upkeep remark
    ["Đã hoàn thành quá hạn", "done"],
    ["Hoàn thành chậm tiến độ", "done"],
    ["Hoàn thành không đúng hạn", "done"],
    ["Đã hoàn thành (trễ hạn)", "done"],
    ["Hoàn thành 100%", "done"],
    ["Hoàn tất", "done"],
    ["Cơ bản hoàn thành", "done"],
    ["Đã cơ bản hoàn thành", "done"],
    ["Đã hoàn thành, đang duy trì", "done"],
    ["Đã hoàn thành; tiếp tục thực hiện thường xuyên", "done"],
    ["Hoàn thành, duy trì thường xuyên", "done"],
    ["Đã triển khai xong", "done"],
    ["Đã triển khai thực hiện", "done"],
    ["Đã tổ chức thực hiện", "done"],
    ["Đã ban hành", "done"],
    // in progress
    ["Đang hoàn thành", "inProgress"],
    ["Đang tổ chức thực hiện", "inProgress"],
    ["Chưa hoàn thành, đang triển khai", "inProgress"],
    ["Đang hoàn thiện", "inProgress"],
    ["Đang triển khai thực hiện", "inProgress"],
    ["Đang tiếp tục thực hiện", "inProgress"],
    ["Tiếp tục thực hiện", "inProgress"],
    ["Đang thực hiện (đạt 70%)", "inProgress"],
    ["Đang thực hiện, đúng tiến độ", "inProgress"],
    ["Chậm tiến độ", "inProgress"],
    ["Quá hạn", "inProgress"],
    ["Chưa hoàn thành (quá hạn)", "inProgress"],
    // not started, not due yet
    ["Chưa bắt đầu", "notStarted"],
    ["Chưa đến hạn", "notStarted"],
    ["Chưa đến thời hạn", "notStarted"],
    ["Chưa tới hạn", "notStarted"],
    // cancelled or stopped
    ["Không thực hiện", "cancelled"],
    ["Dừng thực hiện", "cancelled"],
    ["Ngừng triển khai", "cancelled"],
    ["Tạm dừng", "cancelled"],
    ["Tạm dừng thực hiện", "cancelled"],
    ["Đã hủy", "cancelled"],
    ["Huỷ bỏ", "cancelled"],
    ["Không còn thực hiện", "cancelled"],
    // one letter off a status word (a tone mark off is folded away: `triền`, `hòan`)
    ["Hoàn thàn", "done"],
    ["Đã hoàn thàn 100%", "done"],
    ["Chưa trển khai", "notStarted"],
    ["Không thưc hiện", "cancelled"],
    ["Chưa triền khai", "notStarted"],
    // still not understood
    ["Đã hoàn thành nhưng chưa báo cáo", "unknown"],
    ["Thực hiện", "unknown"],
    ["Đang", "unknown"],
    ["Không", "unknown"],
    ["Đúng", "unknown"],
    ["Đa dạng", "unknown"],
    ["Dự án mới", "unknown"],
  ])("%p → %s", (text, status) => {
    expect(parseStatus(text)).toBe(status);
    expect(parseStatus(text.normalize("NFD"))).toBe(status);
  });
});

describe("readResult: what a result column says about the work", () => {
  it.each<readonly [Cell, TaskStatus | undefined]>([
    ["Đã ban hành Kế hoạch số 12/KH-UBND ngày 10/3/2024", "done"],
    ["Đã tổ chức 02 hội nghị tuyên truyền", "done"],
    ["Đã hoàn thành", "done"],
    ["Hoàn thành", "done"],
    ["đã xây dựng và vận hành hệ thống".normalize("NFD"), "done"],
    ["Đang xây dựng dự thảo", "inProgress"],
    ["Đang triển khai", "inProgress"],
    ["Đã xây dựng dự thảo, đang lấy ý kiến các sở", "inProgress"],
    ["Đã trình, chưa được phê duyệt", "inProgress"],
    // A step of the work is not the work done (was read as done from its leading `Đã`).
    ["Đã trình UBND tỉnh dự thảo Quyết định", "inProgress"],
    ["Đã gửi hồ sơ đề nghị Sở Tư pháp thẩm định", "inProgress"],
    ["Sở Tư pháp đã ban hành Kế hoạch số 12/KH-STP", "done"],
    ["Chưa ban hành", "notStarted"],
    ["Chưa thực hiện", "notStarted"],
    ["Không thực hiện do điều chỉnh kế hoạch", "cancelled"],
    // Not a statement about the work: no reading.
    ["Đa dạng hóa hình thức tuyên truyền", undefined],
    ["Dạng văn bản điện tử", undefined],
    ["Kế hoạch số 12/KH-UBND", undefined],
    ["100 lượt người tham gia", undefined],
    ["", undefined],
    [null, undefined],
  ])("%p → %s", (cell, status) => {
    expect(readResult(cell)).toBe(status);
  });
});

describe("isStageColumn: a `Tình trạng` column that holds project stages", () => {
  it.each<readonly [string, readonly Cell[], boolean]>([
    ["stages", ["Thực hiện mới", "Chuyển tiếp", "Dự án mới", "Khởi công mới", "Chuẩn bị đầu tư", null], true],
    ["stages in another spelling", ["THỰC HIỆN MỚI", "Dự án chuyển tiếp", "Công trình khởi công mới"], true],
    ["mostly stages", ["Chuyển tiếp", "Chuyển tiếp", "Đang thực hiện"], true],
    ["statuses", ["Đã hoàn thành", "Đang thực hiện", "Chuyển tiếp"], false],
    ["statuses and blanks", ["Đã hoàn thành", null, "", "Chưa thực hiện"], false],
    ["empty column", [null, ""], false],
  ])("%s", (_name, cells, expected) => {
    expect(isStageColumn(cells)).toBe(expected);
  });
});

describe("readStatus: progress written as narrative (a `Tiến độ thực hiện` column)", () => {
  it.each<readonly [string, TaskStatus]>([
    // Not started, whatever follows; a one-letter typo; the phrase pasted twice.
    ["Chưa triển khai xây dựng", "notStarted"],
    ["Chưa triển khai xử lý.", "notStarted"],
    ["Chưa triền khai xây dựng", "notStarted"],
    ["Chưa trển khai xây dựng", "notStarted"],
    ["Chưa triển khai xây dựng Chưa triển khai xây dựng", "notStarted"],
    ["Chưa thực hiện do chưa bố trí được kinh phí", "notStarted"],
    // A step of the work done is work in progress, with or without a leading subject.
    ["Sở Tư pháp đã trình UBND tỉnh Dự thảo Quyết định bãi bỏ tại Tờ trình số 101/TTr-STP", "inProgress"],
    ["Đã trình UBND tỉnh Dự thảo Quyết định bãi bỏ", "inProgress"],
    ["UBND tỉnh đã thông qua hồ sơ đề nghị ban hành nghị quyết mới vào tháng 11/2025", "inProgress"],
    ["Sở Công Thương đã có Tờ trình số 31/TTr-SCT ngày 12/4/2026 gửi UBND tỉnh và đang…", "inProgress"],
    ["Đang lấy ý kiến góp ý đối với Dự thảo Quyết định bãi bỏ", "inProgress"],
    ["Đã trình hồ sơ đề nghị thẩm định tại Công văn số 3015/SNV-NCC ngày 27/05/2026", "inProgress"],
    ["Đã xin ý kiến thành viên UBND tỉnh đối với dự thảo…", "inProgress"],
    ["Đã thẩm định Dự thảo. Tuy nhiên, UBND tỉnh đã đồng ý lùi thời gian…", "inProgress"],
    ["Đã được chấp thuận chủ trương xây dựng văn bản mới tại Công văn số…", "inProgress"],
    ["Đang xây dựng báo cáo tổng kết…", "inProgress"],
    ["Đã gửi hồ sơ đề nghị Sở Tư pháp thẩm định…", "inProgress"],
    ["Đã lấy ý kiến góp ý với Dự thảo", "inProgress"],
    ["Công an tỉnh đã có văn bản đề nghị góp ý…", "inProgress"],
    ["Các sở, ngành đang triển khai thực hiện", "inProgress"],
    ["Ủy ban nhân dân tỉnh Đà Nẵng đã trình dự thảo", "inProgress"],
    ["Đã ban hành Kế hoạch, đang triển khai thực hiện", "inProgress"],
    // What is still open after the end makes it in progress: a later clause under way, a contrast.
    ["Đã ban hành Kế hoạch số 12/KH-UBND; các đơn vị đang triển khai thực hiện", "inProgress"],
    ["Đã ban hành Quyết định số 5/QĐ-UBND và đang tổ chức triển khai", "inProgress"],
    ["Đã ban hành Quyết định. Tuy nhiên, chưa bố trí kinh phí", "inProgress"],
    ["Đã hoàn thành nhưng chưa báo cáo", "inProgress"],
    // … but not a word inside the object.
    ["Đã ban hành Kế hoạch về những nhiệm vụ trọng tâm", "done"],
    ["Đã ban hành Kế hoạch số 12/KH-UBND. Tiếp tục duy trì thực hiện", "done"],
    ["UBND tỉnh đã ban hành Quyết định số 7/QĐ-UBND, đang theo dõi việc thực hiện", "done"],
    ["Đã ban hành Quyết định về việc xử lý các trường hợp chưa đăng ký", "done"],
    ["Đã hoàn thành việc rà soát các văn bản đang có hiệu lực", "done"],
    // The work's own end is done.
    ["UBND tỉnh đã ban hành Quyết định số 1188/QĐ-UBND ngày 13/04/2026 Ban hành Danh…", "done"],
    ["Đã ký ban hành Quyết định số 12/QĐ-UBND", "done"],
    ["Sở Tài chính đã hoàn thành việc rà soát", "done"],
    ["Đã được ban hành tại Quyết định số 5/QĐ-UBND", "done"],
    ["Đã tổ chức 02 hội nghị tuyên truyền", "done"],
    // Stopped.
    ["Không thực hiện do điều chỉnh kế hoạch", "cancelled"],
    ["Sở Tài chính tạm dừng thực hiện", "cancelled"],
    // `Chỉ huy` in a subject is no `hủy`.
    ["Bộ Chỉ huy Quân sự tỉnh đã hoàn thành", "done"],
    ["Ban Chỉ huy phòng thủ dân sự đang triển khai", "inProgress"],
    // A generic subject, a document as subject, waiting.
    ["Sở đã trình UBND tỉnh", "inProgress"],
    ["Cơ quan chủ trì đã trình dự thảo", "inProgress"],
    ["Dự thảo đã được trình UBND tỉnh", "inProgress"],
    ["Kế hoạch đã được ban hành", "done"],
    ["Chờ UBND tỉnh phê duyệt", "inProgress"],
    // `Số` (number) is no `Sở`.
    ["Số liệu đã được cập nhật trên hệ thống", "unknown"],
    // When, or a list number, before the subject is set aside too.
    ["Ngày 12/4/2026, Sở Công Thương đã có Tờ trình số 31/TTr-SCT gửi UBND tỉnh", "inProgress"],
    ["Tháng 11/2025 UBND tỉnh đã ban hành Quyết định số 1188/QĐ-UBND", "done"],
    ["Đến nay, đã trình UBND tỉnh dự thảo", "inProgress"],
    ["Hiện nay Sở Tư pháp đang thẩm định", "inProgress"],
    ["Hiện đang triển khai thực hiện", "inProgress"],
    ["Đến thời điểm hiện tại, Sở Xây dựng chưa trình", "notStarted"],
    ["1. Chưa triển khai xây dựng", "notStarted"],
    ["Trong quý II/2026, đã lấy ý kiến góp ý", "inProgress"],
    // Still not readable: no progress word leads, or what leads is no body.
    ["Quyết định số 1188/QĐ-UBND ngày 13/04/2026", "unknown"],
    ["Theo Công văn số 12 của Sở Tư pháp đã trình", "unknown"],
    ["Đã", "unknown"],
    ["Đang.", "unknown"],
    ["Chưa rõ", "unknown"],
    ["làm rồi nhưng chưa báo", "unknown"],
    ["Đa dạng hóa hình thức", "unknown"],
  ])("%p → %s", (text, status) => {
    expect(readStatus(text)).toBe(status);
    expect(readStatus(text.normalize("NFD"))).toBe(status);
  });
});

describe("readStatus: a step that is the task itself is the task done", () => {
  it.each<readonly [string, string | undefined, TaskStatus]>([
    ["UBND tỉnh đã phê duyệt Đề án chuyển đổi số", "Phê duyệt Đề án chuyển đổi số", "done"],
    ["UBND tỉnh đã phê duyệt Đề án chuyển đổi số", undefined, "inProgress"],
    ["UBND tỉnh đã phê duyệt Đề án chuyển đổi số", "Triển khai Đề án chuyển đổi số", "inProgress"],
    [
      "Sở Tư pháp đã trình UBND tỉnh Dự thảo Quyết định",
      "Trình UBND tỉnh ban hành Quyết định bãi bỏ",
      "done",
    ],
    ["Đã xây dựng báo cáo tổng kết", "- Xây dựng báo cáo tổng kết 5 năm thi hành Luật", "done"],
    ["Đã xây dựng dự thảo", "Xây dựng Quyết định quy định chức năng", "inProgress"],
    ["Đã trình dự thảo, đang chờ phê duyệt", "Trình dự thảo Quyết định", "inProgress"],
    ["Đã thẩm định Dự thảo", "Thẩm định dự thảo Nghị quyết", "done"],
    ["Đã trình hồ sơ", "Trình Hội đồng nhân dân tỉnh", "inProgress"],
  ])("%p for the task %p → %s", (text, content, status) => {
    expect(readStatus(text, content)).toBe(status);
    expect(readStatus(text.normalize("NFD"), content?.normalize("NFD"))).toBe(status);
  });
});
