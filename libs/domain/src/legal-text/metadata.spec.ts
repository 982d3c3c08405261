import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDate } from './dates';
import { parseLegalText } from './parse-legal-text';
import { extractSigner } from './signer';

function metadataOf(name: string) {
  return parseLegalText(readFileSync(join(__dirname, '__fixtures__', name), 'utf8')).metadata;
}

describe('document metadata', () => {
  it('reads the header of an Official Gazette decree', () => {
    expect(metadataOf('nd-158-2025-cp-cong-bao.txt')).toMatchObject({
      number: '158/2025/NĐ-CP',
      parsedNumber: { seq: '158', year: 2025, typeCode: 'NĐ', issuerCode: 'CP' },
      docType: 'DECREE',
      issuer: 'CHÍNH PHỦ',
      place: 'Hà Nội',
      issuedDate: '2025-06-25',
      title: 'Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc',
      signer: { name: 'Hồ Đức Phớc', title: 'PHÓ THỦ TƯỚNG', capacity: 'KT', onBehalfOf: 'THỦ TƯỚNG', collegialBody: 'CHÍNH PHỦ' },
      adoption: null,
    });
  });

  it('reassembles a header that HTML conversion cut into pieces ("Số:" ⏎ "72/2025/QĐ-UBND", "Hà Nội, ngày" ⏎ "27 tháng 11 …")', () => {
    expect(metadataOf('qd-72-2025-ubnd-ha-noi.txt')).toMatchObject({
      number: '72/2025/QĐ-UBND',
      docType: 'DECISION',
      issuer: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI',
      place: 'Hà Nội',
      issuedDate: '2025-11-27',
      title: 'BÃI BỎ TOÀN BỘ QUYẾT ĐỊNH SỐ 17/2025/QĐ-UBND NGÀY 28 THÁNG 02 NĂM 2025 CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI',
      signer: { name: 'Dương Đức Tuấn', title: 'PHÓ CHỦ TỊCH', capacity: 'KT', onBehalfOf: 'CHỦ TỊCH', collegialBody: 'ỦY BAN NHÂN DÂN' },
    });
  });

  it('joins the number that a two-column PDF header splits ("Số: 40" … "/2025/QĐ-UBND")', () => {
    expect(metadataOf('qd-40-2025-ubnd-ha-noi.txt')).toMatchObject({ number: '40/2025/QĐ-UBND', issuedDate: '2025-07-01', place: 'Hà Nội' });
  });

  it('takes the date of a council resolution without header from its adoption sentence', () => {
    expect(metadataOf('nq-03-2017-hdnd-hau-giang.txt')).toMatchObject({
      number: null,
      docType: 'RESOLUTION',
      issuer: 'HỘI ĐỒNG NHÂN DÂN TỈNH HẬU GIANG',
      issuedDate: '2017-07-13',
      adoption: { body: 'Hội đồng nhân dân tỉnh Hậu Giang Khóa IX Kỳ họp thứ Sáu', date: '2017-07-13' },
    });
  });

  it('reads a consolidated text: its number and date are in the authentication at the end', () => {
    expect(metadataOf('vbhn-156-bldtbxh-cong-bao.txt')).toMatchObject({
      number: '156/VBHN-BLĐTBXH',
      docType: 'CONSOLIDATED_TEXT',
      issuedDate: '2025-01-10',
      signer: { name: 'Lê Tấn Dũng', title: 'THỨ TRƯỞNG', capacity: 'KT' },
    });
    expect(metadataOf('vbhn-125-vpqh-bo-luat-lao-dong.txt')).toMatchObject({
      number: '125/VBHN-VPQH', issuer: 'VĂN PHÒNG QUỐC HỘI', place: 'Hà Nội', issuedDate: '2025-08-27',
    });
  });
});

describe('signer', () => {
  it('reads every signing capacity', () => {
    expect(extractSigner(['Nơi nhận:', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Trần Sỹ Thanh'])).toEqual({
      name: 'Trần Sỹ Thanh', title: 'CHỦ TỊCH', capacity: 'TM', onBehalfOf: 'ỦY BAN NHÂN DÂN', collegialBody: 'ỦY BAN NHÂN DÂN',
    });
    // HTML conversion wraps "TM. ỦY BAN NHÂN" ⏎ "DÂN"
    expect(extractSigner(['TM. ỦY BAN NHÂN', 'DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Văn Ánh'])).toMatchObject({
      capacity: 'KT', onBehalfOf: 'CHỦ TỊCH', collegialBody: 'ỦY BAN NHÂN DÂN', title: 'PHÓ CHỦ TỊCH',
    });
    expect(extractSigner(['Q. BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'Nguyễn Văn An'])).toMatchObject({ capacity: 'Q', onBehalfOf: 'BỘ TRƯỞNG' });
    expect(extractSigner(['TL. BỘ TRƯỞNG', 'VỤ TRƯỞNG VỤ PHÁP CHẾ', 'Trần Thị Bình'])).toMatchObject({ capacity: 'TL', title: 'VỤ TRƯỞNG VỤ PHÁP CHẾ' });
    expect(extractSigner(['TUQ. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG', 'Lê Minh'])).toMatchObject({ capacity: 'TUQ' });
    expect(extractSigner(['BỘ TRƯỞNG', 'Đào Ngọc Dung'])).toEqual({
      name: 'Đào Ngọc Dung', title: 'BỘ TRƯỞNG', capacity: null, onBehalfOf: null, collegialBody: null,
    });
    expect(extractSigner(['- Lưu: VT.'])).toBeNull();
  });
});

describe('dates', () => {
  it('turns Vietnamese and numeric dates into ISO, refusing impossible ones', () => {
    expect(findDate('Hà Nội, ngày 20 tháng 12 năm 2024')?.iso).toBe('2024-12-20');
    expect(findDate('ngày 01 tháng7 năm 2025')?.iso).toBe('2025-07-01');
    expect(findDate('ngày 08/6/2010 của Chính phủ')?.iso).toBe('2010-06-08');
    expect(findDate('ngày 30 tháng 02 năm 2025')).toBeNull();
    expect(findDate('ngày … tháng … năm 2025')).toBeNull();
  });
});
