import { parseCivilDate } from './civil-date';
import { WorkingCalendar } from './working-calendar';

const d = parseCivilDate;
const calendar = new WorkingCalendar();
const badLength = expect.objectContaining({ code: 'PERIOD_LENGTH_INVALID' });
const outOfRange = expect.objectContaining({ code: 'CALENDAR_DATE_OUT_OF_RANGE' });

describe('addWorkingDays: the N-th working day strictly after D (HOLIDAYS.md §3)', () => {
  it.each([
    ['2024-02-07', 1, '2024-02-15'], // Tết plus two nghỉ bù days
    ['2024-04-26', 2, '2024-05-03'], // 29/04 swapped; 04/05 comes after the result
    ['2025-01-24', 1, '2025-02-03'], // 9-day Tết
    ['2025-04-25', 1, '2025-04-26'], // swap Saturday is worked
    ['2025-04-29', 3, '2025-05-07'],
    ['2026-01-09', 1, '2026-01-10'], // swap Saturday
    ['2026-02-13', 5, '2026-02-27'],
    ['2026-04-24', 1, '2026-04-28'], // Sunday holiday → Monday nghỉ bù
    ['2026-08-21', 1, '2026-08-22'], // swap Saturday before the break
    ['2026-08-28', 1, '2026-09-03'],
    ['2026-11-23', 1, '2026-11-25'], // 24/11 Culture Day
  ])('from %s, %d working day(s) later is %s', (from, n, expected) => {
    expect(calendar.addWorkingDays(d(from), n)).toBe(expected);
  });
});

describe('addCalendarDays: Civil Code, the period starts the day after the event', () => {
  it('ends on event + N when that is a working day', () => {
    expect(calendar.addCalendarDays(d('2025-03-03'), 10)).toBe('2025-03-13');
  });

  it('moves an end on a Sunday to the Monday', () => {
    expect(calendar.addCalendarDays(d('2025-03-05'), 4)).toBe('2025-03-10');
  });

  it('moves an end inside Tết past the holidays and the nghỉ bù', () => {
    expect(calendar.addCalendarDays(d('2024-02-01'), 10)).toBe('2024-02-15');
  });

  it('moves an end on 30/4 past 1/5, the swapped Friday and the weekend', () => {
    expect(calendar.addCalendarDays(d('2025-04-20'), 10)).toBe('2025-05-05');
  });

  it('keeps an end on a làm bù Saturday, a working day', () => {
    expect(calendar.addCalendarDays(d('2025-04-16'), 10)).toBe('2025-04-26');
  });

  it('counts the holidays inside the period like any other day', () => {
    expect(calendar.addCalendarDays(d('2026-02-10'), 15)).toBe('2026-02-25');
  });
});

describe('calendarDaysBefore: "at the latest N days before the meeting"', () => {
  it('is meeting − N when that is a working day', () => {
    expect(calendar.calendarDaysBefore(d('2025-03-20'), 7)).toBe('2025-03-13');
  });

  it('moves to the Friday before when meeting − N is a Sunday, keeping the full lead time', () => {
    expect(calendar.calendarDaysBefore(d('2025-03-23'), 7)).toBe('2025-03-14');
  });

  it('moves before the whole Tết break when meeting − N is a Tết day', () => {
    expect(calendar.calendarDaysBefore(d('2026-02-25'), 7)).toBe('2026-02-13');
  });
});

describe('workingDaysBefore', () => {
  it('finds the working day before the Tết break', () => {
    expect(calendar.workingDaysBefore(d('2026-02-23'), 1)).toBe('2026-02-13');
  });

  it('counts a làm bù Saturday', () => {
    expect(calendar.workingDaysBefore(d('2024-05-06'), 1)).toBe('2024-05-04');
    expect(calendar.workingDaysBefore(d('2024-05-06'), 2)).toBe('2024-05-03');
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days after the first date up to and including the second', () => {
    expect(calendar.workingDaysBetween(d('2026-02-13'), d('2026-02-27'))).toBe(5);
    expect(calendar.workingDaysBetween(d('2026-02-13'), d('2026-02-23'))).toBe(1);
  });

  it('is negative when the second date is earlier, and 0 for the same date', () => {
    expect(calendar.workingDaysBetween(d('2026-02-27'), d('2026-02-13'))).toBe(-5);
    expect(calendar.workingDaysBetween(d('2026-02-13'), d('2026-02-13'))).toBe(0);
  });

  it.each(['2024-02-07', '2024-04-26', '2025-12-31', '2026-08-21'])(
    'undoes addWorkingDays from %s',
    (from) => {
      for (const n of [1, 2, 5, 10, 30]) {
        const result = calendar.addWorkingDays(d(from), n);
        expect(calendar.workingDaysBetween(d(from), result)).toBe(n);
      }
    },
  );
});

describe('explain', () => {
  it('lists the days a working-day count skipped, each with its reason', () => {
    const explanation = calendar.explain('workingDaysAfter', d('2024-02-07'), 1);
    expect(explanation).toMatchObject({
      from: '2024-02-07',
      days: 1,
      unadjusted: '2024-02-15',
      result: '2024-02-15',
      swapWorkdays: [],
    });
    expect(explanation.skipped.map(({ date }) => date)).toEqual([
      '2024-02-08',
      '2024-02-09',
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
    ]);
    expect(explanation.skipped[2]).toMatchObject({
      weekday: 6,
      entries: [
        {
          kind: 'holiday',
          name: 'Tết Âm lịch: mùng 1 Giáp Thìn (thứ Bảy)',
          source: 'TB 5015/TB-LĐTBXH 22/11/2023 [C]',
        },
      ],
    });
    expect(explanation.skipped[5].entries).toEqual([
      expect.objectContaining({ kind: 'day_off', name: 'Nghỉ bù Tết (mùng 1 trùng thứ Bảy)' }),
    ]);
  });

  it('shows a plain weekend day as skipped with no entries', () => {
    expect(calendar.explain('workingDaysAfter', d('2025-03-07'), 1).skipped).toEqual([
      { date: '2025-03-08', weekday: 6, isWorkingDay: false, entries: [] },
      { date: '2025-03-09', weekday: 7, isWorkingDay: false, entries: [] },
    ]);
  });

  it('names the làm bù Saturday a count used', () => {
    const { swapWorkdays, result } = calendar.explain('workingDaysAfter', d('2025-04-25'), 1);
    expect(result).toBe('2025-04-26');
    expect(swapWorkdays).toEqual([
      expect.objectContaining({
        date: '2025-04-26',
        entries: [expect.objectContaining({ kind: 'swap_workday' })],
      }),
    ]);
  });

  it('shows where a calendar-day period would end and the days off that moved it', () => {
    const explanation = calendar.explain('calendarDaysAfter', d('2026-04-16'), 10);
    expect(explanation).toMatchObject({ unadjusted: '2026-04-26', result: '2026-04-28' });
    const reasons = explanation.skipped.map(({ date, entries }) => [date, entries.map(({ kind }) => kind)]);
    expect(reasons).toEqual([
      ['2026-04-26', ['holiday']],
      ['2026-04-27', ['day_off']],
    ]);
  });

  it('walks backwards for a deadline before a meeting', () => {
    const explanation = calendar.explain('calendarDaysBefore', d('2026-02-25'), 7);
    expect(explanation).toMatchObject({ unadjusted: '2026-02-18', result: '2026-02-13' });
    expect(explanation.skipped.map(({ date }) => date)).toEqual([
      '2026-02-18',
      '2026-02-17',
      '2026-02-16',
      '2026-02-15',
      '2026-02-14',
    ]);
  });
});

describe('period arguments', () => {
  it.each([0, -1, 1.5, Number.NaN])('refuses a period of %d days with PERIOD_LENGTH_INVALID', (days) => {
    expect(() => calendar.addWorkingDays(d('2025-03-03'), days)).toThrow(badLength);
  });

  it('refuses an event outside the calendar even when the count would land inside', () => {
    expect(() => calendar.addCalendarDays(d('1989-12-31'), 5)).toThrow(outOfRange);
  });

  it('refuses a count that runs past 2100', () => {
    expect(() => calendar.addWorkingDays(d('2100-12-28'), 5)).toThrow(outOfRange);
  });
});
