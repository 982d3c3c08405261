import { type CalendarEntry, type EntryOrigin } from './calendar-entry';
import { type CivilDate } from './civil-date';
import { type HolidayWithNghiBu, nghiBuDays } from './nghi-bu';

const holiday = (
  date: string,
  nghiBuSource: string | null = 'BLLĐ 2019 Đ.111(3)',
  origin: EntryOrigin = 'law',
): HolidayWithNghiBu => ({
  entry: { date: date as CivilDate, kind: 'holiday', name: `Lễ ${date}`, source: 'test', origin },
  nghiBuSource,
});
const holidays = (...dates: string[]) => dates.map((date) => holiday(date));
const dates = (entries: CalendarEntry[]) => entries.map(({ date }) => date);

describe('nghiBuDays', () => {
  it('gives a Sunday holiday the Monday after, citing the source', () => {
    expect(nghiBuDays([holiday('2026-04-26')])).toEqual([
      {
        date: '2026-04-27',
        kind: 'day_off',
        name: 'Nghỉ bù Lễ 2026-04-26 (26/04 trùng Chủ nhật)',
        source: 'BLLĐ 2019 Đ.111(3)',
        origin: 'law',
      },
    ]);
  });

  it('gives nothing for weekday holidays', () => {
    expect(nghiBuDays(holidays('2026-04-30', '2026-05-01'))).toEqual([]);
  });

  it('places a Saturday and a Sunday holiday on the first two weekdays after the run of holidays', () => {
    const tet2024 = holidays('2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12');
    expect(dates(nghiBuDays(tet2024))).toEqual(['2024-02-13', '2024-02-14']);
  });

  it('does not depend on the order the holidays are given in', () => {
    const reversed = holidays('2024-02-12', '2024-02-11', '2024-02-10', '2024-02-09', '2024-02-08');
    expect(dates(nghiBuDays(reversed))).toEqual(['2024-02-13', '2024-02-14']);
  });

  it('skips a holiday on the next weekday: 30/4 on Sunday and 1/5 on Monday give Tuesday', () => {
    expect(dates(nghiBuDays(holidays('2028-04-30', '2028-05-01')))).toEqual(['2028-05-02']);
  });

  it('gives nothing to a holiday without a nghỉ bù source', () => {
    expect(nghiBuDays([holiday('2029-11-24', null)])).toEqual([]);
  });

  it('carries the estimate origin of the holiday it comes from', () => {
    expect(nghiBuDays([holiday('2027-02-06', 'BLLĐ 2019 Đ.111(3)', 'estimate')])).toEqual([
      expect.objectContaining({ date: '2027-02-08', origin: 'estimate' }),
    ]);
  });
});
