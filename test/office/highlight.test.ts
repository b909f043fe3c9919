import { createOfficeHost } from "../../src/office/office-host";
import {
  HIGHLIGHT_FILL,
  HIGHLIGHTS_KEY,
  MAX_HIGHLIGHT_CELLS,
  highlightTargets,
} from "../../src/office/highlight";
import type { Finding } from "../../src/core/findings";
import { installFakeExcel, type FakeExcel } from "../fakes/fake-excel";

const noWait = (): Promise<void> => Promise.resolve();

const finding = (cell: string, severity: Finding["severity"]): Finding => ({
  code: "LEAD_UNKNOWN",
  severity,
  sheet: "Phụ lục",
  cell,
  params: {},
});

function fills(fake: FakeExcel, addresses: readonly string[]): Record<string, string> {
  const sheet = fake.sheet("Phụ lục");
  return Object.fromEntries(
    addresses.map((address) => {
      const row = Number(address.slice(1)) - 1;
      const column = address.charCodeAt(0) - 65;
      const fill = fake.fillAt(sheet, row, column);
      return [address, fill.pattern === "None" ? "none" : fill.color];
    }),
  );
}

describe("highlights", () => {
  let fake: FakeExcel;
  const cells = ["A1", "B2", "C3", "D4", "E5"];
  beforeEach(() => {
    fake = installFakeExcel();
    fake.addSheet("Phụ lục", { rows: [["x"]], fills: { B2: "#00B050", D4: "#FFFF00" } });
  });

  it("marks the most severe finding per cell", () => {
    const targets = highlightTargets([
      finding("B2", "info"),
      finding("b2", "error"),
      { ...finding("", "warning"), row: 4, column: 3, cell: "bad" },
      { code: "SHEET_TRUNCATED", severity: "warning", params: {} },
    ]);
    expect([...targets]).toEqual([
      ["B2", HIGHLIGHT_FILL.error],
      ["C4", HIGHLIGHT_FILL.warning],
    ]);
  });

  it("past the cap, keeps the most severe cells, in sheet order within each severity", () => {
    const targets = highlightTargets(
      [finding("A1", "info"), finding("A2", "warning"), finding("A3", "error"), finding("A4", "error")],
      3,
    );
    expect([...targets.keys()]).toEqual(["A3", "A4", "A2"]);
    expect(highlightTargets([finding("A1", "info")], 0).size).toBe(0);
    expect(MAX_HIGHLIGHT_CELLS).toBeLessThanOrEqual(10_000);
  });

  it("highlights then clears back to exactly the previous fills, touching no other cell", async () => {
    const host = createOfficeHost({ sleep: noWait });
    const before = fills(fake, cells);
    const marked = await host.highlightFindings("Phụ lục", [
      finding("B2", "error"),
      finding("C3", "warning"),
    ]);
    expect(marked).toBe(2);
    expect(fills(fake, cells)).toEqual({ ...before, B2: HIGHLIGHT_FILL.error, C3: HIGHLIGHT_FILL.warning });
    const touched = new Set(fake.writesTo("Phụ lục").map((w) => w.address));
    expect([...touched].sort()).toEqual(["B2", "C3"]);

    // Highlighting again (after a re-check) must still remember the user's original fill.
    await host.highlightFindings("Phụ lục", [finding("B2", "warning")]);
    const restored = await host.clearHighlights("Phụ lục");
    expect(restored).toBe(2);
    expect(fills(fake, cells)).toEqual(before);
    expect(fake.settings.has(HIGHLIGHTS_KEY.toLowerCase())).toBe(false);
    expect(fake.runCount).toBe(3);
  });

  it("marks and clears thousands of cells in requests under Excel's payload limit", async () => {
    // Scaled down: a 500 kB limit with 200 kB chunks stands for Excel's 5 MB and the adapter's 1 MB.
    fake.payloadLimitBytes = 500_000;
    const host = createOfficeHost({ sleep: noWait, chunkBytes: 200_000 });
    const many = Array.from({ length: 6_000 }, (_, i) => finding(`C${i + 1}`, "error"));
    expect(await host.highlightFindings("Phụ lục", many)).toBe(6_000);
    expect(fake.fillAt(fake.sheet("Phụ lục"), 5_999, 2).color).toBe(HIGHLIGHT_FILL.error);
    expect(await host.clearHighlights("Phụ lục")).toBe(6_000);
    expect(fake.fillAt(fake.sheet("Phụ lục"), 5_999, 2).pattern).toBe("None");
    expect(fake.runCount).toBe(2);
    expect(fake.implicitSyncs).toBe(0);
  });

  it("leaves a highlighted cell alone when the user refilled it since", async () => {
    const host = createOfficeHost({ sleep: noWait });
    await host.highlightFindings("Phụ lục", [finding("B2", "error"), finding("C3", "error")]);
    fake
      .sheet("Phụ lục")
      .formats.push({ area: { top: 3, left: 3, bottom: 3, right: 3 }, path: "fill.color", value: "#7030A0" });
    expect(await host.clearHighlights("Phụ lục")).toBe(1);
    expect(fills(fake, ["B2", "C3"])).toEqual({ B2: "#00B050", C3: "#7030A0" });
  });

  it("keeps the records of other sheets and survives a rename", async () => {
    fake.addSheet("Khác", { rows: [["y"]] });
    const host = createOfficeHost({ sleep: noWait });
    await host.highlightFindings("Phụ lục", [finding("A1", "info")]);
    await host.highlightFindings("Khác", [finding("A1", "error")]);
    fake.sheet("Phụ lục").name = "Phụ lục đã đổi tên";
    expect(await host.clearHighlights("Phụ lục đã đổi tên")).toBe(1);
    expect(fake.fillAt(fake.sheet("Khác"), 0, 0).color).toBe(HIGHLIGHT_FILL.error);
    expect(await host.clearHighlights("Khác")).toBe(1);
    expect(fake.fillAt(fake.sheet("Khác"), 0, 0).pattern).toBe("None");
  });

  it("finds its record by sheet name when Excel gave the sheet a new id on reopening", async () => {
    const host = createOfficeHost({ sleep: noWait });
    await host.highlightFindings("Phụ lục", [finding("B2", "error")]);
    const key = HIGHLIGHTS_KEY.toLowerCase();
    const stored = JSON.parse(String(fake.settings.get(key)?.value)) as Record<string, unknown>;
    const renewed = Object.fromEntries(Object.values(stored).map((entry) => ["{old-session-id}", entry]));
    fake.settings.set(key, { key: HIGHLIGHTS_KEY, value: JSON.stringify(renewed) });
    expect(await host.clearHighlights("Phụ lục")).toBe(1);
    expect(fills(fake, ["B2"])).toEqual({ B2: "#00B050" });
  });

  it("highlights nothing and stores nothing for findings without a cell", async () => {
    const host = createOfficeHost({ sleep: noWait });
    expect(
      await host.highlightFindings("Phụ lục", [{ code: "HEADER_NOT_FOUND", severity: "error", params: {} }]),
    ).toBe(0);
    expect(fake.settings.size).toBe(0);
    expect(fake.writes).toEqual([]);
  });

  it("clears nothing when nothing was highlighted", async () => {
    expect(await createOfficeHost({ sleep: noWait }).clearHighlights("Phụ lục")).toBe(0);
    expect(fake.writes).toEqual([]);
  });

  it("refuses a protected sheet with a message and changes nothing", async () => {
    fake.sheet("Phụ lục").protected = true;
    await expect(
      createOfficeHost({ sleep: noWait }).highlightFindings("Phụ lục", [finding("A1", "error")]),
    ).rejects.toMatchObject({
      kind: "protected",
      message: expect.stringContaining("bảo vệ"),
    });
    expect(fake.settings.size).toBe(0);
  });
});
