/** @jest-environment jsdom */
/**
 * Issue 8 in the pane: before consolidating, Tổng hợp lists the units with several report sheets, the
 * later report preselected; the clerk can choose another with the keyboard, and only one counts.
 */
import "./setup";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { AgencyDirectory } from "../../src/core/agency-types";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";
import { directorySheetPlan } from "../../src/core/directory-sheet";
import { OWNED_SHEETS } from "../../src/core/plans/consolidation-plans";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { resubmissionGroups } from "../../src/taskpane/components/ResubmissionChoice";
import { en } from "../../src/taskpane/i18n";
import { MemoryHost } from "../helpers/memory-host";
import { wardSheet } from "./fixtures";
import { renderPane } from "./render-pane";

const BAC_SON = "Ủy ban nhân dân phường Bắc Sơn";

/** Bắc Sơn's report with a date line top right. */
function dated(sheet: string, date: string | undefined): SheetSnapshot {
  const ward = wardSheet(sheet, "ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN");
  if (date === undefined) return ward;
  const [first = [], ...rest] = ward.rows;
  return { ...ward, rows: [[...first.slice(0, 4), `Bắc Sơn, ngày ${date}`], ...rest] };
}

function workbook(first = "20 tháng 6 năm 2024", second = "15 tháng 6 năm 2024"): MemoryHost {
  // The resubmission is the first sheet; its date says it is the later report.
  return new MemoryHost([
    dated("Bắc Sơn (2)", first),
    dated("Bắc Sơn", second),
    wardSheet("Đông Hải", "ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HẢI"),
  ]);
}

async function open(host: MemoryHost) {
  const user = userEvent.setup();
  renderPane(host, "consolidate");
  // A ceiling, not a timing: the first read loads the agency model, slow on a busy machine.
  await screen.findByRole("checkbox", { name: "Bắc Sơn" }, { timeout: 20_000 });
  return user;
}

/** Data rows that came from the sheet (any cell of the row naming it: the source column). */
function rowsFrom(host: MemoryHost, sheet: string): number {
  const data = host.plans.find((p) => p.name === OWNED_SHEETS.data);
  if (!data) throw new Error("no data sheet written");
  return data.values.slice(1).filter((row) => row.includes(sheet)).length;
}

function duplicateMessage(host: MemoryHost): string {
  const findings = host.plans.find((p) => p.name === OWNED_SHEETS.findings);
  const row = findings?.values.find((r) => r.includes("SUBMISSION_DUPLICATE"));
  if (!row) throw new Error("no SUBMISSION_DUPLICATE row");
  return String(row[6]);
}

describe("units that submitted more than once", () => {
  it("lists them with the later report preselected, and counts it once", async () => {
    const host = workbook();
    const user = await open(host);
    expect(screen.getByRole("heading", { name: "Đơn vị nộp nhiều bản" })).toBeInTheDocument();
    const group = screen.getByRole("radiogroup", { name: `Bản được tính cho ${BAC_SON}` });
    expect(within(group).getAllByRole("radio")).toHaveLength(2);
    expect(within(group).getByRole("radio", { name: "Bắc Sơn (2) — ngày báo cáo 20/06/2024" })).toBeChecked();
    expect(within(group).getByRole("radio", { name: "Bắc Sơn — ngày báo cáo 15/06/2024" })).not.toBeChecked();
    await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
    await screen.findByRole("heading", { name: "Kết quả tổng hợp" });
    expect(host.callsOf("update")).toHaveLength(1);
    expect(screen.getByTestId("total-tasks")).toHaveTextContent("8");
    expect(screen.getByTestId("replaced")).toHaveTextContent(
      `${BAC_SON}: tính “Bắc Sơn (2)”, thay cho “Bắc Sơn”`,
    );
    expect(rowsFrom(host, "Bắc Sơn")).toBe(0);
    expect(rowsFrom(host, "Bắc Sơn (2)")).toBe(4);
    expect(duplicateMessage(host)).toContain("(ngày báo cáo 20/06/2024, muộn nhất)");
  });

  it("lets the clerk choose the other one with the keyboard; the choice is what counts", async () => {
    const host = workbook();
    const user = await open(host);
    const group = screen.getByRole("radiogroup", { name: `Bản được tính cho ${BAC_SON}` });
    within(group)
      .getByRole("radio", { name: /^Bắc Sơn \(2\)/ })
      .focus();
    await user.keyboard("{ArrowDown}");
    expect(within(group).getByRole("radio", { name: /^Bắc Sơn —/ })).toBeChecked();
    await user.tab();
    await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
    await screen.findByRole("heading", { name: "Kết quả tổng hợp" });
    expect(rowsFrom(host, "Bắc Sơn (2)")).toBe(0);
    expect(rowsFrom(host, "Bắc Sơn")).toBe(4);
    expect(duplicateMessage(host)).toContain("(theo lựa chọn của người tổng hợp)");
    expect(screen.getByTestId("total-tasks")).toHaveTextContent("8");
  });

  it("shows sheets without a date as such, the later in the list preselected", async () => {
    await open(new MemoryHost([dated("Bắc Sơn", undefined), dated("Bắc Sơn (nộp lại)", undefined)]));
    const group = screen.getByRole("radiogroup", { name: `Bản được tính cho ${BAC_SON}` });
    expect(
      within(group).getByRole("radio", { name: "Bắc Sơn (nộp lại) — không ghi ngày báo cáo" }),
    ).toBeChecked();
  });

  it("drops the choice when only one of the unit's sheets is ticked", async () => {
    const user = await open(workbook());
    await user.click(screen.getByRole("checkbox", { name: "Bắc Sơn (2)" }));
    expect(screen.queryByRole("heading", { name: "Đơn vị nộp nhiều bản" })).toBeNull();
  });
});

describe("who has not submitted, in the pane", () => {
  it("is unknown without a directory that marks units as required", async () => {
    const user = await open(workbook());
    await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
    await screen.findByRole("heading", { name: "Kết quả tổng hợp" });
    expect(screen.getByTestId("not-submitted")).toHaveTextContent("chưa rõ");
  });

  it("comes from the workbook's own Danh mục cơ quan sheet", async () => {
    const host = workbook();
    const required = new Set([BAC_SON, "Ủy ban nhân dân phường Ngọc Sơn"]);
    const directory: AgencyDirectory = {
      source: "Danh mục cơ quan",
      entries: DEFAULT_DIRECTORY.entries.map((e) => ({ ...e, mustSubmit: required.has(e.name) })),
    };
    host.addPlanSheet(directorySheetPlan(directory));
    const user = await open(host);
    await user.click(screen.getByRole("button", { name: "Tổng hợp" }));
    await screen.findByRole("heading", { name: "Kết quả tổng hợp" });
    expect(screen.getByTestId("not-submitted")).toHaveTextContent("Ủy ban nhân dân phường Ngọc Sơn");
    const missing = host.plans
      .find((p) => p.name === OWNED_SHEETS.findings)
      ?.values.filter((r) => r.includes("SUBMISSION_MISSING"));
    expect(missing?.map((r) => r[0])).toEqual(["Ủy ban nhân dân phường Ngọc Sơn"]);
  });
});

describe("resubmissionGroups", () => {
  const rows = ["A", "B", "C"].map((sheet) => ({
    sheet,
    tasks: 1,
    errors: 0,
    warnings: 0,
    status: "ok" as const,
  }));
  const replacement = {
    unit: "X",
    kept: { sheet: "B" },
    replaced: [{ sheet: "A" }, { sheet: "C" }],
    by: "reportDate" as const,
  };

  it("shows the engine's pick and passes nothing on while it stands", () => {
    expect(resubmissionGroups([replacement], rows, new Set(["A", "B", "C"]), new Map())).toEqual([
      { unit: "X", sheets: ["A", "B", "C"], selected: "B" },
    ]);
  });

  it("passes the clerk's choice on while its sheet is ticked", () => {
    const chosen = new Map([["X", "A"]]);
    expect(resubmissionGroups([replacement], rows, new Set(["A", "B", "C"]), chosen)[0]).toEqual({
      unit: "X",
      sheets: ["A", "B", "C"],
      selected: "A",
      keep: { sheet: "A" },
    });
    expect(resubmissionGroups([replacement], rows, new Set(["B", "C"]), chosen)[0]?.selected).toBe("B");
  });

  it("with the pick unticked, shows and passes on the last ticked sheet", () => {
    expect(resubmissionGroups([replacement], rows, new Set(["A", "C"]), new Map())[0]).toMatchObject({
      selected: "C",
      keep: { sheet: "C" },
    });
  });

  it("has English words", () => {
    expect(en.resubmit.unit("X")).toBe("Counted for X");
    expect(en.resubmit.dated("20/06/2024")).toBe("report dated 20/06/2024");
  });
});
