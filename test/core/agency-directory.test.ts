import { agencyKey, createAgencyMatcher } from "../../src/core/agency";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";

const KIEN_AN_WARDS = [
  "Bắc Sơn",
  "Đồng Hòa",
  "Lãm Hà",
  "Nam Sơn",
  "Ngọc Sơn",
  "Phù Liễn",
  "Quán Trữ",
  "Trần Thành Ngọ",
  "Tràng Minh",
  "Văn Đẩu",
];

describe("DEFAULT_DIRECTORY", () => {
  it("is the default source with well-formed entries", () => {
    expect(DEFAULT_DIRECTORY.source).toBe("default");
    expect(DEFAULT_DIRECTORY.entries.length).toBeGreaterThan(50);
    for (const entry of DEFAULT_DIRECTORY.entries) {
      expect(["agency", "group", "unit"]).toContain(entry.kind);
      expect(entry.name).toBe(entry.name.trim());
      expect(entry.name).not.toBe("");
      expect(entry.name).toBe(entry.name.normalize("NFC"));
      expect(entry.mustSubmit).toBe(false);
      for (const alias of entry.aliases) expect(alias).not.toBe("");
    }
  });

  it("gives every key to one entry only", () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of DEFAULT_DIRECTORY.entries) {
      for (const text of [entry.name, ...entry.aliases]) {
        const key = agencyKey(text);
        const owner = owners.get(key);
        if (owner !== undefined && owner !== entry.name) clashes.push(`${text} (${entry.name}) vs ${owner}`);
        owners.set(key, entry.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it.each([
    ["Phòng Văn hóa và Thông tin", "agency", ["Phòng VH-TT", "Phòng VHTT", "Phòng Văn hóa – Thông tin"]],
    ["Phòng Giáo dục và Đào tạo", "agency", ["Phòng GD&ĐT"]],
    ["Phòng Tài chính - Kế hoạch", "agency", ["Phòng TC-KH"]],
    ["Trung tâm Văn hóa, Thông tin và Thể thao", "agency", ["Trung tâm VH-TT & TT"]],
    ["Văn phòng HĐND và UBND", "agency", ["Văn phòng HĐND-UBND quận"]],
    ["Ban Tuyên giáo Quận ủy", "agency", []],
    ["Sở Thông tin và Truyền thông", "agency", ["Sở TT&TT"]],
    ["Sở Khoa học và Công nghệ", "agency", ["Sở KH&CN"]],
    ["Bộ Chỉ huy quân sự tỉnh", "agency", ["Bộ CHQS tỉnh"]],
    ["Các phòng, ban, đơn vị", "group", []],
    ["UBND các phường", "group", []],
    ["Các tổ chức chính trị - xã hội", "group", []],
    ["Các cơ quan, đơn vị liên quan", "group", []],
    ["Các doanh nghiệp viễn thông", "group", []],
    ["Các sở, ban, ngành", "group", []],
    ["UBND cấp xã", "group", []],
    ["Các sở, ngành, UBND xã, phường, đặc khu", "group", []],
  ])("has %j (%s) with aliases %j", (name, kind, aliases) => {
    const entry = DEFAULT_DIRECTORY.entries.find((e) => e.name === name);
    expect(entry?.kind).toBe(kind);
    for (const alias of aliases) expect(entry?.aliases).toContain(alias);
  });

  it("has the wards of quận Kiến An as units, each with its usual short names", () => {
    const matcher = createAgencyMatcher(DEFAULT_DIRECTORY);
    const units = matcher.units();
    expect(units.map((u) => u.name).sort()).toEqual(
      KIEN_AN_WARDS.map((w) => `Ủy ban nhân dân phường ${w}`).sort(),
    );
    for (const ward of KIEN_AN_WARDS) {
      const unit = units.find((u) => u.name.endsWith(ward));
      expect(unit?.aliases).toEqual([`UBND phường ${ward}`, `Phường ${ward}`]);
    }
  });
});
