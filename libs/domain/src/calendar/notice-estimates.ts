import { addDays, type CivilDate, dateOf, type IsoWeekday, weekdayOf } from './civil-date';

/**
 * Our guesses at what the yearly notice (Labour Code 2019 Art. 112(3)) will choose, used until the
 * notice is entered as override rows. HOLIDAYS.md §2 warns against inventing these; we need some
 * answer for deadlines that run into years without a notice, so the calendar marks every day
 * derived from them with origin `estimate`.
 */

/**
 * The 5 Tết days, as offsets from mùng 1. The notices pick the last two days of the old year and
 * mùng 1–3, except when mùng 1 is a Tuesday: the first of those days would be a Sunday, so they
 * pick the eve and mùng 1–4 instead, Monday to Friday. This matches 2019, 2020 and 2024–2026
 * (checked) and 2017, 2018, 2021–2023 (from memory).
 */
export function estimatedTetOffsets(tet: CivilDate): number[] {
  const first = weekdayOf(tet) === 2 ? -1 : -2;
  return [first, first + 1, first + 2, first + 3, first + 4];
}

/**
 * The day beside 2 September chosen as the second Quốc khánh day, by the weekday of 2 September:
 * the neighbour that is a weekday, preferring one next to a weekend, else the day before. This
 * reproduces every notice from 2021 (the first year) to 2026.
 */
const SECOND_NATIONAL_DAY_OFFSET: Readonly<Record<IsoWeekday, -1 | 1>> = {
  1: 1, // Monday: the Sunday before is off anyway, so Tuesday
  2: -1,
  3: -1,
  4: 1, // Thursday: Friday joins the weekend
  5: -1,
  6: -1,
  7: 1, // Sunday: the Saturday before is off anyway, so Monday
};

export function estimatedSecondNationalDay(year: number): CivilDate {
  const nationalDay = dateOf(year, 9, 2);
  return addDays(nationalDay, SECOND_NATIONAL_DAY_OFFSET[weekdayOf(nationalDay)]);
}
