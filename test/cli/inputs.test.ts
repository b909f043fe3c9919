import fs from "fs";
import os from "os";
import path from "path";
import { collectInputs } from "../../src/cli/inputs";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "annex-inputs-"));
  fs.mkdirSync(path.join(dir, "nested"));
  fs.writeFileSync(path.join(dir, "ghi-chu.txt"), "Ghi chú\n");
  fs.writeFileSync(path.join(dir, "nested", "cu.xls"), "");
  fs.writeFileSync(path.join(dir, "~$bac-son.xlsx"), "lock");
  fs.writeFileSync(path.join(dir, "nested", "bac-son.xlsx"), "");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// A stray file in the folder (`ghi-chu.txt`) is skipped and said so; it is not asked to be re-saved as
// .xlsx. A spreadsheet we cannot read (`cu.xls`) is a submission with advice.
describe("collectInputs over a folder", () => {
  it.each([
    ["vi", "ghi-chu.txt", false, 'Bỏ qua tệp "ghi-chu.txt"'],
    ["en", "ghi-chu.txt", false, 'Skipped "ghi-chu.txt"'],
    ["vi", "cu.xls", true, "định dạng Excel cũ (.xls)"],
  ] as const)("%s %s: submission %s, %s", async (lang, name, submission, message) => {
    const { problems, workbooks } = await collectInputs([dir], lang);
    expect(workbooks).toEqual([path.join(dir, "nested", "bac-son.xlsx")]);
    const problem = problems.find((p) => path.basename(p.file) === name);
    expect(problem).toEqual({
      file: expect.any(String),
      message: expect.stringContaining(message),
      submission,
    });
    expect(problem?.message).not.toContain("lưu lại dưới dạng .xlsx.");
  });
});
