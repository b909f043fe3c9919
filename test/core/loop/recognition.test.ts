import { yearInterval } from "../../../src/core/day";
import type { Fingerprint } from "../../../src/core/loop/fingerprint";
import type { PlanTasks } from "../../../src/core/loop/plan-tasks";
import { recognizeReport, type TemplateReading } from "../../../src/core/loop/recognition";
import type { SheetReport } from "../../../src/core/report-types";
import type { AnnexRow, AnnexTable } from "../../../src/core/table-types";

const UNIT = "Ủy ban nhân dân phường Lãm Hà";
const TASKS = [
  { id: "NV-0000000a", stt: "1.", content: "Xây dựng kế hoạch", end: "Quý I" },
  { id: "NV-0000000b", stt: "2.", content: "Tuyên truyền", end: "Quý IV" },
  { id: "NV-0000000c", stt: "3.", content: "Báo cáo kết quả", end: "Quý IV" },
];
const PLAN: PlanTasks = { title: "NHIỆM VỤ NĂM 2024", tasks: [], identity: "KH-1" };

function fingerprint(over: Partial<Fingerprint> = {}): Fingerprint {
  return {
    plan: "KH-1",
    title: "NHIỆM VỤ NĂM 2024",
    period: yearInterval(2024),
    version: 1,
    unit: UNIT,
    sheet: "Báo cáo",
    idColumn: 10,
    tasks: TASKS,
    ...over,
  };
}

function report(rows: readonly (readonly [number, string])[]): SheetReport {
  const annexRows: AnnexRow[] = rows.map(([row, content]) => ({
    row,
    kind: "task",
    stt: "",
    cells: { content },
  }));
  return {
    sheet: "Báo cáo",
    period: yearInterval(2024),
    periodSource: "title",
    tasks: rows.length,
    table: { rows: annexRows } as unknown as AnnexTable,
    findings: [],
    empty: false,
  };
}

const reading = (ids: readonly (readonly [number, string])[], fp = fingerprint()): TemplateReading => ({
  sheet: "Báo cáo",
  fingerprint: fp,
  rowIds: new Map(ids),
});

describe("recognizeReport", () => {
  it("reads reordered rows by their ids and names the task deleted", () => {
    const result = recognizeReport(
      reading([
        [9, "NV-0000000c"],
        [10, "NV-0000000a"],
      ]),
      report([
        [9, "Báo cáo kết quả"],
        [10, "Xây dựng kế hoạch"],
      ]),
      UNIT,
      PLAN,
    );
    expect([...result.taskIds]).toEqual([
      [9, "NV-0000000c"],
      [10, "NV-0000000a"],
    ]);
    expect(result.findings.map((f) => [f.code, f.params["stt"]])).toEqual([["TASK_NOT_REPORTED", "2."]]);
  });

  it("matches a row whose id was lost by its text", () => {
    const result = recognizeReport(
      reading([[9, "NV-0000000a"]]),
      report([
        [9, "Xây dựng kế hoạch"],
        [10, "Tuyên truyền"],
        [11, "Báo cáo  kết quả"],
      ]),
      UNIT,
    );
    expect(result.taskIds.get(10)).toBe("NV-0000000b");
    expect(result.taskIds.get(11)).toBe("NV-0000000c");
    expect(result.findings).toEqual([]);
  });

  it("names a template of another plan, and one of an earlier version of this plan", () => {
    const all: [number, string][] = TASKS.map((t, i) => [9 + i, t.id]);
    const rows = report(TASKS.map((t, i) => [9 + i, t.content]));
    const other = recognizeReport(
      reading(all, fingerprint({ title: "KẾ HOẠCH KHÁC NĂM 2024" })),
      rows,
      UNIT,
      PLAN,
    );
    expect(other.findings.map((f) => f.code)).toEqual(["TEMPLATE_OTHER_PLAN"]);
    const older = recognizeReport(reading(all, fingerprint({ plan: "KH-0" })), rows, UNIT, PLAN);
    expect(older.findings.map((f) => f.code)).toEqual(["TEMPLATE_OUTDATED"]);
    const oldLayout = recognizeReport(reading(all, fingerprint({ version: 0 })), rows, UNIT);
    expect(oldLayout.findings.map((f) => f.code)).toEqual(["TEMPLATE_OUTDATED"]);
    expect(recognizeReport(reading(all), rows, UNIT, PLAN).findings).toEqual([]);
  });
});
