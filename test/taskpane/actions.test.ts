import type { AgencyDirectory } from "../../src/core/agency-types";
import type { Finding } from "../../src/core/findings";
import { readAnnexTable } from "../../src/core/table/index";
import { HostError } from "../../src/office/host";
import type { ReadResult } from "../../src/office/host";
import {
  INLINE_LIST_LIMIT,
  PaneError,
  columnChoices,
  errorMessage,
  inlineAgencyList,
  submissionSheetNames,
} from "../../src/taskpane/actions";
import { changedOverrides } from "../../src/taskpane/components/AnnexTab";
import { groupByKind } from "../../src/taskpane/components/FindingList";
import { dueSoonDays, settingsFromForm } from "../../src/taskpane/components/SettingsTab";
import { en, vi } from "../../src/taskpane/i18n";
import { wardSheet } from "./fixtures";

function directory(names: readonly string[]): AgencyDirectory {
  return {
    source: "test",
    entries: names.map((name) => ({ name, aliases: [], kind: "agency" as const, mustSubmit: false })),
  };
}

describe("inlineAgencyList", () => {
  it.each([
    ["short names", ["Phòng Văn hóa và Thông tin", "Phòng Tư pháp"], true],
    ["a name with a comma (Excel would split it)", ["Các phòng, ban, đơn vị"], false],
    ["names over Excel's limit", Array.from({ length: 40 }, (_, i) => `Phòng chuyên môn số ${i + 1}`), false],
  ] as const)("%s → inline: %s", (_case, names, inline) => {
    const list = inlineAgencyList(directory(names));
    expect(list !== undefined).toBe(inline);
    if (list) expect(list.join(",").length).toBeLessThanOrEqual(INLINE_LIST_LIMIT);
  });
});

describe("errorMessage", () => {
  it.each([
    [
      "a HostError's own sentence",
      new HostError("protected", "Trang tính đang được bảo vệ."),
      vi,
      "Trang tính đang được bảo vệ.",
    ],
    ["a pane error in vi", new PaneError("noTable"), vi, vi.errors.noTable],
    ["a pane error in en", new PaneError("noTable"), en, en.errors.noTable],
    [
      "a pane error with detail",
      new PaneError("badSettings", "Thời kỳ sai."),
      vi,
      `${vi.errors.badSettings} Thời kỳ sai.`,
    ],
    ["any other error", new TypeError("x is undefined"), vi, "x is undefined"],
    ["a thrown string", "hỏng", vi, "hỏng"],
  ] as const)("%s", (_case, error, strings, expected) => {
    expect(errorMessage(error, strings)).toBe(expected);
  });
});

describe("changedOverrides", () => {
  it.each([
    ["same mapping", { content: 2, lead: 5 }, { content: 2, lead: 5 }, undefined],
    ["a field moved", { content: 2, lead: 5 }, { content: 2, lead: 6 }, { content: 2, lead: 6 }],
    ["a field removed", { content: 2, lead: 5 }, { content: 2 }, { content: 2, lead: 0 }],
    ["a field added", { content: 2 }, { content: 2, note: 7 }, { content: 2, note: 7 }],
  ] as const)("%s", (_case, detected, chosen, expected) => {
    expect(changedOverrides(detected, chosen)).toEqual(expected);
  });
});

describe("settingsFromForm", () => {
  it.each([
    ["", "", "vi", { lang: "vi" }],
    [" 2024 ", "", "en", { period: "2024", lang: "en" }],
    ["2024 - 2030", "2025-01-15", "vi", { period: "2024-2030", asOf: "2025-01-15", lang: "vi" }],
  ] as const)("%j, %j, %s", (period, asOf, lang, expected) => {
    expect(settingsFromForm(period, asOf, lang)).toEqual(expected);
  });

  it.each([
    ["", { lang: "vi" }],
    [" 14 ", { lang: "vi", dueSoonDays: 14 }],
    ["0", { lang: "vi", dueSoonDays: 0 }],
    // Not saved (the Save button is disabled while the field says it is invalid).
    ["tuần", { lang: "vi" }],
    ["400", { lang: "vi" }],
  ] as const)("the due-soon field %j", (dueSoon, expected) => {
    expect(settingsFromForm("", "", "vi", dueSoon)).toEqual(expected);
  });
});

describe("dueSoonDays", () => {
  it.each([
    ["", undefined],
    ["7", 7],
    ["365", 365],
    ["366", "invalid"],
    ["-1", "invalid"],
    ["1.5", "invalid"],
    ["bảy", "invalid"],
  ] as const)("%j → %p", (text, expected) => {
    expect(dueSoonDays(text)).toBe(expected);
  });
});

describe("groupByKind", () => {
  const finding = (code: Finding["code"], severity: Finding["severity"], row?: number): Finding => ({
    code,
    severity,
    params: {},
    ...(row === undefined ? {} : { row }),
  });
  it("puts the most severe kinds first, then the most frequent, rows in sheet order within a kind", () => {
    const groups = groupByKind([
      finding("SUPPORT_UNKNOWN", "warning", 9),
      finding("LEAD_UNKNOWN", "warning", 12),
      finding("LEAD_UNKNOWN", "warning", 7),
      finding("LEAD_MISSING", "error", 8),
      finding("DEADLINE_VAGUE", "info", 3),
      finding("COLUMN_MISSING", "info"),
      finding("COLUMN_MISSING", "error"),
    ]);
    expect(groups.map((g) => [g.code, g.severity, g.findings.map((f) => f.row ?? 0)])).toEqual([
      // Its most severe finding decides where a mixed kind goes; the more frequent kind first.
      ["COLUMN_MISSING", "error", [0, 0]],
      ["LEAD_MISSING", "error", [8]],
      ["LEAD_UNKNOWN", "warning", [7, 12]],
      ["SUPPORT_UNKNOWN", "warning", [9]],
      ["DEADLINE_VAGUE", "info", [3]],
    ]);
  });
});

describe("submissionSheetNames", () => {
  it("leaves out owned, hidden and directory sheets", () => {
    const read: ReadResult = {
      activeName: "Bắc Sơn",
      sheetList: [
        { name: "Bắc Sơn", visible: true },
        { name: "Tổng hợp", visible: true, owner: "summary" },
        { name: "Danh mục cơ quan", visible: true },
        { name: "Nháp", visible: false },
        { name: "Đông Hải", visible: true },
      ],
      sheets: [],
      missing: [],
      settings: {},
    };
    expect(submissionSheetNames(read)).toEqual(["Bắc Sơn", "Đông Hải"]);
  });
});

describe("columnChoices", () => {
  it("labels each column with its header text", () => {
    const sheet = wardSheet();
    const choices = columnChoices(sheet, readAnnexTable(sheet));
    expect(choices.map((c) => c.label)).toEqual([
      "A — STT",
      "B — Nội dung nhiệm vụ",
      "C — Bắt đầu",
      "D — Hoàn thành",
      "E — Cơ quan chủ trì",
      "F — Cơ quan phối hợp",
    ]);
  });

  it("without a recognised header, shows the first text of each column", () => {
    const sheet = {
      sheet: "Nháp",
      rows: [
        [null, "ghi chú"],
        ["a", null, null],
      ],
      merges: [],
    };
    expect(columnChoices(sheet, undefined).map((c) => c.label)).toEqual(["A — a", "B — ghi chú", "C"]);
  });
});
