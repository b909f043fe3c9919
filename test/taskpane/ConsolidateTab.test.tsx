/** @jest-environment jsdom */
import "./setup";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import { DIRECTORY_SHEET_NAME, directorySheetPlan } from "../../src/core/directory-sheet";
import { OWNED_SHEETS } from "../../src/core/plans/consolidation-plans";
import { MemoryHost } from "../helpers/memory-host";
import { wardSheet } from "./fixtures";
import { renderPane } from "./render-pane";

function workbook(): MemoryHost {
  return new MemoryHost([
    wardSheet("Bắc Sơn", "ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN"),
    wardSheet("Đông Hải", "ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HẢI"),
    { sheet: "Sheet3", rows: [], merges: [] },
  ]);
}

async function openConsolidate(host: MemoryHost) {
  const user = userEvent.setup();
  renderPane(host, "consolidate");
  await screen.findByRole("checkbox", { name: "Bắc Sơn" });
  return user;
}

describe("Tổng hợp tab", () => {
  it("lists the workbook's sheets, ticking those with a task table", async () => {
    await openConsolidate(workbook());
    expect(screen.getByRole("checkbox", { name: "Bắc Sơn" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Đông Hải" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Sheet3" })).not.toBeChecked();
    expect(screen.getAllByText("4 nhiệm vụ")).toHaveLength(2);
    expect(screen.getByText("Trống")).toBeInTheDocument();
  });

  it("leaves the add-in's own sheets and the directory out of the list", async () => {
    const host = workbook();
    host.addPlanSheet(directorySheetPlan(DEFAULT_DIRECTORY));
    const user = await openConsolidate(host);
    await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
    await screen.findByRole("heading", { name: "Kết quả tổng hợp" });
    await user.click(screen.getByRole("button", { name: "Đọc lại danh sách" }));
    await screen.findByRole("checkbox", { name: "Bắc Sơn" });
    const names = screen.getAllByRole("checkbox").map((c) => c.closest("li")?.textContent ?? "");
    for (const owned of [...Object.values(OWNED_SHEETS), DIRECTORY_SHEET_NAME]) {
      expect(names.some((n) => n.startsWith(owned))).toBe(false);
    }
    expect(host.sheets.map((s) => s.snapshot.sheet)).toEqual(
      expect.arrayContaining([...Object.values(OWNED_SHEETS), DIRECTORY_SHEET_NAME]),
    );
    const list = screen.getByRole("region", { name: "Trang tính báo cáo" });
    expect(within(list).getAllByRole("checkbox")).toHaveLength(3);
  });

  it("consolidates only the ticked sheets, in one update", async () => {
    const host = workbook();
    const user = await openConsolidate(host);
    await user.click(screen.getByRole("checkbox", { name: "Đông Hải" }));
    await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
    await screen.findByRole("heading", { name: "Kết quả tổng hợp" });
    const updates = host.callsOf("update");
    expect(updates).toHaveLength(1);
    // Besides the ticked sheet: hidden sheets (templates' fingerprints) and an earlier run's data sheet.
    expect(updates[0]?.args[0]).toEqual({
      sheets: ["Bắc Sơn"],
      directory: true,
      extra: { hidden: true, names: [OWNED_SHEETS.data] },
    });
    expect(host.plans.map((p) => p.name)).toEqual(expect.arrayContaining(Object.values(OWNED_SHEETS)));
    expect(host.activeName).toBe(OWNED_SHEETS.summary);
    expect(screen.getByTestId("units-submitted")).toHaveTextContent("1");
    expect(screen.getByTestId("total-tasks")).toHaveTextContent("4");
  });

  it("disables Tổng hợp when nothing is ticked", async () => {
    const user = await openConsolidate(workbook());
    await user.click(screen.getByRole("checkbox", { name: "Bắc Sơn" }));
    await user.click(screen.getByRole("checkbox", { name: "Đông Hải" }));
    expect(screen.getByRole("button", { name: "Tổng hợp" })).toBeDisabled();
  });

  it("adds .xlsx files as sheets and reports the files that fail, by name", async () => {
    const host = workbook();
    host.files.set("phuong-an-binh.xlsx", [wardSheet("Phụ lục", "ỦY BAN NHÂN DÂN PHƯỜNG AN BÌNH")]);
    await openConsolidate(host);
    const good = new File(["PK"], "phuong-an-binh.xlsx");
    const bad = new File(["not a workbook"], "ghi-chu.xlsx");
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [good, bad] } });
    await screen.findByRole("checkbox", { name: "Phụ lục (phuong-an-binh)" });
    const alert = screen.getByRole("alert");
    expect(
      within(alert).getByText(/Tệp “ghi-chu.xlsx”: Tệp này không phải là sổ làm việc Excel/),
    ).toBeInTheDocument();
    expect(within(alert).queryByText(/phuong-an-binh/)).toBeNull();
    expect(host.callsOf("insertWorkbook").map((c) => c.args[0])).toEqual([
      "phuong-an-binh.xlsx",
      "ghi-chu.xlsx",
    ]);
    // The content went to the host as base64.
    expect(host.callsOf("insertWorkbook")[0]?.args[1]).toBe(Buffer.from("PK").toString("base64"));
    await waitFor(() =>
      expect(screen.getByRole("checkbox", { name: "Phụ lục (phuong-an-binh)" })).toBeChecked(),
    );
  });
});

describe("Tổng hợp tab after adding files", () => {
  it("keeps the user's ticks and ticks the new sheets", async () => {
    const host = workbook();
    host.files.set("an-binh.xlsx", [wardSheet("Báo cáo", "ỦY BAN NHÂN DÂN PHƯỜNG AN BÌNH")]);
    const user = await openConsolidate(host);
    await user.click(screen.getByRole("checkbox", { name: "Đông Hải" }));
    fireEvent.change(screen.getByTestId("file-input"), {
      target: { files: [new File(["PK"], "an-binh.xlsx")] },
    });
    const added = await screen.findByRole("checkbox", { name: "Báo cáo (an-binh)" });
    await waitFor(() => expect(added).toBeChecked());
    expect(screen.getByRole("checkbox", { name: "Bắc Sơn" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Đông Hải" })).not.toBeChecked();
  });
});

describe("Tổng hợp tab, feedback sheets (issue 11)", () => {
  it("writes one feedback sheet per unit with the summary when asked, in the same one update", async () => {
    const host = workbook();
    const user = await openConsolidate(host);
    await user.click(screen.getByRole("checkbox", { name: /phiếu phản hồi/ }));
    await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
    await screen.findByRole("heading", { name: "Kết quả tổng hợp" });
    expect(host.callsOf("update")).toHaveLength(1);
    const feedback = host.sheets.filter((s) => s.owner === "feedback").map((s) => s.snapshot.sheet);
    expect(feedback.length).toBeGreaterThan(0);
    expect(feedback.every((name) => name.startsWith("Phản hồi "))).toBe(true);
  });

  it("makes the units' report templates from the open plan and says how to send them", async () => {
    const host = workbook();
    host.addPlanSheet(
      directorySheetPlan({
        ...DEFAULT_DIRECTORY,
        entries: DEFAULT_DIRECTORY.entries.map((e) => ({
          ...e,
          mustSubmit: e.name.endsWith("phường Bắc Sơn"),
        })),
      }),
    );
    const user = await openConsolidate(host);
    await user.click(screen.getByRole("button", { name: "Tạo mẫu báo cáo từ kế hoạch đang mở" }));
    await screen.findByText(/Đã tạo 1 trang mẫu báo cáo/);
    expect(screen.getByText(/Di chuyển hoặc Sao chép/)).toBeInTheDocument();
    expect(host.callsOf("update")).toHaveLength(1);
    expect(host.plans.map((p) => [p.visibility, p.protection !== undefined])).toEqual([
      [undefined, true],
      ["veryHidden", true],
    ]);
  });
});
