import { yearInterval } from "../../../src/core/day";
import { splitTimeRange } from "../../../src/core/plans/time-split";

const CTX = { defaultYear: 2024, period: yearInterval(2024) };

describe("splitTimeRange", () => {
  it.each([
    ["Quý I - Quý IV", "Quý I", "Quý IV"],
    ["Quý I đến Quý III", "Quý I", "Quý III"],
    ["Quý II-III", "Quý II", "Quý III"],
    ["Quý IV/2025- Quý II/2026", "Quý IV/2025", "Quý II/2026"],
    ["Từ 01/10 đến 10/10/2022", "01/10", "10/10/2022"],
    ["Từ ngày 01/10 đến ngày 10/10/2024", "ngày 01/10", "ngày 10/10/2024"],
    ["01/10 - 10/10/2022", "01/10", "10/10/2022"],
    ["20-12-2023 - 25-12-2023", "20-12-2023", "25-12-2023"],
    ["2024-2025", "2024", "2025"],
    ["Quý\u00a0I – Quý IV", "Quý I", "Quý IV"],
  ])("%s → %s | %s", (text, start, end) => {
    expect(splitTimeRange(text, CTX)).toEqual({ start, end });
  });

  it.each([
    "Quý I",
    // A range stated inside a sentence: the sentence is not cut in two.
    "Thí điểm trong giai đoạn 2024 - 2025 và mở rộng sau năm 2026",
    "Thường xuyên",
    "Theo kế hoạch",
    "Trước 20/12/2024",
    "20-12-2024",
    "không rõ",
    "",
  ])("leaves %p whole", (text) => {
    expect(splitTimeRange(text, CTX)).toBeUndefined();
  });
});
