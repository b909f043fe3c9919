import type { DayInterval } from "../../src/core/day";
import { formatIsoDay } from "../../src/core/day";
import { parsePeriodOption, planPeriodFromText } from "../../src/core/plan-period";

function iso(interval: DayInterval | undefined): string | undefined {
  return interval && `${formatIsoDay(interval.from)}..${formatIsoDay(interval.to)}`;
}

describe("planPeriodFromText: the plan period named in a title or subtitle (DESIGN §5)", () => {
  it.each<[string, string | undefined]>([
    ["Nhiệm vụ cụ thể triển khai công tác truyền thông chuyển đổi số năm 2024", "2024-01-01..2024-12-31"],
    ["NHIỆM VỤ CỤ THỂ TRIỂN KHAI CÔNG TÁC TRUYỀN THÔNG CHUYỂN ĐỔI SỐ NĂM 2024", "2024-01-01..2024-12-31"],
    [
      "(Ban hành kèm theo Kế hoạch số         /KH-UBND ngày       tháng 03 năm 2024 của Ủy ban nhân dân quận)",
      "2024-01-01..2024-12-31",
    ],
    ["Kế hoạch phát triển kinh tế số và xã hội số giai đoạn 2026-2030", "2026-01-01..2030-12-31"],
    ["Kế hoạch phát triển kinh tế số giai đoạn 2026 - 2030", "2026-01-01..2030-12-31"],
    ["Kế hoạch phát triển kinh tế số giai đoạn 2026 – 2030", "2026-01-01..2030-12-31"],
    ["Chương trình giai đoạn từ năm 2022 đến năm 2025", "2022-01-01..2025-12-31"],
    ["Kế hoạch từ năm 2022 đến năm 2025", "2022-01-01..2025-12-31"],
    ["Phát triển kinh tế số và xã hội số tỉnh Đồng Nai 2026-2030", "2026-01-01..2030-12-31"],
    ["Truyền thông chuyển đổi số giai đoạn 2022-2025, tầm nhìn đến năm 2030", "2022-01-01..2025-12-31"],
    ["Nhiệm vụ năm 2025 và định hướng đến năm 2030", "2025-01-01..2025-12-31"],
    // A title naming its plan year beats the date the referenced plan was signed.
    ["Thực hiện Kế hoạch số 50/KH-UBND ngày 29 tháng 02 năm 2023 trong năm 2024", "2024-01-01..2024-12-31"],
    // Years inside document numbers and dates are not the plan period.
    ["Kế hoạch số 50/KH-UBND ngày 29/02/2024 của Ủy ban nhân dân thành phố", undefined],
    ["Phát triển hạ tầng 5G trong các khu công nghiệp đến năm 2030", undefined],
    ["Nhiệm vụ cụ thể triển khai công tác truyền thông chuyển đổi số", undefined],
    ["", undefined],
    ["Kế hoạch giai đoạn 2030-2026", undefined],
  ])("%j → %s", (text, expected) => {
    expect(iso(planPeriodFromText(text))).toBe(expected);
  });
});

describe("parsePeriodOption: the --period option and the settings value", () => {
  it.each<[string, string | undefined]>([
    ["2024", "2024-01-01..2024-12-31"],
    ["2024-2030", "2024-01-01..2030-12-31"],
    [" 2024 - 2030 ", "2024-01-01..2030-12-31"],
    ["2024–2030", "2024-01-01..2030-12-31"],
    ["2024..2030", "2024-01-01..2030-12-31"],
    ["2024-2024", "2024-01-01..2024-12-31"],
    ["2030-2024", undefined],
    ["24", undefined],
    ["năm 2024", undefined],
    ["1800", undefined],
    ["2024-", undefined],
    ["", undefined],
  ])("%j → %s", (text, expected) => {
    expect(iso(parsePeriodOption(text))).toBe(expected);
  });
});
