import { normalizeLegalText } from './normalize-legal-text';

describe('normalizeLegalText: characters', () => {
  it('composes decomposed Vietnamese to NFC', () => {
    const decomposed = 'Quyết định'.normalize('NFD');
    expect(normalizeLegalText(decomposed)).toBe('Quyết định');
  });

  it('turns Ð, Ɖ and ð used as Đ/đ into Đ/đ', () => {
    expect(normalizeLegalText('ÐIỀU 1. Ðối tượng; Ɖiều 2; ðồng')).toBe('ĐIỀU 1. Đối tượng; Điều 2; đồng');
  });

  it('removes soft hyphens, zero-width characters and BOMs, and turns no-break spaces and tabs into spaces', () => {
    expect(normalizeLegalText('\uFEFFquy\u00AD định\u200B của\u00A0Ủy\u202Fban\t\tnhân  dân')).toBe('quy định của Ủy ban nhân dân');
  });
});

describe('normalizeLegalText: lines', () => {
  it('starts a new line at every structural unit and joins wrapped lines', () => {
    const wrapped = [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều',
      'của Luật Tổ chức Chính phủ ngày 22 tháng 11 năm 2019;',
      'Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;',
      'Chương I',
      'QUY ĐỊNH CHUNG',
      'Mục 1',
      'PHẠM VI',
      'Điều 1. Phạm vi điều chỉnh',
      'Nghị định này quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm xã hội về bảo',
      'hiểm xã hội bắt buộc.',
      '1. Người lao động quy định tại các điểm a, b, c khoản 1 Điều 2 của Luật Bảo hiểm xã hội được cử đi',
      'học, thực tập.',
      'a) Chủ hộ kinh doanh;',
      'đ) Người đang hưởng trợ cấp hằng tháng theo quy định tại Quyết định số 142/2008/QĐ-TTg ngày 27 tháng',
      '10 năm 2008 của Thủ tướng Chính phủ.',
      'Phụ lục I',
      'Nơi nhận:',
      '- Như Điều 3;',
      'TM. ỦY BAN NHÂN DÂN',
    ].join('\n');
    expect(normalizeLegalText(wrapped).split('\n')).toEqual([
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ ngày 22 tháng 11 năm 2019;',
      'Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;',
      'Chương I',
      'QUY ĐỊNH CHUNG',
      'Mục 1',
      'PHẠM VI',
      'Điều 1. Phạm vi điều chỉnh',
      'Nghị định này quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc.',
      '1. Người lao động quy định tại các điểm a, b, c khoản 1 Điều 2 của Luật Bảo hiểm xã hội được cử đi học, thực tập.',
      'a) Chủ hộ kinh doanh;',
      'đ) Người đang hưởng trợ cấp hằng tháng theo quy định tại Quyết định số 142/2008/QĐ-TTg ngày 27 tháng 10 năm 2008 của Thủ tướng Chính phủ.',
      'Phụ lục I',
      'Nơi nhận:',
      '- Như Điều 3;',
      'TM. ỦY BAN NHÂN DÂN',
    ]);
  });

  it('joins a wrapped capitalised chapter title into one line', () => {
    expect(normalizeLegalText('Chương II\nĐĂNG KÝ THAM GIA VÀ QUẢN LÝ THU, ĐÓNG\nBẢO HIỂM XÃ HỘI BẮT BUỘC\nĐiều 6. Đăng ký')).toBe(
      'Chương II\nĐĂNG KÝ THAM GIA VÀ QUẢN LÝ THU, ĐÓNG BẢO HIỂM XÃ HỘI BẮT BUỘC\nĐiều 6. Đăng ký',
    );
  });

  it('keeps quoted provisions of an amending document on their own lines', () => {
    expect(normalizeLegalText('1. Sửa đổi Điều 3 như sau:\n“Điều 3. Chánh Văn phòng Ủy ban nhân dân Thành phố\n“2. Khoản này')).toBe(
      '1. Sửa đổi Điều 3 như sau:\n“Điều 3. Chánh Văn phòng Ủy ban nhân dân Thành phố\n“2. Khoản này',
    );
  });

  it('joins a cross-reference that wrapped to the start of a line ("Điều 5 Thông tư này")', () => {
    expect(normalizeLegalText('3. Nội dung hỗ trợ: Thực hiện theo quy định tại các khoản 1, 2 và 9\nĐiều 5 Thông tư này.')).toBe(
      '3. Nội dung hỗ trợ: Thực hiện theo quy định tại các khoản 1, 2 và 9 Điều 5 Thông tư này.',
    );
  });

  it('rejoins a document number split at its hyphen without a space', () => {
    expect(normalizeLegalText('Báo cáo thẩm tra số 84/BC-\nKTNS ngày 24 tháng 6 năm 2025')).toBe('Báo cáo thẩm tra số 84/BC-KTNS ngày 24 tháng 6 năm 2025');
  });

  it('keeps lines as they are when joining is off (DOCX, HTML)', () => {
    expect(normalizeLegalText('Tên cơ quan\nđịa chỉ\n\n\nSTT | Nội dung', { joinLines: false })).toBe('Tên cơ quan\nđịa chỉ\nSTT | Nội dung');
  });
});

describe('normalizeLegalText: pages', () => {
  it('keeps a page break as a form-feed line without cutting a paragraph that runs onto the next page', () => {
    const text = 'Điều 1. Phạm vi\nNghị định này quy định chi tiết một số điều của\f\ncác luật có liên quan.\nĐiều 2. Đối tượng';
    expect(normalizeLegalText(text)).toBe('Điều 1. Phạm vi\nNghị định này quy định chi tiết một số điều của các luật có liên quan.\n\f\nĐiều 2. Đối tượng');
  });

  it('drops Official Gazette running heads, the e-signature box and page numbers at page edges, not numbers inside a page', () => {
    const text = [
      'CÔNG BÁO/Số 851 + 852/Ngày 01-7-2025 3',
      'Người ký: Cổng Thông tin điện tử Chính phủ',
      'Email: thongtinchinhphu@chinhphu.vn',
      'Cơ quan: Văn phòng Chính phủ',
      'Thời gian ký: 01.07.2025 10:25:43 +07:00',
      'Điều 1. Phạm vi điều chỉnh',
      '\f',
      '4 CÔNG BÁO/Số 851 + 852/Ngày 01-7-2025',
      '2',
      'Điều 2. Đối tượng áp dụng',
      'Mức hỗ trợ tối đa',
      '12',
      'triệu đồng.',
    ].join('\n');
    expect(normalizeLegalText(text).split('\n')).toEqual(['Điều 1. Phạm vi điều chỉnh', '\f', 'Điều 2. Đối tượng áp dụng', 'Mức hỗ trợ tối đa', '12 triệu đồng.']);
  });
});
