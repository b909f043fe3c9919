/**
 * Issue 10 item 5: only regular files (after resolving links) of bounded size are read; a link to a
 * workbook is read like the workbook, and a FIFO, a device or a link to one is named as skipped — never
 * waited on, never read without end.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { collectInputs } from "../../src/cli/inputs";
import { readWorkbook } from "../../src/file/read-workbook";
import { writeSeedAnnex } from "../helpers/xlsx-fixtures";
import { annex } from "./cli-helpers";

let dir: string;
let folder: string;
let fifo: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-special-"));
  folder = path.join(dir, "bao-cao");
  fs.mkdirSync(folder);
  const elsewhere = await writeSeedAnnex(path.join(dir, "ngoai-thu-muc.xlsx"));
  await writeSeedAnnex(path.join(folder, "bac-son.xlsx"));
  fs.symlinkSync(elsewhere, path.join(folder, "lien-ket.xlsx"));
  fs.symlinkSync("/dev/zero", path.join(folder, "zero.xlsx"));
  fs.symlinkSync(path.join(dir, "khong-co.xlsx"), path.join(folder, "gay.xlsx"));
  fifo = path.join(folder, "ong.xlsx");
  // The FIFO is made by the system's mkfifo (Node has no call for it); without it the test fails.
  expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
});
afterAll(() => {
  // Should a reader be blocked on the FIFO (the defect), opening its other end releases it.
  try {
    fs.closeSync(fs.openSync(fifo, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK));
  } catch {
    // No reader waiting: nothing to release.
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("a folder with links and special files", () => {
  it("reads the linked workbook and names every other entry as skipped", async () => {
    const { workbooks, problems } = await collectInputs([folder], "vi");
    expect(workbooks.map((f) => path.basename(f)).sort()).toEqual(["bac-son.xlsx", "lien-ket.xlsx"]);
    const skipped = Object.fromEntries(problems.map((p) => [path.basename(p.file), p.message]));
    expect(Object.keys(skipped).sort()).toEqual(["gay.xlsx", "ong.xlsx", "zero.xlsx"]);
    expect(skipped["ong.xlsx"]).toContain("không phải tệp thông thường");
    expect(skipped["zero.xlsx"]).toContain("không phải tệp thông thường");
    expect(skipped["gay.xlsx"]).toContain("liên kết");
  });

  it("counts the entries named like workbooks it could not read in the run's totals", () => {
    const run = annex(["validate", "--year", "2024", folder]);
    expect(run.stdout).toContain("Tổng cộng: 2 tệp");
    // The summary line said "1 tệp không đọc được" (or nothing) while naming three.
    expect(run.stdout).toContain("3 tệp không đọc được");
    expect(run.status).toBe(2);
  });

  it("says so in English", async () => {
    const { problems } = await collectInputs([folder], "en");
    expect(problems.find((p) => p.file.endsWith("ong.xlsx"))?.message).toContain("not a regular file");
  });
});

describe("readWorkbook on a named special file", () => {
  it.each([
    ["a FIFO", () => fifo],
    ["a device", () => "/dev/zero"],
    ["a link to a device", () => path.join(folder, "zero.xlsx")],
  ])("%s is refused without reading", async (_what, file) => {
    const result = await readWorkbook(file(), "x.xlsx");
    expect(result.ok ? "read" : result.problem).toBe("notRegular");
  });

  it("a file over the size limit is refused with the limit named", async () => {
    const file = path.join(folder, "bac-son.xlsx");
    const result = await readWorkbook(file, "bac-son.xlsx", { maxBytes: 1000 });
    expect(result.ok ? "read" : [result.problem, result.message]).toEqual([
      "tooLarge",
      expect.stringContaining("quá lớn (hơn 1000 byte)"),
    ]);
  });
});

// Item 10: `System Volume Information` on a USB stick aborted the whole run with an EACCES stack trace.
describe("a subfolder that may not be read", () => {
  it("is skipped with a message naming it, and the rest is read", async () => {
    const stick = fs.mkdtempSync(path.join(os.tmpdir(), "annex-usb-"));
    try {
      await writeSeedAnnex(path.join(stick, "bac-son.xlsx"));
      const denied = path.join(stick, "System Volume Information");
      fs.mkdirSync(denied);
      fs.writeFileSync(path.join(denied, "IndexerVolumeGuid"), "x");
      fs.chmodSync(denied, 0o000);
      fs.chmodSync(stick, 0o755);
      fs.chmodSync(path.join(stick, "bac-son.xlsx"), 0o644);
      // Root reads any folder: the run is then made as `nobody`, whom the permissions stop.
      const as = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;
      const before = fs.readFileSync(path.join(stick, "bac-son.xlsx"));
      const run = annex(["validate", stick], undefined, as);
      expect(fs.readFileSync(path.join(stick, "bac-son.xlsx")).equals(before)).toBe(true);
      expect(run.stderr).toBe("");
      expect(run.stdout).toContain(`Bỏ qua thư mục "${denied}": không có quyền đọc`);
      expect(run.stdout).toContain("Tổng cộng: 1 tệp, 1 trang tính");
      expect(run.status).not.toBe(2);
    } finally {
      fs.rmSync(stick, { recursive: true, force: true });
    }
  });
});
