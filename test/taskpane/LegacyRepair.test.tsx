/** @jest-environment jsdom */
/**
 * Issue 11 in the pane: a sheet typed in TCVN3 is checked as Unicode, the Kiểm tra tab offers
 * "Chuyển mã sang Unicode", and pressing it writes the converted text into the sheet and checks again.
 */
import "./setup";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createAgencyMatcher } from "../../src/core/agency";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { validateSheet } from "../../src/core/validate";
import { HostError } from "../../src/office/host";
import { createOfficeHost } from "../../src/office/office-host";
import { App } from "../../src/taskpane/App";
import { installFakeExcel } from "../fakes/fake-excel";
import { toTcvn3 } from "../helpers/legacy-text";
import { MemoryHost } from "../helpers/memory-host";
import { TODAY, wardSheet } from "./fixtures";
import { renderPane } from "./render-pane";

const CONVERT = "Chuyển mã sang Unicode";

/** The ward's sheet as a .VnTime typist's workbook shows it. */
function tcvn3Sheet(): SheetSnapshot {
  const unicode = wardSheet();
  return {
    ...unicode,
    rows: unicode.rows.map((row) => row.map((c) => (typeof c === "string" ? toTcvn3(c) : c))),
  };
}

const check = (snapshot: SheetSnapshot) =>
  validateSheet(
    snapshot,
    { asOf: TODAY, directory: DEFAULT_DIRECTORY },
    createAgencyMatcher(DEFAULT_DIRECTORY),
  );

async function checkLegacySheet(host: MemoryHost) {
  const user = userEvent.setup();
  renderPane(host, "validate");
  await user.click(await screen.findByRole("button", { name: "Kiểm tra trang tính" }));
  await screen.findByText("Chữ gõ bằng bảng mã cũ TCVN3");
  return user;
}

describe("Chuyển mã sang Unicode", () => {
  it("is offered for a TCVN3 sheet, which is checked as the Unicode one (same findings but the encoding)", async () => {
    const host = new MemoryHost([tcvn3Sheet()]);
    await checkLegacySheet(host);
    const legacy = check(tcvn3Sheet());
    const converted = legacy.findings.find((f) => f.code === "LEGACY_ENCODING");
    expect(
      screen.getByText(new RegExp(`${String(converted?.params.cells)} ô này được đọc`)),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: CONVERT })).toBeInTheDocument();
    // Besides the encoding, the same problems as the sheet typed in Unicode: none made up by garbage.
    const codes = (findings: readonly { code: string; cell?: string }[]) =>
      findings.filter((f) => f.code !== "LEGACY_ENCODING").map((f) => `${f.code}@${f.cell ?? ""}`);
    expect(codes(legacy.findings)).toEqual(codes(check(wardSheet()).findings));
  });

  it("writes the Unicode into the sheet and checks again: the offer is gone", async () => {
    const host = new MemoryHost([tcvn3Sheet()]);
    const user = await checkLegacySheet(host);
    const cells = check(tcvn3Sheet()).findings.find((f) => f.code === "LEGACY_ENCODING")?.params.cells;
    await user.click(screen.getByRole("button", { name: CONVERT }));
    expect(
      await screen.findByText(`Đã chuyển mã ${String(cells)} ô sang Unicode và kiểm tra lại.`),
    ).toBeInTheDocument();
    expect(host.callsOf("convertLegacyText").map((c) => c.args[0])).toEqual(["Bắc Sơn"]);
    // One host call converts and reads the sheet back for the check after it (one read: the first check).
    expect(host.callsOf("read").filter((c) => JSON.stringify(c.args).includes('"active":true'))).toHaveLength(
      1,
    );
    const rows = host.sheet("Bắc Sơn")!.snapshot.rows;
    expect(rows[0]?.[0]).toBe("ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN");
    expect(rows[3]).toEqual([
      "STT",
      "Nội dung nhiệm vụ",
      "Bắt đầu",
      "Hoàn thành",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
    ]);
    expect(screen.queryByRole("button", { name: CONVERT })).not.toBeInTheDocument();
    expect(screen.queryByText("Chữ gõ bằng bảng mã cũ TCVN3")).not.toBeInTheDocument();
  });

  it("is not offered for a sheet in Unicode", async () => {
    const host = new MemoryHost([wardSheet()]);
    const user = userEvent.setup();
    renderPane(host, "validate");
    await user.click(await screen.findByRole("button", { name: "Kiểm tra trang tính" }));
    await screen.findByText("Bắc Sơn");
    expect(screen.queryByRole("button", { name: CONVERT })).not.toBeInTheDocument();
  });

  it("a failure is shown, and the sheet is unchanged", async () => {
    const host = new MemoryHost([tcvn3Sheet()]);
    const user = await checkLegacySheet(host);
    host.failNext("convertLegacyText", new HostError("protected", "Trang tính đang được bảo vệ."));
    await user.click(screen.getByRole("button", { name: CONVERT }));
    expect(await screen.findByText("Trang tính đang được bảo vệ.")).toBeInTheDocument();
    expect(host.sheet("Bắc Sơn")!.snapshot.rows).toEqual(tcvn3Sheet().rows);
    expect(screen.getByRole("button", { name: CONVERT })).toBeInTheDocument();
  });
});

describe("Chuyển mã sang Unicode over the Office host on the fake Excel", () => {
  it("one Excel.run, a constant number of syncs; the sheet's text becomes Unicode, other cells unchanged", async () => {
    const fake = installFakeExcel();
    const legacy = tcvn3Sheet();
    fake.activeSheetId = fake.addSheet("Bắc Sơn", { rows: legacy.rows }).id;
    const user = userEvent.setup();
    render(
      <App
        host={createOfficeHost({ sleep: () => Promise.resolve() })}
        today={() => TODAY}
        initialTab="validate"
      />,
    );
    await user.click(await screen.findByRole("button", { name: "Kiểm tra trang tính" }));
    await screen.findByText("Chữ gõ bằng bảng mã cũ TCVN3");
    const runs = fake.runCount;
    const syncs = fake.syncCount;
    await user.click(screen.getByRole("button", { name: CONVERT }));
    await screen.findByText(/^Đã chuyển mã \d+ ô sang Unicode và kiểm tra lại\.$/);
    expect(fake.runCount - runs).toBe(1);
    expect(fake.syncCount - syncs).toBe(6);
    expect(screen.queryByRole("button", { name: CONVERT })).not.toBeInTheDocument();
    const unicode = wardSheet().rows;
    legacy.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const value = fake.cell("Bắc Sơn", `${String.fromCharCode(65 + c)}${r + 1}`).value;
        const expected = unicode[r]?.[c] ?? null;
        // Ủy was typed Uỷ (.VnTime has no capital Ủ): converted, it reads Uỷ.
        const want = typeof expected === "string" ? expected.replace(/Ủy/g, "Uỷ") : expected;
        expect([r, c, value === "" ? null : value]).toEqual([r, c, want]);
      }),
    );
  });
});
