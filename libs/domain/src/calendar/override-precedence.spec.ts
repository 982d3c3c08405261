import { BUILT_IN_OVERRIDES } from './built-in-overrides';
import { type CalendarOverride } from './calendar-entry';
import { parseCivilDate } from './civil-date';
import { WorkingCalendar } from './working-calendar';

const d = parseCivilDate;
const holiday = (date: string, name = 'Lễ'): CalendarOverride => ({
  date,
  kind: 'holiday',
  name,
  source: 'TB test [C]',
});
const computedOnly = new WorkingCalendar({ overrides: [] });

// Tết 2027: mùng 1 is Saturday 6/2. The estimate is Thu 4 – Mon 8 with nghỉ bù Tue 9 and Wed 10;
// this notice picks Fri 5 – Tue 9 instead.
const tet2027Notice = ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'].map(
  (date) => holiday(date, 'Tết Âm lịch'),
);

describe('how official rows combine with the computed holidays', () => {
  it('replaces the estimated Tết days with the notice, dropping estimated days it left out', () => {
    const calendar = new WorkingCalendar({ overrides: tet2027Notice });
    expect(computedOnly.isWorkingDay(d('2027-02-04'))).toBe(false);
    expect(calendar.isWorkingDay(d('2027-02-04'))).toBe(true);
    expect(calendar.day(d('2027-02-04')).entries).toEqual([]);
  });

  it('recomputes nghỉ bù from the notice days: Saturday and Sunday give Wednesday and Thursday', () => {
    const calendar = new WorkingCalendar({ overrides: tet2027Notice });
    expect(calendar.isWorkingDay(d('2027-02-10'))).toBe(false);
    expect(calendar.day(d('2027-02-11')).entries).toEqual([
      expect.objectContaining({ kind: 'day_off', origin: 'law' }),
    ]);
    expect(calendar.isWorkingDay(d('2027-02-12'))).toBe(true);
  });

  it('keeps the fixed statutory days and other occasions of a year whose notice lists only Tết', () => {
    const calendar = new WorkingCalendar({ overrides: tet2027Notice });
    expect(calendar.day(d('2027-04-30')).entries).toEqual([
      expect.objectContaining({ name: 'Ngày Chiến thắng', origin: 'law' }),
    ]);
    expect(calendar.isWorkingDay(d('2027-04-16'))).toBe(false); // Hùng Kings
    expect(calendar.isWorkingDay(d('2027-09-03'))).toBe(false); // estimated second Quốc khánh day
  });

  it('replaces the estimated second Quốc khánh day with the one the notice picks', () => {
    const notice = holiday('2027-09-01', 'Quốc khánh: ngày liền kề trước');
    const calendar = new WorkingCalendar({ overrides: [notice] });
    expect(calendar.isWorkingDay(d('2027-09-01'))).toBe(false);
    expect(calendar.isWorkingDay(d('2027-09-02'))).toBe(false);
    expect(calendar.isWorkingDay(d('2027-09-03'))).toBe(true);
  });

  it('lets a notice correct a lunar date after 2050 by a day', () => {
    // Month 3 of 2086 starts with a new moon at 23:53 (HOLIDAYS.md §4.4): a minute of ΔT moves 10/3.
    const computed = computedOnly.entriesInYear(2086).find(({ name }) => name.startsWith('Giỗ Tổ'));
    expect(computed).toMatchObject({ date: '2086-04-22', origin: 'estimate' });
    const calendar = new WorkingCalendar({ overrides: [holiday('2086-04-23', 'Giỗ Tổ Hùng Vương')] });
    expect(calendar.isWorkingDay(d('2086-04-22'))).toBe(true);
    expect(calendar.isWorkingDay(d('2086-04-23'))).toBe(false);
  });

  it('keeps the computed holidays of a year that has only swap rows', () => {
    const swap: CalendarOverride[] = [
      { date: '2027-04-29', kind: 'day_off', name: 'Nghỉ hoán đổi', source: 'TB test [C]' },
      { date: '2027-05-08', kind: 'swap_workday', name: 'Làm bù', source: 'TB test [C]' },
    ];
    const calendar = new WorkingCalendar({ overrides: swap });
    expect(calendar.isWorkingDay(d('2027-02-04'))).toBe(false);
    expect(calendar.isWorkingDay(d('2027-04-29'))).toBe(false);
    expect(calendar.isWorkingDay(d('2027-05-08'))).toBe(true);
  });

  it('adds a holiday row far from every occasion without touching the others', () => {
    const calendar = new WorkingCalendar({ overrides: [holiday('2027-06-15')] });
    expect(calendar.isWorkingDay(d('2027-06-15'))).toBe(false);
    expect(calendar.entriesInYear(2027)).toHaveLength(computedOnly.entriesInYear(2027).length + 1);
  });

  it('shows only the official row on a date the rules also fill, with the official source', () => {
    const calendar = new WorkingCalendar();
    expect(calendar.day(d('2024-01-01')).entries).toEqual([
      {
        date: '2024-01-01',
        kind: 'holiday',
        name: 'Tết Dương lịch',
        source: 'BLLĐ 2019 Đ.112(1) [C]',
        origin: 'override',
      },
    ]);
    expect(calendar.day(d('2024-02-13')).entries).toEqual([expect.objectContaining({ origin: 'override' })]);
  });

  it('still gives nghỉ bù for an official weekend holiday whose day_off row is missing', () => {
    const withoutNghiBuRow = BUILT_IN_OVERRIDES.filter(({ date }) => date !== '2026-04-27');
    const calendar = new WorkingCalendar({ overrides: withoutNghiBuRow });
    expect(calendar.day(d('2026-04-27')).entries).toEqual([
      expect.objectContaining({ kind: 'day_off', source: 'BLLĐ 2019 Đ.111(3)', origin: 'law' }),
    ]);
  });

  it('does not let a row on a fixed statutory date replace a nearby lunar occasion', () => {
    // Hùng Kings 2023 fell on 29/4, beside 30/4; a notice row for 30/4 leaves it in place.
    const calendar = new WorkingCalendar({ overrides: [holiday('2023-04-30', 'Ngày Chiến thắng')] });
    expect(calendar.day(d('2023-04-29')).entries).toEqual([
      expect.objectContaining({ name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' }),
    ]);
  });
});
