/**
 * The pane's own actions through the Office adapter against the fake Excel (issue #3): JavaScript time
 * only — the fake answers a sync at once, so Excel's own work and the network are not in these figures;
 * the sync and run counts are what a real Excel would add round trips for.
 */
import { performance } from "perf_hooks";
import { dayNumber } from "../src/core/day";
import { createOfficeHost } from "../src/office/office-host";
import { checkActiveSheet, createAnnex, readAnnexSource } from "../src/taskpane/actions";
import { installFakeExcel, type FakeExcel } from "../test/fakes/fake-excel";
import { annexRows, annexSnapshot } from "./synthetic";

const TODAY = dayNumber(2024, 11, 20);
const SHEET = "Báo cáo";
const RUNS = 3;
const instant = (): Promise<void> => Promise.resolve();

export interface AdapterRun {
  readonly ms: number;
  readonly runsMs: number[];
  readonly syncs: number;
  readonly excelRuns: number;
  readonly tasks: number;
  readonly findings?: number;
}

/** A fresh fake holding one annex sheet of exactly `rows` rows (title and header included). */
function seededFake(rows: number): FakeExcel {
  const fake = installFakeExcel();
  const { merges } = annexSnapshot(0, SHEET);
  fake.addSheet(SHEET, { rows: annexRows(rows).slice(0, rows), merges });
  return fake;
}

/**
 * Best of three, each on a fresh fake so the counts are one action's. `prepare` runs untimed (what the
 * pane did before the button was pressed); `action` is timed.
 */
async function bestOf<P>(
  rows: number,
  prepare: (fake: FakeExcel) => Promise<P>,
  action: (prepared: P) => Promise<{ tasks: number; findings?: number }>,
): Promise<AdapterRun> {
  const runsMs: number[] = [];
  let last: Omit<AdapterRun, "ms" | "runsMs"> | undefined;
  for (let i = 0; i < RUNS; i++) {
    const fake = seededFake(rows);
    const prepared = await prepare(fake);
    const [syncsBefore, runsBefore] = [fake.syncCount, fake.runCount];
    const start = performance.now();
    const result = await action(prepared);
    runsMs.push(Math.round((performance.now() - start) * 10) / 10);
    last = { syncs: fake.syncCount - syncsBefore, excelRuns: fake.runCount - runsBefore, ...result };
  }
  return { ms: Math.min(...runsMs), runsMs, ...last! };
}

/** Kiểm tra trang tính on a sheet of `rows` rows. */
export function benchCheck(rows: number): Promise<AdapterRun> {
  return bestOf(
    rows,
    () => Promise.resolve(createOfficeHost({ sleep: instant })),
    async (host) => {
      const outcome = await checkActiveSheet(host, TODAY);
      if (outcome.kind !== "checked") throw new Error(`${outcome.sheet} is the add-in's own sheet`);
      const { report } = outcome.check;
      return { tasks: report.tasks, findings: report.findings.length };
    },
  );
}

/** Tạo phụ lục from a sheet of `rows` rows (the form's defaults read first, untimed, as the pane does). */
export function benchCreateAnnex(rows: number): Promise<AdapterRun> {
  return bestOf(
    rows,
    async (fake) => {
      const host = createOfficeHost({ sleep: instant });
      const source = await readAnnexSource(host);
      return { host, fake, source };
    },
    async ({ host, fake, source }) => {
      const { sheet } = await createAnnex(host, SHEET, undefined, source.options);
      const written = fake.sheet(sheet).cells.size;
      if (written === 0) throw new Error(`createAnnex wrote nothing to ${sheet}`);
      return { tasks: source.table?.rows.filter((r) => r.kind === "task").length ?? 0 };
    },
  );
}
