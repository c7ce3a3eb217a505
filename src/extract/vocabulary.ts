import type { DocumentFamily } from './types.js';

/** Document types (Decree 30 Điều 7 + Phụ lục III; Party and legal-normative types). */
export interface DocType {
  name: string;
  codes: string[]; // first is canonical
  family?: DocumentFamily; // fixed family, else decided by the symbol shape
}

export const DOC_TYPES: DocType[] = [
  { name: 'Nghị quyết', codes: ['NQ'] },
  { name: 'Quyết định', codes: ['QĐ'] },
  { name: 'Chỉ thị', codes: ['CT'] },
  { name: 'Quy chế', codes: ['QC'] },
  { name: 'Quy định', codes: ['QyĐ', 'QĐi'] },
  { name: 'Thông cáo', codes: ['TC'] },
  { name: 'Thông báo', codes: ['TB'] },
  { name: 'Hướng dẫn', codes: ['HD'] },
  { name: 'Chương trình', codes: ['CTr'] },
  { name: 'Kế hoạch', codes: ['KH'] },
  { name: 'Phương án', codes: ['PA'] },
  { name: 'Đề án', codes: ['ĐA'] },
  { name: 'Dự án', codes: ['DA'] },
  { name: 'Báo cáo', codes: ['BC'] },
  { name: 'Biên bản', codes: ['BB'] },
  { name: 'Tờ trình', codes: ['TTr'] },
  { name: 'Hợp đồng', codes: ['HĐ'] },
  { name: 'Công văn', codes: ['CV'] },
  { name: 'Công điện', codes: ['CĐ'] },
  { name: 'Bản ghi nhớ', codes: ['BGN', 'GN'] },
  { name: 'Bản thỏa thuận', codes: ['BTT', 'TTh'] },
  { name: 'Giấy ủy quyền', codes: ['GUQ', 'UQ'] },
  { name: 'Giấy mời', codes: ['GM'] },
  { name: 'Giấy giới thiệu', codes: ['GGT', 'GT'] },
  { name: 'Giấy nghỉ phép', codes: ['GNP', 'NP'] },
  { name: 'Phiếu gửi', codes: ['PG'] },
  { name: 'Phiếu chuyển', codes: ['PC'] },
  { name: 'Phiếu báo', codes: ['PB'] },
  { name: 'Kết luận', codes: ['KL'] },
  { name: 'Nghị định', codes: ['NĐ'], family: 'legal' },
  { name: 'Thông tư', codes: ['TT'], family: 'legal' },
  { name: 'Thông tư liên tịch', codes: ['TTLT'], family: 'legal' },
  { name: 'Luật', codes: ['L'], family: 'legal' },
  { name: 'Bộ luật', codes: ['BL'], family: 'legal' },
  { name: 'Pháp lệnh', codes: ['PL'], family: 'legal' },
  { name: 'Giấy phép', codes: ['GP'] },
];

export function typeByName(name: string): DocType | undefined {
  const n = name.toLowerCase();
  return DOC_TYPES.find((t) => t.name.toLowerCase() === n);
}

export function typeByCode(code: string): DocType | undefined {
  const c = code.replace(/\u00d0/g, 'Đ');
  return DOC_TYPES.find((t) => t.codes.includes(c)) ?? DOC_TYPES.find((t) => t.codes.some((x) => x.toUpperCase() === c.toUpperCase()));
}

/** Body abbreviations expanded in issuer names (domain-spec §7). */
export const ABBREVIATIONS: Record<string, string> = {
  UBND: 'Ủy ban nhân dân', HĐND: 'Hội đồng nhân dân', TTHĐND: 'Thường trực Hội đồng nhân dân', MTTQ: 'Mặt trận Tổ quốc', UBMTTQ: 'Ủy ban Mặt trận Tổ quốc', UBMTTQVN: 'Ủy ban Mặt trận Tổ quốc Việt Nam',
  BCĐ: 'Ban Chỉ đạo', BTV: 'Ban Thường vụ', BCH: 'Ban Chấp hành', BĐBP: 'Bộ đội Biên phòng', CP: 'Chính phủ', TTg: 'Thủ tướng Chính phủ',
  // The social-policy bank, its district offices named 'PHÒNG GIAO DỊCH NHCSXH'.
  NHCSXH: 'Ngân hàng Chính sách xã hội',
  VPCP: 'Văn phòng Chính phủ', VP: 'Văn phòng', QH: 'Quốc hội', UBTVQH: 'Ủy ban Thường vụ Quốc hội', ĐBQH: 'đại biểu Quốc hội',
  KH: 'Kế hoạch', SKHCN: 'Sở Khoa học và Công nghệ', BKHCN: 'Bộ Khoa học và Công nghệ', SNV: 'Sở Nội vụ', BNV: 'Bộ Nội vụ',
  STC: 'Sở Tài chính', SYT: 'Sở Y tế', BYT: 'Bộ Y tế', SGDĐT: 'Sở Giáo dục và Đào tạo', BGDĐT: 'Bộ Giáo dục và Đào tạo',
  TW: 'Trung ương', ĐTN: 'Đoàn Thanh niên', LĐLĐ: 'Liên đoàn Lao động', LHPN: 'Liên hiệp Phụ nữ', CCB: 'Cựu chiến binh', NCT: 'Người cao tuổi', CTĐ: 'Chữ thập đỏ', TNCS: 'Thanh niên Cộng sản',
  // Ministries and their provincial departments (domain-spec §7; 2025 names).
  BTC: 'Bộ Tài chính', BNNMT: 'Bộ Nông nghiệp và Môi trường', SNNMT: 'Sở Nông nghiệp và Môi trường',
  BCT: 'Bộ Công Thương', SCT: 'Sở Công Thương', BCA: 'Bộ Công an', BQP: 'Bộ Quốc phòng', BTP: 'Bộ Tư pháp', STP: 'Sở Tư pháp',
  BXD: 'Bộ Xây dựng', SXD: 'Sở Xây dựng', BNG: 'Bộ Ngoại giao', BVHTTDL: 'Bộ Văn hóa, Thể thao và Du lịch',
  SVHTTDL: 'Sở Văn hóa, Thể thao và Du lịch', BTTTT: 'Bộ Thông tin và Truyền thông', STTTT: 'Sở Thông tin và Truyền thông',
  // District centres for vocational and continuing education ('TRUNG TÂM GDNN - GDTX YÊN LẠC').
  GDNN: 'Giáo dục nghề nghiệp', GDTX: 'Giáo dục thường xuyên',
  // The fire police's fields ('PHÒNG CẢNH SÁT PCCC VÀ CNCH').
  PCCC: 'phòng cháy, chữa cháy', CNCH: 'cứu nạn, cứu hộ',
  // Plant protection ('CHI CỤC TRỒNG TRỌT VÀ BVTV').
  BVTV: 'Bảo vệ thực vật',
  PTNT: 'Phát triển nông thôn', HTX: 'Hợp tác xã', TNXP: 'Thanh niên xung phong', CHQS: 'Chỉ huy Quân sự', BCHQS: 'Ban Chỉ huy Quân sự', CTN: 'Chủ tịch nước', TANDTC: 'Tòa án nhân dân tối cao', VKSNDTC: 'Viện kiểm sát nhân dân tối cao', KTNN: 'Kiểm toán nhà nước',
  // Courts and procuracies below the supreme ones ('VKSND TỈNH NGHỆ AN', 'VIỆN KSND TỈNH', 'TAND KHU VỰC 2').
  TAND: 'Tòa án nhân dân', VKSND: 'Viện kiểm sát nhân dân', KSND: 'kiểm sát nhân dân',
  // Project management boards ('BAN QLDA ĐẦU TƯ XÂY DỰNG …').
  QLDA: 'Quản lý dự án', BQLDA: 'Ban Quản lý dự án',
};

/** Fields of ministries and departments as headers abbreviate them with '&' or '-' ('SỞ GD&ĐT'). */
export const FIELD_ABBREVIATIONS: Record<string, string> = {
  'GD&ĐT': 'Giáo dục và Đào tạo', 'KH&ĐT': 'Kế hoạch và Đầu tư', 'KH&CN': 'Khoa học và Công nghệ',
  'TN&MT': 'Tài nguyên và Môi trường', 'NN&PTNT': 'Nông nghiệp và Phát triển nông thôn', 'NN&MT': 'Nông nghiệp và Môi trường',
  'LĐ-TB&XH': 'Lao động - Thương binh và Xã hội', 'LĐTB&XH': 'Lao động - Thương binh và Xã hội',
  'VH,TT&DL': 'Văn hóa, Thể thao và Du lịch', 'VHTT&DL': 'Văn hóa, Thể thao và Du lịch', 'TT&TT': 'Thông tin và Truyền thông',
  'GDNN-GDTX': 'Giáo dục nghề nghiệp - Giáo dục thường xuyên', 'VH&TT': 'Văn hóa và Thông tin', 'KT&HT': 'Kinh tế và Hạ tầng', 'TC-KH': 'Tài chính - Kế hoạch',
};

/**
 * Fields of ministries, provincial departments (Sở) and district offices (Phòng), with the names
 * before the 2025 mergers that backlogs are full of.
 */
export const FIELD_NAMES = [
  'Khoa học và Công nghệ', 'Nội vụ', 'Tài chính', 'Y tế', 'Giáo dục và Đào tạo', 'Nông nghiệp và Môi trường', 'Công Thương', 'Công an',
  'Tài nguyên và Môi trường', 'Nông nghiệp và Phát triển nông thôn', 'Kế hoạch và Đầu tư', 'Lao động - Thương binh và Xã hội',
  'Giao thông vận tải', 'Xây dựng', 'Tư pháp', 'Thông tin và Truyền thông', 'Văn hóa, Thể thao và Du lịch', 'Văn hóa và Thông tin',
  'Tài chính - Kế hoạch', 'Kinh tế và Hạ tầng', 'Quản lý đô thị', 'Dân tộc và Tôn giáo', 'Dân tộc', 'Ngoại giao', 'Quốc phòng', 'Thanh tra',
  // The offices of the 2025 communes and wards.
  'Kinh tế, Hạ tầng và Đô thị', 'Văn hóa - Xã hội',
];

/** Caps header words in their usual written case (for turning caps lines into names). */
/** Units below the commune, which take a number or a name of their own: khu phố 3, tổ dân phố 5, thôn Đá, ấp 1. */
export const VILLAGE_UNITS = ['khu phố', 'tổ dân phố', 'thôn', 'xóm', 'ấp', 'bản', 'tổ', 'khu'];
export const MASS_ORGANISATIONS = ['Tổng Liên đoàn Lao động Việt Nam', 'Liên đoàn Lao động', 'Hội Liên hiệp Phụ nữ', 'Hội Nông dân', 'Hội Cựu chiến binh',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Hội Chữ thập đỏ', 'Hội Người cao tuổi', 'Hội Cựu giáo chức', 'Hội Đông y', 'Hội Cựu Công an nhân dân', 'Hội Doanh nhân trẻ',
  'Hội Liên hiệp Thanh niên Việt Nam'];
export const PROPER_PHRASES = [
  'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Ban Thường vụ', 'Ban Thường trực', 'Ban Chấp hành', 'Ban Chỉ đạo', 'Chỉ huy Quân sự', 'Bộ Chính trị', 'Ban Bí thư',
  'Chính phủ', 'Thủ tướng Chính phủ', 'Quốc hội', 'Văn phòng', 'Đảng ủy', 'Đảng bộ', 'Huyện ủy', 'Tỉnh ủy', 'Thành ủy', 'Quận ủy', 'Thị ủy',
  'Chi bộ', 'Làng trẻ em SOS', 'Câu lạc bộ', 'Ủy ban Kiểm tra', 'Mặt trận Tổ quốc Việt Nam', 'Trung ương', 'Việt Nam', 'Chủ tịch', 'Phó Chủ tịch', 'Bí thư', 'Phó Bí thư',
  'Thường trực', 'Giám đốc', 'Phó Giám đốc', 'Trưởng Thuế tỉnh', 'Phó Trưởng Thuế tỉnh', 'Trưởng Thuế cơ sở', 'Phó Trưởng Thuế cơ sở', 'Trưởng Thống kê tỉnh', 'Phó Trưởng Thống kê tỉnh', 'Trưởng Thống kê cơ sở', 'Phó Trưởng Thống kê cơ sở', 'Chánh Văn phòng', 'Phó Chánh Văn phòng', 'Trưởng ban', 'Phó Trưởng ban', 'Bộ trưởng', 'Thứ trưởng',
  ...FIELD_NAMES,
  // Power companies, courts and other bodies whose names wrap or whose words OCR misreads.
  'Tổng công ty Điện lực', 'Tổng công ty Điện lực miền Bắc', 'Tổng công ty Điện lực miền Trung', 'Tổng công ty Điện lực miền Nam',
  'Công ty Điện lực', 'Tòa án nhân dân', 'Viện kiểm sát nhân dân', 'Ban Tuyên giáo và Dân vận', 'Trung tâm Y tế khu vực',
  // Agricultural extension: a station's TRẠM the model reads TRĂM, a number word.
  'Trạm Khuyến nông', 'Trung tâm Khuyến nông', 'Trạm Y tế',
  'Ban Chấp hành Đoàn trường', 'Đoàn trường',
  // Forest management boards and the armed forces' Party committees.
  'Ban Quản lý rừng phòng hộ', 'Ban Quản lý rừng đặc dụng', 'Đảng ủy Quân sự', 'Đảng ủy Quân sự Trung ương', 'Đảng ủy Công an Trung ương',
  // Bodies reorganised by region in 2025, numbered in Roman numerals ('KHO BẠC NHÀ NƯỚC KHU' / 'VỰC VII').
  'Kho bạc Nhà nước', 'Kho bạc Nhà nước khu vực', 'Chi cục Thuế khu vực', 'Chi cục Hải quan khu vực', 'Bảo hiểm xã hội khu vực',
  // And the grassroots offices that replaced the district ones in 2025 ('BẢO HIỂM XÃ HỘI CƠ SỞ' / 'YÊN THÀNH').
  'Bảo hiểm xã hội cơ sở',
  // Police departments' fields (their names wrap over header lines: 'PHÒNG CẢNH SÁT QUẢN LÝ' / 'HÀNH CHÍNH VỀ TRẬT TỰ' / 'XÃ HỘI').
  'Cảnh sát quản lý hành chính về trật tự xã hội', 'Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'Cảnh sát giao thông',
  'Cảnh sát hình sự', 'Cảnh sát kinh tế', 'Cảnh sát môi trường', 'Cảnh sát điều tra tội phạm về ma túy', 'Cảnh sát điều tra tội phạm về trật tự xã hội',
  // Boards that manage projects and industrial zones (their names wrap over header lines).
  'Ban Quản lý dự án đầu tư xây dựng', 'Ban Quản lý các khu công nghiệp',
  // (And a ward's or district's board of parks, lighting and pavements.)
  'Ban Quản lý các công trình công cộng',
  // (And every province's and district's council for legal education.)
  'Hội đồng phối hợp phổ biến, giáo dục pháp luật',
  // (And a province's specialised project boards of Decree 15/2021, 'BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG' / 'CÔNG TRÌNH GIAO THÔNG'.)
  'Ban Quản lý dự án đầu tư xây dựng công trình giao thông', 'Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp',
  'Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp và phát triển nông thôn',
  // Every province's and district's disaster board ('BAN CHỈ HUY PHÒNG,' / 'CHỐNG THIÊN TAI VÀ TÌM' / 'KIẾM CỨU NẠN').
  'Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn',
  // And the civil defence commands that replaced them in 2025 ('BAN CHỈ HUY PHÒNG THỦ' / 'DÂN SỰ').
  'Ban Chỉ huy Phòng thủ dân sự',
  // Every province's and district's board for the national target programmes ('BAN CHỈ ĐẠO CÁC' /
  // 'CHƯƠNG TRÌNH MỤC TIÊU' / 'QUỐC GIA' beside the date).
  'Ban Chỉ đạo các chương trình mục tiêu quốc gia',
  // Border guards: a province's command and its posts ('ĐỒN BIÊN PHÒNG' / 'NẬM CẮN').
  'Bộ Chỉ huy Bộ đội Biên phòng', 'Bộ đội Biên phòng', 'Đồn Biên phòng',
  // Forest rangers: a province's department and its district stations ('HẠT KIỂM LÂM MƯỜNG TÈ').
  'Chi cục Kiểm lâm', 'Hạt Kiểm lâm',
  // Every province's disease control centre ('TRUNG TÂM KIỂM SOÁT' / 'BỆNH TẬT').
  'Trung tâm Kiểm soát bệnh tật',
  // The statistics office (Cục Thống kê) and, since 2025, its provincial and grassroots offices (Thống kê tỉnh, Thống kê cơ sở).
  'Cục Thống kê', 'Thống kê tỉnh', 'Thống kê cơ sở',
  // Market surveillance: the department and, since 2025, a province's sub-department under Sở Công Thương.
  'Cục Quản lý thị trường', 'Chi cục Quản lý thị trường', 'Đội Quản lý thị trường',
  // A province's historical archives and its environmental monitoring centre ('TRUNG TÂM QUAN TRẮC' / 'TÀI NGUYÊN' / 'VÀ MÔI TRƯỜNG').
  'Trung tâm Lưu trữ lịch sử', 'Trung tâm Quan trắc tài nguyên và môi trường',
  // The one-stop offices of the 2025 communes and provinces ('TRUNG TÂM PHỤC VỤ' / 'HÀNH CHÍNH CÔNG').
  'Trung tâm Phục vụ hành chính công',
  // The agricultural services centres of districts and, since 2025, communes ('TRUNG TÂM DỊCH VỤ' / 'NÔNG NGHIỆP').
  'Trung tâm Dịch vụ nông nghiệp',
  // Every province's land-fund centre ('TRUNG TÂM PHÁT TRIỂN' / 'QUỸ ĐẤT'), and its traditional-medicine hospital.
  'Trung tâm Phát triển quỹ đất', 'Bệnh viện Y dược cổ truyền', 'Bệnh viện Y học cổ truyền',
  // The State Bank and, since 2025, its regional offices ('NGÂN HÀNG NHÀ NƯỚC' / 'KHU VỰC 9').
  'Ngân hàng Nhà nước Việt Nam', 'Ngân hàng Nhà nước', 'Ngân hàng Nhà nước Khu vực',
  // State companies' legal forms ('CÔNG TY TNHH MỘT' / 'THÀNH VIÊN' / 'THỦY LỢI …').
  'Công ty TNHH một thành viên', 'Công ty cổ phần',
  // Cooperatives, named for their trade ('HỢP TÁC XÃ NÔNG' / 'NGHIỆP' / 'DỊCH VỤ TỔNG HỢP AN BÌNH'), and their provincial alliances.
  'Hợp tác xã', 'Liên minh Hợp tác xã', 'Liên minh Hợp tác xã Việt Nam',
  // A relic site's board, a port authority, a province's forest fund and its newspaper-and-broadcaster of 2025
  // ('BÁO VÀ PHÁT THANH, TRUYỀN HÌNH' / 'HÀ TĨNH').
  'Ban Quản lý Khu di tích', 'Ban Quản lý di tích', 'Cảng vụ Hàng hải', 'Quỹ Bảo vệ và Phát triển rừng',
  'Báo và Phát thanh, Truyền hình', 'Đài Phát thanh và Truyền hình',
  // The post: a province's office and its corporation ('TỔNG CÔNG TY BƯU ĐIỆN' / 'VIỆT NAM').
  'Tổng công ty Bưu điện Việt Nam', 'Bưu điện tỉnh',
  // Other bodies whose names keep capitals inside ('NGÂN HÀNG CHÍNH SÁCH XÃ HỘI', 'BỘ TƯ LỆNH QUÂN KHU 4').
  'Ngân hàng Chính sách xã hội', 'Văn phòng Đăng ký đất đai', 'Ban Quản lý Khu kinh tế', 'Bộ Tư lệnh Quân khu',
  // The hydro-meteorological department and its regional stations ('ĐÀI KHÍ TƯỢNG THỦY VĂN' / 'KHU VỰC BẮC TRUNG BỘ'),
  // a national park, a province's museum and its vehicle inspection centre ('TRUNG TÂM ĐĂNG KIỂM' / 'XE CƠ GIỚI …').
  'Cục Khí tượng Thủy văn', 'Đài Khí tượng Thủy văn', 'Vườn quốc gia', 'Bảo tàng tỉnh', 'Trung tâm Đăng kiểm xe cơ giới',
  // The road administration and its regional offices, numbered ('KHU QUẢN LÝ ĐƯỜNG BỘ II').
  'Cục Đường bộ Việt Nam', 'Khu Quản lý đường bộ', 'Chi cục Quản lý đường bộ',
  // Livestock and veterinary offices ('TRẠM CHĂN NUÔI VÀ THÚ Y': its Y is a word, no speck).
  'Chi cục Chăn nuôi và Thú y', 'Trạm Chăn nuôi và Thú y',
  // Forensic medicine ('TRUNG TÂM PHÁP Y': its Y is a word) and a province's IT and communications centre
  // ('TRUNG TÂM CÔNG NGHỆ' / 'THÔNG TIN' / 'VÀ TRUYỀN THÔNG').
  'Trung tâm Pháp y', 'Trung tâm Công nghệ thông tin và Truyền thông',
  // Nature reserves' boards, named for their forest ('BAN QUẢN LÝ KHU BẢO TỒN' / 'THIÊN NHIÊN PÙ HOẠT'), a province's
  // drug-testing centre ('TRUNG TÂM KIỂM NGHIỆM' / 'THUỐC, MỸ PHẨM, THỰC PHẨM') and its rural water-supply centre.
  'Ban Quản lý Khu bảo tồn thiên nhiên', 'Ban Quản lý Khu bảo tồn biển', 'Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm', 'Trung tâm Nước sạch và Vệ sinh môi trường nông thôn',
  // A province's state legal-aid centre ('TRUNG TÂM TRỢ GIÚP' / 'PHÁP LÝ' / 'NHÀ NƯỚC'), its notary offices, numbered,
  // a farmers' support fund, the union of science and technology associations and the society for the disabled and orphans.
  'Trung tâm Trợ giúp pháp lý nhà nước', 'Phòng Công chứng', 'Quỹ Hỗ trợ nông dân', 'Liên hiệp các Hội Khoa học và Kỹ thuật',
  'Hội Bảo trợ người khuyết tật và trẻ mồ côi',
  // An industry-promotion centre ('TRUNG TÂM KHUYẾN' / 'CÔNG VÀ' / 'XÚC TIẾN THƯƠNG MẠI') and a medical assessment centre
  // ('TRUNG TÂM GIÁM ĐỊNH Y' / 'KHOA': its Y is a word).
  'Trung tâm Khuyến công và Xúc tiến thương mại', 'Trung tâm Giám định y khoa',
  // A commune's or ward's public-utilities board ('BAN QUẢN LÝ DỊCH VỤ' / 'CÔNG ÍCH': its CÔNG opens no company) and a
  // province's property-auction centre ('TRUNG TÂM DỊCH VỤ ĐẤU GIÁ' / 'TÀI SẢN').
  'Ban Quản lý dịch vụ công ích', 'Trung tâm Dịch vụ đấu giá tài sản',
  // The boards of a commune's Party committee since 2025 ('BAN XÂY DỰNG ĐẢNG'), and a commune's culture, sports and
  // broadcasting centre since 2025 ('TRUNG TÂM VĂN HÓA,' / 'THỂ THAO' / 'VÀ TRUYỀN THANH').
  'Ban Xây dựng Đảng', 'Trung tâm Văn hóa, Thể thao và Truyền thanh',
  // A bay's management board ('BAN QUẢN LÝ VỊNH HẠ' / 'LONG': no Vĩnh) and a province's union of friendship organisations.
  'Ban Quản lý vịnh', 'Liên hiệp các tổ chức hữu nghị',
  // The historic site of the Hùng kings' temple, a proper name ('KHU DI TÍCH LỊCH SỬ ĐỀN HÙNG'), and the Home Ministry's
  // archives department ('CỤC VĂN THƯ VÀ LƯU TRỮ' / 'NHÀ NƯỚC': its NHÀ opens no body).
  'Khu Di tích lịch sử Đền Hùng', 'Cục Văn thư và Lưu trữ nhà nước',
  // A province's board of representatives of the social-policy bank ('BAN ĐẠI DIỆN HỘI ĐỒNG' / 'QUẢN TRỊ' / 'NGÂN HÀNG …').
  'Ban đại diện Hội đồng quản trị Ngân hàng Chính sách xã hội',
  // A province's drug-rehabilitation facility, under its health department since 2025.
  'Cơ sở cai nghiện ma túy',
  // The subcommittees a Party congress sets up (its documents', its personnel's), which sign notices of their own.
  'Tiểu ban', 'Tiểu ban Văn kiện', 'Tiểu ban Nhân sự',
  // A provincial Youth Union's activity centre for the young ('TRUNG TÂM HOẠT ĐỘNG' / 'THANH THIẾU NHI': its THANH opens no Thanh tra).
  'Trung tâm Hoạt động thanh thiếu nhi',
  // The army's telecoms group, its name wrapped at its dash ('TẬP ĐOÀN CÔNG NGHIỆP -' / 'VIỄN THÔNG QUÂN ĐỘI': its VIỄN no Viện).
  'Tập đoàn Công nghiệp - Viễn thông Quân đội',
  // A district's radio and television station before 2025, its dash lost at a wrap ('ĐÀI TRUYỀN THANH -' / 'TRUYỀN HÌNH').
  'Đài Truyền thanh - Truyền hình',
  ...MASS_ORGANISATIONS, 'Ban Chấp hành Đoàn', 'Ban Thường vụ Đoàn', 'Tỉnh đoàn', 'Thành đoàn', 'Huyện đoàn', 'Quận đoàn',
];

/** Administrative-unit words: what follows them is a place name written in Title Case. */
export const UNIT_WORDS = ['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'thị trấn', 'xã', 'phường', 'đặc khu'];
/**
 * After 'xã', the 'hội' of 'xã hội' (Bảo hiểm xã hội tỉnh …, Lao động - Thương binh và Xã hội): at the
 * end, or before a unit word, 'Việt', 'và', or the cơ sở and khu vực of the 2025 offices (Bảo hiểm xã hội
 * cơ sở …) — a commune named Hội … has its name's second word there.
 * A lookahead pattern, lowercase.
 */
/** Before a unit word's space: no cooperative's TÁC, in any case (HỢP TÁC XÃ, hợp tác xã, is no commune). */
export const NOT_AFTER_TAC = '(?<![Tt]ác|TÁC)';
export const XA_HOI = xaHoi((w) => w);
/** The same in capitals, for header lines. */
export const XA_HOI_CAPS = xaHoi((w) => w.toUpperCase());
function xaHoi(cased: (w: string) => string): string {
  return `${cased('hội')}(?=$|[\\s,]+(?:${['tỉnh', 'thành', 'huyện', 'quận', 'thị', 'việt', 'và', 'cơ', 'khu'].map(cased).join('|')})(?:\\s|$))`;
}

/** Header lines that are never the issuing body. */
export const NATIONAL_MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO_2 = 'Độc lập - Tự do - Hạnh phúc';
export const PARTY_MOTTO = 'ĐẢNG CỘNG SẢN VIỆT NAM';
/** The Youth Union's name heads its documents twice: the top of the issuer column, and in place of the national motto. */
export const YOUTH_MOTTO = 'ĐOÀN TNCS HỒ CHÍ MINH';

export const URGENCY = ['Hỏa tốc', 'Thượng khẩn', 'Khẩn'];
export const CONFIDENTIALITY = ['Tuyệt mật', 'Tối mật', 'Mật'];

/** Generic body names that need the unit line below them to name a body (ỦY BAN NHÂN DÂN / XÃ A). */
export const GENERIC_BODIES = ['ỦY BAN NHÂN DÂN', 'HỘI ĐỒNG NHÂN DÂN', 'ĐẢNG ỦY', 'BAN CHẤP HÀNH', 'BAN THƯỜNG VỤ', 'CHI BỘ', 'ĐẢNG BỘ', 'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM'];

/**
 * The kinds of body whose word opens a body's name (Sở …, Trung tâm …, Vườn quốc gia …), in capitals:
 * a header line that opens with none of them, nor with a unit word, goes on the name above it.
 */
export const BODY_KINDS = [
  'SỞ', 'BỘ', 'BAN', 'PHÒNG', 'ỦY BAN', 'HỘI ĐỒNG', 'TRUNG TÂM', 'VĂN PHÒNG', 'CỤC', 'CHI CỤC', 'TỔNG CỤC', 'VỤ', 'VIỆN', 'HỌC VIỆN',
  'TRƯỜNG', 'ĐẠI HỌC', 'BỆNH VIỆN', 'TRẠM', 'TRẠI', 'HẠT', 'ĐỘI', 'ĐỒN', 'TỔ', 'KHỐI', 'ĐÀI', 'BÁO', 'TẠP CHÍ', 'NHÀ', 'BẢO TÀNG',
  'THƯ VIỆN', 'QUỸ', 'CẢNG', 'KHO BẠC', 'BẢO HIỂM', 'NGÂN HÀNG', 'BƯU ĐIỆN', 'CÔNG TY', 'TỔNG CÔNG TY', 'TẬP ĐOÀN', 'XÍ NGHIỆP',
  'HỢP TÁC XÃ', 'LIÊN MINH', 'LIÊN HIỆP', 'LIÊN ĐOÀN', 'HỘI', 'HIỆP HỘI', 'ĐOÀN', 'TÒA ÁN', 'THI HÀNH ÁN', 'THANH TRA', 'CÔNG AN',
  'KIỂM TOÁN', 'CHI NHÁNH', 'PHÂN HIỆU', 'VƯỜN', 'KHU', 'MẶT TRẬN', 'ĐẢNG', 'CHI BỘ', 'HUYỆN ỦY', 'TỈNH ỦY', 'THÀNH ỦY', 'QUẬN ỦY',
  'THỊ ỦY', 'TỈNH ĐOÀN', 'HUYỆN ĐOÀN', 'THÀNH ĐOÀN', 'QUẬN ĐOÀN', 'CƠ QUAN', 'CHÍNH PHỦ', 'QUỐC HỘI', 'QUÂN KHU', 'ĐIỆN LỰC',
  'THƯỜNG TRỰC', 'THƯỜNG VỤ', 'THỐNG KÊ', 'THUẾ', 'HẢI QUAN', 'KIỂM LÂM', 'CẢNH SÁT', 'BỘ CHỈ HUY', 'BAN CHỈ HUY', 'LỮ ĐOÀN', 'SƯ ĐOÀN', 'TRUNG ĐOÀN',
  // A facility run by a department (Cơ sở cai nghiện ma túy, Cơ sở bảo trợ xã hội); an office's CƠ SỞ after its
  // name's pair ('BẢO HIỂM XÃ HỘI' / 'CƠ SỞ …') still joins it.
  'CƠ SỞ', 'TIỂU BAN',
  // (That group's provincial branches are named by its brand: 'VIETTEL HÀ TĨNH'.)
  'VIETTEL',
  // A club (Câu lạc bộ Hưu trí under its association).
  'CÂU LẠC BỘ',
  // (A children's village of the SOS organisation; not LÀNG alone, which a wrapped name may open: 'BAN QUẢN LÝ' / 'LÀNG VĂN HÓA …'.)
  'LÀNG TRẺ EM',
];
