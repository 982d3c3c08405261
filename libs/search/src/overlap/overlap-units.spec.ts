import { overlapUnits } from './overlap-units';

const provision = (pathKey: string, text: string) => ({ pathKey, heading: null, text });

describe('overlapUnits', () => {
  it('checks the rules of a draft, not its closing clauses or its too-short texts', () => {
    const units = overlapUnits([
      provision('d1', 'Ban quản lý chợ phải cấp giấy phép kinh doanh cho thương nhân trong thời hạn 30 ngày.'),
      provision('d2', 'Hiệu lực thi hành'),
      provision('d3.k1', 'Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2026.'),
      provision('d3.k2', 'Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.'),
    ]);
    expect(units).toEqual([{ pathKey: 'd1', citationKey: null, heading: null, text: expect.stringContaining('Ban quản lý chợ') }]);
  });
});
