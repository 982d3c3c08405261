import { extractPreamble } from './preamble';

describe('extractPreamble', () => {
  it('joins wrapped citation lines and separates citations, recitals and the formula', () => {
    const text = [
      'HỘI ĐỒNG NHÂN DÂN',
      'NGHỊ QUYẾT',
      'Căn cứ Luật Tổ chức',
      'chính quyền địa phương số 72/2025/QH15;',
      'Căn cứ Nghị định số 163/2016/NĐ-CP',
      'ngày 21 tháng 12 năm 2016 của Chính phủ;',
      'Xét Tờ trình số 12/TTr-UBND;',
      'QUYẾT NGHỊ:',
      'Điều 1. Phạm vi',
      'Căn cứ vào khoản 1 Điều này',
    ].join('\n');
    expect(extractPreamble(text)).toEqual({
      citations: ['Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;', 'Căn cứ Nghị định số 163/2016/NĐ-CP ngày 21 tháng 12 năm 2016 của Chính phủ;'],
      recitals: ['Xét Tờ trình số 12/TTr-UBND;'],
      formula: 'QUYẾT NGHỊ:',
    });
  });

  it('stops at Điều 1 when the text has no formula line', () => {
    const preamble = extractPreamble('Căn cứ Luật Đất đai;\nĐiều 1\nCăn cứ vào đây');
    expect(preamble.citations).toEqual(['Căn cứ Luật Đất đai;']);
    expect(preamble.formula).toBeNull();
  });

  it('finds nothing in a text without a preamble', () => {
    expect(extractPreamble('Điều 1. Phạm vi\nNội dung')).toEqual({ citations: [], recitals: [], formula: null });
  });
});
