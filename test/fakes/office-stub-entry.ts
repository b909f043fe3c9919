/**
 * Browser entry that stands in for office.js: installs `Office`, `Excel` and `OfficeExtension` backed
 * by the fake Excel, preloaded with `window.__TASK_ANNEX_WORKBOOK__` when the page defines it (else a
 * small demo annex), and exposes the fake as `window.__fakeExcel` for the test to inspect.
 *
 * Workbook JSON: `{ "sheets": { "<name>": { "rows": Cell[][], "merges"?: MergeArea[] } } }`; the outer
 * `sheets` may be omitted and a sheet may be given as its rows alone. Cells are snapshot cells
 * (`{ "date": "2024-12-20" }` and `{ "error": "#REF!" }` included).
 */
import type { Cell, MergeArea } from "../../src/core/snapshot";
import { FakeExcel, installOfficeGlobals } from "./fake-excel";

type SheetJson =
  | readonly (readonly Cell[])[]
  | { readonly rows?: readonly (readonly Cell[])[]; readonly merges?: readonly MergeArea[] };

declare global {
  interface Window {
    __TASK_ANNEX_WORKBOOK__?: unknown;
    __fakeExcel?: FakeExcel;
  }
}

const DEMO_WORKBOOK: Record<string, SheetJson> = {
  "Phụ lục": {
    rows: [
      ["ỦY BAN NHÂN DÂN PHƯỜNG BẮC SƠN"],
      ["PHỤ LỤC NHIỆM VỤ NĂM 2024"],
      ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
      ["I", "CÔNG TÁC VĂN HÓA", null, null, null],
      [
        1,
        "Tổ chức các hoạt động chào mừng Tết Nguyên đán",
        "Phòng Văn hóa và Thông tin",
        "UBND các xã, thị trấn",
        "Quý I",
      ],
      [
        2,
        "Kiểm tra hoạt động kinh doanh dịch vụ karaoke",
        "Phòng Văn hoá và Thông tin",
        "Công an huyện",
        { date: "2024-06-30" },
      ],
      [
        3,
        "Tổng kết phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa",
        "Phòng Văn hóa Thông tin Du lịch",
        null,
        "Tháng 13/2024",
      ],
      [4, "Báo cáo kết quả thực hiện nhiệm vụ năm", null, "Văn phòng HĐND và UBND", { error: "#REF!" }],
    ],
    merges: [
      { top: 1, left: 1, bottom: 1, right: 5 },
      { top: 2, left: 1, bottom: 2, right: 5 },
      { top: 4, left: 2, bottom: 4, right: 5 },
    ],
  },
};

function sheetsOf(value: unknown): Record<string, SheetJson> {
  if (typeof value !== "object" || value === null) return DEMO_WORKBOOK;
  const outer = value as { sheets?: unknown };
  const sheets = typeof outer.sheets === "object" && outer.sheets !== null ? outer.sheets : value;
  return sheets as Record<string, SheetJson>;
}

/** Builds the fake from workbook JSON. */
export function fakeFromWorkbookJson(value: unknown): FakeExcel {
  const fake = new FakeExcel();
  for (const [name, sheet] of Object.entries(sheetsOf(value))) {
    if (Array.isArray(sheet)) fake.addSheet(name, { rows: sheet });
    else {
      const seed = sheet as Exclude<SheetJson, readonly unknown[]>;
      fake.addSheet(name, {
        ...(seed.rows ? { rows: seed.rows } : {}),
        ...(seed.merges ? { merges: seed.merges } : {}),
      });
    }
  }
  if (fake.sheets.length === 0) fake.addSheet("Sheet1");
  return fake;
}

const fake = fakeFromWorkbookJson(window.__TASK_ANNEX_WORKBOOK__);
installOfficeGlobals(window as unknown as Record<string, unknown>, fake);
window.__fakeExcel = fake;
