/**
 * The web page (dist/app.html and the self-contained dist/app-offline.html) in headless Chromium, built by
 * the project's webpack config: the example workbooks are picked, checked, consolidated and turned into an
 * annex; the downloads read back through the Node file adapter with the expected sheets. The served page
 * may load its own two files and nothing else (every request is intercepted and counted); the offline file
 * is opened through file:// with the network off and every request refused.
 *
 * Needs /usr/bin/chromium (Debian's `chromium`, which .ci/run installs): without it the suite fails, on
 * every machine — a missing prerequisite is never a silent pass.
 */
import * as fs from "fs";
import * as path from "path";
import { chromium } from "playwright-core";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { readWorkbook } from "../../src/file/read-workbook";
import { compile, productionConfig } from "../helpers/webpack-build";

const ROOT = path.resolve(__dirname, "../..");
const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = path.join(ROOT, "test-artifacts");
// Not dist/: the task pane's browser test builds there at the same time, and each build cleans its folder.
const OUT = path.join(ROOT, ".tmp", "app-dist");
const ORIGIN = "http://annex.localhost";
const EXAMPLES = [
  "danh-muc-co-quan",
  "phuong-bac-son",
  "phuong-dong-hoa",
  "phuong-lam-ha",
  "phuong-nam-son",
].map((name) => path.join(ROOT, "examples", `${name}.xlsx`));

if (!fs.existsSync(CHROMIUM)) {
  throw new Error(
    `${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium; .ci/run does) for the web page browser test.`,
  );
}

let browser: Browser | undefined;

beforeAll(async () => {
  const config = await productionConfig();
  const entry = config.entry as Record<string, string>;
  await compile({ ...config, entry: { app: entry["app"]! }, output: { ...config.output, path: OUT } });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
  });
}, 900_000);

afterAll(async () => {
  await browser?.close();
});

async function newContext(options: { offline: boolean }): Promise<BrowserContext> {
  if (!browser) throw new Error("Chromium did not start");
  return browser.newContext({
    acceptDownloads: true,
    offline: options.offline,
    viewport: { width: 1200, height: 900 },
    locale: "vi-VN",
  });
}

/** Picks the examples, checks them and returns what the page says. */
async function checkExamples(page: Page): Promise<string> {
  await page.getByTestId("pick-files").setInputFiles(EXAMPLES);
  await page.getByText("phuong-nam-son.xlsx", { exact: true }).waitFor();
  await page.getByRole("button", { name: "Kiểm tra các tệp" }).click();
  const status = page.getByRole("status").filter({ hasText: "Đã kiểm tra" });
  await status.waitFor({ timeout: 60_000 });
  return status.innerText();
}

/** Consolidates, downloads the summary and reads it back with the Node file adapter. */
async function downloadSummary(page: Page, name: string) {
  await page.getByRole("tab", { name: "Tổng hợp" }).click();
  await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
  await page.getByRole("status").filter({ hasText: "Đã tổng hợp" }).waitFor({ timeout: 60_000 });
  await page.getByRole("table", { name: 'Xem trước trang tính "Tổng hợp"' }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Tải tệp tổng hợp (.xlsx)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("tong-hop.xlsx");
  const file = path.join(ARTIFACTS, name);
  await download.saveAs(file);
  const read = await readWorkbook(file, name);
  if (!read.ok) throw new Error(read.message);
  return read;
}

describe("the web page, served", () => {
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const refused: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    context = await newContext({ offline: false });
    // Every request the page makes comes here: its own files are answered from the build, the rest refused.
    await context.route("**/*", (route) => {
      const url = new URL(route.request().url());
      const file = path.join(OUT, decodeURIComponent(url.pathname));
      if (url.origin === ORIGIN && file.startsWith(OUT + path.sep) && fs.existsSync(file)) {
        requests.push(url.pathname);
        return route.fulfill({ status: 200, path: file });
      }
      refused.push(url.href);
      return route.abort();
    });
    page = await context.newPage();
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${ORIGIN}/app.html`);
  });

  afterAll(async () => {
    await context.close();
  });

  it("asks for files first, in plain words", async () => {
    await page.getByRole("button", { name: "Kiểm tra các tệp" }).click();
    await page.getByText("Hãy chọn ít nhất một tệp .xlsx trước.").waitFor();
    await expect(page.getByText(/Lỗi không mong muốn/).count()).resolves.toBe(0);
  });

  it("checks the examples and shows the findings grouped by sheet and kind, filterable", async () => {
    // 4 ward sheets; the directory workbook is the run's directory, not a submission.
    expect(await checkExamples(page)).toMatch(/^Đã kiểm tra 4 trang tính: \d+ vấn đề\.$/);
    await page.getByText('Danh mục cơ quan lấy từ tệp "danh-muc-co-quan.xlsx".').waitFor();
    const lamHa = page.getByRole("region", { name: "phuong-lam-ha.xlsx › Báo cáo" });
    // Grouped by kind like the pane's list, severity by symbol and word (never colour alone).
    const deadlineGroup = (scope: typeof page | typeof lamHa) =>
      scope.getByRole("heading", { name: "✖ Thời hạn ngoài kỳ kế hoạch — 1" });
    const overdueGroup = (scope: typeof page | typeof lamHa) =>
      scope.getByRole("heading", { name: /^▲ Quá hạn mà chưa hoàn thành — \d+$/ });
    await expect(deadlineGroup(lamHa).count()).resolves.toBe(1);
    await page.screenshot({
      path: path.join(ARTIFACTS, "app-check.png"),
      fullPage: true,
      animations: "disabled",
    });

    // Errors off: the deadline error goes, the warnings stay; a search narrows to one code.
    await page.getByRole("button", { name: /^Lỗi: \d+$/ }).click();
    await expect(deadlineGroup(lamHa).count()).resolves.toBe(0);
    await expect(overdueGroup(lamHa).count()).resolves.toBeGreaterThan(0);
    await page.getByRole("button", { name: /^Lỗi: \d+$/ }).click();
    await page.getByRole("textbox", { name: "Tìm trong nội dung vấn đề" }).fill("DEADLINE_OUTSIDE");
    await expect(overdueGroup(page).count()).resolves.toBe(0);
    await expect(deadlineGroup(lamHa).count()).resolves.toBe(1);
  });

  it("consolidates and downloads the summary, which reads back with the three sheets", async () => {
    const read = await downloadSummary(page, "app-tong-hop.xlsx");
    expect(read.sheets.map((s) => s.sheet)).toEqual(["Tổng hợp", "Dữ liệu tổng hợp", "Kiểm tra"]);
    expect(read.owners).toEqual({
      "Tổng hợp": "summary",
      "Dữ liệu tổng hợp": "data",
      "Kiểm tra": "findings",
    });
    // Signed in the browser (Web Crypto), verified here with Node's crypto: the CLI knows it as its own.
    expect(read.untouchedOutput).toBe(true);
    // Header row + the 32 tasks of the four wards.
    expect(read.sheets[1]!.rows.filter((r) => r.length > 0)).toHaveLength(33);
    await page.screenshot({
      path: path.join(ARTIFACTS, "app-summary.png"),
      fullPage: true,
      animations: "disabled",
    });
  });

  it("builds each ward's annex, previewed, and downloads it", async () => {
    await page.getByRole("tab", { name: "Phụ lục" }).click();
    await page.getByRole("button", { name: "Dựng phụ lục" }).click();
    await page.getByRole("status").filter({ hasText: "Đã dựng 4 phụ lục." }).waitFor({ timeout: 60_000 });
    const region = page.getByRole("region", { name: "phuong-lam-ha.xlsx › Báo cáo" });
    await region.getByRole("table").getByText("PHỤ LỤC", { exact: true }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      region.getByRole("button", { name: "Tải phụ lục của phuong-lam-ha.xlsx (.xlsx)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("phuong-lam-ha - Phụ lục.xlsx");
    const file = path.join(ARTIFACTS, "app-phu-luc.xlsx");
    await download.saveAs(file);
    const read = await readWorkbook(file, "app-phu-luc.xlsx");
    if (!read.ok) throw new Error(read.message);
    expect(read.sheets.map((s) => s.sheet)).toEqual(["Phụ lục"]);
    expect(read.sheets[0]!.rows[0]).toEqual(["PHỤ LỤC"]);
  });

  it("picks a whole folder: files named with their folder, what is no spreadsheet set aside by name", async () => {
    await page.getByRole("button", { name: "Bỏ hết" }).click();
    await page.getByText("Chưa chọn tệp nào.").waitFor();
    await page.getByTestId("pick-folder").setInputFiles(path.join(ROOT, "examples"));
    await page.getByText("Bỏ qua 1 tệp không phải .xlsx: examples/ghi-chu.txt").waitFor();
    const list = page.getByRole("list", { name: "Tệp đã chọn" });
    await expect(list.getByRole("listitem").allInnerTexts()).resolves.toEqual(
      ["danh-muc-co-quan", "phuong-bac-son", "phuong-dong-hoa", "phuong-lam-ha", "phuong-nam-son"].map(
        (name) => expect.stringContaining(`examples/${name}.xlsx`),
      ),
    );
    await page.getByRole("tab", { name: "Kiểm tra" }).click();
    await page.getByRole("button", { name: "Kiểm tra các tệp" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /^Đã kiểm tra 4 trang tính/ })
      .waitFor({ timeout: 60_000 });
    await page.getByText('Danh mục cơ quan lấy từ tệp "examples/danh-muc-co-quan.xlsx".').waitFor();
  });

  it("loaded only its own two files, with no error on the page", () => {
    const script = fs.readdirSync(OUT).find((f) => /^app\.[0-9a-f]+\.js$/.test(f));
    expect(requests).toEqual(["/app.html", `/${script}`]);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe("the self-contained page, opened from disk with the network off", () => {
  it("checks and consolidates the examples with no request at all", async () => {
    const context = await newContext({ offline: true });
    const url = `file://${path.join(OUT, "app-offline.html")}`;
    const requests: string[] = [];
    const refused: string[] = [];
    // The page's own file may load (Chromium routes file:// too); anything else it asks for is refused.
    await context.route("**/*", (route) => {
      const asked = route.request().url();
      if (asked === url) {
        requests.push(asked);
        return route.continue();
      }
      refused.push(asked);
      return route.abort();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(url);

    expect(await checkExamples(page)).toMatch(/^Đã kiểm tra 4 trang tính: \d+ vấn đề\.$/);
    const read = await downloadSummary(page, "app-offline-tong-hop.xlsx");
    expect(read.sheets.map((s) => s.sheet)).toEqual(["Tổng hợp", "Dữ liệu tổng hợp", "Kiểm tra"]);
    expect(read.untouchedOutput).toBe(true);
    await context.close();
    expect(requests).toEqual([url]);
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
  });
});
