import fs from "fs";
import os from "os";
import path from "path";
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { writeWorkbooks } from "../../bench/folder";
import { loadReports, type WorkbookReader } from "../../src/cli/load-reports";
import { createMemoryGuard } from "../../src/cli/memory-guard";
import { dayNumber } from "../../src/core/day";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import { resolveValidateInput } from "../../src/core/options";
import { readWorkbook } from "../../src/file/read-workbook";
import { ROOT } from "./cli-helpers";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-memory-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("createMemoryGuard", () => {
  it("says full, with the limit, when what the process holds passes the share of the limit", () => {
    // This process holds far more than half of 1 000 bytes, and far less than half of a petabyte.
    const setFlags = () => undefined; // this test process's heap is left as it is
    expect(createMemoryGuard({ share: 0.5, limitBytes: 1000, setFlags })()).toEqual({ limitBytes: 1000 });
    expect(createMemoryGuard({ share: 0.5, limitBytes: 1e15, setFlags })()).toBeUndefined();
  });

  it("asks for a full collection only past the threshold, and decides by what survives it", () => {
    let used = 40;
    const collections: number[] = [];
    const check = createMemoryGuard({
      share: 0.5,
      limitBytes: 100,
      heap: () => ({ total: 60, used }),
      collect: () => {
        collections.push(used);
        used = used > 70 ? 60 : 20;
      },
      setFlags: () => undefined,
    });
    expect(check()).toBeUndefined();
    used = 55; // mostly garbage: collected down to 20
    expect(check()).toBeUndefined();
    expect(used).toBe(20);
    used = 80; // held: 60 survive the collection
    expect(check()).toEqual({ limitBytes: 100 });
    expect(collections).toEqual([55, 80]);
  });

  it("bounds the heap's growth once, the first time the heap is large", () => {
    let total = 100;
    const flags: string[] = [];
    const check = createMemoryGuard({
      limitBytes: 1e12,
      largeHeapBytes: 128,
      heap: () => ({ total, used: total / 2 }),
      setFlags: (f) => flags.push(f),
    });
    check();
    expect(flags).toEqual([]);
    total = 200;
    check();
    total = 300;
    check();
    expect(flags).toEqual(["--heap-growing-percent=50"]);
  });
});

describe("loadReports when memory runs short", () => {
  it("reads the workbooks before, names every one after as not read, with the limit", async () => {
    const folder = path.join(dir, "four");
    fs.mkdirSync(folder);
    await writeWorkbooks(folder, 4, 3);
    const files = fs.readdirSync(folder).map((name) => path.join(folder, name));
    const read: string[] = [];
    const fromDisk: WorkbookReader = (file, lang) => {
      read.push(file);
      return readWorkbook(file, file, { lang });
    };
    const resolved = resolveValidateInput({ year: "2024" }, dayNumber(2024, 11, 20), DEFAULT_DIRECTORY);
    if (!resolved.ok) throw new Error(resolved.errors.join(" "));
    let asked = 0;
    const fullAfterTwo = () => (++asked > 2 ? { limitBytes: 512 * 1024 * 1024 } : undefined);
    const loaded = await loadReports(
      files,
      resolved.options,
      false,
      "vi",
      fromDisk,
      undefined,
      "rows",
      fullAfterTwo,
    );
    expect(read).toEqual(files.slice(0, 2));
    expect(loaded.reports.map((r) => r.file)).toEqual(files.slice(0, 2));
    expect(loaded.problems.map((p) => [p.file, p.submission])).toEqual([
      [files[2], true],
      [files[3], true],
    ]);
    expect(loaded.problems[0]?.message).toContain("bộ nhớ");
    expect(loaded.problems[0]?.message).toContain("512 MB");
  });
});

// Before the guard, this run ended in V8's "JavaScript heap out of memory" abort (signal 6): no summary,
// no message of ours. A ward report of 500 tasks, copied 220 times, under a 96 MB heap.
describe("annex consolidate when the heap is too small for the folder", () => {
  it("stops reading, writes what it read and names the rest (exit 2)", async () => {
    const folder = path.join(dir, "many");
    fs.mkdirSync(folder);
    await writeWorkbooks(folder, 1, 500);
    const [first] = fs.readdirSync(folder);
    for (let i = 2; i <= 220; i++) {
      fs.copyFileSync(
        path.join(folder, first!),
        path.join(folder, `bao-cao-${String(i).padStart(3, "0")}.xlsx`),
      );
    }
    const output = path.join(dir, "tong-hop.xlsx");
    const run = spawnSync(
      process.execPath,
      [
        "--max-old-space-size=96",
        path.join(ROOT, "bin", "annex.js"),
        "consolidate",
        "--year",
        "2024",
        "--as-of",
        "2024-11-20",
        folder,
        "-o",
        output,
      ],
      { cwd: ROOT, encoding: "utf8", timeout: 240_000, maxBuffer: 256 * 1024 * 1024 },
    );
    expect(run.stderr).not.toContain("heap out of memory");
    expect(run.signal).toBeNull();
    expect(run.status).toBe(2);
    const notRead = run.stdout.match(/^ {2}\S+bao-cao-\d+\.xlsx: Không đọc tệp .*bộ nhớ/gm) ?? [];
    expect(notRead.length).toBeGreaterThan(0);
    expect(notRead.length).toBeLessThan(220);
    expect(run.stdout).toContain("Đã ghi");
    const summary = new ExcelJS.Workbook();
    await summary.xlsx.readFile(output);
    expect(summary.worksheets.map((ws) => ws.name)).toEqual(["Tổng hợp", "Dữ liệu tổng hợp", "Kiểm tra"]);
  }, 300_000);
});
