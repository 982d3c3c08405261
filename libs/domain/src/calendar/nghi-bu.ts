import { type CalendarEntry } from './calendar-entry';
import { compareDates, fromEpochDay, toEpochDay, weekdayOfEpochDay } from './civil-date';

export interface HolidayWithNghiBu {
  readonly entry: CalendarEntry;
  /** Cited on the nghỉ bù; null when this holiday gets none. */
  readonly nghiBuSource: string | null;
}

function isWeekendDay(epochDay: number): boolean {
  return weekdayOfEpochDay(epochDay) >= 6;
}

function nghiBuName(holiday: CalendarEntry): string {
  const [, month, day] = holiday.date.split('-');
  const restDay = weekdayOfEpochDay(toEpochDay(holiday.date)) === 6 ? 'thứ Bảy' : 'Chủ nhật';
  return `Nghỉ bù ${holiday.name} (${day}/${month} trùng ${restDay})`;
}

/**
 * Nghỉ bù (Labour Code 2019 Art. 111(3)): a holiday on a Saturday or Sunday gives the next working
 * day off. Holidays are taken in date order and each next day skips weekends, holidays and the
 * nghỉ bù already given, so Tết's Saturday and Sunday get the two weekdays after Tết.
 *
 * Official `day_off` rows do not push a nghỉ bù further: a notice lists its nghỉ bù days as
 * day_off rows, so the computed day lands on its official row and merges with it. The cost: a
 * swap day off right after a weekend holiday would absorb the nghỉ bù; no notice has done that.
 */
export function nghiBuDays(holidays: readonly HolidayWithNghiBu[]): CalendarEntry[] {
  const holidayDays = new Set(holidays.map(({ entry }) => toEpochDay(entry.date)));
  const given = new Set<number>();
  const sorted = [...holidays].sort((a, b) => compareDates(a.entry.date, b.entry.date));
  const result: CalendarEntry[] = [];
  for (const { entry, nghiBuSource } of sorted) {
    const holidayDay = toEpochDay(entry.date);
    if (nghiBuSource === null || !isWeekendDay(holidayDay)) continue;
    let day = holidayDay + 1;
    while (isWeekendDay(day) || holidayDays.has(day) || given.has(day)) day += 1;
    given.add(day);
    result.push({
      date: fromEpochDay(day),
      kind: 'day_off',
      name: nghiBuName(entry),
      source: nghiBuSource,
      origin: entry.origin === 'estimate' ? 'estimate' : 'law',
    });
  }
  return result;
}
