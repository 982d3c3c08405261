import { maskPersonalData, MASKS } from './masking';

describe('masking personal data in published petitions and answers', () => {
  it('masks the petitioner’s own details wherever they appear, however they are spaced or cased', () => {
    const text = 'Ông NGUYỄN  VĂN An (nguyen.van.an@example.vn, 0912 345 678) sống tại Số 12 ngõ 5 phố Huế. Anh An đề nghị…';
    const masked = maskPersonalData(text, { names: ['Nguyễn Văn An'], emails: ['nguyen.van.an@example.vn'], phones: ['0912345678'], addresses: ['số 12 ngõ 5 phố Huế'] });
    expect(masked).toBe(`Ông ${MASKS.name} (${MASKS.email}, ${MASKS.phone}) sống tại ${MASKS.address}. Anh ${MASKS.name} đề nghị…`);
  });

  it('finds e-mails, phone numbers and identity numbers it was not told of', () => {
    expect(maskPersonalData('Liên hệ: tran.b@mail.com hoặc +84 90 123 4567, máy bàn 024.3825.1234.')).toBe(`Liên hệ: ${MASKS.email} hoặc ${MASKS.phone}, máy bàn ${MASKS.phone}.`);
    expect(maskPersonalData('Số CCCD: 001085012345; CMND 123456789; hộ chiếu số C1234567.')).toBe(`Số CCCD: ${MASKS.idNumber}; CMND ${MASKS.idNumber}; hộ chiếu số ${MASKS.idNumber}.`);
    expect(maskPersonalData('mã 079203001234 ghi trên thẻ')).toBe(`mã ${MASKS.idNumber} ghi trên thẻ`);
  });

  it('masks names after a form of address or a label, and labelled addresses', () => {
    expect(maskPersonalData('Tôi là Lê Thị Bích Ngọc, địa chỉ: thôn Đông, xã Yên Phú; đề nghị sửa Điều 3.')).toBe(`Tôi là ${MASKS.name}, địa chỉ: ${MASKS.address}; đề nghị sửa Điều 3.`);
    expect(maskPersonalData('Họ và tên: Phạm Minh Đức\nTrú tại: 45 Lý Thường Kiệt, phường Cửa Nam\nNội dung')).toBe(`Họ và tên: ${MASKS.name}\nTrú tại: ${MASKS.address}\nNội dung`);
    expect(maskPersonalData('Trả lời bà Hoàng Thu về Khoản 2 Điều 5.')).toBe(`Trả lời bà ${MASKS.name} về Khoản 2 Điều 5.`);
  });

  it('leaves legal text alone: document numbers, dates, amounts, provisions and place names', () => {
    const legal =
      'Quyết định số 15/2026/QĐ-UBND ngày 01.02.2026 của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu; mức thu 500.000.000 đồng; Khoản 2 Điều 12; Nghị định 187/2025/NĐ-CP; mã số 0123.';
    expect(maskPersonalData(legal)).toBe(legal);
  });

  it('is idempotent and NFC-normalises', () => {
    const decomposed = 'Ông Trần Văn Bình, 0987654321'.normalize('NFD');
    const once = maskPersonalData(decomposed);
    expect(once).toBe(`Ông ${MASKS.name}, ${MASKS.phone}`);
    expect(maskPersonalData(once)).toBe(once);
    const address = maskPersonalData('Địa chỉ: Số 21 ngõ 4 phố Lò Đúc.', { addresses: ['Số 21 ngõ 4 phố Lò Đúc'] });
    expect(address).toBe(`Địa chỉ: ${MASKS.address}.`);
    expect(maskPersonalData(address)).toBe(address);
  });
});
