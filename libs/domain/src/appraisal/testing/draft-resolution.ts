/**
 * A draft Nghị quyết of a provincial council detailing khoản 2 Điều 15 of Nghị định 185/2026/NĐ-CP
 * (in the shared corpus: "… Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp quy định cụ
 * thể những nội dung sau: …"), written the way drafts reach the Sở Tư pháp.
 */
export const DRAFT_RESOLUTION = `HỘI ĐỒNG NHÂN DÂN
TỈNH GIA LAI
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số:     /2026/NQ-HĐND
Gia Lai, ngày    tháng    năm 2026
DỰ THẢO
NGHỊ QUYẾT
Quy định chức danh, mức phụ cấp của người hoạt động không chuyên trách ở thôn, tổ dân phố trên địa bàn tỉnh Gia Lai
HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI
KHÓA XIII, KỲ HỌP THỨ
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;
Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15;
Căn cứ Nghị định số 185/2026/NĐ-CP ngày 26 tháng 5 năm 2026 của Chính phủ quy định về tổ chức, hoạt động của thôn, tổ dân phố và chế độ, chính sách đối với người hoạt động không chuyên trách ở thôn, tổ dân phố;
Căn cứ Quyết định số 12/2024/QĐ-UBND ngày 15 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh Gia Lai ban hành Quy chế tổ chức và hoạt động của thôn, tổ dân phố;
Xét Tờ trình số    /TTr-UBND ngày    tháng    năm 2026 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của Ban Pháp chế Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.
Hội đồng nhân dân ban hành Nghị quyết quy định chức danh, mức phụ cấp của người hoạt động không chuyên trách ở thôn, tổ dân phố trên địa bàn tỉnh Gia Lai.
Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng
1. Nghị quyết này quy định chi tiết khoản 2 Điều 15 của Nghị định số 185/2026/NĐ-CP về chức danh, mức phụ cấp của người hoạt động không chuyên trách ở thôn, tổ dân phố trên địa bàn tỉnh Gia Lai.
2. Đối tượng áp dụng:
a) Người hoạt động không chuyên trách ở thôn, tổ dân phố;
b) Cơ quan, tổ chức, cá nhân có liên quan.
Điều 2. Chức danh và mức phụ cấp hằng tháng
1. Trưởng thôn, Tổ trưởng tổ dân phố được hưởng phụ cấp hằng tháng bằng 2,0 lần mức lương cơ sở.
2. Bí thư chi bộ thôn, tổ dân phố được hưởng phụ cấp hằng tháng bằng 1,8 lần mức lương cơ sở.
3. Trưởng ban công tác Mặt trận thôn, tổ dân phố được hưởng phụ cấp hằng tháng bằng 1,5 lần mức lương cơ sở.
Điều 3. Kiêm nhiệm chức danh
1. Người hoạt động không chuyên trách ở thôn, tổ dân phố kiêm nhiệm chức danh khác được hưởng 50% mức phụ cấp của chức danh kiêm nhiệm.
2. Mỗi người được hưởng phụ cấp kiêm nhiệm không quá một chức danh.
Điều 4. Kinh phí thực hiện
Kinh phí thực hiện Nghị quyết này được bố trí trong dự toán ngân sách địa phương hằng năm theo phân cấp ngân sách hiện hành.
Điều 5. Tổ chức thực hiện
1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.
2. Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.
Điều 6. Hiệu lực thi hành
Nghị quyết này có hiệu lực từ ngày 01 tháng 7 năm 2026.
Nghị quyết này đã được Hội đồng nhân dân tỉnh Gia Lai Khóa XIII, Kỳ họp thứ    thông qua ngày    tháng    năm 2026./.
Nơi nhận:
- Ủy ban Thường vụ Quốc hội;
- Chính phủ;
CHỦ TỊCH
`;
