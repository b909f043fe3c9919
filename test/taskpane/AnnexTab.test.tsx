/** @jest-environment jsdom */
import "./setup";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fieldLabel } from "../../src/core/messages";
import type { PlanValue } from "../../src/core/sheet-plan";
import { MemoryHost } from "../helpers/memory-host";
import { wardSheet } from "./fixtures";
import { renderPane } from "./render-pane";

const TASK_1 = "Ban hành kế hoạch truyền thông chuyển đổi số năm 2024";

async function openAnnex(host: MemoryHost) {
  const user = userEvent.setup();
  renderPane(host, "annex");
  const lead = await screen.findByRole("combobox", { name: fieldLabel("lead", "vi") });
  return { user, lead };
}

function planRow(
  values: readonly (readonly PlanValue[])[],
  content: string,
): readonly PlanValue[] | undefined {
  return values.find((row) => row.includes(content));
}

describe("Phụ lục tab", () => {
  it("builds from the sheet open now, not the one open when the form was read", async () => {
    const host = new MemoryHost([
      wardSheet("Bắc Sơn"),
      wardSheet("Nam Sơn", "ỦY BAN NHÂN DÂN PHƯỜNG NAM SƠN"),
    ]);
    const { user } = await openAnnex(host);
    expect(screen.getByText("Bắc Sơn")).toBeInTheDocument();
    host.activeName = "Nam Sơn";
    await user.click(screen.getByRole("button", { name: "Tạo phụ lục" }));
    await screen.findByText(
      /Trang tính đang mở là “Nam Sơn”.*Đã tạo phụ lục trong trang tính “Phụ lục” từ trang tính “Nam Sơn”/,
    );
    expect(host.plans).toHaveLength(1);
    // The form now shows the sheet the annex came from.
    expect(screen.getByText("Nam Sơn")).toBeInTheDocument();
    expect(screen.queryByText("Bắc Sơn")).toBeNull();
  });

  it("uses the form's sheet when the sheet open is the annex it just made", async () => {
    const host = new MemoryHost([wardSheet("Bắc Sơn")]);
    const { user } = await openAnnex(host);
    await user.click(screen.getByRole("button", { name: "Tạo phụ lục" }));
    await screen.findByText(/Đã tạo phụ lục trong trang tính “Phụ lục” từ trang tính “Bắc Sơn”/);
    expect(host.activeName).toBe("Phụ lục");
    await user.click(screen.getByRole("button", { name: "Tạo phụ lục" }));
    await screen.findByText(/Đã tạo phụ lục trong trang tính “Phụ lục \(2\)” từ trang tính “Bắc Sơn”/);
  });

  it.each([
    ["stt", "A — STT"],
    ["content", "B — Nội dung nhiệm vụ"],
    ["start", "C — Bắt đầu"],
    ["end", "D — Hoàn thành"],
    ["lead", "E — Cơ quan chủ trì"],
    ["support", "F — Cơ quan phối hợp"],
    ["status", "(không có)"],
    ["note", "(không có)"],
  ] as const)("shows the detected column of %s", async (field, shown) => {
    await openAnnex(new MemoryHost([wardSheet()]));
    expect(screen.getByRole("combobox", { name: fieldLabel(field, "vi") })).toHaveTextContent(shown);
  });

  it("pre-fills the title and the Kèm theo line from the sheet", async () => {
    await openAnnex(new MemoryHost([wardSheet()]));
    expect(screen.getByRole("textbox", { name: "Tiêu đề" })).toHaveValue(
      "NHIỆM VỤ CỤ THỂ TRIỂN KHAI CÔNG TÁC TRUYỀN THÔNG CHUYỂN ĐỔI SỐ NĂM 2024",
    );
    expect(screen.getByRole("textbox", { name: "Dòng “Kèm theo…”" })).toHaveValue(
      "(Kèm theo Kế hoạch số 12/KH-UBND ngày 05 tháng 3 năm 2024 của Ủy ban nhân dân phường)",
    );
  });

  it("writes exactly one new sheet and leaves the source sheet untouched", async () => {
    const host = new MemoryHost([wardSheet()]);
    const { user } = await openAnnex(host);
    await user.clear(screen.getByRole("textbox", { name: "Tiêu đề" }));
    await user.type(screen.getByRole("textbox", { name: "Tiêu đề" }), "NHIỆM VỤ NĂM 2024");
    await user.click(screen.getByRole("button", { name: "Tạo phụ lục" }));
    await screen.findByText(/Đã tạo phụ lục trong trang tính “Phụ lục”/);
    expect(host.plans).toHaveLength(1);
    const plan = host.plans[0];
    expect(plan?.name).toBe("Phụ lục");
    expect(plan?.owner).toBe("annex");
    expect(plan?.values.flat()).toContain("NHIỆM VỤ NĂM 2024");
    expect(host.sheet("Bắc Sơn")?.snapshot).toEqual(wardSheet());
    expect(host.sheets.map((s) => s.snapshot.sheet)).toEqual(["Bắc Sơn", "Phụ lục"]);
    expect(host.activeName).toBe("Phụ lục");
    expect(host.callsOf("update")).toHaveLength(1);
  });

  it("never replaces an existing sheet: a second annex gets a new name", async () => {
    const host = new MemoryHost([wardSheet()]);
    const { user } = await openAnnex(host);
    await user.click(screen.getByRole("button", { name: "Tạo phụ lục" }));
    await screen.findByText(/“Phụ lục”/);
    await user.click(screen.getByRole("button", { name: "Tạo phụ lục" }));
    await screen.findByText(/“Phụ lục \(2\)”/);
    expect(host.sheets.map((s) => s.snapshot.sheet)).toEqual(["Bắc Sơn", "Phụ lục", "Phụ lục (2)"]);
  });

  it("builds the annex with the columns the user corrected", async () => {
    const host = new MemoryHost([wardSheet()]);
    const { user, lead } = await openAnnex(host);
    await user.click(lead);
    await user.click(await screen.findByRole("option", { name: "F — Cơ quan phối hợp" }));
    await waitFor(() => expect(lead).toHaveTextContent("F — Cơ quan phối hợp"));
    const support = screen.getByRole("combobox", { name: fieldLabel("support", "vi") });
    await user.click(support);
    await user.click(await screen.findByRole("option", { name: "E — Cơ quan chủ trì" }));
    await user.click(screen.getByRole("button", { name: "Tạo phụ lục" }));
    await screen.findByText(/Đã tạo phụ lục/);
    const row = planRow(host.plans[0]?.values ?? [], TASK_1);
    // Annex columns: STT, content, start, finish, lead, support.
    expect(row?.[4]).toBe("UBND các phường");
    expect(row?.[5]).toBe("Phòng Văn hóa và Thông tin");
  });

  it.each([
    ["Giữ nguyên", "5."],
    ["Đánh số lại", "4."],
  ])("numbering %s writes task `5.` (after `3.`) as %s", async (choice, expected) => {
    const sheet = wardSheet();
    const skipping = {
      ...sheet,
      rows: sheet.rows.map((row, i) => (i === 8 ? ["5.", ...row.slice(1)] : row)),
    };
    const host = new MemoryHost([skipping]);
    const { user } = await openAnnex(host);
    await user.click(screen.getByRole("radio", { name: choice }));
    await user.click(screen.getByRole("button", { name: "Tạo phụ lục" }));
    await screen.findByText(/Đã tạo phụ lục/);
    expect(planRow(host.plans[0]?.values ?? [], "Tổng kết, đánh giá")?.[0]).toBe(expected);
  });
});

describe("Phụ lục tab when the source sheet is gone", () => {
  it("says so instead of writing anything", async () => {
    const host = new MemoryHost([wardSheet()]);
    const { user } = await openAnnex(host);
    const source = host.sheet("Bắc Sơn");
    if (source) source.snapshot = { ...source.snapshot, sheet: "Bắc Sơn cũ" };
    await user.click(screen.getByRole("button", { name: "Tạo phụ lục" }));
    expect(
      await screen.findByText(
        /Trang tính nguồn đã bị đổi tên hoặc xóa; hãy bấm Đọc lại\. Trang tính: Bắc Sơn/,
      ),
    ).toBeInTheDocument();
    expect(host.plans).toEqual([]);
  });
});
