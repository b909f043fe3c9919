/**
 * Issue #12: the web page (dist/app.html) against the CLI on the same folder of workbooks. The page is
 * built with the project's webpack config into a temporary folder, opened in headless Chromium with its
 * two files answered from there (nothing else is reachable), the workbooks picked, and each job timed
 * from the click to the page's "done" line; the CLI runs as a process on the same folder. Target: the
 * page within 2× of the CLI. Also the page's size: its script (raw, gzipped) and the self-contained file.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { performance } from "perf_hooks";
import { gzipSync } from "zlib";
import { chromium } from "playwright-core";
import type { Page } from "playwright-core";
import { compile, productionConfig } from "../test/helpers/webpack-build";

const ROOT = path.join(__dirname, "..");
const CHROMIUM = "/usr/bin/chromium";
const ORIGIN = "http://annex.localhost";
const ROUNDS = 3;
export const WEB_TARGET_RATIO = 2;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface WebPageSize {
  readonly scriptBytes: number;
  readonly scriptGzipBytes: number;
  readonly offlineHtmlBytes: number;
  readonly buildMs: number;
}

/** Builds the page alone into `outDir` and measures it. */
export async function buildWebPage(outDir: string): Promise<WebPageSize> {
  const config = await productionConfig();
  const entry = config.entry as Record<string, string>;
  const start = performance.now();
  await compile({ ...config, entry: { app: entry["app"]! }, output: { ...config.output, path: outDir } });
  const buildMs = Math.round(performance.now() - start);
  const script = fs.readdirSync(outDir).find((f) => /^app\.[0-9a-f]+\.js$/.test(f));
  if (!script) throw new Error("the build wrote no app.<hash>.js");
  const bytes = fs.readFileSync(path.join(outDir, script));
  return {
    scriptBytes: bytes.length,
    scriptGzipBytes: gzipSync(bytes, { level: 9 }).length,
    offlineHtmlBytes: fs.statSync(path.join(outDir, "app-offline.html")).size,
    buildMs,
  };
}

/** Wall time of one click until the page's status line says `done`. */
async function timeJob(page: Page, tab: string, button: string, done: string): Promise<number> {
  await page.getByRole("tab", { name: tab }).click();
  const start = performance.now();
  await page.getByRole("button", { name: button, exact: true }).click();
  await page.getByRole("status").filter({ hasText: done }).waitFor({ timeout: 600_000 });
  return Math.round(performance.now() - start);
}

function cliMs(args: readonly string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, [path.join(ROOT, "bin", "annex.js"), ...args], {
    encoding: "utf8",
    // The JSON report of 200 workbooks is several megabytes.
    maxBuffer: 512 * 1024 * 1024,
  });
  if (run.status === null || run.status > 1) {
    const why = run.error?.message ?? `exit ${run.status ?? run.signal}: ${run.stderr}`;
    throw new Error(`annex ${args.join(" ")}: ${why}`);
  }
  return Math.round(performance.now() - start);
}

export interface WebPageRun {
  readonly job: "validate" | "consolidate";
  readonly webMs: number;
  readonly webRunsMs: readonly number[];
  readonly cliMs: number;
  readonly cliRunsMs: readonly number[];
  readonly ratio: number;
}

/** The page and the CLI on every .xlsx in `folder` (median of ROUNDS each, the page reloaded per round). */
export async function benchWebPage(folder: string, outDir: string): Promise<WebPageRun[]> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (apt-get install chromium)`);
  const files = fs
    .readdirSync(folder)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => path.join(folder, f));
  const common = ["--year", "2024", "--as-of", "2024-11-20"];
  const summary = path.join(os.tmpdir(), `annex-web-bench-${process.pid}.xlsx`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  const web = { validate: [] as number[], consolidate: [] as number[] };
  const cli = { validate: [] as number[], consolidate: [] as number[] };
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const context = await browser.newContext({ acceptDownloads: true });
      await context.route("**/*", (route) => {
        const url = new URL(route.request().url());
        const file = path.join(outDir, decodeURIComponent(url.pathname));
        if (url.origin === ORIGIN && fs.existsSync(file)) return route.fulfill({ path: file });
        return route.abort();
      });
      const page = await context.newPage();
      await page.goto(`${ORIGIN}/app.html`);
      await page.getByLabel("Năm hoặc giai đoạn kế hoạch").fill("2024");
      await page.getByLabel("Ngày tính quá hạn").fill("2024-11-20");
      await page.getByTestId("pick-files").setInputFiles(files);
      await page.getByText(`(${files.length} tệp)`).waitFor();
      web.validate.push(await timeJob(page, "Kiểm tra", "Kiểm tra các tệp", "Đã kiểm tra"));
      web.consolidate.push(await timeJob(page, "Tổng hợp", "Tổng hợp", "Đã tổng hợp"));
      await context.close();
      cli.validate.push(cliMs(["validate", "--json", ...common, folder]));
      cli.consolidate.push(cliMs(["consolidate", "--json", ...common, folder, "-o", summary]));
    }
  } finally {
    await browser.close();
    fs.rmSync(summary, { force: true });
  }
  return (["validate", "consolidate"] as const).map((job) => {
    const webMs = median(web[job]);
    const cliMedian = median(cli[job]);
    return {
      job,
      webMs,
      webRunsMs: web[job],
      cliMs: cliMedian,
      cliRunsMs: cli[job],
      ratio: Math.round((webMs / cliMedian) * 100) / 100,
    };
  });
}
