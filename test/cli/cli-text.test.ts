import { texts } from "../../src/cli/cli-text";

/** A Node file-system error as fs throws it: a code and an English message. */
function fsError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

// What the user did wrong when the output cannot be written, in words, not `EISDIR: illegal operation…`.
describe("writeFailed", () => {
  it.each([
    ["vi", "EISDIR", "là một thư mục"],
    ["vi", "ENOTDIR", "là một thư mục"],
    ["vi", "EBUSY", "đang mở"],
    ["vi", "EPERM", "đang mở"],
    ["vi", "EACCES", "không có quyền ghi"],
    ["vi", "ENOSPC", "đầy"],
    ["en", "EISDIR", "is a folder"],
    ["en", "EBUSY", "is open"],
    ["en", "EACCES", "no permission"],
    ["en", "ENOSPC", "full"],
  ] as const)("%s %s → …%s…", (lang, code, words) => {
    const message = texts(lang).writeFailed("out/", fsError(code, "some system text, rename 'a' -> 'b'"));
    expect(message).toContain('"out/"');
    expect(message).toContain(words);
    expect(message).not.toContain(code);
    expect(message).not.toContain("rename");
  });

  it("keeps the detail of an error it does not know", () => {
    expect(texts("vi").writeFailed("x.xlsx", new Error("exceljs: bad"))).toBe(
      'Không ghi được tệp "x.xlsx": exceljs: bad',
    );
  });
});
