import { createHash } from 'node:crypto';
import type { PublicationDocument, PublicationProvision } from '../publication-document';

function node(level: PublicationProvision['level'], number: string | null, pathKey: string, heading: string | null, text: string, children: PublicationProvision[] = []): PublicationProvision {
  return { level, number, pathKey, heading, text, children };
}

/** Bytes standing in for the signed PDF: a real PDF header is enough for every check here. */
export const SMALL_PDF = Buffer.from('%PDF-1.7\n% Quyết định 12/2025/QĐ-UBND\n%%EOF\n', 'utf8');

/**
 * A short provincial decision exercising the awkward cases: an inserted article (Điều 5a), an
 * inserted clause (2a), inserted and "đ" points, a point straight under an article, characters that
 * XML must escape, and an annex.
 */
export function smallDocument(overrides: Partial<PublicationDocument> = {}): PublicationDocument {
  const fullText = [
    'ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP',
    'Số: 12/2025/QĐ-UBND',
    'QUYẾT ĐỊNH',
    'Quy định mức thu phí & lệ phí <tạm thời>',
    'Căn cứ Luật Tổ chức chính quyền địa phương',
    'số 72/2025/QH15;',
    'Căn cứ Luật Phí và lệ phí số 97/2015/QH13;',
    'Theo đề nghị của Giám đốc Sở Tài chính.',
    'QUYẾT ĐỊNH:',
    'Điều 1. Phạm vi điều chỉnh',
  ].join('\n');
  return {
    id: 'doc-small-1',
    number: '12/2025/QĐ-UBND',
    docType: 'DECISION',
    docTypeName: 'Quyết định',
    issuer: { id: 'issuer-dong-thap-ubnd', name: 'Ủy ban nhân dân tỉnh Đồng Tháp' },
    signer: { name: 'Nguyễn Văn A', title: 'PHÓ CHỦ TỊCH', capacity: 'KT' },
    issuedDate: '2025-11-05',
    effectiveDate: '2025-11-20',
    expiryDate: null,
    expiryReason: null,
    title: 'Quy định mức thu phí & lệ phí <tạm thời> trên địa bàn tỉnh Đồng Tháp',
    field: 'Thuế - Phí - Lệ phí',
    sector: 'Tài chính',
    territorialScope: 'Tỉnh Đồng Tháp',
    validityStatus: 'NOT_YET_EFFECTIVE',
    gazette: { issueNo: '591+592', date: '2025-11-10' },
    applicationNotes: null,
    provisions: [
      node('chapter', 'I', 'cI', 'QUY ĐỊNH CHUNG', '', [
        node('article', '1', 'd1', 'Phạm vi điều chỉnh', 'Quyết định này quy định mức thu "phí" & lệ phí.'),
        node('article', '5', 'd5', 'Mức thu', '', [
          node('clause', '1', 'd5.k1', null, 'Mức thu được quy định như sau:', [
            node('point', 'a', 'd5.k1.a', null, 'Hộ gia đình: 10.000 đồng/tháng;'),
            node('point', 'đ', 'd5.k1.đ', null, 'Cá nhân < 18 tuổi: miễn;'),
            node('point', 'a1', 'd5.k1.a1', null, 'Điểm chèn a1.'),
          ]),
          node('clause', '2a', 'd5.k2a', null, 'Khoản chèn 2a.'),
        ]),
        node('article', '5a', 'd5a', 'Điều chèn', 'Nội dung:', [node('point', 'đ', 'd5a.đ', null, 'Điểm trực tiếp dưới điều.')]),
      ]),
      node('annex', 'I', 'plI', 'BIỂU MỨC THU', 'Dòng 1 & dòng 2\nDòng 3'),
    ],
    relations: [
      { type: 'BASED_ON', targetNumber: '72/2025/QH15', targetTitle: 'Luật Tổ chức chính quyền địa phương', targetPathKey: null },
      { type: 'BASED_ON', targetNumber: '97/2015/QH13', targetTitle: 'Luật Phí và lệ phí', targetPathKey: 'd21.k2' },
      { type: 'REPLACES', targetNumber: '20/2020/QĐ-UBND', targetTitle: null, targetPathKey: null },
    ],
    fullText,
    originalFile: {
      fileName: 'qd-12-2025.pdf',
      mimeType: 'application/pdf',
      bytes: SMALL_PDF,
      sha256: createHash('sha256').update(SMALL_PDF).digest('hex'),
    },
    ...overrides,
  };
}
