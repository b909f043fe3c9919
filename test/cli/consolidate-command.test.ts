import fs from "fs";
import os from "os";
import path from "path";
import { runCli } from "../../src/cli/run";
import { dayNumber } from "../../src/core/day";
import { writeAnnexWorkbook, SEED_ANNEX_ROWS, SEED_TITLE } from "../helpers/xlsx-fixtures";
import { runInProcess as run } from "./cli-helpers";

let dir: string;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-consolidate-"));
  await writeAnnexWorkbook(path.join(dir, "bac-son.xlsx"), [
    {
      sheetName: "Báo cáo",
      unitLine: "ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN",
      title: SEED_TITLE,
      rows: SEED_ANNEX_ROWS,
    },
  ]);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

// `annex consolidate bao-cao/ -o bao-cao/tong-hop.xlsx`, run again after a late submission: the summary
// from the first run is found in the folder, but it is this tool's own output, not an input to protect.
describe("annex consolidate into the folder it reads", () => {
  it("replaces its own earlier summary found in the folder", async () => {
    const output = path.join(dir, "tong-hop.xlsx");
    expect((await run(["consolidate", dir, "-o", output])).code).not.toBe(2);
    const again = await run(["consolidate", dir, "-o", output]);
    expect(again.stderr).not.toContain("trùng với tệp đầu vào");
    expect(again.code).not.toBe(2);
  });

  it.each([
    ["a submission found in the folder", (d: string) => [d], "bac-son.xlsx"],
    ["a file named as an input", (d: string) => [path.join(d, "bac-son.xlsx")], "bac-son.xlsx"],
  ])("still refuses to overwrite %s", async (_what, inputs, name) => {
    const result = await run(["consolidate", ...inputs(dir), "-o", path.join(dir, name)]);
    expect([result.code, result.stderr]).toEqual([2, expect.stringContaining("trùng với tệp đầu vào")]);
  });

  it("still refuses to overwrite its own summary named as an input", async () => {
    const output = path.join(dir, "tong-hop.xlsx");
    await run(["consolidate", dir, "-o", output]);
    const result = await run(["consolidate", path.join(dir, "bac-son.xlsx"), output, "-o", output]);
    expect(result.code).toBe(2);
  });
});

// Issue 10 item 12: when the output cannot be written, the report of the run is still printed.
describe("annex consolidate when the output cannot be written", () => {
  it.each([[[] as string[]], [["--json"]]])(
    "prints the report %j, then the write error, exit 2",
    async (extra) => {
      let stdout = "";
      let stderr = "";
      const folderAsOutput = path.join(dir, "ket-qua");
      fs.mkdirSync(folderAsOutput);
      const code = await runCli(
        ["consolidate", ...extra, path.join(dir, "bac-son.xlsx"), "-o", folderAsOutput],
        {
          stdout: (text) => (stdout += text),
          stderr: (text) => (stderr += text),
          today: dayNumber(2024, 11, 20),
        },
      );
      expect(code).toBe(2);
      expect(stdout).toContain("bac-son.xlsx");
      expect(stdout).not.toContain("Đã ghi");
      expect(stdout).not.toContain("mã thoát 0");
      expect(stderr).toContain(`Không ghi được tệp "${folderAsOutput}"`);
    },
  );
});

// Issue 8: the "Sắp đến hạn" window is an option like the others, checked with a sentence.
describe("annex consolidate --due-soon", () => {
  it("takes a number of days", async () => {
    const result = await run(["consolidate", dir, "-o", path.join(dir, "tong-hop.xlsx"), "--due-soon", "14"]);
    expect(result.code).not.toBe(2);
    expect(result.stderr).toBe("");
  });

  it.each([
    ["vi", "tuần", 'Số ngày "sắp đến hạn" "tuần" không hợp lệ'],
    ["en", "-2", 'Invalid "due soon" window "-2"'],
  ])("refuses a window that is no number of days (%s)", async (lang, value, message) => {
    const output = path.join(dir, "tong-hop.xlsx");
    const result = await run(["consolidate", dir, "-o", output, "--due-soon", value, "--lang", lang]);
    expect([result.code, result.stderr]).toEqual([2, expect.stringContaining(message)]);
    expect(fs.existsSync(output)).toBe(false);
  });

  it("is in the help", async () => {
    expect((await run(["--help"])).stdout).toContain("--due-soon N");
    expect((await run(["--help", "--lang", "en"])).stdout).toContain(
      '"Due soon": due within the next N days',
    );
  });
});
