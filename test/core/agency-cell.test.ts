/**
 * Reading an agency cell of a central or provincial annex as a person does (issue 7): plural groups with
 * commas, distributive and elliptical lists (`Các Bộ: Tài chính, Xây dựng`), enumerations, a body followed
 * by a note on its role or scope, prose that merely mentions bodies, and the national abbreviations.
 */
import { agencyKey, createAgencyMatcher } from "../../src/core/agency";
import type { AgencyDirectory } from "../../src/core/agency-types";
import { DEFAULT_DIRECTORY } from "../../src/core/default-directory";

const matcher = createAgencyMatcher(DEFAULT_DIRECTORY);
const names = (text: string): (string | undefined)[] => matcher.mentions(text).map((m) => m.canonical);
const notes = (text: string): string[] => matcher.mentions(text).flatMap((m) => (m.note ? [m.note] : []));

describe("plural groups written with commas are one known group", () => {
  it.each([
    "Các bộ, cơ quan ngang bộ",
    "Các bộ, ngành, UBND tỉnh, thành phố",
    "các bộ, ngành, UBND tỉnh, thành phố",
    "Các bộ, cơ quan, địa phương, đơn vị có liên quan",
    "Các bộ, cơ quan, địa phương, Tập đoàn kinh tế, Tổng công ty, đơn vị có liên quan",
    "Các địa phương, Tập đoàn kinh tế, Tổng công ty",
    "UBND các tỉnh, thành phố",
    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
    "UBND các thành phố trực thuộc Trung ương",
    "Cơ sở khám bệnh, chữa bệnh",
    "Cơ sở khám bệnh, chữa bệnh, cơ quan, đơn vị liên quan",
    "Các Tập đoàn, Tổng công ty nhà nước",
    "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
    "UBND các tỉnh, thành phố trực thuộc TW",
    "UBND các tỉnh, thành phố trực thuộc TƯ",
    // `các` before a level word is a plural, not part of a name a slip away from `UBND xã`.
    "UBND các xã biên giới",
    "UBND các phường trung tâm",
  ])("%j", (text) => {
    const mentions = matcher.mentions(text);
    expect(mentions.filter((m) => m.canonical === undefined)).toEqual([]);
    expect(mentions.every((m) => m.note === undefined)).toBe(true);
  });
});

describe("distributive and elliptical lists: each member is the body it names", () => {
  it.each([
    [
      "Các Bộ: NN&MT, Xây dựng, Công thương, Y tế, Giáo dục và Đào tạo, Khoa học và Công nghệ",
      [
        "Bộ Nông nghiệp và Môi trường",
        "Bộ Xây dựng",
        "Bộ Công Thương",
        "Bộ Y tế",
        "Bộ Giáo dục và Đào tạo",
        "Bộ Khoa học và Công nghệ",
      ],
    ],
    [
      "Các Bộ: Tài chính, Nông nghiệp và Môi trường, Xây dựng, Công an, Quốc phòng theo chức năng, nhiệm vụ",
      ["Bộ Tài chính", "Bộ Nông nghiệp và Môi trường", "Bộ Xây dựng", "Bộ Công an", "Bộ Quốc phòng"],
    ],
    ["Các sở: Tài chính, Xây dựng, Y tế", ["Sở Tài chính", "Sở Xây dựng", "Sở Y tế"]],
    [
      "Bộ Xây dựng, Khoa học và Công nghệ, các bộ, cơ quan quản lý ngành, lĩnh vực",
      ["Bộ Xây dựng", "Bộ Khoa học và Công nghệ", "các bộ, cơ quan quản lý ngành, lĩnh vực"],
    ],
    [
      "Bộ Văn hoá, Thể thao và Du lịch, Ngoại giao, Công an, các địa phương",
      ["Bộ Văn hóa, Thể thao và Du lịch", "Bộ Ngoại giao", "Bộ Công an", "Các địa phương"],
    ],
    ["Sở Tài chính, Xây dựng", ["Sở Tài chính", "Sở Xây dựng"]],
    [
      "UBND các tỉnh: Lào Cai, Tuyên Quang",
      ["Ủy ban nhân dân tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Tuyên Quang"],
    ],
    [
      "Các Bộ: Tài chính, Xây dựng và các cơ quan có liên quan",
      ["Bộ Tài chính", "Bộ Xây dựng", "Các cơ quan, đơn vị liên quan"],
    ],
    [
      "Các Bộ: Tài chính, Xây dựng và các tổ chức khoa học",
      ["Bộ Tài chính", "Bộ Xây dựng", "các tổ chức khoa học"],
    ],
    // One name with a comma stays one name.
    ["Bộ Văn hóa, Thể thao và Du lịch", ["Bộ Văn hóa, Thể thao và Du lịch"]],
    ["Sở Văn hoá, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]],
    ["Phòng Kinh tế, Hạ tầng và Đô thị", ["Phòng Kinh tế, Hạ tầng và Đô thị"]],
  ])("%j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it("committees of several places share the head and level of the first", () => {
    const text = "UBND thành phố Hà Nội, Thành phố Hồ Chí Minh, Hòa Bình, Cần Thơ, Lâm Đồng";
    const read = names(text);
    expect(read).toHaveLength(5);
    expect(read.map((name) => name?.startsWith("Ủy ban nhân dân "))).toEqual([true, true, true, true, true]);
    // The place as the reference spells it (either tone-mark style).
    const places = read.map((name) => agencyKey(name?.split(" ").slice(-2).join(" ") ?? ""));
    expect(places).toEqual(
      ["Hà Nội", "Chí Minh", "Hòa Bình", "Cần Thơ", "Lâm Đồng"].map((p) => agencyKey(p)),
    );
  });
});

describe("enumerations are split on their enumerators", () => {
  it.each([
    [
      "(1) Bộ Tư pháp (2) Văn phòng Chính phủ (3) Bộ Công an",
      ["Bộ Tư pháp", "Văn phòng Chính phủ", "Bộ Công an"],
    ],
    [
      "1. Bộ Nội vụ chủ trì tổng hợp, đề xuất 2. Các bộ, cơ quan rà soát, đề xuất",
      ["Bộ Nội vụ", "Các bộ, cơ quan"],
    ],
    [
      "1. Bộ Tài chính chủ trì, tổng hợp chung 2. Bộ Khoa học và Công nghệ hướng dẫn triển khai",
      ["Bộ Tài chính", "Bộ Khoa học và Công nghệ"],
    ],
    ["1) Sở Y tế; 2) Sở Tài chính", ["Sở Y tế", "Sở Tài chính"]],
    ["a) Bộ Tài chính b) Bộ Xây dựng", ["Bộ Tài chính", "Bộ Xây dựng"]],
    ["Bộ Tài chính (chủ trì), Bộ Công Thương", ["Bộ Tài chính", "Bộ Công Thương"]],
  ])("%j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("a body followed by its role or scope: the body is the agency, the note is set aside", () => {
  it.each([
    [
      "Bộ Tư pháp chủ trì hướng dẫn, tổng hợp, báo cáo",
      ["Bộ Tư pháp"],
      ["chủ trì hướng dẫn, tổng hợp, báo cáo"],
    ],
    [
      "Sở Khoa học và Công nghệ thúc đẩy, theo dõi, báo cáo chỉ tiêu",
      ["Sở Khoa học và Công nghệ"],
      ["thúc đẩy, theo dõi, báo cáo chỉ tiêu"],
    ],
    ["Bộ Tài chính đôn đốc, hướng dẫn, phối hợp", ["Bộ Tài chính"], ["đôn đốc, hướng dẫn, phối hợp"]],
    ["Bộ Tài chính chủ trì tổng hợp, báo cáo", ["Bộ Tài chính"], ["chủ trì tổng hợp, báo cáo"]],
    ["Bộ Y tế, Sở Y tế đối với địa phương", ["Bộ Y tế", "Sở Y tế"], ["đối với địa phương"]],
    [
      "Bộ Nông nghiệp và Môi trường, Bộ Xây dựng và các địa phương theo chức năng, nhiệm vụ",
      ["Bộ Nông nghiệp và Môi trường", "Bộ Xây dựng", "Các địa phương"],
      ["theo chức năng, nhiệm vụ"],
    ],
    [
      "1. Về phát triển công nghiệp quốc gia: Bộ Công Thương chủ trì. 2. Về quản lý công nghiệp địa phương: UBND các tỉnh, thành phố chủ trì.",
      ["Bộ Công Thương", "UBND các tỉnh, thành phố"],
      ["Về phát triển công nghiệp quốc gia: chủ trì", "Về quản lý công nghiệp địa phương: chủ trì"],
    ],
    ["Bộ Tư pháp Chủ trì", ["Bộ Tư pháp"], ["Chủ trì"]],
    [
      "Các cơ quan thực hiện chức năng quản lý nhà nước",
      ["Các cơ quan"],
      ["thực hiện chức năng quản lý nhà nước"],
    ],
    // Decomposed input and the other tone-mark style read the same.
    ["Bộ Tài chính chủ trì, tổng hợp".normalize("NFD"), ["Bộ Tài chính"], ["chủ trì, tổng hợp"]],
  ])("%j", (text, expectedNames, expectedNotes) => {
    expect(names(text)).toEqual(expectedNames);
    expect(notes(text)).toEqual(expectedNotes);
  });

  it("a near miss before a note is still a near miss, with its suggestion", () => {
    const [mention, ...rest] = matcher.mentions("Phòng Kinh tê chủ trì");
    expect(rest).toEqual([]);
    expect(mention?.canonical).toBeUndefined();
    expect(mention?.suggestions[0]).toBe("Phòng Kinh tế");
    expect(mention?.note).toBe("chủ trì");
  });
});

describe("prose in an agency cell", () => {
  it("a sentence that mentions known bodies is not a list: the bodies it names are told, none is taken", () => {
    const mentions = matcher.mentions(
      "chủ trì, phối hợp với Bộ Nội vụ, các địa phương nghiên cứu thiết lập cơ chế",
    );
    expect(mentions).toHaveLength(1);
    expect(mentions[0]?.canonical).toBeUndefined();
    expect(mentions[0]?.named).toEqual(["Bộ Nội vụ", "Các địa phương"]);
  });

  it.each(["nghiên cứu, đề xuất cơ chế mới", "Thường xuyên", "Xyz"])(
    "text in which no body can be read (%j) stays unknown",
    (text) => {
      const mentions = matcher.mentions(text);
      expect(mentions.map((m) => [m.canonical, m.named])).toEqual([[undefined, undefined]]);
    },
  );
});

describe("national broadcasters and abbreviations", () => {
  it.each([
    ["VTV, VOV", ["Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam"]],
    ["TTXVN", ["Thông tấn xã Việt Nam"]],
    ["NHNN", ["Ngân hàng Nhà nước Việt Nam"]],
    ["VPCP", ["Văn phòng Chính phủ"]],
    [
      "Bộ Công an, VTV, VOV, TTXVN",
      ["Bộ Công an", "Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam"],
    ],
    ["Ủy ban Trung ương MTTQ Việt Nam", ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]],
    ["UBTƯ MTTQ Việt Nam", ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]],
    ["KTNN", ["Kiểm toán nhà nước"]],
    ["Đài THVN, Đài TNVN", ["Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam"]],
    ["EVN", ["Tập đoàn Điện lực Việt Nam"]],
    [
      "Viettel, VNPT",
      ["Tập đoàn Công nghiệp - Viễn thông Quân đội", "Tập đoàn Bưu chính Viễn thông Việt Nam"],
    ],
    ["NHCSXH", ["Ngân hàng Chính sách xã hội"]],
  ])("%j", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("what must stay unknown", () => {
  it.each([
    ["Sở Sở Công thương", "Sở Công Thương"],
    ["Phòng Kinh tê", "Phòng Kinh tế"],
  ])("a near miss %j, suggesting %j", (text, best) => {
    const [mention] = matcher.mentions(text);
    expect(mention?.canonical).toBeUndefined();
    expect(mention?.suggestions[0]).toBe(best);
  });

  it("with the user's own directory, a ministry outside it is unknown even before a note", () => {
    const directory: AgencyDirectory = {
      source: "Danh mục cơ quan",
      entries: [{ name: "Sở Tài chính", aliases: [], kind: "agency", mustSubmit: false }],
    };
    const strict = createAgencyMatcher(directory);
    expect(strict.mentions("Bộ Tư pháp chủ trì, tổng hợp").map((m) => [m.text, m.canonical])).toEqual([
      ["Bộ Tư pháp", undefined],
    ]);
    expect(strict.mentions("Các sở: Tài chính, Xây dựng").map((m) => m.canonical)).toEqual([
      "Sở Tài chính",
      undefined,
    ]);
  });
});

describe("posts of the Government are known", () => {
  it.each(["Phó Thủ tướng Chính phủ", "Bộ trưởng, Thủ trưởng cơ quan ngang bộ", "Giám đốc Sở Tài chính"])(
    "%j",
    (text) => {
      expect(matcher.mentions(text).filter((m) => m.canonical === undefined)).toEqual([]);
    },
  );
});

describe("words of a name are not a note", () => {
  it.each([
    ["Viện Nghiên cứu phát triển Thành phố", "Viện Nghiên cứu phát triển Thành phố"],
    ["Viện nghiên cứu phát triển", "Viện nghiên cứu phát triển"],
    ["Trung tâm Nghiên cứu và Phát triển", "Trung tâm Nghiên cứu và Phát triển"],
  ])("%j", (text, expected) => {
    expect(matcher.mentions(text).map((m) => [m.canonical, m.note])).toEqual([[expected, undefined]]);
  });
});

describe("a province or commune named as the actor is its People's Committee", () => {
  it.each([
    ["Thành phố Hà Nội", ["Ủy ban nhân dân thành phố Hà Nội"]],
    ["tỉnh Lào Cai", ["Ủy ban nhân dân tỉnh Lào Cai"]],
    [
      "Bộ Xây dựng, Thành phố Hà Nội, Thành phố Hồ Chí Minh",
      ["Bộ Xây dựng", "Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân Thành phố Hồ Chí Minh"],
    ],
  ])("%j", (text, expected) => {
    expect(names(text).map((n) => (n === undefined ? n : agencyKey(n)))).toEqual(expected.map(agencyKey));
  });

  it.each(["tỉnh Xyzabc", "thành phố Không Có"])(
    "%j: a place the reference does not list is not a committee",
    (text) => {
      const keys = names(text).map((n) => (n === undefined ? n : agencyKey(n)));
      expect(keys).not.toContain(agencyKey(`Ủy ban nhân dân ${text}`));
    },
  );
});
