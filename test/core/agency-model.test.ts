/**
 * The built-in agency model through the matcher: real bodies named in the real annexes and seeds are known
 * (listed or by their shape), near misses and non-names are not, former names carry their successor, and
 * spelling variants of one body share one canonical name. With a user's directory, only its names count.
 */
import { createAgencyMatcher } from "../../src/core/agency";
import type { AgencyDirectory } from "../../src/core/agency-types";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";

const matcher = createAgencyMatcher(DEFAULT_DIRECTORY);
const only = (text: string) => {
  const mentions = matcher.mentions(text);
  expect(mentions).toHaveLength(1);
  return mentions[0]!;
};

describe("real bodies the hand list did not have are known", () => {
  it.each([
    // ministries and government agencies (real annexes 01–03)
    "Bộ Ngoại giao",
    "Bộ Y tế",
    "Bộ Công Thương",
    "Bộ Nông nghiệp và Môi trường",
    "Bộ Dân tộc và Tôn giáo",
    "Ngân hàng Nhà nước Việt Nam",
    "Thông tấn xã Việt Nam",
    // provincial departments and bodies
    "Sở Du lịch",
    "Sở Văn hóa và Thể thao",
    "Sở Tài chính tỉnh Lào Cai",
    "Văn phòng Đoàn ĐBQH và HĐND tỉnh",
    "Liên đoàn Lao động tỉnh",
    "Đài Phát thanh và Truyền hình Hải Phòng",
    "Viện Nghiên cứu phát triển Thành phố",
    "Bệnh viện Đa khoa tỉnh",
    "Trung tâm Y tế khu vực Kiến An",
    // people's committees of provinces and communes
    "UBND tỉnh Lào Cai",
    "Ủy ban nhân dân thành phố Hải Phòng",
    "UBND xã Tân Phú",
    "Ủy ban nhân dân phường Ba Đình",
    // pre-2025 district bodies (seeds)
    "UBND huyện Kiến Thụy",
    "Phòng Nội vụ",
    "Trung tâm Y tế quận",
    "Công an quận",
    // commune-level bodies and posts
    "Công chức VH-XH",
    "Công chức Địa chính - Xây dựng",
    "Chi hội Nông dân tổ dân phố",
    // groups
    "Các ban, ngành, đoàn thể, địa phương",
    "UBND các xã, phường, đặc khu",
    "Các cơ quan báo chí",
    "Các trường THPT trên địa bàn",
    // other actors (real annex 03)
    "Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư",
    "Nhân dân",
    "Điện lực Kiến An",
  ])("%j", (text) => {
    const mention = only(text);
    expect(mention.canonical).toBeDefined();
    expect(mention.suggestions).toEqual([]);
  });
});

describe("near misses of a known name are not known, and are told the name", () => {
  it.each([
    ["Phòng Kinh tê", "Phòng Kinh tế"],
    ["Sở Tài chín", "Sở Tài chính"],
    ["Sở Sở Công thương", "Sở Công Thương"],
    ["Sở Y tê tỉnh Lào Cai", "Sở Y tế"],
    ["Bộ Ngoai giao", "Bộ Ngoại giao"],
    ["So Tai chinh", "Sở Tài chính"],
    // a place the reference does not list, a slip away from a unit of the directory
    ["UBND phường Bắc Sơ", "Ủy ban nhân dân phường Bắc Sơn"],
  ])("%j → %j", (text, best) => {
    const mention = only(text);
    expect(mention.canonical).toBeUndefined();
    expect(mention.suggestions[0]).toBe(best);
  });

  it.each(["Thường xuyên", "Quý IV/2025", "xyz", "Sở"])("%j does not read as a body", (text) => {
    expect(only(text).canonical).toBeUndefined();
  });
});

describe("former names carry what they became and since when", () => {
  it.each([
    ["Sở TT&TT", "Sở Khoa học và Công nghệ", "2025-03-01"],
    ["Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ", "2025-03-01"],
    ["Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", "2025-03-01"],
    ["Phòng Văn hóa và Thông tin", "Phòng Văn hóa - Xã hội", "2025-07-01"],
    ["UBND quận", "Ủy ban nhân dân xã, phường", "2025-07-01"],
  ])("%j → %j since %s", (text, successor, since) => {
    const mention = only(text);
    expect(mention.canonical).toBeDefined();
    expect(mention.successor).toBe(successor);
    expect(mention.since).toBe(since);
  });

  it("a current body has none", () => {
    expect(only("Sở Khoa học và Công nghệ").successor).toBeUndefined();
  });
});

describe("spelling variants of one body share one canonical name (the summary groups them)", () => {
  it.each([
    ["Công chức VH-XH", "Công chức Văn hóa - Xã hội", "Công chức Văn hoá-Xã hội"],
    ["Phòng Kinh tế xã", "Phòng Kinh tế", "phòng kinh tế"],
    ["Sở KH&CN", "Sở Khoa học và Công nghệ", "Sở Khoa học và Công nghệ tỉnh"],
    ["Trung tâm PVHCC", "Trung tâm Phục vụ hành chính công", "Trung tâm Phục vụ hành chính công phường"],
    ["Hội CCB xã", "Hội Cựu chiến binh xã, phường", "Hội Cựu chiến binh"],
  ])("%j = %j = %j", (a, b, c) => {
    const names = [a, b, c].map((text) => only(text).canonical);
    expect(names[0]).toBeDefined();
    expect(new Set(names).size).toBe(1);
  });

  it("a body known only by its shape is named as first typed", () => {
    const model = createAgencyMatcher(DEFAULT_DIRECTORY);
    const [first] = model.mentions("Trung tâm Y tế khu vực");
    const [second] = model.mentions("Trung tâm Y tế khu vực.");
    expect(first?.canonical).toBe("Trung tâm Y tế khu vực");
    expect(second?.canonical).toBe("Trung tâm Y tế khu vực");
  });
});

describe("lists are split into the bodies the model knows", () => {
  it.each([
    ["Sở Khoa học và Công nghệ, Viện Nghiên cứu phát triển Thành phố", 2],
    ["Bộ Công an, Bộ Tài chính, Bộ Nội vụ và các bộ, ngành, địa phương khác có liên quan", 4],
    ["Sở Du lịch, Sở Ngoại vụ", 2],
    // real annex 06: a missing separator after a group
    ["Ủy ban nhân dân xã phường, đặc khu Sở Tài chính", 2],
    ["Ủy ban nhân dân thành phố Hải Phòng, Sở Tài chính", 2],
    ["Các phòng, ban, đơn vị", 1],
    ["Phòng Tài chính và Kế hoạch", 1],
  ])("%j → %d", (text, count) => {
    expect(matcher.mentions(text)).toHaveLength(count);
  });
});

describe("with the user's own directory, only its names are known", () => {
  const userDirectory: AgencyDirectory = {
    source: "Danh mục cơ quan",
    entries: [{ name: "Sở Tài chính", aliases: [], kind: "agency", mustSubmit: false }],
  };
  const user = createAgencyMatcher(userDirectory);

  it.each(["Bộ Ngoại giao", "Sở Du lịch", "UBND xã Tân Phú"])("%j is outside the clerk's list", (text) => {
    expect(user.mentions(text)[0]?.canonical).toBeUndefined();
  });

  it("still knows a former name's successor", () => {
    const [mention] = user.mentions("Sở Kế hoạch và Đầu tư");
    expect(mention?.canonical).toBeUndefined();
    expect(mention?.successor).toBe("Sở Tài chính");
  });

  it("matches its own names", () => {
    expect(user.mentions("Sở Tài Chính")[0]?.canonical).toBe("Sở Tài chính");
  });
});
