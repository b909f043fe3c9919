import { parseCliArgs } from "../../src/cli/args";

// Node's own parseArgs messages are English and talk about `--` positionals: the user sees ours.
describe("parseCliArgs usage errors speak the user's language", () => {
  it.each([
    [["validate", "--bogus", "x.xlsx"], 'tùy chọn "--bogus" không có'],
    [["validate", "-x", "x.xlsx"], 'tùy chọn "-x" không có'],
    [["validate", "x.xlsx", "--year"], 'tùy chọn "--year" cần một giá trị'],
    [["format", "x.xlsx", "-o"], 'tùy chọn "-o, --output" cần một giá trị'],
    [["validate", "--json=1", "x.xlsx"], 'tùy chọn "--json" không nhận giá trị'],
    [["validate", "--lang", "en", "--bogus", "x.xlsx"], 'no option "--bogus"'],
    [["validate", "--lang=en", "x.xlsx", "--year"], 'option "--year" needs a value'],
    [["validate", "--lang", "en", "--json=yes", "x.xlsx"], 'option "--json" takes no value'],
    // A value starting with a dash: Node calls it ambiguous; the user is told what to write.
    [
      ["format", "x.xlsx", "-o", "-x"],
      'tùy chọn "-o" cần một giá trị ngay sau nó; nếu giá trị bắt đầu bằng "-", hãy viết --output=-…',
    ],
    [["validate", "--sheet", "--json", "x.xlsx"], 'tùy chọn "--sheet" cần một giá trị ngay sau nó'],
    [
      ["validate", "--lang", "en", "--sheet", "--json", "x.xlsx"],
      'if the value starts with "-", write --sheet=-…',
    ],
  ])("%j → %s", (argv, message) => {
    const parsed = parseCliArgs(argv);
    expect(parsed).toMatchObject({ ok: false });
    const error = parsed.ok ? "" : parsed.error;
    expect(error).toContain(message);
    expect(error).not.toMatch(/Unknown option|argument missing|positional|ambiguous/);
  });

  it("reads the due-soon window as typed (checked later, with the other options)", () => {
    expect(parseCliArgs(["consolidate", "--due-soon", "14", "a", "-o", "b.xlsx"])).toMatchObject({
      ok: true,
      args: { command: "consolidate", dueSoon: "14" },
    });
    expect(parseCliArgs(["consolidate", "--due-soon", "-3", "a"])).toMatchObject({
      ok: true,
      args: { dueSoon: "-3" },
    });
  });

  it("reads a well-formed command line", () => {
    expect(parseCliArgs(["validate", "--json", "--year", "2024", "a.xlsx"])).toEqual({
      ok: true,
      args: { command: "validate", inputs: ["a.xlsx"], json: true, help: false, lang: "vi", year: "2024" },
    });
  });
});
