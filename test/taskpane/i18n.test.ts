import { hostError } from "../../src/office/errors";
import { HostError } from "../../src/office/host";
import { errorMessage } from "../../src/taskpane/action-support";
import { STRINGS, en, vi } from "../../src/taskpane/i18n";

type Entry = readonly [path: string, value: unknown];

function entries(dictionary: object, prefix = ""): Entry[] {
  return Object.entries(dictionary).flatMap(([key, value]): Entry[] =>
    typeof value === "object" && value !== null
      ? entries(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
  );
}

/** What a string or a message function produces (functions are called with plausible arguments). */
function rendered(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "function") return String((value as (...args: unknown[]) => unknown)(7, 3));
  return "";
}

describe("task pane strings", () => {
  it("vi and en have exactly the same keys", () => {
    expect(entries(en).map(([path]) => path)).toEqual(entries(vi).map(([path]) => path));
  });

  it.each([
    ["vi", vi],
    ["en", en],
  ])("every %s string is non-empty", (_lang, dictionary) => {
    const empty = entries(dictionary).filter(([, value]) => rendered(value).trim() === "");
    expect(empty).toEqual([]);
  });

  it("en is a translation, not a copy of vi", () => {
    const same = entries(vi).filter(([path, value]) => {
      const other = entries(en).find(([p]) => p === path)?.[1];
      return rendered(value) === rendered(other);
    });
    expect(same).toEqual([]);
  });

  it.each([
    ["vi", vi, "Dòng 12"],
    ["en", en, "Row 12"],
  ])("%s names a finding's row", (_lang, dictionary, expected) => {
    expect(dictionary.validate.row(12)).toBe(expected);
  });
});

describe("Excel failures in the pane's language", () => {
  it.each([
    [hostError("protected", "AccessDenied"), "vi", /bảo vệ/],
    [hostError("protected", "AccessDenied"), "en", /^The sheet is protected/],
    [hostError("cellEditMode"), "en", /Press Enter/],
    [
      new HostError(
        "protected",
        "Sổ làm việc đang được bảo vệ cấu trúc nên không thêm được trang tính.",
        "AccessDenied",
      ),
      "en",
      /^The workbook's structure is protected/,
    ],
    [new HostError("unknown", "Không đọc được tệp.", "InvalidArgument"), "vi", /^Không đọc được tệp\.$/],
    [
      new HostError("unknown", "Không đọc được tệp.", "InvalidArgument"),
      "en",
      /Error code: InvalidArgument\.$/,
    ],
    [new HostError("unknown", "Phần bổ trợ gặp lỗi khi thực hiện thao tác: boom"), "en", /: boom$/],
  ] as const)("%s in %s", (error, lang, expected) => {
    const message = errorMessage(error, STRINGS[lang]);
    expect(message).toMatch(expected);
    // No Vietnamese letter left in English.
    if (lang === "en") expect(message).not.toMatch(/[\u00C0-\u1EF9]/);
  });
});
