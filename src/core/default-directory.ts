/**
 * The default agency directory, written into `Danh mục cơ quan` on first use and then edited by the user.
 * Two generations of names: the district level of the seeds (quận Kiến An, Hải Phòng, 2022–2024) and the
 * province/commune level of the 2025 real annexes (after the reorganisation there is no district). The
 * units that report are the wards of quận Kiến An; whether a unit must submit is for the user's own sheet.
 *
 * One entry per line: `kind | canonical name | aliases separated by ;`.
 */
import { DEFAULT_SOURCE, type AgencyDirectory, type AgencyEntry, type AgencyKind } from "./agency-types";

const TABLE = `
agency | Phòng Văn hóa và Thông tin | Phòng VH-TT; Phòng VHTT; Phòng VH&TT; Phòng Văn hóa – Thông tin; Phòng Văn hóa - Thông tin; Phòng Văn hóa và Thông tin quận; Phòng Văn hóa và Thông tin thị xã
agency | Phòng Giáo dục và Đào tạo | Phòng GD&ĐT; Phòng GDĐT; Phòng GD-ĐT; Phòng Giáo dục và Đào tạo quận
agency | Phòng Tài chính - Kế hoạch | Phòng TC-KH; Phòng TCKH; Phòng Tài chính Kế hoạch; Phòng Tài chính - Kế hoạch quận
agency | Trung tâm Văn hóa, Thông tin và Thể thao | Trung tâm VH-TT & TT; Trung tâm VH-TT&TT; Trung tâm VHTT&TT; Trung tâm Văn hóa – Thông tin; Trung tâm Văn hóa - Thông tin và Thể thao; Trung tâm Văn hóa, Thông tin và Thể thao quận
agency | Văn phòng HĐND và UBND | Văn phòng HĐND-UBND quận; Văn phòng HĐND-UBND; Văn phòng HĐND và UBND quận; Văn phòng HĐND và UBND xã; Văn phòng HĐND và UBND phường
agency | Ban Tuyên giáo Quận ủy | Ban Tuyên giáo
agency | Ủy ban nhân dân quận | UBND quận
agency | Sở Thông tin và Truyền thông | Sở TT&TT; Sở TTTT; Sở TT-TT
group | Các phòng, ban, đơn vị | Các phòng, ban, đơn vị thuộc quận; Các phòng, ban, đơn vị thị xã
group | Các phòng, ban, đơn vị liên quan | Các phòng, ban, đơn vị có liên quan
group | Các phòng, ban, ngành | Các phòng, ban, ngành quận
group | Các phòng, đơn vị chuyên môn | Các phòng chuyên môn
group | Các phòng quản lý nhà nước | Các phòng quản lý nhà nước thuộc quận
group | Các đơn vị sự nghiệp | Các đơn vị sự nghiệp thuộc quận
group | UBND các phường | Ủy ban nhân dân các phường
group | Các tổ chức chính trị - xã hội | Các tổ chức CT-XH; Các đoàn thể; Các Hội, đoàn thể
group | Các cơ quan, đơn vị liên quan | Các đơn vị liên quan; Các cơ quan liên quan; Các cơ quan, đơn vị có liên quan
group | Các cơ quan, đơn vị, địa phương liên quan | Các cơ quan, địa phương, đơn vị liên quan
group | Các cơ quan, địa phương liên quan | Cơ quan, địa phương liên quan
group | Các doanh nghiệp viễn thông | Các doanh nghiệp cung cấp dịch vụ viễn thông; Các nhà mạng viễn thông
group | Các cơ sở giáo dục | Các trường học
agency | Sở Khoa học và Công nghệ | Sở KH&CN; Sở KHCN
agency | Sở Tài chính |
agency | Sở Công Thương |
agency | Sở Nội vụ |
agency | Sở Y tế |
agency | Sở Giáo dục và Đào tạo | Sở GD&ĐT; Sở GDĐT
agency | Sở Văn hóa, Thể thao và Du lịch | Sở VH,TT&DL; Sở VHTTDL; Sở Văn hóa Thể thao du lịch; Sở Văn hóa - Thể thao và Du lịch
agency | Sở Nông nghiệp và Môi trường | Sở NN&MT; Sở NNMT
agency | Sở Xây dựng |
agency | Sở Tư pháp |
agency | Sở Ngoại vụ |
agency | Sở Dân tộc và Tôn giáo |
agency | Thanh tra tỉnh |
agency | Công an tỉnh | Công an Thành phố; Công an TP
agency | Bộ Chỉ huy quân sự tỉnh | Bộ CHQS tỉnh; Bộ Chỉ huy quân sự Thành phố
agency | Văn phòng UBND tỉnh | VP UBND tỉnh; Văn phòng UBND Thành phố
agency | Ban Quản lý Khu kinh tế | Ban Quản lý Khu kinh tế tỉnh; BQL Khu kinh tế
agency | Ban Quản lý các khu công nghiệp, khu kinh tế | Ban Quản lý các khu công nghiệp và khu kinh tế
agency | Ban Quản lý các khu công nghệ cao và khu công nghiệp |
agency | Ban Chỉ huy Phòng thủ dân sự tỉnh | Ban Chỉ huy PTDS tỉnh
agency | Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh | Văn phòng Ban Chỉ huy
agency | Trung tâm Chuyển đổi số tỉnh | Trung tâm Chuyển đổi số Thành phố; Trung tâm Chuyển đổi số
agency | Báo và Phát thanh, Truyền hình tỉnh |
agency | Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh | Liên hiệp các Hội Khoa học và Kỹ thuật
agency | Hiệp hội Doanh nghiệp tỉnh | Hiệp hội Doanh nghiệp
agency | Tỉnh đoàn | Đoàn Thanh niên tỉnh
agency | Bảo hiểm xã hội tỉnh | BHXH tỉnh
agency | Thuế tỉnh | Cục Thuế tỉnh
agency | Bộ Công an |
agency | Bộ Khoa học và Công nghệ | Bộ KH&CN
agency | Bộ Tài chính |
agency | Bộ Nội vụ |
agency | Bộ Quốc phòng |
agency | Bộ Giáo dục và Đào tạo | Bộ GD&ĐT
agency | Văn phòng Chính phủ |
agency | Ban Cơ yếu Chính phủ |
group | Các sở, ban, ngành | Các sở, ban, ngành tỉnh; Các sở, ban, ngành Thành phố
group | Các sở, ban, ngành liên quan | Sở, ban, ngành có liên quan
group | Các sở, ngành | Các sở, ngành tỉnh
group | Các sở, ngành, UBND xã, phường, đặc khu | Các sở, ngành, UBND cấp xã
group | UBND các xã, phường | UBND các phường, xã; UBND xã, phường
group | UBND các xã, phường liên quan | UBND các phường, xã liên quan
group | UBND các xã, phường, đặc khu | UBND xã, phường, đặc khu
group | UBND cấp xã |
group | Ban Chỉ huy Phòng thủ dân sự các cấp | Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã
group | Các bộ, ngành | Bộ, ngành
group | Các bộ, ngành liên quan |
group | Các bộ, ngành, địa phương |
group | Các bộ, ngành, địa phương liên quan |
group | Các địa phương |
group | Các doanh nghiệp | Doanh nghiệp
group | Các doanh nghiệp cung cấp dịch vụ bưu chính | Các doanh nghiệp bưu chính
group | Các doanh nghiệp đầu tư hạ tầng |
group | Các hiệp hội và doanh nghiệp công nghệ số Việt Nam |
group | Các viện, trường | Viện, Trường; Các viện nghiên cứu, trường đại học
group | Các trường đại học, cao đẳng | Các trường đại học, cao đẳng trên địa bàn tỉnh; Các trường: Đại học, Cao đẳng, Trung cấp trên địa bàn tỉnh
agency | Phòng Kinh tế | Phòng Kinh tế xã
agency | Phòng Kinh tế, Hạ tầng và Đô thị | Phòng Kinh tế, Hạ tầng và Đô thị phường; Phòng KT-HT&ĐT; Phòng KTHTĐT
agency | Phòng Văn hóa - Xã hội | Phòng VH-XH; Phòng VHXH; Phòng Văn hóa Xã hội; Phòng Văn hóa - Xã hội xã; Phòng Văn hóa - Xã hội phường
agency | Trung tâm Phục vụ hành chính công xã, phường | Trung tâm Phục vụ hành chính công; Trung tâm PVHCC; Trung tâm Phục vụ hành chính công xã; Trung tâm Phục vụ hành chính công phường
agency | Công an xã, phường | Công an xã; Công an phường; Công an cấp xã
agency | Ban Chỉ huy quân sự xã, phường | Ban CHQS xã; Ban CHQS phường; Ban Chỉ huy quân sự xã; Ban Chỉ huy quân sự phường
agency | Ủy ban Mặt trận Tổ quốc Việt Nam xã, phường | Ủy ban MTTQ Việt Nam xã; Ủy ban MTTQ Việt Nam phường; Ủy ban MTTQ xã; Ủy ban MTTQ phường; Ủy ban MTTQ Việt Nam; Mặt trận Tổ quốc xã; Mặt trận Tổ quốc phường; UBMTTQ xã; UBMTTQ phường
agency | Đoàn Thanh niên Cộng sản Hồ Chí Minh xã, phường | Đoàn Thanh niên; Đoàn TNCS Hồ Chí Minh; Đoàn Thanh niên xã; Đoàn Thanh niên phường
agency | Hội Liên hiệp Phụ nữ xã, phường | Hội Liên hiệp Phụ nữ; Hội LHPN; Hội Phụ nữ; Hội Phụ nữ xã; Hội Phụ nữ phường
agency | Hội Nông dân xã, phường | Hội Nông dân; Hội Nông dân xã; Hội Nông dân phường
agency | Hội Cựu chiến binh xã, phường | Hội Cựu chiến binh; Hội CCB; Hội CCB xã; Hội CCB phường; Hội Cựu chiến binh xã; Hội Cựu chiến binh phường
agency | Trạm Y tế xã, phường | Trạm Y tế; Trạm Y tế xã; Trạm Y tế phường
unit | Ủy ban nhân dân phường Bắc Sơn | UBND phường Bắc Sơn; Phường Bắc Sơn
unit | Ủy ban nhân dân phường Đồng Hòa | UBND phường Đồng Hòa; Phường Đồng Hòa
unit | Ủy ban nhân dân phường Lãm Hà | UBND phường Lãm Hà; Phường Lãm Hà
unit | Ủy ban nhân dân phường Nam Sơn | UBND phường Nam Sơn; Phường Nam Sơn
unit | Ủy ban nhân dân phường Ngọc Sơn | UBND phường Ngọc Sơn; Phường Ngọc Sơn
unit | Ủy ban nhân dân phường Phù Liễn | UBND phường Phù Liễn; Phường Phù Liễn
unit | Ủy ban nhân dân phường Quán Trữ | UBND phường Quán Trữ; Phường Quán Trữ
unit | Ủy ban nhân dân phường Trần Thành Ngọ | UBND phường Trần Thành Ngọ; Phường Trần Thành Ngọ
unit | Ủy ban nhân dân phường Tràng Minh | UBND phường Tràng Minh; Phường Tràng Minh
unit | Ủy ban nhân dân phường Văn Đẩu | UBND phường Văn Đẩu; Phường Văn Đẩu
`;

function parseLine(line: string): AgencyEntry {
  const [kind = "", name = "", aliases = ""] = line.split("|").map((cell) => cell.trim());
  return Object.freeze({
    name,
    aliases: Object.freeze(
      aliases
        .split(";")
        .map((alias) => alias.trim())
        .filter((alias) => alias !== ""),
    ),
    kind: kind as AgencyKind,
    mustSubmit: false,
  });
}

/** The built-in directory (source `default`), used until the workbook has its own `Danh mục cơ quan`. */
export const DEFAULT_DIRECTORY: AgencyDirectory = Object.freeze({
  entries: Object.freeze(
    TABLE.split("\n")
      .filter((line) => line.trim() !== "")
      .map(parseLine),
  ),
  source: DEFAULT_SOURCE,
});
