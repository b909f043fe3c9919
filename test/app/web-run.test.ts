/**
 * The web page's jobs (src/app/web-run.ts) on the example workbooks, in Node: the same sheets as the CLI
 * writes from the same files, a picked directory workbook used as the CLI's --directory, and clear
 * messages for what cannot be read.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { checkFiles, consolidateRun, buildAnnexes, type PickedFile } from "../../src/app/web-run";
import { dayNumber } from "../../src/core/day";
import { readWorkbook } from "../../src/file/read-workbook";
import { runInProcess } from "../cli/cli-helpers";

const WARDS = ["phuong-bac-son", "phuong-dong-hoa", "phuong-lam-ha", "phuong-nam-son"].map(
  (w) => `examples/${w}.xlsx`,
);
const DIRECTORY = "examples/danh-muc-co-quan.xlsx";
const TODAY = dayNumber(2024, 11, 20);
const SETTINGS = { period: "", asOf: "2024-11-20", lang: "vi" as const };

function picked(...names: string[]): PickedFile[] {
  return names.map((name) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.resolve(name))) }));
}

async function sheetsOf(source: string | Uint8Array) {
  const read = await readWorkbook(source, "out.xlsx");
  if (!read.ok) throw new Error(read.message);
  return read;
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-web-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("checkFiles and consolidateRun", () => {
  it("write the same three sheets as `annex consolidate --directory` on the same files", async () => {
    const cliOut = path.join(dir, "cli.xlsx");
    const cli = await runInProcess([
      "consolidate",
      "--directory",
      DIRECTORY,
      "--as-of",
      "2024-11-20",
      ...WARDS,
      "-o",
      cliOut,
    ]);
    expect(cli.code).toBe(1);

    const checked = await checkFiles(picked(DIRECTORY, ...WARDS), SETTINGS, TODAY);
    if (!checked.ok) throw new Error(checked.errors.join(" "));
    expect(checked.run.directoryFile).toBe(DIRECTORY);
    expect(checked.run.reports.map((r) => r.file)).toEqual(WARDS);
    expect(checked.run.problems).toEqual([]);
    const summary = await consolidateRun(checked.run);
    expect(summary.consolidation.notSubmitted).toEqual(["Ủy ban nhân dân phường Ngọc Sơn"]);

    const web = await sheetsOf(summary.bytes);
    const ours = await sheetsOf(cliOut);
    expect(web.sheets.map((s) => s.sheet)).toEqual(["Tổng hợp", "Dữ liệu tổng hợp", "Kiểm tra"]);
    expect(web.owners).toEqual({ "Tổng hợp": "summary", "Dữ liệu tổng hợp": "data", "Kiểm tra": "findings" });
    expect(web.untouchedOutput).toBe(true);
    expect(web.sheets).toEqual(ours.sheets.map((s) => ({ ...s, file: "out.xlsx" })));
  });

  it("reads the plan period and as-of date as the CLI options do, and words a bad one", async () => {
    const bad = await checkFiles(picked(...WARDS), { ...SETTINGS, period: "20x4" }, TODAY);
    expect(bad).toEqual({ ok: false, errors: ['Thời kỳ "20x4" không hợp lệ (ví dụ: 2024 hoặc 2026-2030).'] });
    const year = await checkFiles(picked(WARDS[0]!), { ...SETTINGS, period: "2025", lang: "en" }, TODAY);
    if (!year.ok) throw new Error(year.errors.join(" "));
    expect(year.run.options.period).toEqual({ from: dayNumber(2025, 1, 1), to: dayNumber(2025, 12, 31) });
    expect(year.run.directoryFile).toBeUndefined();
  });

  it("names a file that is not a workbook and still checks the others", async () => {
    const files = [
      ...picked(WARDS[0]!),
      { name: "ghi-chu.xlsx", bytes: new TextEncoder().encode("chỉ là chữ") },
    ];
    const checked = await checkFiles(files, SETTINGS, TODAY);
    if (!checked.ok) throw new Error(checked.errors.join(" "));
    expect(checked.run.reports).toHaveLength(1);
    expect(checked.run.problems).toEqual([
      { file: "ghi-chu.xlsx", message: expect.stringContaining('"ghi-chu.xlsx"') },
    ]);
  });
});

describe("buildAnnexes", () => {
  it("builds the annex `annex format` builds from the same file, and lists no annex for the directory", async () => {
    const ward = "examples/phuong-lam-ha.xlsx";
    const cliOut = path.join(dir, "annex.xlsx");
    expect((await runInProcess(["format", ward, "-o", cliOut])).code).toBe(0);
    const [annex, ...rest] = await buildAnnexes(picked(ward, DIRECTORY, "examples/ghi-chu.txt"), "vi");
    expect(annex).toMatchObject({ file: ward, sheet: "Báo cáo" });
    if (!annex || !("bytes" in annex)) throw new Error("no annex built");
    const web = await sheetsOf(annex.bytes);
    expect(web.sheets.map((s) => s.sheet)).toEqual(["Phụ lục"]);
    expect(web.sheets).toEqual((await sheetsOf(cliOut)).sheets);
    expect(rest).toEqual([{ file: "examples/ghi-chu.txt", message: expect.stringContaining("ghi-chu.txt") }]);
  });
});
