import { outsideCalendarRange } from './calendar-errors';
import { type CivilDate, yearOf } from './civil-date';

/** The years the lunar table (and so the holiday rules) covers. */
export const FIRST_CALENDAR_YEAR = 1990;
export const LAST_CALENDAR_YEAR = 2100;

export function isInCalendarRange(date: CivilDate): boolean {
  const year = yearOf(date);
  return year >= FIRST_CALENDAR_YEAR && year <= LAST_CALENDAR_YEAR;
}

/** Throws `CALENDAR_DATE_OUT_OF_RANGE`: outside the range we cannot say which days are off. */
export function assertInCalendarRange(date: CivilDate): void {
  if (!isInCalendarRange(date)) {
    throw outsideCalendarRange(date, FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR);
  }
}
