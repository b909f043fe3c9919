/** The built-in reference data: counts after Decision 19/2025/QĐ-TTg, its source, and what it recognises. */
import { agencyKey } from "../../src/core/agency-key";
import { agencyReference, currentUnits, splitPlace } from "../../src/core/agency-reference";
import { REFERENCE_SOURCE } from "../../src/core/reference/admin-units";

const reference = agencyReference();
const lookup = (text: string) => reference.lookup(agencyKey(text), text);

describe("administrative units after 1 July 2025", () => {
  it("has the 34 provinces/cities and the 3,321 communes, wards and special zones", () => {
    expect(reference.provinceCount).toBe(34);
    expect(reference.communeCount).toBe(3321);
  });

  it("also has the 63 provinces before July 2025 and their districts (for former names)", () => {
    expect(reference.legacyProvinceCount).toBe(63);
    // 696 districts; a few share a name across provinces (Châu Thành, Phú Tân…), counted once by name.
    expect(reference.legacyDistrictCount).toBeGreaterThan(600);
    expect(lookup("UBND thành phố Thủ Dầu Một")).toMatchObject({
      canonical: "Ủy ban nhân dân thành phố Thủ Dầu Một",
      level: "d",
      successor: "Ủy ban nhân dân xã, phường",
    });
    expect(lookup("UBND thành phố Hải Phòng")).toMatchObject({ level: "p" });
    expect(lookup("UBND thành phố Hải Phòng")?.successor).toBeUndefined();
  });

  it("keeps each unit's official code and records its source beside the data", () => {
    const units = currentUnits();
    expect(units.map((p) => p.code)).toContain(31);
    const hanoi = units.find((p) => p.name === "Thành phố Hà Nội");
    expect(hanoi?.code).toBe(1);
    expect(hanoi?.communes[0]).toEqual({ code: 4, level: "phường", name: "Ba Đình" });
    const codes = units.flatMap((p) => p.communes.map((c) => c.code));
    expect(new Set(codes).size).toBe(3321);
    expect(codes.every((code) => Number.isInteger(code) && code > 0)).toBe(true);
    expect(units.flatMap((p) => p.communes).filter((c) => c.level === "đặc khu")).toHaveLength(13);
    expect(REFERENCE_SOURCE.repository).toBe("https://github.com/sunshine-tech/VietnamProvinces");
    expect(REFERENCE_SOURCE.commit).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe("splitPlace: a body and its trailing level and place", () => {
  it.each([
    ["Sở Tài chính tỉnh Lào Cai", "sở tài chính", "tỉnh", "lào cai"],
    ["Công an xã", "công an", "xã", undefined],
    ["Phòng Văn hóa - Xã hội", "phòng văn hóa - xã hội", undefined, undefined],
    ["Ban Tuyên giáo Quận ủy", "ban tuyên giáo quận ủy", undefined, undefined],
    ["UBND phường Ba Đình", "ủy ban nhân dân", "phường", "ba đình"],
  ])("%j", (text, body, level, place) => {
    const placed = splitPlace(agencyKey(text));
    expect(placed.body).toBe(agencyKey(body));
    expect(placed.levelWord).toBe(level === undefined ? undefined : agencyKey(level));
    expect(placed.place).toBe(place === undefined ? undefined : agencyKey(place));
  });
});

describe("lookup: bodies as they are since the 2025 restructuring", () => {
  it.each([
    ["Bộ Ngoại giao", "Bộ Ngoại giao"],
    ["Bộ Dân tộc và Tôn giáo", "Bộ Dân tộc và Tôn giáo"],
    ["Bộ NN&MT", "Bộ Nông nghiệp và Môi trường"],
    ["Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước Việt Nam"],
    ["Sở Du lịch", "Sở Du lịch"],
    ["Sở Tài chính tỉnh Lào Cai", "Sở Tài chính tỉnh Lào Cai"],
    ["Sở GD&ĐT", "Sở Giáo dục và Đào tạo"],
    ["UBND tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Lào Cai"],
    ["UBND thành phố Hà Nội", "Ủy ban nhân dân thành phố Hà Nội"],
    ["ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", "Ủy ban nhân dân xã Tân Phú"],
    ["UBND phường Ba Đình", "Ủy ban nhân dân phường Ba Đình"],
    ["Ủy ban nhân dân phường", "Ủy ban nhân dân phường"],
    ["Công an phường", "Công an phường"],
    ["Bộ CHQS tỉnh", "Bộ Chỉ huy quân sự tỉnh"],
    ["Phòng Kinh tế xã", "Phòng Kinh tế"],
    ["Phòng KT-HT&ĐT", "Phòng Kinh tế, Hạ tầng và Đô thị"],
    ["Phòng VH-XH phường", "Phòng Văn hóa - Xã hội"],
    ["Trung tâm PVHCC", "Trung tâm Phục vụ hành chính công"],
    ["Công chức VH-XH", "Công chức Văn hóa - Xã hội"],
    ["Tỉnh đoàn", "Tỉnh đoàn"],
  ])("%j → %j", (text, canonical) => {
    const hit = lookup(text);
    expect(hit?.canonical).toBe(canonical);
    expect(hit?.successor).toBeUndefined();
  });

  it.each([
    ["Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", "2025-03-01"],
    ["Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ", "2025-03-01"],
    ["Bộ LĐ-TB&XH", "Bộ Nội vụ", "2025-03-01"],
    ["Sở TT&TT", "Sở Khoa học và Công nghệ", "2025-03-01"],
    ["Sở Kế hoạch và Đầu tư tỉnh Lào Cai", "Sở Tài chính", "2025-03-01"],
    ["Sở TN&MT", "Sở Nông nghiệp và Môi trường", "2025-03-01"],
    ["Sở NN&PTNT", "Sở Nông nghiệp và Môi trường", "2025-03-01"],
    ["Sở GTVT", "Sở Xây dựng", "2025-03-01"],
    ["Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ", "2025-03-01"],
    ["UBND huyện Kiến Thụy", "Ủy ban nhân dân xã, phường", "2025-07-01"],
    ["Phòng VH-TT", "Phòng Văn hóa - Xã hội", "2025-07-01"],
    ["Phòng Tài chính - Kế hoạch quận", "Phòng Kinh tế", "2025-07-01"],
    ["Phòng Nội vụ huyện", "Văn phòng HĐND và UBND", "2025-07-01"],
    // any office of a district: to the commune office of its name, else to the communes' committees
    ["Phòng Kinh tế huyện Kiến Thụy", "Phòng Kinh tế", "2025-07-01"],
    ["Phòng Quản lý đô thị quận", "Phòng Kinh tế, Hạ tầng và Đô thị", "2025-07-01"],
    ["Phòng Văn hóa - Du lịch huyện", "Ủy ban nhân dân xã, phường", "2025-07-01"],
  ])("former name %j → %j since %s", (text, successor, since) => {
    const hit = lookup(text);
    expect(hit?.successor).toBe(successor);
    expect(hit?.since).toBe(since);
  });

  it("reads a district's place from the pre-2025 list", () => {
    expect(lookup("UBND huyện Kiến Thụy")?.canonical).toMatch(/^Ủy ban nhân dân huyện Kiến Thu/);
  });

  it("names a district office as typed", () => {
    expect(lookup("Phòng Văn hóa - Du lịch huyện Kiến Thụy")?.canonical).toMatch(
      /^Phòng Văn hóa - Du lịch huyện Kiến Thu/,
    );
  });

  it.each(["Công an", "Sở", "Thường xuyên", "Phòng Kinh tê", "Trung tâm Y tế huyện"])(
    "%j is not a listed body",
    (text) => {
      expect(lookup(text)).toBeUndefined();
    },
  );
});
