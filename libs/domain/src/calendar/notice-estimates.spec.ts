import { addDays } from './civil-date';
import { lunarAnchors } from './lunar-dates';
import { estimatedSecondNationalDay, estimatedTetOffsets } from './notice-estimates';

const tetDays = (year: number) => {
  const { tet } = lunarAnchors(year);
  return estimatedTetOffsets(tet).map((offset) => addDays(tet, offset));
};

describe('estimated Tết days', () => {
  it.each([
    [2020, '2020-01-23', '2020-01-27'], // mùng 1 on a Saturday
    [2024, '2024-02-08', '2024-02-12'], // Saturday
    [2025, '2025-01-27', '2025-01-31'], // Wednesday
  ])('in %d are the last two days of the old year and mùng 1–3, as the notice chose', (year, first, last) => {
    expect(tetDays(year)).toEqual([first, expect.any(String), expect.any(String), expect.any(String), last]);
  });

  it.each([
    [2019, '2019-02-04', '2019-02-08'],
    [2026, '2026-02-16', '2026-02-20'],
  ])('in %d, with mùng 1 on a Tuesday, are the eve and mùng 1–4, Monday to Friday', (year, first, last) => {
    expect(tetDays(year)).toEqual([first, expect.any(String), expect.any(String), expect.any(String), last]);
  });
});

describe('estimatedSecondNationalDay', () => {
  it.each([
    [2021, '2021-09-03'], // 2/9 Thursday
    [2022, '2022-09-01'], // Friday
    [2023, '2023-09-01'], // Saturday
    [2024, '2024-09-03'], // Monday
    [2025, '2025-09-01'], // Tuesday
    [2026, '2026-09-01'], // Wednesday
  ])('in %d is %s, the day the notice chose', (year, expected) => {
    expect(estimatedSecondNationalDay(year)).toBe(expected);
  });

  it('after a Sunday 2/9 is the Monday', () => {
    expect(estimatedSecondNationalDay(2029)).toBe('2029-09-03');
  });
});
