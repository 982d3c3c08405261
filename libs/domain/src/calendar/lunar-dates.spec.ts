import { readFileSync } from 'node:fs';
import { sharedPath } from '../../../../test/fixtures/shared-material';

import { lunarAnchors } from './lunar-dates';

const csv = readFileSync(sharedPath('domain', 'lunar-dates.csv'), 'utf8');
const rows = csv
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','));

describe('lunarAnchors', () => {
  it('covers all 111 years of lunar-dates.csv', () => {
    expect(rows).toHaveLength(111);
    expect(rows[0][0]).toBe('1990');
    expect(rows[110][0]).toBe('2100');
  });

  it.each(rows)('gives %s: Tết %s and Hùng Kings %s, as the CSV does', (year, tet, hungKings) => {
    expect(lunarAnchors(Number(year))).toMatchObject({ tet, hungKings });
  });

  it('marks the dates after 2050 as estimates that a notice may correct', () => {
    expect(lunarAnchors(2050).estimated).toBe(false);
    expect(lunarAnchors(2051).estimated).toBe(true);
  });

  it.each([1989, 2101])('refuses %d, outside the table', (year) => {
    expect(() => lunarAnchors(year)).toThrow(
      expect.objectContaining({ code: 'CALENDAR_DATE_OUT_OF_RANGE' }),
    );
  });
});
