/** Which Fluent theme matches the Office theme (read by index.tsx, decided here so it can be tested). */

export type PaneTheme = "light" | "dark";

/** The subset of Office.OfficeTheme used; every field may be missing on older hosts. */
export interface OfficeThemeLike {
  readonly isDarkTheme?: boolean;
  readonly bodyBackgroundColor?: string;
}

/** Dark when Office says so, else when the pane's background colour is dark (older hosts). */
export function paneThemeOf(office: OfficeThemeLike | undefined): PaneTheme {
  if (!office) return "light";
  if (typeof office.isDarkTheme === "boolean") return office.isDarkTheme ? "dark" : "light";
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(office.bodyBackgroundColor ?? "");
  if (!m) return "light";
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? "ff", 16) / 255) as [number, number, number];
  // Relative luminance (sRGB weights, no gamma: good enough to tell dark from light).
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}
