/**
 * Generates the bundled example submissions in `examples/` for `npm run demo` (run it with
 * `npx tsx scripts/make-examples.ts`; the generated files are committed). Five wards of quận Kiến An must
 * submit; four did — Lãm Hà's report carries the typical defects — Ngọc Sơn did not; `ghi-chu.txt` is a
 * stray note that is not a workbook.
 */
import { promises as fs } from "fs";
import path from "path";
import { DEFAULT_DIRECTORY } from "../src/core/default-directory";
import { directorySheetPlan } from "../src/core/directory-sheet";
import { writeWorkbook } from "../src/file/write-file";
import { writeAnnexWorkbook, writeSeedAnnex, type AnnexRowSpec } from "../test/helpers/xlsx-fixtures";

const OUT = path.join(__dirname, "..", "examples");
const MUST_SUBMIT = ["Bắc Sơn", "Đồng Hòa", "Lãm Hà", "Nam Sơn", "Ngọc Sơn"];
const TITLE = "BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ TRUYỀN THÔNG CHUYỂN ĐỔI SỐ NĂM 2024";
const SUBTITLE =
  "(Kèm theo Kế hoạch số 45/KH-UBND ngày 15 tháng 03 năm 2024 của Ủy ban nhân dân quận Kiến An)";

const VHTT = "Phòng Văn hóa và Thông tin";
const TT = "Trung tâm Văn hóa, Thông tin và Thể thao";

/** The ward's own rows of the district annex, with a status column as wards report them. */
function wardRows(ward: string, statuses: readonly string[]): AnnexRowSpec[] {
  const self = `UBND phường ${ward}`;
  const rows: AnnexRowSpec[] = [
    ["I.", "Xây dựng, ban hành và triển khai kế hoạch truyền thông về chuyển đổi số", "", "", "", "", ""],
    [
      "1.",
      `Xây dựng, ban hành Kế hoạch truyền thông về chuyển đổi số năm 2024 của phường ${ward}`,
      "Quý I",
      "Quý I",
      self,
      VHTT,
    ],
    [
      "2.",
      "Báo cáo kết quả triển khai kế hoạch truyền thông về chuyển đổi số năm 2024",
      "Quý IV",
      "Trước 20/12/2024",
      self,
      VHTT,
    ],
    ["II.", "Tuyên truyền trên các phương tiện thông tin đại chúng", "", "", "", "", ""],
    [
      "1.",
      "Xây dựng, duy trì chuyên mục phát thanh về “Chuyển đổi số” trên hệ thống truyền thanh phường, tối thiểu 1 chương trình/tuần",
      "Quý I",
      "Quý IV",
      self,
      TT,
    ],
    [
      "2.",
      "Thông tin tuyên truyền qua các bảng tin công cộng tại tổ dân phố (khoảng 2-3 tin/tháng)",
      "Quý I",
      "Quý IV",
      self,
      "Các tổ chức chính trị - xã hội",
    ],
    [
      "3.",
      "Treo pa nô, áp phích, băng rôn tuyên truyền nâng cao nhận thức về chuyển đổi số",
      "Quý II",
      "Quý III",
      self,
      TT,
    ],
    [
      "4.",
      "Tuyên truyền trên mạng xã hội, trang zalo “Chính quyền điện tử thành phố Hải Phòng”",
      "Quý I",
      "Quý IV",
      self,
      VHTT,
    ],
    ["III.", "Hưởng ứng Ngày Chuyển đổi số quốc gia (10/10) năm 2024", "", "", "", "", ""],
    [
      "1.",
      "Tổ chức hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia, Tháng 10 - Tháng tiêu dùng số",
      "Tháng 9",
      "Tháng 10/2024",
      self,
      "Các doanh nghiệp viễn thông",
    ],
    [
      "2.",
      "Hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID và dịch vụ công trực tuyến",
      "Quý I",
      "Quý IV",
      self,
      "Các cơ quan, đơn vị liên quan",
    ],
  ];
  let next = 0;
  return rows.map((row) => {
    if (row[3] === "") return row;
    const status = statuses[next++] ?? "Đã hoàn thành";
    return [...row.slice(0, 6), status];
  });
}

function wardSheet(ward: string, rows: AnnexRowSpec[]) {
  return {
    sheetName: "Báo cáo",
    unitLine: `ỦY BAN NHÂN DÂN PHƯỜNG ${ward.toLocaleUpperCase("vi")}`,
    title: TITLE,
    subtitle: SUBTITLE,
    status: true,
    rows,
  };
}

/** Lãm Hà: an unknown agency, last year's deadline, an overdue task, a formula typed as text. */
function lamHaRows(): AnnexRowSpec[] {
  const rows = wardRows("Lãm Hà", [
    "Đã hoàn thành",
    "Đang thực hiện",
    "Đang thực hiện",
    "Đã hoàn thành",
    "Đang thực hiện",
    "Đang thực hiện",
    "Đã hoàn thành",
    "Đang triển khai",
  ]);
  rows[2] = [
    "2.",
    "Báo cáo kết quả triển khai kế hoạch truyền thông về chuyển đổi số năm 2024",
    "",
    "Trước 20/12/2023",
    "UBND phường Lãm Hà",
    VHTT,
    "Đang thực hiện",
  ];
  rows[5] = [
    "2.",
    "Thông tin tuyên truyền qua các bảng tin công cộng tại tổ dân phố",
    "Quý I",
    "Quý IV",
    "UBND phường Lãm Hà",
    "Phòng Văn hoá - Du lịch",
    "Đang thực hiện",
  ];
  rows[7] = [
    "4.",
    '=HYPERLINK("http://kienan.haiphong.gov.vn","Cổng thông tin điện tử quận")',
    "Quý I",
    "Quý IV",
    "UBND phường Lãm Hà",
    VHTT,
    "Đã hoàn thành",
  ];
  return rows;
}

async function main(): Promise<void> {
  await fs.mkdir(OUT, { recursive: true });
  const directory = {
    source: "danh-muc-co-quan.xlsx",
    entries: DEFAULT_DIRECTORY.entries.map((entry) => ({
      ...entry,
      mustSubmit: entry.kind === "unit" && MUST_SUBMIT.some((ward) => entry.name.endsWith(`phường ${ward}`)),
    })),
  };
  await writeWorkbook([directorySheetPlan(directory)], path.join(OUT, "danh-muc-co-quan.xlsx"));
  const allDone = (n: number): string[] => Array.from({ length: n }, () => "Đã hoàn thành");
  const submissions: [string, AnnexRowSpec[]][] = [
    ["phuong-bac-son.xlsx", wardRows("Bắc Sơn", allDone(8))],
    [
      "phuong-dong-hoa.xlsx",
      wardRows("Đồng Hòa", [
        "Đã hoàn thành",
        "Đang thực hiện",
        "Đang thực hiện",
        "Đang thực hiện",
        "Đã hoàn thành",
        "Đang thực hiện",
        "Đã hoàn thành",
        "Đang thực hiện",
      ]),
    ],
    ["phuong-lam-ha.xlsx", lamHaRows()],
    [
      "phuong-nam-son.xlsx",
      wardRows("Nam Sơn", [
        "Đã hoàn thành",
        "Chưa thực hiện",
        "Đang thực hiện",
        "Đã hoàn thành",
        "Đã hoàn thành",
        "Đang thực hiện",
        "Đã hoàn thành",
        "Đang thực hiện",
      ]),
    ],
  ];
  const wardOf = (file: string): string =>
    ({
      "phuong-bac-son.xlsx": "Bắc Sơn",
      "phuong-dong-hoa.xlsx": "Đồng Hòa",
      "phuong-lam-ha.xlsx": "Lãm Hà",
    })[file] ?? "Nam Sơn";
  for (const [file, rows] of submissions) {
    await writeAnnexWorkbook(path.join(OUT, file), [wardSheet(wardOf(file), rows)]);
  }
  await fs.writeFile(
    path.join(OUT, "ghi-chu.txt"),
    "Ghi chú của chuyên viên: phường Ngọc Sơn chưa gửi báo cáo (đã nhắc qua điện thoại ngày 18/11/2024).\n",
    "utf8",
  );
  // The plan the wards report on (the seed annex), beside examples/: a folder input is read recursively, and
  // the plan is no ward's submission.
  const planFolder = path.join(OUT, "..", "examples-plan");
  await fs.mkdir(planFolder, { recursive: true });
  await writeSeedAnnex(path.join(planFolder, "ke-hoach.xlsx"));
  console.log(`Examples written to ${OUT} and ${planFolder}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
