import { readFileSync } from 'node:fs';
import { sharedPath } from '../../../../test/fixtures/shared-material';

import { addDays, type CivilDate, dateOf, isWeekend, parseCivilDate } from './civil-date';
import { WorkingCalendar } from './working-calendar';

const csv = readFileSync(sharedPath('domain', 'holidays-2024-2026.csv'), 'utf8');
const csvRows = csv
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [date, kind, name, ...source] = line.split(',');
    return { date: parseCivilDate(date), kind, name, source: source.join(',') };
  });

const d = parseCivilDate;
const outOfRange = expect.objectContaining({ code: 'CALENDAR_DATE_OUT_OF_RANGE' });
const calendar = new WorkingCalendar();
const computedOnly = new WorkingCalendar({ overrides: [] });

function daysOf(year: number, month?: number): CivilDate[] {
  const first = dateOf(year, month ?? 1, 1);
  const end = month === undefined ? dateOf(year + 1, 1, 1) : dateOf(year, month + 1, 1);
  const days: CivilDate[] = [];
  for (let day = first; day < end; day = addDays(day, 1)) days.push(day);
  return days;
}
const days2024To2026 = [...daysOf(2024), ...daysOf(2025), ...daysOf(2026)];
const workingDaysIn = (days: CivilDate[]) => days.filter((day) => calendar.isWorkingDay(day)).length;

describe('WorkingCalendar with the built-in 2024–2026 rows', () => {
  it.each(csvRows.map((row) => [row.date, row.kind, row]))(
    'treats %s (%s) as the CSV says, citing its source',
    (_date, _kind, row) => {
      const day = calendar.day(row.date);
      expect(day.isWorkingDay).toBe(row.kind === 'swap_workday');
      expect(day.entries).toEqual([{ ...row, origin: 'override' }]);
    },
  );

  it.each([
    [2024, 262, 251, [22, 16, 21, 19, 23, 20, 23, 22, 19, 23, 21, 22]],
    [2025, 261, 250, [17, 20, 21, 21, 20, 21, 23, 21, 20, 23, 20, 23]],
    [2026, 261, 249, [21, 15, 22, 20, 20, 22, 23, 21, 20, 22, 20, 23]],
  ])(
    'counts in %d %d weekdays, %d working days, and each month as HOLIDAYS.md §3',
    (year, weekdays, working, perMonth) => {
      expect(daysOf(year).filter((day) => !isWeekend(day))).toHaveLength(weekdays);
      expect(workingDaysIn(daysOf(year))).toBe(working);
      const lastDayBefore = dateOf(year - 1, 12, 31);
      expect(calendar.workingDaysBetween(lastDayBefore, dateOf(year, 12, 31))).toBe(working);
      expect(perMonth.map((_, index) => workingDaysIn(daysOf(year, index + 1)))).toEqual(perMonth);
    },
  );

  it('has no day off in 2024–2026 other than weekends and the CSV rows', () => {
    const listed = new Set(csvRows.map(({ date }) => date));
    const unlisted = days2024To2026.filter(
      (day) => !isWeekend(day) && !listed.has(day) && !calendar.isWorkingDay(day),
    );
    expect(unlisted).toEqual([]);
  });
});

describe('weekends and swapped days', () => {
  it('rests on ordinary Saturdays and Sundays and works Monday to Friday', () => {
    const week = daysOf(2025, 3).slice(2, 9); // Monday 3 to Sunday 9 March 2025
    const working = week.map((day) => calendar.isWorkingDay(day));
    expect(working).toEqual([true, true, true, true, true, false, false]);
  });

  it.each(['2024-05-04', '2025-04-26', '2026-01-10', '2026-08-22'])(
    'works the làm bù Saturday %s',
    (date) => {
      expect(calendar.isWorkingDay(d(date))).toBe(true);
    },
  );

  it.each(['2024-04-29', '2025-05-02', '2026-01-02', '2026-08-31'])(
    'rests on the swapped weekday %s',
    (date) => {
      expect(calendar.isWorkingDay(d(date))).toBe(false);
    },
  );
});

describe('nghỉ bù', () => {
  const nghiBuOn = (date: string) =>
    computedOnly.day(d(date)).entries.filter(({ name }) => name.startsWith('Nghỉ bù'));

  it('without any rows, reproduces every 2024–2026 holiday and nghỉ bù the notices gave', () => {
    const computed = days2024To2026.flatMap((day) => computedOnly.day(day).entries);
    const isNghiBu = (name: string) => name.startsWith('Nghỉ bù');
    const datesOf = (entries: { date: string; kind: string; name: string }[], kind: string) =>
      entries
        .filter((entry) => entry.kind === kind && (kind === 'holiday' || isNghiBu(entry.name)))
        .map(({ date }) => date);
    expect(datesOf(computed, 'holiday')).toEqual(datesOf(csvRows, 'holiday'));
    expect(datesOf(computed, 'day_off')).toEqual(datesOf(csvRows, 'day_off'));
  });

  it('gives the Monday after 1/1/2028, a Saturday', () => {
    expect(computedOnly.isWorkingDay(d('2028-01-03'))).toBe(false);
    expect(nghiBuOn('2028-01-03')).toEqual([
      expect.objectContaining({
        name: 'Nghỉ bù Tết Dương lịch (01/01 trùng thứ Bảy)',
        source: 'BLLĐ 2019 Đ.111(3)',
        origin: 'law',
      }),
    ]);
  });

  it('gives Tuesday 2/5/2028 for 30/4 on a Sunday, since Monday is 1/5', () => {
    expect(nghiBuOn('2028-05-02')).toHaveLength(1);
    expect(computedOnly.isWorkingDay(d('2028-05-03'))).toBe(true);
  });

  it('gives Tuesday 4/9/2029 for 2/9 on a Sunday, after the second Quốc khánh day', () => {
    expect(computedOnly.day(d('2029-09-03')).entries).toEqual([
      expect.objectContaining({ kind: 'holiday', origin: 'estimate' }),
    ]);
    expect(nghiBuOn('2029-09-04')).toHaveLength(1);
  });

  it('was not due for a second Quốc khánh day before 2021, when there was none', () => {
    expect(computedOnly.isWorkingDay(d('2020-09-03'))).toBe(true);
  });
});

describe('Ngày Văn hóa Việt Nam (24/11)', () => {
  it('is a day off on Tuesday 24/11/2026, between two working days', () => {
    expect(calendar.day(d('2026-11-24')).entries).toEqual([
      expect.objectContaining({ kind: 'holiday', name: 'Ngày Văn hóa Việt Nam (lần đầu)' }),
    ]);
    expect(calendar.isWorkingDay(d('2026-11-24'))).toBe(false);
    expect(calendar.isWorkingDay(d('2026-11-23'))).toBe(true);
    expect(calendar.isWorkingDay(d('2026-11-25'))).toBe(true);
  });

  it('was a working day before 2026', () => {
    expect(calendar.isWorkingDay(d('2025-11-24'))).toBe(true);
  });

  it('on Saturday 24/11/2029 gives no nghỉ bù by default', () => {
    expect(calendar.isWorkingDay(d('2029-11-24'))).toBe(false);
    expect(calendar.isWorkingDay(d('2029-11-26'))).toBe(true);
  });

  it('gives nghỉ bù when the setting asks for it', () => {
    const withNghiBu = new WorkingCalendar({ cultureDayNghiBu: true });
    expect(withNghiBu.isWorkingDay(d('2029-11-26'))).toBe(false);
    expect(withNghiBu.isWorkingDay(d('2030-11-25'))).toBe(false); // 24/11/2030 is a Sunday
    expect(withNghiBu.day(d('2029-11-26')).entries[0].source).toContain('calendar setting');
  });

  it('follows a notice row for the nghỉ bù whatever the setting says', () => {
    const notice = {
      date: '2029-11-26',
      kind: 'day_off' as const,
      name: 'Nghỉ bù Ngày Văn hóa Việt Nam',
      source: 'TB test [C]',
    };
    expect(new WorkingCalendar({ overrides: [notice] }).isWorkingDay(d('2029-11-26'))).toBe(false);
  });
});

describe('entriesInYear', () => {
  it('lists the official rows of a year in date order', () => {
    const dates = calendar.entriesInYear(2025).map(({ date }) => date);
    expect(dates).toEqual(csvRows.filter(({ date }) => date.startsWith('2025')).map(({ date }) => date));
  });

  it('lists a year without rows from the rules, marking what is estimated', () => {
    const entries = calendar.entriesInYear(2027);
    expect(entries.filter(({ origin }) => origin === 'override')).toEqual([]);
    expect(entries.find(({ date }) => date === '2027-02-06')).toMatchObject({
      name: 'Tết Âm lịch: mùng 1',
      origin: 'estimate',
    });
    expect(entries.find(({ date }) => date === '2027-04-30')).toMatchObject({
      name: 'Ngày Chiến thắng',
      origin: 'law',
    });
  });
});

describe('nextWorkingDay', () => {
  it('jumps the 9-day Tết break of 2025', () => {
    expect(calendar.nextWorkingDay(d('2025-01-24'))).toBe('2025-02-03');
  });

  it('is the next day, not the same day, after a working day', () => {
    expect(calendar.nextWorkingDay(d('2025-03-03'))).toBe('2025-03-04');
  });
});

describe('calendar range and rows', () => {
  it.each(['1989-12-31', '2101-01-01'])('refuses %s with CALENDAR_DATE_OUT_OF_RANGE', (date) => {
    expect(() => calendar.isWorkingDay(d(date))).toThrow(outOfRange);
    expect(() => calendar.entriesInYear(Number(date.slice(0, 4)))).toThrow(outOfRange);
  });

  it('refuses to look past 31/12/2100', () => {
    expect(() => calendar.nextWorkingDay(d('2100-12-31'))).toThrow(outOfRange);
  });

  it('refuses invalid rows when built, listing the problems', () => {
    const bad = { date: '2027-02-30', kind: 'holiday' as const, name: 'x', source: 'y' };
    expect(() => new WorkingCalendar({ overrides: [bad] })).toThrow(
      expect.objectContaining({
        code: 'CALENDAR_OVERRIDES_INVALID',
        details: { fieldErrors: [expect.objectContaining({ field: 'overrides[0].date' })] },
      }),
    );
  });
});
