/**
 * `npm run bench`: one JSON line per measurement on stdout (not a test; nothing here asserts). Core
 * measurements are the best of three runs; the CLI ones are one end-to-end run each (spawned once).
 * Targets (DESIGN §9 sizes): core validation of 100 000 rows < 1 s; `annex validate` over 200 workbooks
 * < 10 s; core consolidation of 100 000 tasks < 2 s; issue #3: the task pane's start-up JavaScript
 * ≤ 300 KB gzipped, and checking a 5 000-row sheet through the Office adapter (fake Excel) < 1 s of
 * JavaScript. Issue #7: precision and recall of the findings over the labelled real documents
 * (bench/precision.ts). Issue #10: `annex --help` starts in ≤ 300 ms (bench/startup.ts). Issue #12: the
 * web page checks and consolidates 200 workbooks of 60 tasks within 2× of the CLI (bench/web-page.ts).
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { performance } from "perf_hooks";
import { consolidateSubmissions } from "../src/core/consolidate";
import { dayNumber, yearInterval } from "../src/core/day";
import { DEFAULT_DIRECTORY } from "../src/core/default-directory";
import type { SheetReport, ValidateOptions } from "../src/core/report-types";
import { validateSheet } from "../src/core/validate";
import { benchCheck, benchCreateAnnex } from "./adapter";
import { benchPrecision } from "./precision";
import { benchStartup } from "./startup";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildCli, bundleNodeScript } = require("../scripts/build-cli") as {
  buildCli: () => Promise<string>;
  bundleNodeScript: (entry: string, outfile: string) => Promise<unknown>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { freshCompiledCli } = require("../bin/compiled-cli") as { freshCompiledCli: () => string | undefined };
import { WARDS, writeWorkbooks } from "./folder";
import { annexSnapshot } from "./synthetic";
import { BUNDLE_TARGET_BYTES, measureTaskpaneBundle } from "./taskpane-bundle";
import { benchWebPage, buildWebPage, WEB_TARGET_RATIO } from "./web-page";

const ROOT = path.join(__dirname, "..");
const OPTIONS: ValidateOptions = {
  period: yearInterval(2024),
  asOf: dayNumber(2024, 11, 20),
  directory: DEFAULT_DIRECTORY,
};

function emit(record: Record<string, unknown>): void {
  process.stdout.write(JSON.stringify(record) + "\n");
}

function time<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: Math.round((performance.now() - start) * 10) / 10, value };
}

/** Best of `RUNS` (the machine is shared: the minimum is the least disturbed run); all runs are shown. */
const RUNS = 3;

function best<T>(run: () => T): { ms: number; runs: number[]; value: T } {
  const runs: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < RUNS; i++) {
    const { ms, value } = time(run);
    runs.push(ms);
    last = value;
  }
  return { ms: Math.min(...runs), runs, value: last as T };
}

function benchCoreValidation(): void {
  validateSheet(annexSnapshot(200), OPTIONS); // warm-up: JIT and memo tables
  for (const rows of [1_000, 10_000, 100_000]) {
    const snapshot = annexSnapshot(rows);
    const { ms, runs, value } = best(() => validateSheet(snapshot, OPTIONS));
    const target = rows === 100_000 ? 1000 : undefined;
    emit({
      bench: "core.validateSheet",
      taskRows: rows,
      tasks: value.tasks,
      findings: value.findings.length,
      ms,
      runs,
      ...(target ? { targetMs: target, met: ms < target } : {}),
    });
  }
}

/** Rounds of the CLI comparison: the floor and each command in turn, so drift hits them alike. */
const CLI_ROUNDS = 3;

interface ProcessRun {
  readonly ms: number;
  readonly peakKb: number | undefined;
  readonly exit: number | null;
  readonly stdout: string;
}

/** One whole process, timed from outside; its peak resident memory from the preload (peak-memory.js). */
function runProcess(script: string, args: readonly string[], peakFile: string): ProcessRun {
  fs.rmSync(peakFile, { force: true });
  const { ms, value } = time(() =>
    spawnSync(process.execPath, ["-r", path.join(__dirname, "peak-memory.js"), script, ...args], {
      encoding: "utf8",
      maxBuffer: 512 * 1024 * 1024,
      env: { ...process.env, ANNEX_BENCH_PEAK_FILE: peakFile },
    }),
  );
  let peakKb: number | undefined;
  try {
    peakKb = Number(fs.readFileSync(peakFile, "utf8"));
  } catch {
    peakKb = undefined;
  }
  return { ms, peakKb, exit: value.status, stdout: value.stdout };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * Issue 10: `annex validate` and `annex consolidate` against the floor — the same folder read and its
 * rows written to one sheet with the same library (bench/floor.ts) — in one run: median times, the
 * ratio to the floor, peak memory and memory per task (goal: ratio ≤ 1.3, ≤ 2 KB per task). Memory per
 * task is also given at the margin — peak on `dir` less peak on the smaller folder `small`, per task
 * added — which leaves out what the process holds whatever the input (Node, the libraries): the figure
 * that decides whether a million tasks fit.
 */
function benchCli(
  dir: string,
  count: number,
  small: string,
  smallCount: number,
  tasks: number,
  floorScript: string,
): Map<string, number | undefined> {
  const common = ["--year", "2024", "--as-of", "2024-11-20"];
  const out = path.join(dir, "..");
  const peakFile = path.join(out, "peak-kb");
  const annex = path.join(ROOT, "bin", "annex.js");
  const commandsOn = (folder: string): [string, string, string[], number][] => [
    ["cli.floor", floorScript, [folder, path.join(out, "san.xlsx")], 10_000],
    ["cli.validate", annex, ["validate", "--json", ...common, folder], 10_000],
    [
      "cli.consolidate",
      annex,
      ["consolidate", "--json", ...common, folder, "-o", path.join(out, "tong-hop.xlsx")],
      10_000,
    ],
  ];
  const commands = commandsOn(dir);
  const smallPeaks = new Map(
    commandsOn(small).map(([name, script, args]) => [name, runProcess(script, args, peakFile).peakKb]),
  );
  const runs = new Map<string, ProcessRun[]>(commands.map(([name]) => [name, []]));
  for (let round = 0; round < CLI_ROUNDS; round++) {
    for (const [name, script, args] of commands) runs.get(name)!.push(runProcess(script, args, peakFile));
  }
  if (runs.get("cli.floor")!.some((r) => r.exit !== 0)) throw new Error("the read+write floor failed");
  const totalTasks = count * tasks;
  const summary = (name: string): { ms: number; peakKb: number | undefined } => {
    const all = runs.get(name)!;
    const peaks = all.flatMap((r) => (r.peakKb === undefined ? [] : [r.peakKb]));
    return { ms: median(all.map((r) => r.ms)), peakKb: peaks.length ? median(peaks) : undefined };
  };
  const floor = summary("cli.floor");
  for (const [name, , , target] of commands) {
    const all = runs.get(name)!;
    const { ms, peakKb } = summary(name);
    let sheets: number | undefined;
    try {
      sheets = (JSON.parse(all[0]!.stdout) as { sheets: unknown[] }).sheets.length;
    } catch {
      sheets = undefined;
    }
    const isFloor = name === "cli.floor";
    // Round by round, so a slow spell of the shared machine hits both sides of each ratio.
    const roundRatios = all.map((r, i) => round2(r.ms / runs.get("cli.floor")![i]!.ms));
    const ratio = median(roundRatios);
    const kbPerTask = peakKb === undefined ? undefined : round2(peakKb / totalTasks);
    const smallPeak = smallPeaks.get(name);
    const marginalKbPerTask =
      peakKb === undefined || smallPeak === undefined
        ? undefined
        : round2((peakKb - smallPeak) / ((count - smallCount) * tasks));
    const overFloorKbPerTask =
      peakKb === undefined || floor.peakKb === undefined
        ? undefined
        : round2((peakKb - floor.peakKb) / totalTasks);
    emit({
      bench: name,
      workbooks: count,
      tasksEach: tasks,
      exit: all.map((r) => r.exit),
      ...(isFloor ? {} : { sheets }),
      ms,
      runsMs: all.map((r) => r.ms),
      ...(isFloor ? {} : { floorMs: floor.ms, ratio, roundRatios, targetRatio: 1.3 }),
      peakKb,
      kbPerTask,
      marginalKbPerTask,
      ...(isFloor ? {} : { overFloorKbPerTask, targetKbPerTask: 2 }),
      ...(isFloor
        ? {}
        : {
            targetMs: target,
            // Memory per task is judged on the scale run: from 1 200 to 12 000 tasks the margin is mostly
            // V8's heap and young generation reaching their working size, which every run pays once.
            met: ms < target && ratio <= 1.3,
            memoryJudgedOn: `${name}.scale`,
          }),
    });
  }
  return new Map([...runs.keys()].map((name) => [name, summary(name).peakKb]));
}

function benchConsolidation(): void {
  const units = 100;
  const perUnit = 1_000;
  const reports: SheetReport[] = [];
  for (let u = 0; u < units; u++) {
    const ward = WARDS[u % WARDS.length]!;
    reports.push(
      validateSheet(
        annexSnapshot(perUnit, `Phường ${ward} ${u + 1}`, `ỦY BAN NHÂN DÂN PHƯỜNG ${ward}`),
        OPTIONS,
      ),
    );
  }
  const tasks = reports.reduce((n, r) => n + r.tasks, 0);
  const { ms, runs, value } = best(() =>
    consolidateSubmissions({
      reports,
      unreadable: [],
      directory: DEFAULT_DIRECTORY,
      period: OPTIONS.period!,
      asOf: OPTIONS.asOf,
    }),
  );
  emit({
    bench: "core.consolidateSubmissions",
    units,
    tasks,
    consolidated: value.tasks.length,
    ms,
    runs,
    targetMs: 2000,
    met: ms < 2000,
  });
}

async function benchTaskpaneBundle(): Promise<void> {
  const { files, gzipBytes, buildMs } = await measureTaskpaneBundle();
  emit({
    bench: "taskpane.bundle",
    files,
    gzipBytes,
    buildMs,
    targetBytes: BUNDLE_TARGET_BYTES,
    met: gzipBytes <= BUNDLE_TARGET_BYTES,
  });
}

/** Issue #3's sheet: checking it through the adapter must take under a second of JavaScript. */
const ADAPTER_TARGET_ROWS = 5_000;

async function benchAdapter(): Promise<void> {
  await benchCheck(10); // warm-up: JIT and memo tables
  for (const rows of [10, ADAPTER_TARGET_ROWS]) {
    const run = await benchCheck(rows);
    emit({
      bench: "adapter.validate",
      rows,
      tasks: run.tasks,
      findings: run.findings,
      ms: run.ms,
      runsMs: run.runsMs,
      syncs: run.syncs,
      runs: run.excelRuns,
      targetMs: 1000,
      met: run.ms < 1000,
    });
  }
  for (const rows of [10, ADAPTER_TARGET_ROWS]) {
    const run = await benchCreateAnnex(rows);
    emit({
      bench: "adapter.createAnnex",
      rows,
      tasks: run.tasks,
      ms: run.ms,
      runsMs: run.runsMs,
      syncs: run.syncs,
      runs: run.excelRuns,
    });
  }
}

/** `npm run bench -- cli` (or any section names) runs only those sections; none: all of them. */
const SECTIONS = [
  "startup",
  "bundle",
  "adapter",
  "core",
  "cli",
  "consolidation",
  "precision",
  "web",
] as const;

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new Error(`unknown bench section ${unknown.join(", ")}: ${SECTIONS.join(", ")}`);
  const wanted = (name: (typeof SECTIONS)[number]): boolean => asked.length === 0 || asked.includes(name);
  if (wanted("startup")) emit(benchStartup(ROOT));
  if (wanted("bundle")) await benchTaskpaneBundle();
  if (wanted("adapter")) await benchAdapter();
  if (wanted("core")) benchCoreValidation();
  if (wanted("cli")) await benchCliFolder();
  if (wanted("consolidation")) benchConsolidation();
  if (wanted("precision")) benchPrecision();
  if (wanted("web")) await benchWeb();
}

async function benchWeb(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-bench-web-"));
  try {
    const folder = path.join(dir, "nop");
    const outDir = path.join(dir, "app");
    fs.mkdirSync(folder);
    await writeWorkbooks(folder, 200, 60);
    emit({ bench: "web.bundle", ...(await buildWebPage(outDir)) });
    for (const run of await benchWebPage(folder, outDir)) {
      emit({
        bench: `web.${run.job}`,
        workbooks: 200,
        tasksEach: 60,
        ...run,
        targetRatio: WEB_TARGET_RATIO,
        met: run.ratio <= WEB_TARGET_RATIO,
      });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The scale run: 100 000 tasks, the issue's own example of where memory per task is judged. */
const SCALE_WORKBOOKS = 200;
const SCALE_TASKS_EACH = 500;

/**
 * One run each of the floor and the two commands on 100 000 tasks: time, the ratio to the floor, peak
 * memory, and memory per task — overall, and at the margin against the 12 000-task folder's median peaks
 * (`basePeaks`, `baseTasks`), which leaves out what every run holds whatever its size.
 */
function benchCliScale(
  dir: string,
  floorScript: string,
  basePeaks: ReadonlyMap<string, number | undefined>,
  baseTasks: number,
): void {
  const common = ["--year", "2024", "--as-of", "2024-11-20"];
  const out = path.join(dir, "..");
  const peakFile = path.join(out, "peak-kb");
  const annex = path.join(ROOT, "bin", "annex.js");
  const tasks = SCALE_WORKBOOKS * SCALE_TASKS_EACH;
  const floor = runProcess(floorScript, [dir, path.join(out, "san-lon.xlsx")], peakFile);
  if (floor.exit !== 0) throw new Error("the read+write floor failed");
  const commands: [string, string, string[]][] = [
    ["cli.floor", floorScript, []],
    ["cli.validate", annex, ["validate", "--json", ...common, dir]],
    [
      "cli.consolidate",
      annex,
      ["consolidate", "--json", ...common, dir, "-o", path.join(out, "tong-hop-lon.xlsx")],
    ],
  ];
  for (const [name, script, args] of commands) {
    const run = name === "cli.floor" ? floor : runProcess(script, args, peakFile);
    const base = basePeaks.get(name);
    emit({
      bench: `${name}.scale`,
      workbooks: SCALE_WORKBOOKS,
      tasksEach: SCALE_TASKS_EACH,
      exit: run.exit,
      ms: run.ms,
      ...(name === "cli.floor"
        ? {}
        : { floorMs: floor.ms, ratio: round2(run.ms / floor.ms), targetRatio: 1.3 }),
      peakKb: run.peakKb,
      kbPerTask: run.peakKb === undefined ? undefined : round2(run.peakKb / tasks),
      marginalKbPerTask:
        run.peakKb === undefined || base === undefined
          ? undefined
          : round2((run.peakKb - base) / (tasks - baseTasks)),
      ...(name === "cli.floor"
        ? {}
        : {
            targetKbPerTask: 2,
            met:
              run.ms / floor.ms <= 1.3 &&
              run.peakKb !== undefined &&
              base !== undefined &&
              (run.peakKb - base) / (tasks - baseTasks) <= 2,
          }),
    });
  }
}

/**
 * Both sides of the CLI comparison compiled alike: the `annex` command built if its build is missing or
 * stale (bin/annex.js would otherwise compile TypeScript at every start), and the floor bundled the same
 * way into build/bench. Returns the floor's script.
 */
async function compiledCommands(): Promise<string> {
  if (freshCompiledCli() === undefined) await buildCli();
  // Inside the repository, where its packages (exceljs) resolve from node_modules.
  const floor = path.join(ROOT, "build", "bench", "floor.js");
  await bundleNodeScript(path.join(__dirname, "floor.ts"), floor);
  // A floor that fails would make every ratio meaningless: say so, not a figure.
  const check = spawnSync(process.execPath, [floor], { encoding: "utf8" });
  if (!check.stderr.includes("usage: floor.ts")) throw new Error(`the floor does not run: ${check.stderr}`);
  return floor;
}

async function benchCliFolder(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-bench-"));
  try {
    const folder = path.join(dir, "nop");
    fs.mkdirSync(folder);
    const small = path.join(dir, "nop-nho");
    fs.mkdirSync(small);
    await writeWorkbooks(folder, 200, 60);
    await writeWorkbooks(small, 20, 60);
    const floorScript = await compiledCommands();
    const peaks = benchCli(folder, 200, small, 20, 60, floorScript);
    const large = path.join(dir, "nop-lon");
    fs.mkdirSync(large);
    await writeWorkbooks(large, SCALE_WORKBOOKS, SCALE_TASKS_EACH);
    benchCliScale(large, floorScript, peaks, 200 * 60);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
