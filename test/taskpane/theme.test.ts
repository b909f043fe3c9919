import { paneThemeOf } from "../../src/taskpane/theme";

describe("paneThemeOf", () => {
  it.each([
    [undefined, "light"],
    [{}, "light"],
    [{ isDarkTheme: true }, "dark"],
    [{ isDarkTheme: false, bodyBackgroundColor: "#000000" }, "light"],
    [{ bodyBackgroundColor: "#262626" }, "dark"],
    [{ bodyBackgroundColor: "#FFFFFF" }, "light"],
    [{ bodyBackgroundColor: "#e6e6e6" }, "light"],
    [{ bodyBackgroundColor: "not a colour" }, "light"],
  ] as const)("%j → %s", (office, expected) => {
    expect(paneThemeOf(office)).toBe(expected);
  });
});
