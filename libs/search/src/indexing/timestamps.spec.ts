import { InvalidSearchInputError } from '../errors/invalid-search-input.error';
import { OPEN_END, earliestDate, vietnamDayStart } from './timestamps';

describe('vietnamDayStart', () => {
  it('puts the start of a Vietnamese day at 17:00 UTC the day before', () => {
    expect(vietnamDayStart('2024-01-01')).toBe(Date.parse('2023-12-31T17:00:00Z') / 1000);
  });

  it('gives consecutive days exactly 86,400 seconds apart (no daylight saving in Vietnam)', () => {
    expect(vietnamDayStart('2024-03-01') - vietnamDayStart('2024-02-29')).toBe(86_400);
  });

  it('rejects what is not a real YYYY-MM-DD date, naming the field', () => {
    expect(() => vietnamDayStart('2023-02-29', 'effectiveDate')).toThrow(InvalidSearchInputError);
    expect(() => vietnamDayStart('2024-01-01T00:00:00Z', 'asOf')).toThrow(/asOf/);
    expect(() => vietnamDayStart('01/01/2024')).toThrow(InvalidSearchInputError);
  });

  it('places the open end at the start of 9999-12-31 in Vietnam', () => {
    expect(OPEN_END).toBe(vietnamDayStart('9999-12-31'));
  });
});

describe('earliestDate', () => {
  it('ignores nulls and compares ISO dates', () => {
    expect(earliestDate('2030-01-01', null, '2025-07-01')).toBe('2025-07-01');
    expect(earliestDate(null, null)).toBeNull();
  });
});
