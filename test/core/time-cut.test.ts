import { yearInterval } from "../../src/core/day";
import { parseTimeExpression } from "../../src/core/time-expression";

const CTX = { defaultYear: 2024, period: yearInterval(2024) };

function cutOf(text: string) {
  const result = parseTimeExpression(text, CTX);
  return result.ok ? result.cut : undefined;
}

// Where the grammar cut a range is where the start and finish columns split a combined time cell.
describe("a range's cut, from the grammar", () => {
  it.each([
    ["Quý I - Quý IV", "Quý I", "Quý IV"],
    ["Quý I đến Quý III", "Quý I", "Quý III"],
    ["Quý I tới Quý III", "Quý I", "Quý III"],
    ["Quý I ~ Quý III", "Quý I", "Quý III"],
    ["Quý I~Quý III", "Quý I", "Quý III"],
    ["Quý I -> Quý III", "Quý I", "Quý III"],
    // A doubled dash or a drawn arrow is the same separator: it was read as one quarter, silently.
    ["Quý I -- Quý IV", "Quý I", "Quý IV"],
    ["Quý I - - Quý IV", "Quý I", "Quý IV"],
    ["Quý I --> Quý IV", "Quý I", "Quý IV"],
    ["Quý I → Quý IV", "Quý I", "Quý IV"],
    ["Quý I => Quý IV", "Quý I", "Quý IV"],
    ["01/3/2024 -- 30/6/2024", "01/3/2024", "30/6/2024"],
    ["Quý I – Quý III", "Quý I", "Quý III"],
    ["Quý II-III", "Quý II", "Quý III"],
    ["quý II - IV/2024", "quý II", "quý IV/2024"],
    ["Tháng 3 - 6/2024", "Tháng 3", "6/2024"],
    ["Tháng 3 - 6", "Tháng 3", "Tháng 6"],
    ["Quý IV/2025- Quý II/2026", "Quý IV/2025", "Quý II/2026"],
    ["Từ 01/10 đến 10/10/2022", "01/10", "10/10/2022"],
    ["Từ ngày 01/10 đến ngày 10/10/2024", "ngày 01/10", "ngày 10/10/2024"],
    ["Từ tháng 3 đến hết tháng 6", "tháng 3", "tháng 6"],
    ["01/10 - 10/10/2022", "01/10", "10/10/2022"],
    ["20-12-2023 - 25-12-2023", "20-12-2023", "25-12-2023"],
    ["2024-2025", "2024", "2025"],
    ["Giai đoạn 2022-2025", "2022", "2025"],
    ["Quý\u00a0I – Quý IV", "Quý I", "Quý IV"],
    ["Quy\u0301 I - Quy\u0301 IV", "Quý I", "Quý IV"],
  ])("%s → %s | %s", (text, start, end) => {
    expect(cutOf(text)).toEqual({ start, end });
  });

  it.each([
    "Quý I",
    // A range stated inside a sentence: the sentence is not cut in two.
    "Thí điểm trong giai đoạn 2024 - 2025 và mở rộng sau năm 2026",
    "Thường xuyên",
    "Theo kế hoạch",
    "Trước 20/12/2024",
    "20-12-2024",
    "Từ năm 2026",
    "Quý IV-2025",
    "không rõ",
    "",
  ])("leaves %p whole", (text) => {
    expect(cutOf(text)).toBeUndefined();
  });
});
