/**
 * Vietnamese vocabulary of the synthetic corpus: the provinces documents are re-issued under, and
 * interchangeable legal phrases that drafters swap when they adapt another province's text.
 */

/** Provinces and centrally governed cities (a locality kind and a name). */
export const PROVINCES: readonly { kind: 'tỉnh' | 'thành phố'; name: string }[] = [
  ['thành phố', 'Hà Nội'], ['thành phố', 'Hồ Chí Minh'], ['thành phố', 'Hải Phòng'], ['thành phố', 'Đà Nẵng'],
  ['thành phố', 'Cần Thơ'], ['thành phố', 'Huế'], ['tỉnh', 'Nghệ An'], ['tỉnh', 'Thanh Hóa'], ['tỉnh', 'Hà Tĩnh'],
  ['tỉnh', 'Quảng Trị'], ['tỉnh', 'Quảng Ngãi'], ['tỉnh', 'Gia Lai'], ['tỉnh', 'Đắk Lắk'], ['tỉnh', 'Khánh Hòa'],
  ['tỉnh', 'Lâm Đồng'], ['tỉnh', 'Đồng Nai'], ['tỉnh', 'Tây Ninh'], ['tỉnh', 'Đồng Tháp'], ['tỉnh', 'Vĩnh Long'],
  ['tỉnh', 'An Giang'], ['tỉnh', 'Cà Mau'], ['tỉnh', 'Bắc Ninh'], ['tỉnh', 'Hưng Yên'], ['tỉnh', 'Ninh Bình'],
  ['tỉnh', 'Phú Thọ'], ['tỉnh', 'Thái Nguyên'], ['tỉnh', 'Tuyên Quang'], ['tỉnh', 'Lào Cai'], ['tỉnh', 'Lạng Sơn'],
  ['tỉnh', 'Cao Bằng'], ['tỉnh', 'Điện Biên'], ['tỉnh', 'Lai Châu'], ['tỉnh', 'Sơn La'], ['tỉnh', 'Quảng Ninh'],
  ['tỉnh', 'Trà Vinh'], ['tỉnh', 'Bắc Giang'], ['tỉnh', 'Hà Giang'], ['tỉnh', 'Bình Định'], ['tỉnh', 'Phú Yên'],
  ['tỉnh', 'Kiên Giang'], ['tỉnh', 'Sóc Trăng'], ['tỉnh', 'Bến Tre'], ['tỉnh', 'Long An'], ['tỉnh', 'Bình Dương'],
].map(([kind, name]) => ({ kind: kind as 'tỉnh' | 'thành phố', name: name }));

/**
 * Phrases a drafter exchanges for one another without changing what a provision regulates
 * (each pair is tried in both directions).
 */
export const INTERCHANGEABLE: readonly (readonly [string, string])[] = [
  ['cơ quan', 'đơn vị'],
  ['thực hiện', 'triển khai thực hiện'],
  ['bảo đảm', 'đảm bảo'],
  ['trách nhiệm', 'nhiệm vụ'],
  ['hướng dẫn', 'chỉ đạo, hướng dẫn'],
  ['kiểm tra', 'thanh tra, kiểm tra'],
  ['báo cáo', 'tổng hợp, báo cáo'],
  ['kịp thời', 'đầy đủ, kịp thời'],
  ['phối hợp', 'phối hợp chặt chẽ'],
  ['theo quy định', 'theo quy định hiện hành'],
  ['hằng năm', 'định kỳ hằng năm'],
  ['trên địa bàn', 'trong phạm vi'],
  ['người dân', 'công dân'],
  ['doanh nghiệp', 'tổ chức kinh tế'],
  ['cá nhân', 'hộ gia đình, cá nhân'],
  ['Ủy ban nhân dân cấp huyện', 'Ủy ban nhân dân cấp xã'],
  ['Sở Tài chính', 'Sở Kế hoạch và Đầu tư'],
  ['Sở Nội vụ', 'Sở Tư pháp'],
  ['có liên quan', 'liên quan'],
  ['tổ chức', 'cơ quan, tổ chức'],
  ['quản lý', 'quản lý nhà nước'],
  ['hồ sơ', 'thành phần hồ sơ'],
  ['thủ tục', 'thủ tục hành chính'],
  ['ngân sách nhà nước', 'ngân sách địa phương'],
  ['kinh phí', 'nguồn kinh phí'],
  ['đề xuất', 'kiến nghị'],
  ['xử lý', 'giải quyết'],
  ['công khai', 'công khai, minh bạch'],
];

/** Phrases a drafter adds to a clause when adapting it. */
export const INSERTED_PHRASES: readonly string[] = [
  'theo quy định của pháp luật',
  'trên địa bàn tỉnh',
  'theo thẩm quyền được giao',
  'bảo đảm công khai, minh bạch',
  'định kỳ hằng quý',
  'trong thời hạn quy định',
  'phù hợp với điều kiện thực tế của địa phương',
  'theo phân cấp quản lý',
  'và chịu trách nhiệm trước Ủy ban nhân dân tỉnh',
  'đúng đối tượng, đúng mục đích',
  'lồng ghép với các chương trình mục tiêu',
  'ưu tiên vùng đồng bào dân tộc thiểu số và miền núi',
];
