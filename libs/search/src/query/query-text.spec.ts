import { prepareQueryText } from './query-text';

describe('prepareQueryText', () => {
  it('turns document numbers into phrases', () => {
    expect(prepareQueryText('12/2023/QĐ-UBND đất đai')).toBe('"12/2023/QĐ-UBND" đất đai');
    expect(prepareQueryText('theo 2284/QĐ-UBND, 64/2025/QH15 và 02/2015/TTLT-BTP-BNV')).toBe(
      'theo "2284/QĐ-UBND" "64/2025/QH15" và "02/2015/TTLT-BTP-BNV"',
    );
    expect(prepareQueryText('23/VBHN-VPQH')).toBe('"23/VBHN-VPQH"');
  });

  it('leaves fractions, dates and plain words alone', () => {
    expect(prepareQueryText('1/2 diện tích ngày 12/5/2023')).toBe('1/2 diện tích ngày 12/5/2023');
  });

  it('respects a query that already uses quotes', () => {
    expect(prepareQueryText('"hạn mức" 12/2023/QĐ-UBND')).toBe('"hạn mức" 12/2023/QĐ-UBND');
  });

  it('normalises to NFC and single spaces', () => {
    expect(prepareQueryText('  quyết   định '.normalize('NFD'))).toBe('quyết định');
  });
});
