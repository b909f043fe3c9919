/** @jest-environment jsdom */
import "./setup";
import * as fs from "fs";
import * as path from "path";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { HostError } from "../../src/office/host";
import { REQUIRED_EXCEL_API } from "../../src/office/office-host";
import { App, TAB_IDS } from "../../src/taskpane/App";
import type { TabId } from "../../src/taskpane/App";
import { STRINGS } from "../../src/taskpane/i18n";
import { MemoryHost } from "../helpers/memory-host";
import { TODAY, wardSheet } from "./fixtures";
import { renderPane } from "./render-pane";

/** A control each tab shows once rendered, by its name in each language. */
const TAB_CONTROL: Readonly<Record<TabId, (s: (typeof STRINGS)["vi"]) => string>> = {
  annex: (s) => s.annex.create,
  validate: (s) => s.validate.run,
  consolidate: (s) => s.consolidate.run,
  settings: (s) => s.settings.save,
};

const CASES = (["vi", "en"] as const).flatMap((lang) => TAB_IDS.map((tab) => [lang, tab] as const));

describe("App", () => {
  it.each(CASES)("renders in %s on the %s tab", async (lang, tab) => {
    const host = new MemoryHost([wardSheet()]);
    host.settings = { lang };
    renderPane(host, tab);
    const s = STRINGS[lang];
    // The workbook's language setting is read when the pane opens.
    const tabs = await screen.findByRole("tablist");
    await waitFor(() =>
      expect(within(tabs).getByRole("tab", { name: s.tabs[tab] })).toHaveAttribute("aria-selected", "true"),
    );
    for (const other of TAB_IDS)
      expect(within(tabs).getByRole("tab", { name: s.tabs[other] })).toBeInTheDocument();
    expect(await screen.findByRole("button", { name: TAB_CONTROL[tab](s) })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(s.appTitle);
  });

  it("is Vietnamese by default", async () => {
    renderPane(new MemoryHost([wardSheet()]), "validate");
    expect(await screen.findByRole("tab", { name: "Kiểm tra" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Kiểm tra trang tính" })).toBeInTheDocument();
  });

  it("keeps a tab's results when switching tabs and back", async () => {
    const user = userEvent.setup();
    renderPane(new MemoryHost([wardSheet()]), "validate");
    await user.click(await screen.findByRole("button", { name: "Kiểm tra trang tính" }));
    expect(await screen.findAllByRole("button", { name: /^Dòng 7 · ô/ })).not.toHaveLength(0);
    await user.click(screen.getByRole("tab", { name: "Cài đặt" }));
    await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    expect(screen.getAllByRole("button", { name: /^Dòng 7 · ô/ })[0]).toBeVisible();
  });

  it("shows the host's error when the settings cannot be read", async () => {
    const host = new MemoryHost([wardSheet()]);
    host.failNext("read", new HostError("busy", "Excel đang bận, hãy thử lại."));
    renderPane(host, "settings");
    expect(await screen.findByText(/Excel đang bận, hãy thử lại\./)).toBeInTheDocument();
  });

  it("switching the language neither re-reads the sheet nor resets the annex form", async () => {
    const user = userEvent.setup();
    const host = new MemoryHost([wardSheet()]);
    renderPane(host, "annex");
    const title = await screen.findByRole("textbox", { name: "Tiêu đề" });
    await user.clear(title);
    await user.type(title, "TIÊU ĐỀ MỚI");
    await user.click(screen.getByRole("tab", { name: "Cài đặt" }));
    await user.click(screen.getByRole("radio", { name: "English" }));
    await user.click(screen.getByRole("button", { name: "Lưu" }));
    await user.click(await screen.findByRole("tab", { name: "Annex" }));
    expect(screen.getByRole("textbox", { name: "Title" })).toHaveValue("TIÊU ĐỀ MỚI");
    expect(host.callsOf("read").filter((c) => (c.args[0] as { active?: boolean }).active)).toHaveLength(1);
  });
});

describe("App on an Excel below the manifest's API set", () => {
  it("says so once, in one sentence, and touches no workbook", async () => {
    const host = new MemoryHost([wardSheet()]);
    render(<App host={host} today={() => TODAY} unsupportedApi={REQUIRED_EXCEL_API} />);
    expect(await screen.findByText(/Phiên bản Excel này chưa dùng được phần bổ trợ/)).toBeInTheDocument();
    expect(screen.getAllByText(/ExcelApi 1\.13/)).toHaveLength(1);
    expect(screen.queryByRole("tablist")).toBeNull();
    expect(screen.queryByText(STRINGS.vi.errorTitle)).toBeNull();
    expect(host.calls).toEqual([]);
  });

  it("checks the API set the manifest asks for", () => {
    const manifest = fs.readFileSync(path.join(__dirname, "../../manifest.xml"), "utf8");
    expect(manifest).toContain(`<Set Name="ExcelApi" MinVersion="${REQUIRED_EXCEL_API}"/>`);
  });
});
