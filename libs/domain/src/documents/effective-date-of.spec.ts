import { effectiveDateOf } from './effective-date-of';

describe('effectiveDateOf', () => {
  it('reads the date of the effect clause', () => {
    expect(effectiveDateOf('Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày 10 tháng 01 năm 2025.', '2024-12-20')).toBe('2025-01-10');
    expect(effectiveDateOf('Nghị quyết này có hiệu lực từ ngày 1 tháng 7 năm 2025', null)).toBe('2025-07-01');
  });

  it('uses the issued date for "kể từ ngày ký"', () => {
    expect(effectiveDateOf('Quyết định này có hiệu lực kể từ ngày ký.', '2025-03-04')).toBe('2025-03-04');
  });

  it('returns null when the text states no effective date', () => {
    expect(effectiveDateOf('Điều 1. Phạm vi điều chỉnh', null)).toBeNull();
  });
});
