/**
 * A provincial register whose `Tiến độ thực hiện` column is progress narrative, validated and
 * consolidated: the narratives are read, and the summary agrees with the findings.
 */
import { createAgencyMatcher } from "../../src/core/agency";
import { consolidateSubmissions } from "../../src/core/consolidate";
import { dayNumber, yearInterval } from "../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { validateSheet } from "../../src/core/validate";

const AS_OF = dayNumber(2026, 7, 1);
const UNREADABLE = "Quyết định số 1188/QĐ-UBND ngày 13/04/2026 về danh mục thủ tục hành chính";

const REGISTER: SheetSnapshot = {
  sheet: "Danh mục",
  merges: [],
  rows: [
    ["UBND TỈNH"],
    ["DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT CẦN XÂY DỰNG NĂM 2026"],
    ["STT", "Nội dung nhiệm vụ", "Thời hạn hoàn thành", "Cơ quan chủ trì", "Tiến độ thực hiện"],
    ["1", "Bãi bỏ Quyết định số 12/2020/QĐ-UBND", "Quý I", "Sở Tư pháp", "Chưa triển khai xây dựng"],
    ["2", "Bãi bỏ Quyết định số 15/2021/QĐ-UBND", "Quý I", "Sở Tư pháp", "Chưa triền khai xử lý."],
    [
      "3",
      "Bãi bỏ Quyết định số 20/2022/QĐ-UBND",
      "Quý I",
      "Sở Tư pháp",
      "Sở Tư pháp đã trình UBND tỉnh Dự thảo Quyết định bãi bỏ tại Tờ trình số 101/TTr-STP",
    ],
    [
      "4",
      "Ban hành Danh mục thủ tục hành chính",
      "Quý I",
      "Sở Tư pháp",
      "UBND tỉnh đã ban hành Quyết định số 1188/QĐ-UBND ngày 13/04/2026 Ban hành Danh mục",
    ],
    [
      "5",
      "Phê duyệt Đề án chuyển đổi số",
      "Quý I",
      "Sở Khoa học và Công nghệ",
      "UBND tỉnh đã phê duyệt Đề án chuyển đổi số",
    ],
    [
      "6",
      "Xây dựng Nghị quyết về học phí",
      "Quý IV",
      "Sở Giáo dục và Đào tạo",
      "Đang lấy ý kiến góp ý đối với Dự thảo",
    ],
    ["7", "Sửa đổi Quyết định về giá đất", "Quý I", "Sở Tài chính", UNREADABLE],
    ["8", "Sửa đổi Quyết định về phí", "Quý I", "Sở Tài chính", "abc"],
  ],
};

describe("a register with progress narrative", () => {
  const matcher = createAgencyMatcher(DEFAULT_DIRECTORY);
  const report = validateSheet(REGISTER, { asOf: AS_OF, directory: DEFAULT_DIRECTORY }, matcher);
  const c = consolidateSubmissions(
    {
      reports: [report],
      unreadable: [],
      directory: DEFAULT_DIRECTORY,
      period: yearInterval(2026),
      asOf: AS_OF,
    },
    matcher,
  );
  const codes = (code: string): string[] =>
    report.findings.filter((f) => f.code === code).map((f) => f.cell ?? "");

  it("reads each narrative as a person does", () => {
    expect(c.tasks.map((t) => [t.stt, t.status])).toEqual([
      ["1", "notStarted"],
      ["2", "notStarted"],
      ["3", "inProgress"],
      ["4", "done"],
      ["5", "done"],
      ["6", "inProgress"],
      ["7", "unknown"],
      ["8", "unknown"],
    ]);
  });

  it("warns only on the short unreadable status, with one info for the unread narrative", () => {
    expect(codes("STATUS_UNKNOWN")).toEqual(["E11"]);
    expect(codes("STATUS_NARRATIVE")).toEqual(["E10"]);
  });

  it("counts as overdue in the summary exactly the tasks reported OVERDUE", () => {
    expect(codes("OVERDUE")).toEqual(["E4", "E5", "E6", "E10", "E11"]);
    expect(c.units.map((u) => u.overdue)).toEqual([5]);
    expect(c.tasks.filter((t) => t.overdue).map((t) => t.stt)).toEqual(["1", "2", "3", "7", "8"]);
  });
});
