/**
 * Issue 10 item 9: N sheets of one unit gave N−1 duplicate findings, each listing all N sheets (4 000
 * sheets: `Invalid string length`). Now one finding per unit, naming a capped list of copies and the count.
 */
import { createAgencyMatcher } from "../../src/core/agency";
import { consolidateSubmissions } from "../../src/core/consolidate";
import { yearInterval, dayNumber } from "../../src/core/day";
import { formatFinding } from "../../src/core/messages";
import { DIRECTORY, annexTable, sheetReport } from "./plans/fixtures";

const TABLE = annexTable({ stt: 1, content: 2, end: 3, lead: 4 }, [
  { kind: "task", stt: "1", cells: { content: "Việc", end: "Quý IV", lead: "Phòng VH-TT" } },
]);

function duplicatesOf(copies: number) {
  const reports = Array.from({ length: copies }, (_, i) =>
    sheetReport(`Bản ${i + 1}`, TABLE, { unit: "Phường Nam Sơn" }),
  );
  const c = consolidateSubmissions(
    {
      reports,
      unreadable: [],
      directory: DIRECTORY,
      period: yearInterval(2024),
      asOf: dayNumber(2024, 7, 1),
    },
    createAgencyMatcher(DIRECTORY),
  );
  return c.setFindings.filter((f) => f.code === "SUBMISSION_DUPLICATE");
}

describe("one duplicate finding per unit", () => {
  it.each([3, 40, 2_000])("%i sheets of one unit give one finding", (copies) => {
    const found = duplicatesOf(copies);
    expect(found).toHaveLength(1);
    expect(found[0]?.sheet).toBe("Bản 2");
    const { message } = formatFinding(found[0]!, "vi");
    expect(message).toContain(`${copies} trang tính`);
    expect(message.length).toBeLessThan(600);
  });

  it("names every copy when there are few, and says how many more when there are many", () => {
    expect(formatFinding(duplicatesOf(3)[0]!, "vi").message).toContain("Bản 1; Bản 2; Bản 3");
    const many = formatFinding(duplicatesOf(40)[0]!, "vi").message;
    expect(many).toContain("Bản 1; Bản 2");
    expect(many).not.toContain("Bản 40");
    expect(many).toContain("và 30 trang tính khác");
    expect(formatFinding(duplicatesOf(40)[0]!, "en").message).toContain("and 30 more");
  });
});
