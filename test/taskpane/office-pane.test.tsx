/** @jest-environment jsdom */
/**
 * The whole pane over the REAL Office adapter (createOfficeHost) on the fake Excel: what a user sees when
 * the workbook is awkward — no header, protected, busy editing a cell, renamed sheets, bad settings.
 */
import "./setup";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Cell } from "../../src/core/snapshot";
import { createOfficeHost } from "../../src/office/office-host";
import { App } from "../../src/taskpane/App";
import type { TabId } from "../../src/taskpane/App";
import { installFakeExcel } from "../fakes/fake-excel";
import type { FakeExcel } from "../fakes/fake-excel";
import { TODAY, wardSheet } from "./fixtures";

const instant = (): Promise<void> => Promise.resolve();

function renderOffice(tab: TabId) {
  const host = createOfficeHost({ sleep: instant });
  return render(<App host={host} today={() => TODAY} initialTab={tab} recheckDelay={0} />);
}

function addWard(fake: FakeExcel, name = "Bắc Sơn", extra: { protected?: boolean } = {}) {
  const sheet = fake.addSheet(name, { rows: wardSheet(name).rows, ...extra });
  fake.activeSheetId = sheet.id;
  return sheet;
}

async function runCheck() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole("button", { name: "Kiểm tra trang tính" }));
  return user;
}

describe("Mở ví dụ over the Office host", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = installFakeExcel();
  });

  it("a new workbook offers the sample report; opening it writes and activates it, and Kiểm tra checks it", async () => {
    fake.activeSheetId = fake.addSheet("Sheet1").id;
    renderOffice("validate");
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Mở ví dụ" }));
    expect(
      await screen.findByText(/^Đã mở báo cáo mẫu trong trang tính “Ví dụ - phường Lãm Hà”/),
    ).toBeInTheDocument();
    expect(fake.activeSheetId).toBe(fake.sheet("Ví dụ - phường Lãm Hà").id);
    await user.click(screen.getByRole("button", { name: "Kiểm tra trang tính" }));
    expect(
      await screen.findByText(/^Đã kiểm tra trang tính “Ví dụ - phường Lãm Hà”: có \d+ vấn đề/),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Dòng 9 · ô D9\b/ })).toBeInTheDocument();
  });

  it("a workbook with a task table is not offered the example", async () => {
    addWard(fake);
    renderOffice("validate");
    await screen.findByRole("button", { name: "Kiểm tra trang tính" });
    // The first look (one read of four syncs) has finished and its outcome is rendered.
    await waitFor(() => expect(fake.syncCount).toBe(4));
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(screen.queryByRole("button", { name: "Mở ví dụ" })).toBeNull();
  });
});

describe("Kiểm tra over the Office host", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = installFakeExcel();
  });

  it("the clerk's edit of a checked row updates the list: one Excel.run and one sync to re-check it", async () => {
    addWard(fake);
    const view = renderOffice("validate");
    await runCheck();
    await screen.findAllByRole("button", { name: /^Dòng 8 · ô E8/ });
    await waitFor(() => expect(fake.activeChangeHandlers()).toBe(1));
    const [runs, syncs] = [fake.runCount, fake.syncCount];
    fake.userEdit("Bắc Sơn", "E8", [["Phòng Văn hóa và Thông tin"]]);
    expect(await screen.findByText(/^Đã kiểm tra lại dòng 8 vừa sửa/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Dòng 8 · ô E8/ })).toBeNull();
    expect([fake.runCount - runs, fake.syncCount - syncs]).toEqual([1, 1]);
    // Closing the pane removes the handler, in the context it was added in.
    view.unmount();
    await waitFor(() => expect(fake.activeChangeHandlers()).toBe(0));
  });

  it("an empty active sheet says so", async () => {
    fake.activeSheetId = fake.addSheet("Trống").id;
    renderOffice("validate");
    await runCheck();
    expect(await screen.findByText("Trang tính trống.")).toBeInTheDocument();
  });

  it("a sheet without a header shows HEADER_NOT_FOUND, not a blank list", async () => {
    fake.activeSheetId = fake.addSheet("Ghi chú", { rows: [["Ghi chú họp"], ["Nội dung bất kỳ", 12]] }).id;
    renderOffice("validate");
    await runCheck();
    const list = await screen.findByRole("region", { name: "Danh sách vấn đề" });
    expect(within(list).getAllByText(/tiêu đề/i).length).toBeGreaterThan(0);
  });

  it("a protected sheet validates; Đánh dấu says it is protected", async () => {
    addWard(fake, "Bắc Sơn", { protected: true });
    renderOffice("validate");
    const user = await runCheck();
    await screen.findAllByRole("button", { name: /^Dòng 8 · ô/ });
    await user.click(screen.getByRole("button", { name: "Đánh dấu" }));
    expect(await screen.findByText(/đang được bảo vệ/)).toBeInTheDocument();
    expect(fake.writesTo("Bắc Sơn")).toEqual([]);
  });

  it("Excel in cell-edit mode: retried, then the pane says to press Enter (Esc would lose the typing)", async () => {
    addWard(fake);
    renderOffice("validate");
    await screen.findByRole("button", { name: "Kiểm tra trang tính" });
    const runsBefore = fake.runCount;
    fake.failNextSyncs("InvalidOperationInCellEditMode", 10);
    await runCheck();
    expect(await screen.findByText(/Nhấn Enter để xong ô đó/)).toBeInTheDocument();
    expect(fake.runCount - runsBefore).toBe(4);
  });

  it("Excel in cell-edit mode briefly: retried and the check succeeds", async () => {
    addWard(fake);
    renderOffice("validate");
    await screen.findByRole("button", { name: "Kiểm tra trang tính" });
    fake.failNextSyncs("InvalidOperationInCellEditMode", 2);
    await runCheck();
    expect(await screen.findAllByRole("button", { name: /^Dòng 8 · ô/ })).not.toHaveLength(0);
  });

  it("merged cells and error values give findings, not a crash", async () => {
    const rows: Cell[][] = wardSheet().rows.map((r) => [...r]);
    rows[6] = ["2.", { error: "#REF!" }, "Quý I", { error: "#N/A" }, "Phòng Văn hóa và Thông tin", null];
    fake.activeSheetId = fake.addSheet("Bắc Sơn", {
      rows,
      merges: [
        { top: 1, left: 1, bottom: 1, right: 6 },
        { top: 5, left: 2, bottom: 5, right: 6 },
      ],
    }).id;
    renderOffice("validate");
    const user = await runCheck();
    // Warnings start closed: opening their group shows the row.
    await user.click(await screen.findByRole("button", { name: /^Cảnh báo Ô có giá trị lỗi — \d+$/ }));
    expect(await screen.findAllByRole("button", { name: /^Dòng 7 · ô/ })).not.toHaveLength(0);
  });

  it("clicking a finding on a sheet deleted since says the sheet is gone", async () => {
    addWard(fake);
    renderOffice("validate");
    const user = await runCheck();
    await screen.findAllByRole("button", { name: /^Dòng 8 · ô/ });
    fake.sheet("Bắc Sơn").name = "Đã đổi";
    await user.click(screen.getByRole("button", { name: /\bE8\b/ }));
    expect(await screen.findByText(/Không tìm thấy trang tính/)).toBeInTheDocument();
  });

  it("Xóa đánh dấu without highlights clears nothing and says so", async () => {
    addWard(fake);
    renderOffice("validate");
    const user = await runCheck();
    await screen.findAllByRole("button", { name: /^Dòng 8 · ô/ });
    await user.click(screen.getByRole("button", { name: "Xóa đánh dấu" }));
    expect(await screen.findByText("Đã xóa đánh dấu 0 ô.")).toBeInTheDocument();
    expect(fake.writesTo("Bắc Sơn")).toEqual([]);
  });

  it("Thêm danh sách chọn without a lead column", async () => {
    const rows: Cell[][] = wardSheet().rows.map((r) => r.slice(0, 4));
    fake.activeSheetId = fake.addSheet("Bắc Sơn", { rows }).id;
    renderOffice("validate");
    const user = await runCheck();
    await screen.findByText(/Đã kiểm tra/);
    await user.click(screen.getByRole("button", { name: "Thêm danh sách chọn" }));
    // Only the two quarter columns: there is no lead or support column to give an agency list.
    expect(await screen.findByText(/^Đã thêm danh sách chọn cho 2 cột\./)).toBeInTheDocument();
  });

  it("a 30 000-row sheet lists findings in pages", async () => {
    const rows: Cell[][] = wardSheet()
      .rows.slice(0, 5)
      .map((r) => [...r]);
    for (let i = 1; i <= 30_000; i++) rows.push([`${i}.`, `Nhiệm vụ ${i}`, "Quý V", "Quý IV", null, null]);
    fake.activeSheetId = fake.addSheet("Lớn", { rows }).id;
    renderOffice("validate");
    const user = await runCheck();
    const toggle = await screen.findByRole(
      "button",
      { name: /^Lỗi Quý không hợp lệ — 30000$/ },
      { timeout: 60_000 },
    );
    await user.click(toggle);
    expect(await screen.findByText("Đang hiện 200/30000 vấn đề.")).toBeInTheDocument();
    expect(screen.getAllByTitle(/^Đến ô /).length).toBeLessThanOrEqual(200);
  }, 120_000);
});

describe("the rest of the pane over the Office host", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = installFakeExcel();
  });

  it("in English, an Excel failure is explained in English", async () => {
    addWard(fake, "Bắc Sơn", { protected: true });
    renderOffice("settings");
    const user = userEvent.setup();
    await user.click(await screen.findByRole("radio", { name: "English" }));
    await user.click(screen.getByRole("button", { name: "Lưu" }));
    await user.click(await screen.findByRole("tab", { name: "Check" }));
    await user.click(await screen.findByRole("button", { name: "Check sheet" }));
    await screen.findAllByRole("button", { name: /^Row 8 · cell/ });
    await user.click(screen.getByRole("button", { name: "Highlight" }));
    const alert = await screen.findByText(/protected/);
    expect(alert.textContent).not.toMatch(/bảo vệ/);
  });

  it.each(["2030-2024", "abc", "24"])("Cài đặt refuses the period %s before saving", async (period) => {
    addWard(fake);
    renderOffice("settings");
    const user = userEvent.setup();
    const input = await screen.findByRole("textbox", { name: /Kỳ kế hoạch/ });
    await user.clear(input);
    await user.type(input, period);
    expect(screen.getByRole("button", { name: "Lưu" })).toBeDisabled();
  });

  it("Phụ lục on a sheet without a table explains, and creating twice gives unique names", async () => {
    fake.activeSheetId = fake.addSheet("Ghi chú", { rows: [["Ghi chú họp"]] }).id;
    renderOffice("annex");
    expect(await screen.findByText(/Chưa nhận ra dòng tiêu đề/)).toBeInTheDocument();
  });

  it("Tạo phụ lục twice makes two sheets; the source gets no writes", async () => {
    addWard(fake);
    renderOffice("annex");
    const user = userEvent.setup();
    const create = await screen.findByRole("button", { name: "Tạo phụ lục" });
    await screen.findByText(/Kiểm tra cột đã nhận ra/);
    await user.click(create);
    await screen.findByText(/Đã tạo phụ lục/);
    await user.click(create);
    await screen.findByText(/Đã tạo phụ lục/);
    const names = fake.sheets.map((s) => s.name);
    expect(names).toHaveLength(3);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(3);
    expect(fake.writesTo("Bắc Sơn")).toEqual([]);
  });

  it("Tổng hợp with a user's own 'Tổng hợp' sheet never overwrites it", async () => {
    addWard(fake, "Bắc Sơn");
    addWard(fake, "Lãm Hà");
    fake.addSheet("Tổng hợp", { rows: [["Của tôi"]] });
    renderOffice("consolidate");
    const user = userEvent.setup();
    await screen.findByText(/Lãm Hà/);
    await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
    await screen.findByText(/Đã ghi/);
    expect(fake.cell("Tổng hợp", "A1").value).toBe("Của tôi");
    expect(fake.writesTo("Tổng hợp")).toEqual([]);
    await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
    await screen.findByText(/Đã ghi/);
    // The second run adds only Thay đổi (against the first run's data sheet), no `(2)` copies.
    expect(fake.sheets).toHaveLength(7);
    expect(fake.sheets.map((s) => s.name)).toContain("Thay đổi");
  });
});

describe("Phụ lục and Tổng hợp edge cases over the Office host", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = installFakeExcel();
  });

  async function openAnnex() {
    renderOffice("annex");
    await screen.findByText(/Kiểm tra cột đã nhận ra/);
    return userEvent.setup();
  }

  it("content set to (không có) is honoured: the source column is kept as an extra, not re-detected", async () => {
    addWard(fake);
    const user = await openAnnex();
    await user.click(screen.getByRole("combobox", { name: "Nội dung nhiệm vụ" }));
    await user.click(screen.getByRole("option", { name: "(không có)" }));
    await user.click(screen.getByRole("button", { name: "Tạo phụ lục" }));
    await screen.findByText(/Đã tạo phụ lục/);
    // Honoured, not re-detected: the annex's content column is empty and the source's column B is
    // kept after the fixed columns as an extra column, so nothing the user typed is lost.
    expect(fake.cell("Phụ lục", "G5").value).toBe("Nội dung nhiệm vụ");
    expect(fake.cell("Phụ lục", "B7").value).toBe("");
    expect(fake.writesTo("Bắc Sơn")).toEqual([]);
  });

  it("empty title fields and sheet name still create an annex on a new sheet", async () => {
    addWard(fake);
    const user = await openAnnex();
    for (const name of ["Dòng phụ lục", "Tiêu đề", "Dòng “Kèm theo…”", "Tên trang tính mới"]) {
      await user.clear(screen.getByRole("textbox", { name }));
    }
    await user.click(screen.getByRole("button", { name: "Tạo phụ lục" }));
    expect(await screen.findByText(/Đã tạo phụ lục/)).toBeInTheDocument();
    expect(fake.sheets).toHaveLength(2);
    expect(fake.sheets[1]?.name.trim()).not.toBe("");
    expect(fake.writesTo("Bắc Sơn")).toEqual([]);
  });

  it("zero sheets ticked: the button is disabled and the pane says why", async () => {
    addWard(fake);
    renderOffice("consolidate");
    const user = userEvent.setup();
    await user.click(await screen.findByRole("checkbox", { name: "Bắc Sơn" }));
    expect(screen.getByRole("button", { name: "Tổng hợp" })).toBeDisabled();
    expect(screen.getByText("Hãy chọn ít nhất một trang tính.")).toBeInTheDocument();
  });

  it("a workbook with only the add-in's own sheets lists no submissions", async () => {
    addWard(fake);
    renderOffice("consolidate");
    const user = userEvent.setup();
    await screen.findByRole("checkbox", { name: "Bắc Sơn" });
    await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
    await screen.findByText(/Đã ghi/);
    fake.sheets.splice(fake.sheets.indexOf(fake.sheet("Bắc Sơn")), 1);
    await user.click(screen.getByRole("button", { name: "Đọc lại danh sách" }));
    expect(await screen.findByText("Sổ làm việc chưa có trang tính báo cáo nào.")).toBeInTheDocument();
  });

  it("an owned sheet renamed by the user is not a submission and is kept as the user's copy", async () => {
    addWard(fake);
    renderOffice("consolidate");
    const user = userEvent.setup();
    await screen.findByRole("checkbox", { name: "Bắc Sơn" });
    await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
    await screen.findByText(/Đã ghi/);
    fake.sheet("Tổng hợp").name = "Tóm tắt quý";
    await user.click(screen.getByRole("button", { name: "Đọc lại danh sách" }));
    await screen.findByRole("checkbox", { name: "Bắc Sơn" });
    expect(screen.queryByRole("checkbox", { name: "Tóm tắt quý" })).not.toBeInTheDocument();
    const writesBefore = fake.writesTo("Tóm tắt quý").length;
    await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
    await screen.findByText(/Đã ghi/);
    // Replacement goes by marker AND name (plan-targets.ts): a renamed summary is a kept snapshot.
    expect(fake.writesTo("Tóm tắt quý")).toHaveLength(writesBefore);
    expect(fake.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        "Bắc Sơn",
        "Tóm tắt quý",
        "Tổng hợp",
        "Dữ liệu tổng hợp",
        "Kiểm tra",
        "Thay đổi",
      ]),
    );
    expect(fake.sheets).toHaveLength(6);
  });

  it("Thêm tệp… with a file that is not a workbook names the file and keeps the list", async () => {
    addWard(fake);
    renderOffice("consolidate");
    const user = userEvent.setup({ applyAccept: false });
    await screen.findByRole("checkbox", { name: "Bắc Sơn" });
    const file = new File(["hello"], "ghi-chu.txt", { type: "text/plain" });
    await user.upload(screen.getByTestId("file-input"), file);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(/Tệp “ghi-chu\.txt”: Chỉ thêm được tệp Excel \.xlsx/);
    expect(screen.getByRole("checkbox", { name: "Bắc Sơn" })).toBeInTheDocument();
    expect(fake.sheets).toHaveLength(1);
  });
});

describe("language, settings and accessibility over the Office host", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = installFakeExcel();
  });

  /**
   * Vietnamese words in the pane's own text. Not in it: the language's own name, the decree's, and what
   * the fields hold (the annex itself is a Vietnamese document).
   */
  function vietnameseLeft(): string[] {
    const chrome = document.body.cloneNode(true) as HTMLElement;
    for (const field of chrome.querySelectorAll("textarea")) field.remove();
    const text = (chrome.textContent ?? "").replace(/Tiếng Việt|NĐ-CP/g, "");
    return text.match(/\S*[\u00C0-\u1EF9]\S*/g) ?? [];
  }

  it("settings round-trip through the workbook, and English reaches every tab", async () => {
    fake.activeSheetId = fake.addSheet("Sheet1").id;
    const first = renderOffice("settings");
    const user = userEvent.setup();
    const period = await screen.findByRole("textbox", { name: /Kỳ kế hoạch/ });
    await user.type(period, "2026 - 2030");
    await user.click(screen.getByRole("radio", { name: "English" }));
    await user.click(screen.getByRole("button", { name: "Lưu" }));
    await screen.findByText("Settings saved in the workbook.");
    first.unmount();

    renderOffice("settings");
    const input = await screen.findByRole("textbox", { name: /Plan period/ });
    await waitFor(() => expect(input).toHaveValue("2026-2030"));
    expect(screen.getByRole("radio", { name: "English" })).toBeChecked();
    await user.click(screen.getByRole("tab", { name: "Check" }));
    await user.click(await screen.findByRole("button", { name: "Check sheet" }));
    await screen.findByText("The sheet is empty.");
    await user.click(screen.getByRole("tab", { name: "Consolidate" }));
    await screen.findByRole("checkbox", { name: "Sheet1" });
    expect(screen.getByText("Tick at least one sheet.")).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Annex" }));
    await screen.findByText(/No table header was recognised/);
    for (const panel of screen.getAllByRole("tabpanel", { hidden: true })) panel.hidden = false;
    expect(vietnameseLeft()).toEqual([]);
  });

  it.each<TabId>(["annex", "validate", "consolidate", "settings"])(
    "every button on %s has a name and is reachable by keyboard",
    async (tab) => {
      addWard(fake);
      renderOffice(tab);
      await screen.findAllByRole("button");
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (const button of screen.getAllByRole("button")) {
        expect(button).toHaveAccessibleName();
        expect(button.tabIndex).toBeGreaterThanOrEqual(0);
      }
      expect(screen.getAllByRole("status").length).toBeGreaterThan(0);
    },
  );
});

describe("stale state over the Office host", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = installFakeExcel();
  });

  it.each([
    ['{"asOf":"2024-13-45"}', /2024-13-45/],
    ['{"period":"2030-2024"}', /2030-2024/],
  ])("a bad setting stored in the workbook (%s) is named when checking", async (stored, named) => {
    fake.settings.set("taskannexsettings", { key: "TaskAnnexSettings", value: stored });
    addWard(fake);
    renderOffice("validate");
    await runCheck();
    const message = await screen.findByText(/Cài đặt chưa hợp lệ/);
    expect(message).toHaveTextContent(named);
  });

  it("Tạo phụ lục after the open source sheet was renamed builds from it under its new name", async () => {
    addWard(fake);
    renderOffice("annex");
    const user = userEvent.setup();
    await screen.findByText(/Kiểm tra cột đã nhận ra/);
    fake.sheet("Bắc Sơn").name = "Bắc Sơn cũ";
    await user.click(screen.getByRole("button", { name: "Tạo phụ lục" }));
    expect(await screen.findByText(/từ trang tính “Bắc Sơn cũ”/)).toBeInTheDocument();
    expect(fake.sheets.map((s) => s.name)).toEqual(["Bắc Sơn cũ", "Phụ lục"]);
    expect(fake.writesTo("Bắc Sơn cũ")).toEqual([]);
  });

  it("Đánh dấu after the checked sheet was deleted says the sheet is gone", async () => {
    addWard(fake);
    renderOffice("validate");
    const user = await runCheck();
    await screen.findAllByRole("button", { name: /^Dòng 8 · ô/ });
    fake.sheet("Bắc Sơn").name = "Khác";
    await user.click(screen.getByRole("button", { name: "Đánh dấu" }));
    expect(await screen.findByText(/Không tìm thấy trang tính/)).toBeInTheDocument();
  });
});

describe("Tổng hợp when ticked sheets went away", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = installFakeExcel();
  });

  it.each([
    [["Lãm Hà"], /Lãm Hà: Không tìm thấy trang tính này/],
    [["Lãm Hà", "Bắc Sơn"], /Bắc Sơn: Không tìm thấy trang tính này/],
  ])("deleted after listing (%j): the result names them", async (deleted, named) => {
    addWard(fake, "Bắc Sơn");
    addWard(fake, "Lãm Hà");
    // Excel always keeps an active sheet: the one left when the others are deleted.
    fake.activeSheetId = fake.addSheet("Ghi chú").id;
    renderOffice("consolidate");
    const user = userEvent.setup();
    await screen.findByRole("checkbox", { name: "Lãm Hà" });
    for (const name of deleted) fake.sheets.splice(fake.sheets.indexOf(fake.sheet(name)), 1);
    await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
    const result = await screen.findByRole("region", { name: "Kết quả tổng hợp" });
    expect(result).toHaveTextContent(named);
  });
});

describe("switching language after results are shown", () => {
  it("re-words the Check tab's last status and error in the new language", async () => {
    const fake = installFakeExcel();
    addWard(fake, "Bắc Sơn", { protected: true });
    renderOffice("validate");
    const user = await runCheck();
    await screen.findAllByRole("button", { name: /^Dòng 8 · ô/ });
    await user.click(screen.getByRole("button", { name: "Đánh dấu" }));
    await screen.findByText(/đang được bảo vệ/);
    await user.click(screen.getByRole("tab", { name: "Cài đặt" }));
    await user.click(await screen.findByRole("radio", { name: "English" }));
    await user.click(screen.getByRole("button", { name: "Lưu" }));
    expect(await screen.findByText("Settings saved in the workbook.")).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Check" }));
    const panel = screen.getByRole("tabpanel", { name: "Check" });
    expect(within(panel).getByText(/^The sheet is protected/)).toBeInTheDocument();
    await user.click(within(panel).getByRole("button", { name: "Close" }));
    await user.click(within(panel).getByRole("button", { name: "Check sheet" }));
    await within(panel).findByText(/^Checked sheet “.+”: \d+ problems to look at\.$/);
    await user.click(screen.getByRole("tab", { name: "Settings" }));
    await user.click(await screen.findByRole("radio", { name: "Tiếng Việt" }));
    await user.click(screen.getByRole("button", { name: "Save" }));
    await screen.findByText("Đã lưu cài đặt vào sổ làm việc.");
    await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    expect(
      within(screen.getByRole("tabpanel", { name: "Kiểm tra" })).getByText(
        /^Đã kiểm tra trang tính “.+”: có \d+ vấn đề cần xem\.$/,
      ),
    ).toBeInTheDocument();
  });
});

describe("a workbook whose structure is protected", () => {
  it("Tạo phụ lục says the workbook is protected, not the sheet", async () => {
    const fake = installFakeExcel();
    addWard(fake);
    fake.structureProtected = true;
    renderOffice("annex");
    const user = userEvent.setup();
    await screen.findByText(/Kiểm tra cột đã nhận ra/);
    await user.click(screen.getByRole("button", { name: "Tạo phụ lục" }));
    expect(await screen.findByText(/Sổ làm việc đang được bảo vệ cấu trúc/)).toBeInTheDocument();
    expect(fake.sheets).toHaveLength(1);
  });
});

describe("the workbook's agency directory sheet", () => {
  it.each([
    ["has no header: the default is used and the pane says so", [["Cơ quan"], ["Phòng A"]], /mặc định/],
    [
      "has a bad row: the rest is used and the row is named",
      [
        ["Tên chuẩn", "Tên khác", "Loại", "Phải nộp"],
        ["Phòng Văn hóa và Thông tin", "", "Cơ quan", "không"],
        ["Phòng Nội vụ", "", "không phải loại", "có"],
      ],
      /Danh mục cơ quan: Danh mục cơ quan/,
    ],
  ])("%s", async (_case, rows, source) => {
    const fake = installFakeExcel();
    fake.addSheet("Danh mục cơ quan", { rows });
    addWard(fake);
    renderOffice("validate");
    await runCheck();
    await screen.findAllByRole("button", { name: /^Dòng 8 · ô/ });
    expect(screen.getByText(source)).toBeInTheDocument();
    expect(screen.getByText("Trang tính danh mục cơ quan có chỗ chưa đọc được")).toBeInTheDocument();
    expect(
      screen
        .getAllByRole("listitem")
        .some((li) => /^Dòng \d|không có dòng tiêu đề|tiêu đề/i.test(li.textContent ?? "")),
    ).toBe(true);
  });
});

describe("dropdowns from the workbook's own directory sheet", () => {
  it("reference the names where they are (a title above the header, names in column B)", async () => {
    const fake = installFakeExcel();
    fake.addSheet("Danh mục cơ quan", {
      rows: [
        ["DANH MỤC CƠ QUAN, ĐƠN VỊ"],
        ["STT", "Tên chuẩn", "Tên khác", "Loại", "Phải nộp"],
        [1, "Phòng  Văn hóa và Thông tin", "VHTT", "Cơ quan", "không"],
        [2, "Phòng Nội vụ", "", "Cơ quan", "không"],
      ],
    });
    addWard(fake);
    renderOffice("validate");
    const user = await runCheck();
    await screen.findAllByRole("button", { name: /^Dòng 8 · ô/ });
    await user.click(screen.getByRole("button", { name: "Thêm danh sách chọn" }));
    await screen.findByText(/Đã thêm danh sách chọn cho 4 cột/);
    const lead = fake.sheet("Bắc Sơn").validations.find((v) => v.area.left === 5);
    expect(JSON.stringify(lead?.props)).toContain("'Danh mục cơ quan'!$B$3:$B$4");
  });
});

describe("opening the pane while Excel is busy editing a cell", () => {
  it("shows the Enter message instead of a blank pane, and Đọc lại works afterwards", async () => {
    const fake = installFakeExcel();
    addWard(fake);
    fake.failNextSyncs("InvalidOperationInCellEditMode", 8);
    renderOffice("annex");
    const messages = await screen.findAllByText(/Nhấn Enter để xong ô đó/);
    expect(messages.length).toBeGreaterThan(0);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Đọc lại" }));
    expect(await screen.findByText(/Kiểm tra cột đã nhận ra/)).toBeInTheDocument();
  });
});

describe("Tổng hợp with a directory sheet that cannot be read", () => {
  it("shows the directory's problems with the result", async () => {
    const fake = installFakeExcel();
    fake.addSheet("Danh mục cơ quan", { rows: [["Cơ quan"], ["Phòng A"]] });
    addWard(fake);
    renderOffice("consolidate");
    const user = userEvent.setup();
    await screen.findByRole("checkbox", { name: "Bắc Sơn" });
    await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
    const result = await screen.findByRole("region", { name: "Kết quả tổng hợp" });
    expect(within(result).getByText("Trang tính danh mục cơ quan có chỗ chưa đọc được")).toBeInTheDocument();
  });
});

describe("Phụ lục's new sheet name", () => {
  it.each([
    ["Bắc Sơn", (n: string) => n !== "Bắc Sơn"],
    ["BẮC SƠN", (n: string) => n.toLowerCase() !== "bắc sơn"],
    ["Phụ lục: quý [I]/2024 * ?", (n: string) => !/[:\\/?*[\]]/.test(n)],
    ["x".repeat(40), (n: string) => n.length <= 31],
    ["'Phụ lục'", (n: string) => !n.startsWith("'") && !n.endsWith("'")],
  ])("%s becomes a valid, unused sheet name", async (typed, ok) => {
    const fake = installFakeExcel();
    addWard(fake);
    renderOffice("annex");
    const user = userEvent.setup();
    await screen.findByText(/Kiểm tra cột đã nhận ra/);
    const input = screen.getByRole("textbox", { name: "Tên trang tính mới" });
    await user.clear(input);
    await user.click(input);
    await user.paste(typed);
    await user.click(screen.getByRole("button", { name: "Tạo phụ lục" }));
    await screen.findByText(/Đã tạo phụ lục/);
    const created = fake.sheets[1]?.name ?? "";
    expect(ok(created)).toBe(true);
    expect(fake.sheet("Bắc Sơn").cells.size).toBeGreaterThan(0);
    expect(fake.writesTo("Bắc Sơn")).toEqual([]);
  });
});

describe("Thêm tệp… failures after a language switch", () => {
  it("are re-worded in the new language", async () => {
    const fake = installFakeExcel();
    addWard(fake);
    renderOffice("consolidate");
    const user = userEvent.setup({ applyAccept: false });
    await screen.findByRole("checkbox", { name: "Bắc Sơn" });
    await user.upload(screen.getByTestId("file-input"), new File(["x"], "ghi-chu.txt"));
    expect(await screen.findByRole("alert")).toHaveTextContent(/Chỉ thêm được tệp Excel/);
    await user.click(screen.getByRole("tab", { name: "Cài đặt" }));
    await user.click(await screen.findByRole("radio", { name: "English" }));
    await user.click(screen.getByRole("button", { name: "Lưu" }));
    await screen.findByText("Settings saved in the workbook.");
    await user.click(screen.getByRole("tab", { name: "Consolidate" }));
    expect(screen.getByRole("alert")).toHaveTextContent(/File “ghi-chu\.txt”: Only Excel \.xlsx files/);
  });
});
