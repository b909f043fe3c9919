/** @jest-environment jsdom */
import "./setup";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createAgencyMatcher } from "../../src/core/agency";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import { DIRECTORY_SHEET_NAME, directorySheetPlan } from "../../src/core/directory-sheet";
import { severityLabel } from "../../src/core/messages";
import { validateSheet } from "../../src/core/validate";
import { HostError } from "../../src/office/host";
import { FINDINGS_PAGE } from "../../src/taskpane/components/FindingList";
import { MemoryHost } from "../helpers/memory-host";
import { KNOWN_DEFECTS, TODAY, wardSheet } from "./fixtures";
import { renderPane } from "./render-pane";

const RUN = "Kiểm tra trang tính";

async function checkSheet(host: MemoryHost) {
  const user = userEvent.setup();
  renderPane(host, "validate");
  await user.click(await screen.findByRole("button", { name: RUN }));
  await screen.findByRole("button", { name: new RegExp(`^Dòng ${KNOWN_DEFECTS[0].row} · ô`) });
  return user;
}

function findingButton(cell: string): HTMLElement {
  return screen.getByRole("button", { name: new RegExp(`\\b${cell}\\b`) });
}

describe("Kiểm tra tab", () => {
  it("shows the counts by severity and the findings grouped by kind, each group with its count", async () => {
    const host = new MemoryHost([wardSheet()]);
    await checkSheet(host);
    const expected = validateSheet(
      wardSheet(),
      { asOf: TODAY, directory: DEFAULT_DIRECTORY },
      createAgencyMatcher(DEFAULT_DIRECTORY),
    );
    for (const severity of ["error", "warning", "info"] as const) {
      const n = expected.findings.filter((f) => f.severity === severity).length;
      // A symbol and the word with the count: severity is never told by colour alone.
      const badge = screen.getByText(`${severityLabel(severity, "vi")}: ${n}`, {
        exact: false,
        selector: "[data-severity]",
      });
      expect(badge).toHaveTextContent(new RegExp(`^[✖▲ℹ] ${severityLabel(severity, "vi")}: ${n}$`));
    }
    for (const defect of KNOWN_DEFECTS) {
      const count = expected.findings.filter((f) => f.code === defect.code).length;
      const group = document.querySelector(`[data-code="${defect.code}"]`) as HTMLElement;
      expect(within(group).getByRole("button", { expanded: true })).toHaveTextContent(
        new RegExp(`— ${count}$`),
      );
      expect(
        within(group).getByRole("button", { name: new RegExp(`^Dòng ${defect.row} · ô ${defect.cell}\\b`) }),
      ).toBeInTheDocument();
    }
    expect(screen.getByText("Bắc Sơn")).toBeInTheDocument();
  });

  it("filters by severity and closes a group from the keyboard", async () => {
    const host = new MemoryHost([wardSheet()]);
    const user = await checkSheet(host);
    const list = screen.getByRole("region", { name: "Danh sách vấn đề" });
    const errors = within(list).getByRole("radio", { name: /^✖ Lỗi \(\d+\)$/ });
    errors.focus();
    await user.keyboard(" ");
    expect(errors).toBeChecked();
    for (const badge of list.querySelectorAll("[data-severity]")) {
      expect(badge.getAttribute("data-severity")).toBe("error");
    }
    const toggle = within(document.querySelector('[data-code="LEAD_MISSING"]') as HTMLElement).getByRole(
      "button",
      {
        expanded: true,
      },
    );
    toggle.focus();
    await user.keyboard("{Enter}");
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("button", { name: /^Dòng 8 · ô E8/ })).toBeNull();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: /^Dòng 8 · ô E8/ })).toBeInTheDocument();
  });

  it.each(KNOWN_DEFECTS.map((d) => [d.cell] as const))(
    "clicking the finding at %s selects that cell",
    async (cell) => {
      const host = new MemoryHost([wardSheet()]);
      const user = await checkSheet(host);
      await user.click(findingButton(cell));
      expect(host.selections).toEqual([{ sheet: "Bắc Sơn", address: cell }]);
    },
  );

  it("selects a finding's cell from the keyboard", async () => {
    const host = new MemoryHost([wardSheet()]);
    const user = await checkSheet(host);
    findingButton("E8").focus();
    await user.keyboard("{Enter}");
    expect(host.selections).toEqual([{ sheet: "Bắc Sơn", address: "E8" }]);
  });

  it("highlights the findings' cells, then clears them", async () => {
    const host = new MemoryHost([wardSheet()]);
    const user = await checkSheet(host);
    await user.click(screen.getByRole("button", { name: "Đánh dấu" }));
    expect(host.highlights).toHaveLength(1);
    expect(host.highlights[0]?.sheet).toBe("Bắc Sơn");
    expect(host.highlights[0]?.cells).toEqual(expect.arrayContaining(KNOWN_DEFECTS.map((d) => d.cell)));
    expect(await screen.findByText(`Đã đánh dấu ${host.highlights[0]?.cells.length} ô.`)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Xóa đánh dấu" }));
    expect(host.cleared).toEqual(["Bắc Sơn"]);
  });

  it("shows the host's error in a MessageBar and keeps the pane usable", async () => {
    const host = new MemoryHost([wardSheet()]);
    const user = userEvent.setup();
    renderPane(host, "validate");
    await screen.findByRole("button", { name: RUN });
    // The first read is the pane's settings; fail the check's own read instead.
    await act(async () => undefined);
    host.failNext(
      "read",
      new HostError("cellEditMode", "Excel đang sửa một ô. Nhấn Enter hoặc Esc rồi thử lại."),
    );
    await user.click(screen.getByRole("button", { name: RUN }));
    const message = await screen.findByText(/Excel đang sửa một ô/);
    const bar = message.closest(".fui-MessageBar");
    expect(bar).not.toBeNull();
    expect(bar).toHaveTextContent("Không thực hiện được");
    expect(screen.getByRole("button", { name: RUN })).not.toHaveAttribute("aria-disabled", "true");
  });

  it("explains settings stored in the workbook that cannot be used", async () => {
    const host = new MemoryHost([wardSheet()]);
    host.settings = { period: "20x4" };
    const user = userEvent.setup();
    renderPane(host, "validate");
    await user.click(await screen.findByRole("button", { name: RUN }));
    const message = await screen.findByText(/Cài đặt chưa hợp lệ \(thẻ Cài đặt\): .*20x4/);
    expect(message.closest(".fui-MessageBar")).not.toBeNull();
  });

  it("shows a busy spinner and disables the buttons while the host works", async () => {
    const host = new MemoryHost([wardSheet()]);
    const user = userEvent.setup();
    renderPane(host, "validate");
    const run = await screen.findByRole("button", { name: RUN });
    await act(async () => undefined);
    const release = host.hold();
    await user.click(run);
    expect(within(screen.getByRole("tabpanel")).getByRole("progressbar")).toBeInTheDocument();
    // Disabled but still focusable, so keyboard focus is not lost while the host works.
    expect(screen.getByRole("button", { name: RUN })).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByRole("button", { name: RUN })).toHaveFocus();
    await act(async () => release());
    expect(await screen.findAllByRole("button", { name: /^Dòng 7 · ô/ })).not.toHaveLength(0);
    expect(screen.getByRole("button", { name: RUN })).not.toHaveAttribute("aria-disabled", "true");
  });

  it("adds agency lists from the directory sheet and quarter lists on start and finish", async () => {
    const plan = directorySheetPlan(DEFAULT_DIRECTORY);
    const host = new MemoryHost([wardSheet()]);
    host.addPlanSheet(plan);
    const user = await checkSheet(host);
    await user.click(screen.getByRole("button", { name: "Thêm danh sách chọn" }));
    await screen.findByText(/Đã thêm danh sách chọn cho 4 cột/);
    const request = host.dropdowns[0];
    expect(request?.sheet).toBe("Bắc Sơn");
    expect(request?.firstRow).toBe(5);
    expect(request?.lastRow).toBe(9);
    const byColumn = new Map(request?.columns.map((c) => [c.column, c]));
    const reference = { reference: `'${DIRECTORY_SHEET_NAME}'!$A$2:$A$${plan.values.length}` };
    expect(byColumn.get(5)).toEqual({ column: 5, list: reference, allowOther: true });
    expect(byColumn.get(6)).toEqual({ column: 6, list: reference, allowOther: true });
    expect(byColumn.get(3)).toEqual({
      column: 3,
      list: ["Quý I", "Quý II", "Quý III", "Quý IV"],
      allowOther: true,
    });
    expect(byColumn.get(4)?.list).toEqual(["Quý I", "Quý II", "Quý III", "Quý IV"]);
    // The directory sheet existed: nothing was written.
    expect(host.plans).toEqual([]);
  });

  it("asks before adding the directory sheet, and adds nothing when the clerk cancels", async () => {
    const host = new MemoryHost([wardSheet()]);
    const user = await checkSheet(host);
    await user.click(screen.getByRole("button", { name: "Thêm danh sách chọn" }));
    await user.click(await screen.findByRole("button", { name: "Hủy" }));
    expect(screen.queryByRole("button", { name: "Thêm trang tính và danh sách chọn" })).toBeNull();
    expect(host.plans).toEqual([]);
    expect(host.dropdowns).toEqual([]);
    expect(host.sheets.map((s) => s.snapshot.sheet)).toEqual(["Bắc Sơn"]);
  });

  it("writes the directory sheet first, once the clerk agreed, and says it did", async () => {
    const host = new MemoryHost([wardSheet()]);
    const user = await checkSheet(host);
    await user.click(screen.getByRole("button", { name: "Thêm danh sách chọn" }));
    expect(await screen.findByText(/Thêm trang tính “Danh mục cơ quan” vào sổ làm việc/)).toBeInTheDocument();
    expect(host.plans).toEqual([]);
    await user.click(screen.getByRole("button", { name: "Thêm trang tính và danh sách chọn" }));
    await screen.findByText(
      `Đã thêm trang tính “${DIRECTORY_SHEET_NAME}” (danh mục cơ quan, do phần bổ trợ quản lý) và danh sách chọn cho 4 cột.`,
    );
    expect(host.plans.map((p) => p.name)).toEqual([DIRECTORY_SHEET_NAME]);
    expect(host.plans[0]?.owner).toBe("directory");
    const lead = host.dropdowns[0]?.columns.find((c) => c.column === 5);
    expect(lead?.list).toEqual({
      reference: `'${DIRECTORY_SHEET_NAME}'!$A$2:$A$${host.plans[0]?.values.length}`,
    });
  });
});

describe("Kiểm tra tab on the add-in's own sheets", () => {
  it.each(["summary", "data", "findings", "directory"] as const)(
    "names an owned %s sheet as the add-in's own instead of listing problems in it",
    async (owner) => {
      const host = new MemoryHost([wardSheet()]);
      // A user could rename it: the owner marker decides, not the name.
      host.sheets.push({ snapshot: { ...wardSheet("Báo cáo quý"), sheet: "Báo cáo quý" }, owner });
      host.activeName = "Báo cáo quý";
      const user = userEvent.setup();
      renderPane(host, "validate");
      await user.click(await screen.findByRole("button", { name: RUN }));
      expect(
        await screen.findByText(/^“Báo cáo quý” là trang tính .* do phần bổ trợ tạo ra/),
      ).toBeInTheDocument();
      expect(screen.queryByRole("region", { name: "Danh sách vấn đề" })).toBeNull();
      expect(screen.queryByText(/^Lỗi: /)).toBeNull();
    },
  );

  it("still checks an annex sheet the add-in made (it is a task table)", async () => {
    const host = new MemoryHost([]);
    host.sheets.push({ snapshot: wardSheet("Phụ lục"), owner: "annex" });
    host.activeName = "Phụ lục";
    const user = userEvent.setup();
    renderPane(host, "validate");
    await user.click(await screen.findByRole("button", { name: RUN }));
    await screen.findAllByRole("button", { name: /^Dòng 7 · ô/ });
    expect(
      screen.getByText(/^Đã kiểm tra trang tính “Phụ lục”: có \d+ vấn đề cần xem\.$/),
    ).toBeInTheDocument();
  });
});

describe("Kiểm tra tab on a long sheet", () => {
  it("renders an open group a page at a time", async () => {
    const sheet = wardSheet();
    const extra = Array.from({ length: FINDINGS_PAGE + 50 }, (_, i) => [
      `${i + 5}.`,
      `Nhiệm vụ bổ sung số ${i + 5}`,
      "Quý I",
      "Quý IV",
      null,
      null,
    ]);
    const host = new MemoryHost([{ ...sheet, rows: [...sheet.rows, ...extra] }]);
    const user = userEvent.setup();
    renderPane(host, "validate");
    await user.click(await screen.findByRole("button", { name: RUN }));
    const lead = validateSheet(
      host.sheets[0]!.snapshot,
      { asOf: TODAY, directory: DEFAULT_DIRECTORY },
      createAgencyMatcher(DEFAULT_DIRECTORY),
    ).findings.filter((f) => f.code === "LEAD_MISSING").length;
    expect(lead).toBeGreaterThan(FINDINGS_PAGE);
    const toggle = await screen.findByRole("button", { name: `Lỗi Thiếu cơ quan chủ trì — ${lead}` });
    // An error kind, and under 500 findings in all: open from the start.
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    const group = document.querySelector('[data-code="LEAD_MISSING"]') as HTMLElement;
    const findingButtons = () => within(group).queryAllByTitle(/^Đến ô /);
    expect(findingButtons()).toHaveLength(FINDINGS_PAGE);
    expect(screen.getByText(`Đang hiện ${FINDINGS_PAGE}/${lead} vấn đề.`)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /^Hiện thêm/ }));
    expect(findingButtons()).toHaveLength(lead);
  });

  it("says when only some cells could be highlighted (the host caps them)", async () => {
    class CappedHost extends MemoryHost {
      override async highlightFindings(
        sheet: string,
        findings: Parameters<MemoryHost["highlightFindings"]>[1],
      ) {
        return Math.min(await super.highlightFindings(sheet, findings), 2);
      }
    }
    const host = new CappedHost([wardSheet()]);
    const user = await checkSheet(host);
    await user.click(screen.getByRole("button", { name: "Đánh dấu" }));
    const cells = host.highlights[0]?.cells.length ?? 0;
    expect(cells).toBeGreaterThan(2);
    expect(await screen.findByText(new RegExp(`^Đã đánh dấu 2/${cells} ô`))).toBeInTheDocument();
  });
});

describe("Kiểm tra tab: fixing agency names from the suggestions", () => {
  const VHTT = "Phòng Văn hóa và Thông tin";
  const TU_PHAP = "Phòng Tư pháp";

  function misspelt(): MemoryHost {
    const sheet = wardSheet();
    const rows = sheet.rows.map((r) => [...r]);
    rows[5]![4] = "Phòng Văn hoá và Thông tim";
    rows[5]![5] = "UBND các phường, Phòng Tư phap";
    rows[6]![4] = "Phòng Tư phap";
    rows[8]![4] = "Phòng Tư phap";
    return new MemoryHost([{ ...sheet, rows }]);
  }

  async function openLeadGroup(host: MemoryHost) {
    const user = userEvent.setup();
    renderPane(host, "validate");
    await user.click(await screen.findByRole("button", { name: RUN }));
    const toggle = await screen.findByRole("button", {
      name: /^Cảnh báo Cơ quan chủ trì chưa có trong danh mục — 3$/,
    });
    await user.click(toggle);
    return user;
  }

  function cellText(host: MemoryHost, row: number, column: number): unknown {
    return host.sheets[0]?.snapshot.rows[row - 1]?.[column - 1];
  }

  it("writes the suggested name into that cell only, after the clerk asked, then checks again", async () => {
    const host = misspelt();
    const user = await openLeadGroup(host);
    expect(host.edits).toEqual([]);
    const item = screen.getByRole("button", { name: /^Dòng 6 · ô E6\b/ }).closest("li") as HTMLElement;
    await user.click(within(item).getByRole("button", { name: `Sửa ô này thành “${VHTT}”` }));
    await screen.findByText(`Đã sửa 1 ô thành “${VHTT}” và kiểm tra lại các dòng đó.`);
    expect(host.edits).toEqual([
      { sheet: "Bắc Sơn", address: "E6", from: "Phòng Văn hoá và Thông tim", to: VHTT },
    ]);
    expect(cellText(host, 7, 5)).toBe("Phòng Tư phap");
    // Only the changed row was read again, not the whole sheet.
    expect(host.callsOf("readRows").map((c) => c.args[1])).toEqual([[{ first: 6, last: 6 }]]);
    expect(host.callsOf("read")).toHaveLength(2);
    // Checked again: the group now holds the two cells left.
    expect(
      await screen.findByRole("button", { name: /^Cảnh báo Cơ quan chủ trì chưa có trong danh mục — 2$/ }),
    ).toBeInTheDocument();
  });

  it("replaces only the wrong name in a supporting cell, keeping the others", async () => {
    const host = misspelt();
    const user = userEvent.setup();
    renderPane(host, "validate");
    await user.click(await screen.findByRole("button", { name: RUN }));
    await user.click(
      await screen.findByRole("button", { name: /^Cảnh báo Cơ quan phối hợp chưa có trong danh mục — 1$/ }),
    );
    await user.click(screen.getByRole("button", { name: `Sửa ô này thành “${TU_PHAP}”` }));
    await screen.findByText(/^Đã sửa 1 ô/);
    expect(cellText(host, 6, 6)).toBe(`UBND các phường, ${TU_PHAP}`);
  });

  it("applies one suggestion to every cell holding the same name", async () => {
    const host = misspelt();
    const user = await openLeadGroup(host);
    const item = screen.getByRole("button", { name: /^Dòng 7 · ô E7\b/ }).closest("li") as HTMLElement;
    await user.click(within(item).getByRole("button", { name: `Sửa cả 2 ô như vậy thành “${TU_PHAP}”` }));
    await screen.findByText(`Đã sửa 2 ô thành “${TU_PHAP}” và kiểm tra lại các dòng đó.`);
    expect(host.edits.map((e) => [e.address, e.to])).toEqual([
      ["E7", TU_PHAP],
      ["E9", TU_PHAP],
    ]);
    expect(cellText(host, 6, 5)).toBe("Phòng Văn hoá và Thông tim");
  });

  it("changes nothing when the cell was edited since the check", async () => {
    const host = misspelt();
    const user = await openLeadGroup(host);
    const edited = host.sheets[0]!.snapshot.rows.map((r) => [...r]);
    edited[5]![4] = "Phòng Nội vụ";
    host.sheets[0]!.snapshot = { ...host.sheets[0]!.snapshot, rows: edited };
    const item = screen.getByRole("button", { name: /^Dòng 6 · ô E6\b/ }).closest("li") as HTMLElement;
    await user.click(within(item).getByRole("button", { name: `Sửa ô này thành “${VHTT}”` }));
    await screen.findByText(/^Ô đã được sửa khác đi/);
    expect(host.edits).toEqual([]);
    expect(cellText(host, 6, 5)).toBe("Phòng Nội vụ");
  });
});

describe("Kiểm tra tab: re-check on edit", () => {
  async function checked(host: MemoryHost) {
    const user = userEvent.setup();
    renderPane(host, "validate");
    await user.click(await screen.findByRole("button", { name: RUN }));
    await screen.findByRole("button", { name: /^Dòng 8 · ô E8/ });
    return user;
  }

  it("an edit to a checked row updates its findings without pressing the button, reading only that row", async () => {
    const host = new MemoryHost([wardSheet()]);
    await checked(host);
    expect(host.watchers.map((w) => w.sheet)).toEqual(["Bắc Sơn"]);
    const reads = host.callsOf("read").length;
    // The clerk types the missing lead of row 8.
    act(() => host.userEdit("Bắc Sơn", 8, 5, [["Phòng Văn hóa và Thông tin"]]));
    expect(
      await screen.findByText(/^Đã kiểm tra lại dòng 8 vừa sửa: trang tính còn \d+ vấn đề\.$/),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Dòng 8 · ô E8/ })).toBeNull();
    expect(document.querySelector('[data-code="LEAD_MISSING"]')).toBeNull();
    // The other rows' findings stay.
    expect(screen.getByRole("button", { name: /^Dòng 9 · ô C9/ })).toBeInTheDocument();
    expect(host.callsOf("readRows").map((c) => c.args.slice(1))).toEqual([[[{ first: 8, last: 8 }], 6]]);
    expect(host.callsOf("read")).toHaveLength(reads);
    expect(
      screen.getByText(/Dòng nào được sửa trên trang tính này thì được kiểm tra lại ngay/),
    ).toBeInTheDocument();
  });

  it("a new mistake typed into a row shows up at once", async () => {
    const host = new MemoryHost([wardSheet()]);
    await checked(host);
    act(() => host.userEdit("Bắc Sơn", 6, 3, [["Quý VI"]]));
    expect(await screen.findByRole("button", { name: /^Dòng 6 · ô C6/ })).toBeInTheDocument();
  });

  it("an inserted row re-reads the whole sheet (every row below moved)", async () => {
    const host = new MemoryHost([wardSheet()]);
    await checked(host);
    const reads = host.callsOf("read").length;
    act(() => host.changed("Bắc Sơn", { address: "7:7", changeType: "RowInserted" }));
    expect(await screen.findByText(/^Có dòng hoặc cột được thêm, xóa/)).toBeInTheDocument();
    expect(host.callsOf("read")).toHaveLength(reads + 1);
    expect(host.callsOf("readRows")).toEqual([]);
  });

  it("stops watching a sheet when another is checked, and when the pane closes", async () => {
    const host = new MemoryHost([
      wardSheet("Bắc Sơn"),
      wardSheet("Nam Sơn", "ỦY BAN NHÂN DÂN PHƯỜNG NAM SƠN"),
    ]);
    const user = userEvent.setup();
    const view = renderPane(host, "validate");
    await user.click(await screen.findByRole("button", { name: RUN }));
    await screen.findByText(/^Đã kiểm tra trang tính “Bắc Sơn”/);
    await waitFor(() => expect(host.watchers.map((w) => w.sheet)).toEqual(["Bắc Sơn"]));
    host.activeName = "Nam Sơn";
    await user.click(screen.getByRole("button", { name: RUN }));
    await screen.findByText(/^Đã kiểm tra trang tính “Nam Sơn”/);
    await waitFor(() => expect(host.watchers.map((w) => w.sheet)).toEqual(["Nam Sơn"]));
    view.unmount();
    expect(host.watchers).toEqual([]);
  });
});

describe("Kiểm tra tab: adding an unknown agency to the directory", () => {
  // Unknown to a user's directory; with the built-in one, a club is not read as an agency either.
  const NEW = "Câu lạc bộ dưỡng sinh";

  function withUnknownLead(): MemoryHost {
    const sheet = wardSheet();
    const rows = sheet.rows.map((r) => [...r]);
    rows[6]![4] = NEW;
    return new MemoryHost([{ ...sheet, rows }]);
  }

  async function openUnknownLeads(host: MemoryHost) {
    const user = userEvent.setup();
    renderPane(host, "validate");
    await user.click(await screen.findByRole("button", { name: RUN }));
    await user.click(
      await screen.findByRole("button", { name: /^Cảnh báo Cơ quan chủ trì chưa có trong danh mục — 1$/ }),
    );
    return user;
  }

  it("appends one row with the name to the workbook's directory sheet, then the finding is gone", async () => {
    const host = withUnknownLead();
    const plan = directorySheetPlan(DEFAULT_DIRECTORY);
    host.addPlanSheet(plan);
    const user = await openUnknownLeads(host);
    await user.click(screen.getByRole("button", { name: "Thêm tên này vào Danh mục cơ quan" }));
    const row = plan.values.length + 1;
    expect(
      await screen.findByText(
        new RegExp(
          `^Đã thêm “${NEW}” vào trang tính “${DIRECTORY_SHEET_NAME}” \\(dòng ${row}\\) và kiểm tra lại`,
        ),
      ),
    ).toBeInTheDocument();
    expect(host.appended).toEqual([{ sheet: DIRECTORY_SHEET_NAME, row, cells: [{ column: 1, text: NEW }] }]);
    // Never rebuilt: no plan written, the clerk's rows as they were.
    expect(host.plans).toEqual([]);
    expect(host.sheet(DIRECTORY_SHEET_NAME)?.snapshot.rows.slice(0, -1)).toEqual(
      plan.values.map((line) => line.map((v) => (typeof v === "string" ? v : null))),
    );
    expect(screen.queryByRole("button", { name: /Cơ quan chủ trì chưa có trong danh mục/ })).toBeNull();
    // A full check agrees: the directory sheet now knows the name.
    await user.click(screen.getByRole("button", { name: RUN }));
    await screen.findByText(/^Đã kiểm tra trang tính/);
    expect(screen.queryByRole("button", { name: /Cơ quan chủ trì chưa có trong danh mục/ })).toBeNull();
  });

  it("asks before adding a directory sheet the workbook lacks; cancelling adds nothing", async () => {
    const host = withUnknownLead();
    const user = await openUnknownLeads(host);
    await user.click(screen.getByRole("button", { name: "Thêm tên này vào Danh mục cơ quan" }));
    expect(await screen.findByText(/^Sổ làm việc chưa có trang tính “Danh mục cơ quan”/)).toBeInTheDocument();
    expect(host.plans).toEqual([]);
    await user.click(screen.getByRole("button", { name: "Hủy" }));
    expect(screen.queryByText(/^Sổ làm việc chưa có trang tính “Danh mục cơ quan”/)).toBeNull();
    expect(host.plans).toEqual([]);
    expect(host.appended).toEqual([]);
  });

  it("once the clerk agreed, writes the directory sheet with the name as its last row", async () => {
    const host = withUnknownLead();
    const user = await openUnknownLeads(host);
    await user.click(screen.getByRole("button", { name: "Thêm tên này vào Danh mục cơ quan" }));
    await user.click(await screen.findByRole("button", { name: "Thêm trang tính và tên này" }));
    expect(await screen.findByText(/^Đã thêm trang tính “Danh mục cơ quan”/)).toBeInTheDocument();
    expect(host.plans.map((p) => p.name)).toEqual([DIRECTORY_SHEET_NAME]);
    const values = host.plans[0]!.values;
    expect(values.at(-1)?.[0]).toBe(NEW);
    expect(values).toHaveLength(DEFAULT_DIRECTORY.entries.length + 2);
    expect(screen.queryByRole("button", { name: /Cơ quan chủ trì chưa có trong danh mục/ })).toBeNull();
  });

  it("offers no button for a known agency's findings", async () => {
    const host = new MemoryHost([wardSheet()]);
    renderPane(host, "validate");
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: RUN }));
    await screen.findByRole("button", { name: /^Dòng 8 · ô E8/ });
    expect(screen.queryByRole("button", { name: "Thêm tên này vào Danh mục cơ quan" })).toBeNull();
  });
});

describe("Kiểm tra tab: fixing times from the suggestions", () => {
  it("writes the standard spelling of a misspelt quarter and a look-alike letter, each in its own cell", async () => {
    const sheet = wardSheet();
    const rows = sheet.rows.map((r) => [...r]);
    rows[5]![2] = "Qúy I";
    rows[7]![3] = "Quý lll";
    const host = new MemoryHost([{ ...sheet, rows }]);
    const user = userEvent.setup();
    renderPane(host, "validate");
    await user.click(await screen.findByRole("button", { name: RUN }));
    // An error group starts open; information starts closed.
    const unreadable = (await screen.findByRole("button", { name: /^Dòng 8 · ô D8\b/ })).closest(
      "li",
    ) as HTMLElement;
    await user.click(within(unreadable).getByRole("button", { name: "Sửa ô này thành “Quý III”" }));
    await screen.findByText("Đã sửa 1 ô thành “Quý III” và kiểm tra lại các dòng đó.");
    expect(screen.queryByRole("button", { name: /^Dòng 8 · ô D8\b/ })).toBeNull();
    await user.click(screen.getByRole("button", { name: /^Lưu ý Thời gian viết chưa chuẩn — 1$/ }));
    const misspelt = screen.getByRole("button", { name: /^Dòng 6 · ô C6\b/ }).closest("li") as HTMLElement;
    await user.click(within(misspelt).getByRole("button", { name: "Sửa ô này thành “Quý I”" }));
    await screen.findByText("Đã sửa 1 ô thành “Quý I” và kiểm tra lại các dòng đó.");
    expect(host.edits).toEqual([
      { sheet: "Bắc Sơn", address: "D8", from: "Quý lll", to: "Quý III" },
      { sheet: "Bắc Sơn", address: "C6", from: "Qúy I", to: "Quý I" },
    ]);
    expect(screen.queryByRole("button", { name: /Thời gian viết chưa chuẩn/ })).toBeNull();
  });
});
