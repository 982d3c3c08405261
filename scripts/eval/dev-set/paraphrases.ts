import type { PairLine } from '../input/eval-lines';
import type { Corpus, CorpusDocument, StoredDocument } from './corpus-source';
import { DRAFTING_AS_OF } from './as-of';

interface Paraphrase {
  number: string;
  issuer: string;
  pathKey: string;
  text: string;
}

/**
 * Provisions in force restated by hand as a drafter would: clauses reordered, synonyms ("nghỉ làm"
 * for "nghỉ việc", "trông con" for "chăm sóc con"), active for passive, values and modality kept.
 */
const PARAPHRASES: readonly Paraphrase[] = [
  { number: '58/2014/QH13', issuer: 'Quốc hội', pathKey: 'd25.k2', text: 'Người lao động phải nghỉ làm để trông con chưa đủ 07 tuổi bị ốm, có giấy xác nhận của cơ sở khám bệnh, chữa bệnh có thẩm quyền.' },
  { number: '58/2014/QH13', issuer: 'Quốc hội', pathKey: 'd28.k4', text: 'Trợ cấp ốm đau cho mỗi ngày nghỉ được xác định bằng cách lấy mức trợ cấp ốm đau hằng tháng chia cho 24 ngày.' },
  { number: '58/2014/QH13', issuer: 'Quốc hội', pathKey: 'd29.k3', text: 'Mỗi ngày nghỉ dưỡng sức, phục hồi sức khỏe sau ốm đau, người lao động được hưởng một khoản bằng 30% mức lương cơ sở.' },
  { number: '58/2014/QH13', issuer: 'Quốc hội', pathKey: 'd46.k1', text: 'Trường hợp mức suy giảm khả năng lao động từ 5% đến 30%, người lao động được nhận trợ cấp một lần.' },
  { number: '58/2014/QH13', issuer: 'Quốc hội', pathKey: 'd52.k1', text: 'Khi đã điều trị ổn định thương tật do tai nạn lao động hoặc bệnh nghề nghiệp nhưng sức khỏe chưa hồi phục, người lao động được nghỉ từ 05 ngày đến 10 ngày để dưỡng sức, phục hồi sức khỏe.' },
  { number: '58/2014/QH13', issuer: 'Quốc hội', pathKey: 'd103.k1', text: 'Người sử dụng lao động lập danh sách người lao động đủ điều kiện hưởng trợ cấp dưỡng sức, phục hồi sức khỏe sau ốm đau, thai sản và gửi cơ quan bảo hiểm xã hội trong vòng 10 ngày kể từ ngày người lao động đủ điều kiện.' },
  { number: '58/2014/QH13', issuer: 'Quốc hội', pathKey: 'd110.k1', text: 'Chậm nhất 30 ngày tính đến thời điểm người lao động bắt đầu hưởng lương hưu, người sử dụng lao động gửi cơ quan bảo hiểm xã hội hồ sơ theo khoản 1 Điều 108 của Luật này.' },
  { number: '58/2014/QH13', issuer: 'Quốc hội', pathKey: 'd94.k3', text: 'Thủ tướng Chính phủ bổ nhiệm, miễn nhiệm, cách chức Chủ tịch, các Phó Chủ tịch và các ủy viên của Hội đồng quản lý bảo hiểm xã hội; mỗi thành viên Hội đồng có nhiệm kỳ 05 năm.' },
  { number: '58/2014/QH13', issuer: 'Quốc hội', pathKey: 'd8.k5', text: 'Theo phân cấp của Chính phủ, Ủy ban nhân dân các cấp quản lý nhà nước về bảo hiểm xã hội tại địa phương mình.' },
  { number: '09/2022/TT-BLĐTBXH', issuer: 'Bộ Lao động - Thương binh và Xã hội', pathKey: 'd7.k4.c', text: 'Ủy ban nhân dân cấp xã có nhiệm vụ theo dõi và đánh giá tình hình thực hiện dự án tại địa phương, kiến nghị kịp thời với Ủy ban nhân dân cấp huyện về những vướng mắc phát sinh.' },
  { number: '18/2026/TT-BTC', issuer: 'Bộ Tài chính', pathKey: 'd6.k1', text: 'Hồ sơ hoàn thuế nộp thừa của hộ kinh doanh, cá nhân kinh doanh do cơ quan thuế tiếp nhận, phân loại và giải quyết theo pháp luật về quản lý thuế.' },
  { number: '103/2025/QĐ-UBND', issuer: 'Ủy ban nhân dân tỉnh Phú Thọ', pathKey: 'd2.k1', text: 'Đối với tuyến đê không kết hợp làm đường giao thông, hành lang bảo vệ đê rộng 05 mét tính từ chân đê ra phía đồng và phía sông.' },
  { number: '103/2025/QĐ-UBND', issuer: 'Ủy ban nhân dân tỉnh Phú Thọ', pathKey: 'd3.k2', text: 'Việc quản lý, bảo vệ hành lang đê cấp IV, cấp V trên địa bàn xã thuộc trách nhiệm của Ủy ban nhân dân cấp xã.' },
  { number: '103/2025/QĐ-UBND', issuer: 'Ủy ban nhân dân tỉnh Phú Thọ', pathKey: 'd3.k3', text: 'Sở Nông nghiệp và Môi trường chủ trì, cùng các cơ quan có liên quan hướng dẫn, đôn đốc, theo dõi và kiểm tra việc thực hiện Quyết định này của các địa phương, đơn vị, tổ chức, cá nhân.' },
  { number: '03/2025/QĐ-UBND', issuer: 'Ủy ban nhân dân thành phố Hà Nội', pathKey: 'd4.k2', text: 'Khi cần thiết, dự án có tổng mức đầu tư từ 15 tỷ đồng trở lên nhưng không quá giá trị tiêu chí phân loại dự án nhóm C của từng lĩnh vực theo Luật Đầu tư công do Ủy ban nhân dân Thành phố quyết định thực hiện.' },
  { number: '03/2025/QĐ-UBND', issuer: 'Ủy ban nhân dân thành phố Hà Nội', pathKey: 'd12.k3', text: 'Nhiệm vụ quy hoạch xây dựng, quy hoạch đô thị đã được bố trí một phần vốn đầu tư công thì tiếp tục bố trí vốn đầu tư công; nếu đã được bố trí một phần vốn chi thường xuyên thì tiếp tục bố trí vốn chi thường xuyên.' },
  { number: '03/2025/QĐ-UBND', issuer: 'Ủy ban nhân dân thành phố Hà Nội', pathKey: 'd5.k4', text: 'Theo phân cấp quản lý, Ủy ban nhân dân xã, thị trấn tổ chức lập và phê duyệt danh mục dự án với các nội dung quy định tại khoản 3 Điều này.' },
  { number: '51/2025/NQ-HĐND', issuer: 'Hội đồng nhân dân thành phố Hà Nội', pathKey: 'd2.k2.a', text: 'Nhân viên có bằng tốt nghiệp đại học hưởng phụ cấp theo hệ số 2,34 mức lương cơ sở, nhân 1,5 lần.' },
  { number: '51/2025/NQ-HĐND', issuer: 'Hội đồng nhân dân thành phố Hà Nội', pathKey: 'd3', text: 'Kinh phí thực hiện năm 2026 do ngân sách Thành phố bổ sung có mục tiêu cho ngân sách cấp xã; từ các năm sau, ngân sách xã bảo đảm theo phân cấp.' },
  { number: '48/2025/QĐ-UBND', issuer: 'Ủy ban nhân dân tỉnh Gia Lai', pathKey: 'd1.k1', text: 'Quyết định này quy định chi tiết danh mục đồ dùng cá nhân, học phẩm được trang cấp cho học sinh các trường phổ thông dân tộc nội trú thuộc tỉnh Gia Lai.' },
];

/** The documents the paraphrased provisions come from: always loaded. */
export function paraphraseSources(corpus: Corpus): CorpusDocument[] {
  return [...new Set(PARAPHRASES.map((p) => corpus.byNumber(p.number, p.issuer)))];
}

/** Paraphrases are labelled `overlap`: the same rule in other words. */
export function paraphrasePairs(documents: readonly StoredDocument[]): PairLine[] {
  return PARAPHRASES.map((p) => {
    const document = documents.find((d) => d.source.number === p.number && d.source.issuer === p.issuer);
    if (!document?.byPath.has(p.pathKey)) throw new Error(`paraphrase source ${p.number} ${p.pathKey} is not loaded`);
    return { type: 'pair', query: p.text, expected: { documentKey: document.source.id, pathKey: p.pathKey }, class: 'overlap', group: 'paraphrase', asOf: DRAFTING_AS_OF, source: `${p.number} ${p.pathKey}: paraphrased by hand` };
  });
}
