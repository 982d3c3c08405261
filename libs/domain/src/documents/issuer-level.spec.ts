import { issuerLevelOf } from './issuer-level';

describe('issuerLevelOf', () => {
  it.each([
    ['Ủy ban nhân dân thành phố Hà Nội', 'provincial'],
    ['Hội đồng nhân dân tỉnh Trà Vinh', 'provincial'],
    ['Ủy ban nhân dân xã Tân Phú', 'commune'],
    ['Ủy ban nhân dân phường Ba Đình', 'commune'],
    ['Chính phủ', 'central'],
    ['Bộ Lao động - Thương binh và Xã hội', 'central'],
    ['Quốc hội', 'central'],
  ])('%s is %s', (name, level) => {
    expect(issuerLevelOf(name)).toBe(level);
  });
});
