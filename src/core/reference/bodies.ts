/**
 * Public bodies by level, as they are after the 2025 restructuring, with the former names they replaced
 * (sources in SOURCE.md). One line per body:
 *
 *   `body | levels | canonical name | aliases ;-separated`
 *   `former | levels | former name | aliases | successor | since (yyyy-mm-dd)`
 *
 * Levels: n = national, p = province, d = district (before 1 July 2025), c = commune/ward/special zone.
 * A body of the province or commune level may be followed by its level and place (`Sở Tài chính tỉnh Lào
 * Cai`, `Công an xã`); the place is read by agency-reference.ts.
 */

/** The Government restructuring (Resolution 176/2025/QH15) took effect on this day. */
export const GOVERNMENT_RESTRUCTURED = "2025-03-01";
/** Provincial departments merged (Decree 45/2025/NĐ-CP) from this day. */
export const DEPARTMENTS_RESTRUCTURED = "2025-03-01";
/** Two-level local government: no district level, merged provinces and communes, from this day. */
export const TWO_LEVEL_GOVERNMENT = "2025-07-01";

export const BODIES = `
body | n | Bộ Quốc phòng |
body | n | Bộ Công an |
body | n | Bộ Ngoại giao |
body | n | Bộ Nội vụ |
body | n | Bộ Tư pháp |
body | n | Bộ Tài chính |
body | n | Bộ Công Thương |
body | n | Bộ Nông nghiệp và Môi trường | Bộ NN&MT
body | n | Bộ Xây dựng |
body | n | Bộ Văn hóa, Thể thao và Du lịch | Bộ VH,TT&DL; Bộ VHTTDL
body | n | Bộ Khoa học và Công nghệ | Bộ KH&CN
body | n | Bộ Giáo dục và Đào tạo | Bộ GD&ĐT
body | n | Bộ Y tế |
body | n | Bộ Dân tộc và Tôn giáo |
body | n | Văn phòng Chính phủ | VPCP
body | n | Thanh tra Chính phủ |
body | n | Ngân hàng Nhà nước Việt Nam | Ngân hàng Nhà nước; NHNN
body | n | Đài Truyền hình Việt Nam | VTV; Đài THVN
body | n | Đài Tiếng nói Việt Nam | VOV; Đài TNVN
body | n | Thông tấn xã Việt Nam | TTXVN
body | n | Viện Hàn lâm Khoa học và Công nghệ Việt Nam |
body | n | Viện Hàn lâm Khoa học xã hội Việt Nam |
body | n | Ban Quản lý Lăng Chủ tịch Hồ Chí Minh |
body | n | Bảo hiểm xã hội Việt Nam | BHXH Việt Nam
body | n | Ban Cơ yếu Chính phủ |
body | n | Ủy ban Quản lý vốn nhà nước tại doanh nghiệp |
body | n | Ngân hàng Chính sách xã hội | NHCSXH; Ngân hàng Chính sách xã hội Việt Nam
body | n | Ngân hàng Phát triển Việt Nam | VDB
body | n | Tập đoàn Điện lực Việt Nam | EVN
body | n | Tập đoàn Công nghiệp - Viễn thông Quân đội | Viettel; Tập đoàn Viettel
body | n | Tập đoàn Bưu chính Viễn thông Việt Nam | VNPT; Tập đoàn VNPT
body | n | Tập đoàn Dầu khí Việt Nam | PVN; Petrovietnam
body | n | Tổng công ty Bưu điện Việt Nam | VNPost; Bưu điện Việt Nam
body | n | Chính phủ |
body | n | Thủ tướng Chính phủ |
body | n | Quốc hội |
body | n | Văn phòng Quốc hội |
body | n | Kiểm toán nhà nước | Kiểm toán Nhà nước; KTNN
body | n | Tòa án nhân dân tối cao | TANDTC
body | n | Viện kiểm sát nhân dân tối cao | VKSNDTC
body | n | Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam | UBTƯ MTTQ Việt Nam; UBTW MTTQ Việt Nam; UBTƯ MTTQVN; Ủy ban Trung ương MTTQ Việt Nam
former | n | Bộ Kế hoạch và Đầu tư | Bộ KH&ĐT; Bộ KHĐT | Bộ Tài chính | ${GOVERNMENT_RESTRUCTURED}
former | n | Bộ Thông tin và Truyền thông | Bộ TT&TT; Bộ TTTT | Bộ Khoa học và Công nghệ | ${GOVERNMENT_RESTRUCTURED}
former | n | Bộ Tài nguyên và Môi trường | Bộ TN&MT; Bộ TNMT | Bộ Nông nghiệp và Môi trường | ${GOVERNMENT_RESTRUCTURED}
former | n | Bộ Nông nghiệp và Phát triển nông thôn | Bộ NN&PTNT; Bộ NNPTNT | Bộ Nông nghiệp và Môi trường | ${GOVERNMENT_RESTRUCTURED}
former | n | Bộ Giao thông vận tải | Bộ GTVT | Bộ Xây dựng | ${GOVERNMENT_RESTRUCTURED}
former | n | Bộ Lao động - Thương binh và Xã hội | Bộ LĐ-TB&XH; Bộ LĐTBXH | Bộ Nội vụ | ${GOVERNMENT_RESTRUCTURED}
former | n | Ủy ban Dân tộc | | Bộ Dân tộc và Tôn giáo | ${GOVERNMENT_RESTRUCTURED}
body | p | Ủy ban nhân dân tỉnh | UBND tỉnh; Ủy ban nhân dân thành phố; UBND thành phố
body | p | Hội đồng nhân dân tỉnh | HĐND tỉnh
body | p | Văn phòng UBND tỉnh | Văn phòng Ủy ban nhân dân tỉnh; VP UBND tỉnh
body | p | Văn phòng Đoàn ĐBQH và HĐND tỉnh | Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh
body | p | Sở Nội vụ |
body | p | Sở Tư pháp |
body | p | Sở Tài chính |
body | p | Sở Công Thương |
body | p | Sở Nông nghiệp và Môi trường | Sở NN&MT; Sở NNMT
body | p | Sở Xây dựng |
body | p | Sở Khoa học và Công nghệ | Sở KH&CN; Sở KHCN
body | p | Sở Văn hóa, Thể thao và Du lịch | Sở VH,TT&DL; Sở VHTTDL; Sở Văn hóa - Thể thao và Du lịch
body | p | Sở Văn hóa và Thể thao |
body | p | Sở Du lịch |
body | p | Sở Giáo dục và Đào tạo | Sở GD&ĐT; Sở GDĐT
body | p | Sở Y tế |
body | p | Sở Dân tộc và Tôn giáo |
body | p | Sở Ngoại vụ |
body | p | Sở Quy hoạch - Kiến trúc |
body | p | Thanh tra tỉnh | Thanh tra thành phố
body | p | Ban Quản lý Khu kinh tế | BQL Khu kinh tế
body | p | Ban Quản lý các khu công nghiệp |
body | p | Bộ Chỉ huy quân sự tỉnh | Bộ CHQS tỉnh; Bộ Chỉ huy quân sự thành phố
body | p | Bộ Chỉ huy Bộ đội Biên phòng tỉnh | Bộ đội Biên phòng tỉnh
body | p | Công an tỉnh | Công an thành phố
body | p | Tỉnh đoàn | Thành đoàn
body | p | Tỉnh ủy | Thành ủy
body | p | Báo và Phát thanh, Truyền hình tỉnh |
body | p | Kho bạc Nhà nước khu vực | KBNN khu vực
body | p | Thuế tỉnh | Thuế thành phố
body | p | Bảo hiểm xã hội tỉnh | BHXH tỉnh
body | p | Liên đoàn Lao động tỉnh |
body | p | Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh |
body | p | Hội Chữ thập đỏ tỉnh |
body | p | Trung tâm Phục vụ hành chính công tỉnh |
former | p | Sở Thông tin và Truyền thông | Sở TT&TT; Sở TTTT; Sở TT-TT | Sở Khoa học và Công nghệ | ${DEPARTMENTS_RESTRUCTURED}
former | p | Sở Kế hoạch và Đầu tư | Sở KH&ĐT; Sở KHĐT | Sở Tài chính | ${DEPARTMENTS_RESTRUCTURED}
former | p | Sở Tài nguyên và Môi trường | Sở TN&MT; Sở TNMT | Sở Nông nghiệp và Môi trường | ${DEPARTMENTS_RESTRUCTURED}
former | p | Sở Nông nghiệp và Phát triển nông thôn | Sở NN&PTNT; Sở NNPTNT | Sở Nông nghiệp và Môi trường | ${DEPARTMENTS_RESTRUCTURED}
former | p | Sở Giao thông vận tải | Sở GTVT; Sở Giao thông - Vận tải | Sở Xây dựng | ${DEPARTMENTS_RESTRUCTURED}
former | p | Sở Lao động - Thương binh và Xã hội | Sở LĐ-TB&XH; Sở LĐTBXH; Sở Lao động Thương binh và Xã hội | Sở Nội vụ | ${DEPARTMENTS_RESTRUCTURED}
former | p | Ban Dân tộc tỉnh | Ban Dân tộc | Sở Dân tộc và Tôn giáo | ${DEPARTMENTS_RESTRUCTURED}
former | p | Đài Phát thanh và Truyền hình tỉnh | Đài PT-TH tỉnh; Đài Phát thanh - Truyền hình tỉnh | Báo và Phát thanh, Truyền hình tỉnh | ${TWO_LEVEL_GOVERNMENT}
former | p | Cục Thuế tỉnh | | Thuế tỉnh | ${TWO_LEVEL_GOVERNMENT}
body | c | Ủy ban nhân dân xã | UBND xã; Ủy ban nhân dân phường; UBND phường; Ủy ban nhân dân đặc khu; UBND đặc khu; Ủy ban nhân dân cấp xã; UBND cấp xã
body | c | Hội đồng nhân dân xã | HĐND xã; HĐND phường; Hội đồng nhân dân phường
body | c | Văn phòng HĐND và UBND | Văn phòng HĐND-UBND; Văn phòng Hội đồng nhân dân và Ủy ban nhân dân
body | c | Phòng Kinh tế |
body | c | Phòng Kinh tế, Hạ tầng và Đô thị | Phòng KT-HT&ĐT; Phòng KTHTĐT
body | c | Phòng Văn hóa - Xã hội | Phòng VH-XH; Phòng VHXH; Phòng Văn hóa Xã hội
body | c | Trung tâm Phục vụ hành chính công | Trung tâm PVHCC
body | c | Công an xã | Công an phường; Công an đặc khu
body | c | Ban Chỉ huy quân sự xã | Ban CHQS xã; Ban Chỉ huy quân sự phường; Ban CHQS phường
body | c | Ủy ban Mặt trận Tổ quốc Việt Nam xã | Ủy ban MTTQ Việt Nam xã; Ủy ban MTTQ xã; UBMTTQ xã; Mặt trận Tổ quốc xã; MTTQ xã
body | c | Đoàn Thanh niên Cộng sản Hồ Chí Minh xã | Đoàn TNCS Hồ Chí Minh xã; Đoàn Thanh niên xã; Đoàn xã
body | c | Hội Liên hiệp Phụ nữ xã | Hội LHPN xã; Hội Phụ nữ xã
body | c | Hội Nông dân xã |
body | c | Hội Cựu chiến binh xã | Hội CCB xã
body | c | Trạm Y tế xã | Trạm Y tế phường
body | c | Đảng ủy xã | Đảng ủy phường
body | c | Công chức Văn hóa - Xã hội | Công chức VH-XH; Công chức VHXH
body | c | Công chức Tư pháp - Hộ tịch | Công chức TP-HT
body | c | Công chức Địa chính - Xây dựng | Công chức ĐC-XD
body | c | Công chức Văn phòng - Thống kê | Công chức VP-TK
body | c | Công chức Tài chính - Kế toán | Công chức TC-KT
former | d | Ủy ban nhân dân huyện | UBND huyện; Ủy ban nhân dân quận; UBND quận; Ủy ban nhân dân thị xã; UBND thị xã; Ủy ban nhân dân cấp huyện; UBND cấp huyện | Ủy ban nhân dân xã, phường | ${TWO_LEVEL_GOVERNMENT}
former | d | Hội đồng nhân dân huyện | HĐND huyện; HĐND quận; HĐND thị xã | Hội đồng nhân dân xã, phường | ${TWO_LEVEL_GOVERNMENT}
former | d | Văn phòng HĐND và UBND huyện | Văn phòng HĐND-UBND huyện; Văn phòng HĐND và UBND quận; Văn phòng HĐND-UBND quận; Văn phòng HĐND và UBND thị xã | Văn phòng HĐND và UBND | ${TWO_LEVEL_GOVERNMENT}
former | d | Phòng Văn hóa và Thông tin | Phòng VH-TT; Phòng VHTT; Phòng VH&TT; Phòng Văn hóa - Thông tin | Phòng Văn hóa - Xã hội | ${TWO_LEVEL_GOVERNMENT}
former | d | Phòng Văn hóa, Khoa học và Thông tin | Phòng VH,KH&TT | Phòng Văn hóa - Xã hội | ${TWO_LEVEL_GOVERNMENT}
former | d | Phòng Giáo dục và Đào tạo | Phòng GD&ĐT; Phòng GDĐT; Phòng GD-ĐT | Phòng Văn hóa - Xã hội | ${TWO_LEVEL_GOVERNMENT}
former | d | Phòng Y tế | | Phòng Văn hóa - Xã hội | ${TWO_LEVEL_GOVERNMENT}
former | d | Phòng Lao động - Thương binh và Xã hội | Phòng LĐ-TB&XH; Phòng LĐTBXH | Phòng Văn hóa - Xã hội | ${TWO_LEVEL_GOVERNMENT}
former | d | Phòng Nội vụ | | Văn phòng HĐND và UBND | ${TWO_LEVEL_GOVERNMENT}
former | d | Phòng Tư pháp | | Văn phòng HĐND và UBND | ${TWO_LEVEL_GOVERNMENT}
former | d | Thanh tra huyện | Thanh tra quận; Thanh tra thị xã | Thanh tra tỉnh | ${TWO_LEVEL_GOVERNMENT}
former | d | Phòng Tài chính - Kế hoạch | Phòng TC-KH; Phòng TCKH; Phòng Tài chính Kế hoạch | Phòng Kinh tế | ${TWO_LEVEL_GOVERNMENT}
former | d | Phòng Tài nguyên và Môi trường | Phòng TN&MT; Phòng TNMT | Phòng Kinh tế | ${TWO_LEVEL_GOVERNMENT}
former | d | Phòng Nông nghiệp và Phát triển nông thôn | Phòng NN&PTNT; Phòng Nông nghiệp và PTNT | Phòng Kinh tế | ${TWO_LEVEL_GOVERNMENT}
former | d | Phòng Kinh tế và Hạ tầng | Phòng KT&HT; Phòng Kinh tế - Hạ tầng; Phòng Kinh tế, Hạ tầng | Phòng Kinh tế, Hạ tầng và Đô thị | ${TWO_LEVEL_GOVERNMENT}
former | d | Phòng Quản lý đô thị | Phòng QLĐT | Phòng Kinh tế, Hạ tầng và Đô thị | ${TWO_LEVEL_GOVERNMENT}
former | d | Phòng Dân tộc | | Phòng Văn hóa - Xã hội | ${TWO_LEVEL_GOVERNMENT}
former | d | Trung tâm Văn hóa, Thông tin và Thể thao huyện | Trung tâm VH-TT&TT huyện; Trung tâm Văn hóa, Thông tin và Thể thao quận | Phòng Văn hóa - Xã hội | ${TWO_LEVEL_GOVERNMENT}
former | d | Công an huyện | Công an quận; Công an thị xã | Công an xã | ${TWO_LEVEL_GOVERNMENT}
former | d | Ban Chỉ huy quân sự huyện | Ban CHQS huyện; Ban Chỉ huy quân sự quận; Ban CHQS quận | Ban Chỉ huy quân sự xã | ${TWO_LEVEL_GOVERNMENT}
former | d | Huyện đoàn | Quận đoàn; Thị đoàn | Đoàn Thanh niên Cộng sản Hồ Chí Minh xã | ${TWO_LEVEL_GOVERNMENT}
former | d | Huyện ủy | Quận ủy; Thị ủy | Đảng ủy xã | ${TWO_LEVEL_GOVERNMENT}
former | d | Ban Tuyên giáo Quận ủy | Ban Tuyên giáo Huyện ủy | Đảng ủy xã | ${TWO_LEVEL_GOVERNMENT}
`;
