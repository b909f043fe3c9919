/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import { DIRECTORY_SHEET_NAME, directorySheetPlan } from "../../src/core/directory-sheet";
import { MemoryHost } from "../helpers/memory-host";
import { wardSheet } from "./fixtures";
import { renderPane } from "./render-pane";

async function openSettings(host: MemoryHost) {
  const user = userEvent.setup();
  renderPane(host, "settings");
  await screen.findByRole("button", { name: /^(Lưu|Save)$/ });
  return user;
}

describe("Cài đặt tab", () => {
  it.each([
    ["2024", "", "vi", { period: "2024", lang: "vi" }],
    ["2024 - 2030", "30/09/2024", "vi", { period: "2024-2030", asOf: "2024-09-30", lang: "vi" }],
    ["2024", "1/2/2025", "vi", { period: "2024", asOf: "2025-02-01", lang: "vi" }],
    ["", "", "en", { lang: "en" }],
  ] as const)("saves period %j, as-of %j, language %s", async (period, asOf, lang, expected) => {
    const host = new MemoryHost([wardSheet()]);
    const user = await openSettings(host);
    if (period) await user.type(screen.getByRole("textbox", { name: "Kỳ kế hoạch" }), period);
    if (asOf) await user.type(screen.getByLabelText("Ngày đối chiếu"), asOf);
    if (lang === "en") await user.click(screen.getByRole("radio", { name: "English" }));
    await user.click(screen.getByRole("button", { name: "Lưu" }));
    await waitFor(() => expect(host.settingsWritten).toEqual([expected]));
  });

  it("switches the pane to English once saved", async () => {
    const host = new MemoryHost([wardSheet()]);
    const user = await openSettings(host);
    await user.click(screen.getByRole("radio", { name: "English" }));
    await user.click(screen.getByRole("button", { name: "Lưu" }));
    expect(await screen.findByRole("tab", { name: "Settings" })).toBeInTheDocument();
    expect(screen.getByText("Settings saved in the workbook.")).toBeInTheDocument();
  });

  it("shows the workbook's saved settings", async () => {
    const host = new MemoryHost([wardSheet()]);
    host.settings = { period: "2026-2030", asOf: "2026-03-31" };
    await openSettings(host);
    await waitFor(() =>
      expect(screen.getByRole("textbox", { name: "Kỳ kế hoạch" })).toHaveValue("2026-2030"),
    );
    // Day first, as Vietnamese dates are written (the stored value stays YYYY-MM-DD).
    expect(screen.getByLabelText("Ngày đối chiếu")).toHaveValue("31/03/2026");
  });

  it.each(["31/02/2024", "2024-03-31", "03/31/2024", "mai"])("refuses the as-of date %j", async (typed) => {
    const host = new MemoryHost([wardSheet()]);
    const user = await openSettings(host);
    await user.type(screen.getByLabelText("Ngày đối chiếu"), typed);
    expect(screen.getByText(/Ngày đối chiếu phải có dạng ngày\/tháng\/năm/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Lưu" })).toBeDisabled();
  });

  it("refuses a malformed period", async () => {
    const host = new MemoryHost([wardSheet()]);
    const user = await openSettings(host);
    await user.type(screen.getByRole("textbox", { name: "Kỳ kế hoạch" }), "năm nay");
    expect(screen.getByText(/Kỳ kế hoạch phải là một năm/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Lưu" })).toBeDisabled();
  });

  it("creates the directory sheet when the workbook has none, and activates it", async () => {
    const host = new MemoryHost([wardSheet()]);
    const user = await openSettings(host);
    await user.click(screen.getByRole("button", { name: "Mở danh mục cơ quan" }));
    await screen.findByText(`Đã tạo trang tính “${DIRECTORY_SHEET_NAME}” với danh mục mặc định.`);
    expect(host.plans.map((p) => p.name)).toEqual([DIRECTORY_SHEET_NAME]);
    expect(host.activeName).toBe(DIRECTORY_SHEET_NAME);
  });

  it("opens the existing directory sheet without rewriting it", async () => {
    const host = new MemoryHost([wardSheet()]);
    host.addPlanSheet(directorySheetPlan(DEFAULT_DIRECTORY));
    const user = await openSettings(host);
    await user.click(screen.getByRole("button", { name: "Mở danh mục cơ quan" }));
    await screen.findByText(`Đã mở trang tính “${DIRECTORY_SHEET_NAME}”.`);
    expect(host.plans).toEqual([]);
    expect(host.selections).toEqual([{ sheet: DIRECTORY_SHEET_NAME, address: "A1" }]);
  });
});
