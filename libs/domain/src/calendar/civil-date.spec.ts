import {
  addDays,
  type CivilDate,
  compareDates,
  daysBetween,
  fromEpochDay,
  isCivilDate,
  isWeekend,
  parseCivilDate,
  toEpochDay,
  weekdayOf,
} from './civil-date';

const d = parseCivilDate;

describe('parseCivilDate', () => {
  it.each(['2024-02-29', '1990-01-01', '2100-12-31', '0001-01-01'])('accepts the real date %s', (value) => {
    expect(parseCivilDate(value)).toBe(value);
  });

  it.each([
    '2023-02-29',
    '2024-02-30',
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '2024-1-1',
    ' 2024-01-01',
    '2024-01-01T00:00',
    '',
  ])('rejects %j with CIVIL_DATE_INVALID', (value) => {
    expect(() => parseCivilDate(value)).toThrow(expect.objectContaining({ code: 'CIVIL_DATE_INVALID' }));
  });

  it('tells strings that are dates from everything else', () => {
    expect(isCivilDate('2100-02-28')).toBe(true);
    expect(isCivilDate('2100-02-29')).toBe(false); // 2100 is not a leap year
    expect(isCivilDate(20240101)).toBe(false);
    expect(isCivilDate(null)).toBe(false);
  });
});

describe('day arithmetic', () => {
  it('agrees with the UTC calendar of Date for every day from 1900 to 2200', () => {
    const first = Date.UTC(1900, 0, 1) / 86_400_000;
    const last = Date.UTC(2200, 11, 31) / 86_400_000;
    for (let day = first; day <= last; day += 1) {
      const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
      const date = fromEpochDay(day);
      if (date !== expected || toEpochDay(date) !== day) {
        throw new Error(`day ${day}: ${date} ≠ ${expected}`);
      }
    }
  });

  it('adds days across a leap day, a month end and a year end', () => {
    expect(addDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(d('2023-02-28'), 1)).toBe('2023-03-01');
    expect(addDays(d('2024-12-31'), 1)).toBe('2025-01-01');
    expect(addDays(d('2025-01-01'), -1)).toBe('2024-12-31');
    expect(addDays(d('2024-01-01'), 366)).toBe('2025-01-01');
  });

  it('counts the days between two dates, negative when the second is earlier', () => {
    expect(daysBetween(d('2024-02-07'), d('2024-02-15'))).toBe(8);
    expect(daysBetween(d('2024-02-15'), d('2024-02-07'))).toBe(-8);
    expect(daysBetween(d('2025-06-01'), d('2025-06-01'))).toBe(0);
  });

  it('orders dates', () => {
    const dates: CivilDate[] = [d('2025-01-02'), d('2024-12-31'), d('2025-01-01')];
    expect([...dates].sort(compareDates)).toEqual(['2024-12-31', '2025-01-01', '2025-01-02']);
    expect(compareDates(d('2025-01-01'), d('2025-01-01'))).toBe(0);
  });
});

describe('weekdayOf', () => {
  it.each([
    ['1970-01-01', 4],
    ['1969-12-28', 7],
    ['2024-02-10', 6],
    ['2026-02-17', 2],
    ['2026-04-26', 7],
    ['1990-01-01', 1],
    ['2100-12-31', 5],
  ] as const)('gives %s ISO weekday %d', (date, weekday) => {
    expect(weekdayOf(d(date))).toBe(weekday);
  });

  it('treats Saturday and Sunday, and only they, as the weekend', () => {
    const monday = d('2025-03-03');
    const week = [0, 1, 2, 3, 4, 5, 6].map((offset) => addDays(monday, offset));
    expect(week.map(isWeekend)).toEqual([false, false, false, false, false, true, true]);
  });
});
