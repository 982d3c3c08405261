import { isClosingClause } from './closing-clause';

describe('isClosingClause', () => {
  it.each([
    'Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2025 và thay thế Quyết định số 43/2024/QĐ-UBND.',
    'Chánh Văn phòng UBND tỉnh; Giám đốc Sở Khoa học và Công nghệ; Chủ tịch UBND các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
    'Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.\nNghị quyết này đã được Hội đồng nhân dân tỉnh Đồng Tháp khóa IX, kỳ họp thứ năm thông qua ngày 14 tháng 7 năm 2017 và có hiệu lực từ ngày 01 tháng 8 năm 2017./.',
    'Giao Thường trực Hội đồng nhân dân Thành phố, các Ban của Hội đồng nhân dân Thành phố và đại biểu Hội đồng nhân dân Thành phố giám sát việc thực hiện Nghị quyết.',
    'Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 8 năm 2022.\nTrong quá trình thực hiện nếu có vướng mắc, đề nghị phản ánh về Bộ Lao động - Thương binh và Xã hội để xem xét, giải quyết.',
  ])('recognises a provision made of closing formulas: %s', (text) => {
    expect(isClosingClause(text)).toBe(true);
  });

  it('does not take a rule on when something else takes effect for a closing formula', () => {
    expect(isClosingClause('Hợp đồng lao động có hiệu lực kể từ ngày hai bên giao kết, trừ trường hợp hai bên có thỏa thuận khác.')).toBe(false);
    expect(isClosingClause('Hồ sơ đã nộp trước ngày Nghị định này có hiệu lực thi hành thì tiếp tục giải quyết theo quy định cũ.')).toBe(false);
  });

  it('keeps a provision that has a rule besides its formula', () => {
    expect(isClosingClause('Mức thu phí là 50.000 đồng/hồ sơ. Quyết định này có hiệu lực kể từ ngày 01 tháng 01 năm 2026.')).toBe(false);
  });

  it('keeps a clause whose execution duty is about something other than the act', () => {
    expect(isClosingClause('Doanh nghiệp dự án PPP có trách nhiệm tổ chức thực hiện chuyển giao công nghệ cho cơ quan ký kết hợp đồng.')).toBe(false);
  });
});
