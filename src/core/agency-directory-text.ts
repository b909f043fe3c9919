/** Labels and problem sentences of the directory sheet `Danh mục cơ quan`, in each UI language. */
import type { AgencyKind } from "./agency-types";
import type { Lang } from "./report-types";

export type DirectoryColumn = "name" | "aliases" | "kind" | "mustSubmit";

export interface DirectoryText {
  readonly headers: Readonly<Record<DirectoryColumn, string>>;
  readonly kinds: Readonly<Record<AgencyKind, string>>;
  readonly yes: string;
  readonly no: string;
  readonly noHeader: (sheet: string) => string;
  readonly noRows: (sheet: string) => string;
  readonly nameMissing: string;
  readonly kindInvalid: (value: string) => string;
  readonly mustSubmitInvalid: (value: string) => string;
  readonly rowSkipped: (row: number, reasons: string) => string;
  readonly nameDuplicate: (row: number, name: string, other: string, otherRow: number) => string;
  readonly aliasDuplicate: (row: number, alias: string, owner: string, ownerRow: number) => string;
}

const VI: DirectoryText = {
  headers: { name: "Tên chuẩn", aliases: "Tên khác", kind: "Loại", mustSubmit: "Phải nộp" },
  kinds: { agency: "Cơ quan", group: "Nhóm", unit: "Đơn vị" },
  yes: "Có",
  no: "Không",
  noHeader: (sheet) =>
    `Không tìm thấy dòng tiêu đề của danh mục cơ quan trên sheet “${sheet}” (cần cột “Tên chuẩn”).`,
  noRows: (sheet) => `Danh mục cơ quan trên sheet “${sheet}” không có dòng hợp lệ nào.`,
  nameMissing: "thiếu tên chuẩn",
  kindInvalid: (value) => `loại “${value}” không hợp lệ (dùng Cơ quan, Nhóm hoặc Đơn vị)`,
  mustSubmitInvalid: (value) => `cột Phải nộp có giá trị “${value}” không hiểu được (dùng Có hoặc Không)`,
  rowSkipped: (row, reasons) => `Dòng ${row}: ${reasons}; dòng này bị bỏ qua.`,
  nameDuplicate: (row, name, other, otherRow) =>
    `Dòng ${row}: tên “${name}” trùng với “${other}” ở dòng ${otherRow}; dòng này bị bỏ qua.`,
  aliasDuplicate: (row, alias, owner, ownerRow) =>
    `Dòng ${row}: tên khác “${alias}” đã dùng cho “${owner}” ở dòng ${ownerRow}; bỏ qua tên khác này.`,
};

const EN: DirectoryText = {
  headers: { name: "Name", aliases: "Aliases", kind: "Kind", mustSubmit: "Must submit" },
  kinds: { agency: "Agency", group: "Group", unit: "Unit" },
  yes: "Yes",
  no: "No",
  noHeader: (sheet) =>
    `No header row of the agency directory on sheet “${sheet}” (a “Tên chuẩn” column is needed).`,
  noRows: (sheet) => `The agency directory on sheet “${sheet}” has no valid row.`,
  nameMissing: "the name is missing",
  kindInvalid: (value) => `kind “${value}” is not valid (use Cơ quan, Nhóm or Đơn vị)`,
  mustSubmitInvalid: (value) => `“${value}” in Phải nộp is not understood (use Có or Không)`,
  rowSkipped: (row, reasons) => `Row ${row}: ${reasons}; the row is skipped.`,
  nameDuplicate: (row, name, other, otherRow) =>
    `Row ${row}: the name “${name}” repeats “${other}” from row ${otherRow}; the row is skipped.`,
  aliasDuplicate: (row, alias, owner, ownerRow) =>
    `Row ${row}: the alias “${alias}” already names “${owner}” (row ${ownerRow}); the alias is skipped.`,
};

export const DIRECTORY_TEXT: Readonly<Record<Lang, DirectoryText>> = { vi: VI, en: EN };
