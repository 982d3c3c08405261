import { type CalendarEntry, type CalendarOverride } from './calendar-entry';
import { FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR } from './calendar-range';
import { addDays, type CivilDate, toEpochDay, yearOf } from './civil-date';
import { labourCodeOf } from './labour-code';
import { type HolidayWithNghiBu, nghiBuDays } from './nghi-bu';
import { type HolidaySettings, type Occasion, statutoryOccasions } from './statutory-holidays';

/**
 * How far from an occasion's computed days an official holiday row still counts as the notice
 * for that occasion. A notice's Tết days always include mùng 1, a corrected lunar date moves by a
 * day, and the second Quốc khánh day sits beside 2/9, so a week is ample; occasions that can be
 * replaced are months apart, so it never reaches the next one.
 */
const NOTICE_REACH_DAYS = 7;

/** The entries of every date that has any, keyed by epoch day. */
export type DayTable = ReadonlyMap<number, readonly CalendarEntry[]>;

function toEntry(row: CalendarOverride): CalendarEntry {
  return { ...row, date: row.date as CivilDate, origin: 'override' };
}

function isReplacedByNotice(occasion: Occasion, noticeHolidays: readonly CalendarEntry[]): boolean {
  if (occasion.fixedDate) return false;
  const from = addDays(occasion.holidays[0].date, -NOTICE_REACH_DAYS);
  const to = addDays(occasion.holidays[occasion.holidays.length - 1].date, NOTICE_REACH_DAYS);
  return noticeHolidays.some(({ date }) => date >= from && date <= to);
}

/**
 * One year's holidays: the computed ones, then the official holiday rows.
 *
 * Official rows win in two ways. On its own date a row replaces whatever was computed there (so a
 * row on 30/4 supplies the name and the source). And an occasion whose days a notice chooses
 * (Tết, Hùng Kings, the second Quốc khánh day) is dropped as a whole when an official holiday row
 * lies within `NOTICE_REACH_DAYS` of its computed days, ignoring rows on the fixed statutory
 * dates: the notice's days replace our estimate even where they differ, with no leftover
 * estimated day. Fixed-date holidays always stay, so a year with only its Tết notice entered still
 * has 30/4. Rows of kind day_off and swap_workday never drop an occasion; they act on their date.
 */
function holidaysOfYear(
  year: number,
  official: readonly CalendarEntry[],
  officialDates: ReadonlySet<CivilDate>,
  settings: HolidaySettings,
): HolidayWithNghiBu[] {
  const occasions = statutoryOccasions(year, settings);
  const fixedSources = new Map<CivilDate, string | null>();
  for (const occasion of occasions.filter((o) => o.fixedDate)) {
    for (const { date } of occasion.holidays) fixedSources.set(date, occasion.nghiBuSource);
  }
  const noticeHolidays = official.filter(({ date, kind }) => kind === 'holiday' && yearOf(date) === year);
  const choosingRows = noticeHolidays.filter(({ date }) => !fixedSources.has(date));
  const computed = occasions
    .filter((occasion) => !isReplacedByNotice(occasion, choosingRows))
    .flatMap(({ holidays, nghiBuSource }) =>
      holidays.filter(({ date }) => !officialDates.has(date)).map((entry) => ({ entry, nghiBuSource })),
    );
  const fromNotice = noticeHolidays.map((entry) => ({
    entry,
    nghiBuSource: fixedSources.has(entry.date)
      ? (fixedSources.get(entry.date) ?? null)
      : labourCodeOf(year).nghiBu,
  }));
  return [...computed, ...fromNotice];
}

/**
 * Every holiday, day off and làm bù of 1990–2100: computed defaults, official override rows and
 * nghỉ bù, combined as `holidaysOfYear` and `nghiBuDays` describe. Built in one pass over all
 * years so a nghỉ bù can cross a year's end.
 */
export function buildDayTable(
  overrides: readonly CalendarOverride[],
  settings: HolidaySettings,
): DayTable {
  const official = overrides.map(toEntry);
  const officialDates = new Set(official.map(({ date }) => date));
  const holidays: HolidayWithNghiBu[] = [];
  for (let year = FIRST_CALENDAR_YEAR; year <= LAST_CALENDAR_YEAR; year += 1) {
    holidays.push(...holidaysOfYear(year, official, officialDates, settings));
  }
  const computed = [
    ...holidays.map(({ entry }) => entry).filter(({ origin }) => origin !== 'override'),
    ...nghiBuDays(holidays).filter(({ date }) => !officialDates.has(date)),
  ];
  const table = new Map<number, CalendarEntry[]>();
  for (const entry of [...official, ...computed]) {
    const day = toEpochDay(entry.date);
    table.set(day, [...(table.get(day) ?? []), entry]);
  }
  return table;
}
