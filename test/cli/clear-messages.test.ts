/**
 * Issue 10, "Clear messages": each case says what is wrong, in the user's language, with the right exit
 * code — not "0 tệp, không có lỗi" for a folder with nothing to read, not "không nhận giá trị" for a
 * negative year.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { writeSeedAnnex } from "../helpers/xlsx-fixtures";
import { annex } from "./cli-helpers";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-msgs-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("a folder with no workbook", () => {
  it("an empty folder is exit 2 and says it holds no .xlsx", () => {
    const empty = path.join(dir, "trong");
    fs.mkdirSync(empty);
    const run = annex(["validate", empty]);
    expect(run.stdout).toContain(`Thư mục "${empty}" không có tệp Excel .xlsx nào`);
    expect(run.stdout).not.toContain("không có lỗi");
    expect(run.status).toBe(2);
  });

  it("a folder of broken links and notes only is exit 2 too, in English with --lang en", () => {
    const links = path.join(dir, "lien-ket");
    fs.mkdirSync(links);
    fs.symlinkSync(path.join(dir, "khong-co.xlsx"), path.join(links, "gay.xlsx"));
    fs.writeFileSync(path.join(links, "ghi-chu.txt"), "x");
    const run = annex(["validate", "--lang", "en", links]);
    expect(run.stdout).toContain(`The folder "${links}" holds no Excel .xlsx file`);
    expect(run.status).toBe(2);
  });

  it("a folder beside one with a workbook is still named, and the workbook is read", async () => {
    const full = path.join(dir, "co-tep");
    const empty = path.join(dir, "trong-2");
    fs.mkdirSync(full);
    fs.mkdirSync(empty);
    await writeSeedAnnex(path.join(full, "bac-son.xlsx"));
    const run = annex(["validate", full, empty]);
    expect(run.stdout).toContain(`Thư mục "${empty}" không có tệp Excel .xlsx nào`);
    expect(run.stdout).toContain("Tổng cộng: 1 tệp");
    expect(run.status).toBe(2);
  });
});

describe("usage errors say what is wrong", () => {
  it.each([
    [["validate", "--year", "-2024", "x.xlsx"], 'Năm "-2024" không hợp lệ'],
    [["validate", "--lang", "en", "--year", "-2024", "x.xlsx"], '"-2024"'],
  ])("%j → %s", (argv, message) => {
    const run = annex(argv);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toContain("không nhận giá trị");
    expect(run.stderr).not.toContain("takes no value");
    expect(run.status).toBe(2);
  });

  it("format with two inputs says it builds from one file, naming them", () => {
    const run = annex(["format", "a.xlsx", "b.xlsx", "-o", "x.xlsx"]);
    expect(run.stderr).toContain('format dựng phụ lục từ một tệp, đã nhận 2: "a.xlsx", "b.xlsx"');
    expect(run.stderr).not.toContain("cần ít nhất một tệp");
    expect(run.status).toBe(2);
  });

  it("and in English", () => {
    const run = annex(["format", "--lang", "en", "a", "b", "-o", "x"]);
    expect(run.stderr).toContain('format builds the annex from one file, got 2: "a", "b"');
    expect(run.status).toBe(2);
  });
});

describe("a file we may not read", () => {
  // Root reads any file: the run is then made as `nobody`, whom the permissions stop.
  const as = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;

  it.each([
    ["named", (file: string) => file],
    ["in a folder", (file: string) => path.dirname(file)],
  ])("%s says 'không có quyền đọc', not 're-save in Excel' nor 'not found'", async (_how, input) => {
    const folder = fs.mkdtempSync(path.join(dir, "quyen-"));
    const file = await writeSeedAnnex(path.join(folder, "bac-son.xlsx"));
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(folder, 0o755);
    fs.chmodSync(file, 0o000);
    const run = annex(["validate", input(file)], undefined, as);
    expect(run.stdout).toMatch(/Không có quyền đọc tệp "[^"]*bac-son\.xlsx"/);
    expect(run.stdout).not.toMatch(/Không tìm thấy|lưu lại/);
    expect(run.status).toBe(2);
  });

  it("a path behind a folder we may not enter says so too, not 'not found'", () => {
    const closed = fs.mkdtempSync(path.join(dir, "dong-"));
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(closed, 0o700);
    const run = annex(["validate", path.join(closed, "bac-son.xlsx")], undefined, as);
    expect(run.stdout).toContain("Không có quyền đọc");
    expect(run.stdout).not.toContain("Không tìm thấy");
    expect(run.status).toBe(2);
  });
});
