import { nameKey } from './name-key';

describe('nameKey', () => {
  it('matches names across case, tone placement, diacritics and abbreviations', () => {
    const key = nameKey('Ủy ban nhân dân thành phố Hà Nội');
    expect(key).toBe('uy ban nhan dan thanh pho ha noi');
    expect(nameKey('UỶ BAN NHÂN DÂN TP. HÀ NỘI')).toBe(key);
    expect(nameKey('  uy ban   nhan dan thanh pho Ha Noi ')).toBe(key);
  });

  it('keeps distinct names distinct', () => {
    expect(nameKey('Luật Đất đai')).not.toBe(nameKey('Luật Đầu tư'));
  });
});
