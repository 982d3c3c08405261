import { invalidCivilDate } from './calendar-errors';
import { epochDayFromParts, partsFromEpochDay } from './epoch-day';

declare const civilDateBrand: unique symbol;

/**
 * A date on the wall calendar, with no time and no zone: an ISO `YYYY-MM-DD` string that has been
 * checked. Legal time limits count whole days in Vietnam, so everything in this module works on
 * these; turn an instant into one with `vietnamDateOf`. Being a string, it stores in JSON, SQL
 * `date` columns and Temporal payloads as is, and sorts correctly as text.
 */
export type CivilDate = string & { readonly [civilDateBrand]: true };

/** ISO 8601 weekday: 1 = Monday … 6 = Saturday, 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function fromParts(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function isCivilDate(value: unknown): value is CivilDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  // A day past the month's end (2023-02-29) comes back as another date.
  const parts = partsFromEpochDay(epochDayFromParts({ year, month, day }));
  return parts.month === month && parts.day === day;
}

/** Checks a `YYYY-MM-DD` string; throws `CIVIL_DATE_INVALID` for anything else, e.g. 2023-02-29. */
export function parseCivilDate(value: string): CivilDate {
  if (!isCivilDate(value)) throw invalidCivilDate(value);
  return value;
}

export function toEpochDay(date: CivilDate): number {
  return epochDayFromParts({
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  });
}

export function fromEpochDay(epochDay: number): CivilDate {
  const { year, month, day } = partsFromEpochDay(epochDay);
  return fromParts(year, month, day) as CivilDate;
}

export function yearOf(date: CivilDate): number {
  return Number(date.slice(0, 4));
}

/** Builds a date from numbers the code itself chose (month 1–12), e.g. 2 September of a year. */
export function dateOf(year: number, month: number, day: number): CivilDate {
  return fromEpochDay(epochDayFromParts({ year, month, day }));
}

/** `date` plus `days` calendar days (negative to go back). */
export function addDays(date: CivilDate, days: number): CivilDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Calendar days from `from` to `to`: positive when `to` is later, 0 for the same date. */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

export function compareDates(a: CivilDate, b: CivilDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function weekdayOfEpochDay(epochDay: number): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO 4).
  return (((((epochDay + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

export function weekdayOf(date: CivilDate): IsoWeekday {
  return weekdayOfEpochDay(toEpochDay(date));
}

/** Saturday or Sunday: the civil service's weekly rest days (40-hour week, Decision 188/1999/QĐ-TTg). */
export function isWeekend(date: CivilDate): boolean {
  return weekdayOf(date) >= 6;
}
