import { regimeVersionOn, validityFromDates } from './document-vocabulary';

describe('regimeVersionOn', () => {
  it.each([
    ['2016-07-01', 'LAW80_2015'],
    ['2020-12-31', 'LAW80_2015'],
    ['2021-01-01', 'LAW80_63_2020'],
    ['2025-03-31', 'LAW80_63_2020'],
    ['2025-04-01', 'LAW64_2025'],
    ['2025-06-30', 'LAW64_2025'],
    ['2025-07-01', 'LAW64_87_2025'],
  ])('on %s the regime is %s', (date, regime) => {
    expect(regimeVersionOn(date)).toBe(regime);
  });
});

describe('validityFromDates', () => {
  it('is not yet effective before the effective date, in force from it, expired from the expiry date', () => {
    const dates = { effectiveDate: '2025-07-11', expiryDate: '2030-01-01' };
    expect(validityFromDates(dates, '2025-07-10')).toBe('NOT_YET_EFFECTIVE');
    expect(validityFromDates(dates, '2025-07-11')).toBe('IN_FORCE');
    expect(validityFromDates(dates, '2030-01-01')).toBe('FULLY_EXPIRED');
  });

  it('treats a document without dates as in force', () => {
    expect(validityFromDates({ effectiveDate: null, expiryDate: null }, '2026-01-01')).toBe('IN_FORCE');
  });
});
