import { BUILT_IN_OVERRIDES } from './built-in-overrides';
import { invalidOverrides } from './calendar-errors';
import { type CalendarEntry, type CalendarOverride, type DayInfo } from './calendar-entry';
import { assertInCalendarRange } from './calendar-range';
import {
  type CivilDate,
  dateOf,
  fromEpochDay,
  type IsoWeekday,
  toEpochDay,
  weekdayOfEpochDay,
} from './civil-date';
import { buildDayTable, type DayTable } from './day-table';
import { explainPeriod, type PeriodExplanation, type PeriodRule } from './period-counting';
import { validateOverrides } from './validate-overrides';

export interface WorkingCalendarOptions {
  /**
   * The official rows: each year's notices as entered by an admin. Defaults to
   * `BUILT_IN_OVERRIDES` (2024–2026); a list passed here replaces it, so pass the database's rows,
   * which are seeded from it. How they combine with the holidays computed from the rules:
   * - a row replaces whatever was computed on its own date;
   * - a holiday row within a week of an occasion whose days a notice chooses (Tết, Hùng Kings,
   *   the second Quốc khánh day) replaces all of that occasion's computed days, so an estimated
   *   day the notice left out is a working day again; rows on the fixed dates (1/1, 30/4, 1/5, 2/9,
   *   24/11) never do this;
   * - holidays on fixed dates always stay, listed or not;
   * - nghỉ bù is computed from the resulting holidays, official ones included, and merges with a
   *   day_off row on the same date.
   */
  readonly overrides?: readonly CalendarOverride[];
  /**
   * Whether nghỉ bù applies when 24/11 (Ngày Văn hóa Việt Nam) falls on a weekend. Default false:
   * Art. 111(3) gives nghỉ bù for the holidays of Art. 112(1), and 24/11 was added by NQ
   * 28/2026/QH16 instead, not by amending it (HOLIDAYS.md §1.3, unconfirmed). It first matters on
   * 24/11/2029. Once a notice settles it, its day_off row applies whatever this says.
   */
  readonly cultureDayNghiBu?: boolean;
}

function isWorking(weekday: IsoWeekday, entries: readonly CalendarEntry[]): boolean {
  if (entries.some(({ kind }) => kind === 'swap_workday')) return true;
  return weekday < 6 && entries.length === 0;
}

/**
 * The civil service's working days in Vietnam, 1990–2100: Monday to Friday, less statutory
 * holidays, nghỉ bù and swapped days off, plus worked (làm bù) weekend days. Saturdays count as
 * rest days in every year, although the 40-hour week only began in late 1999. Immutable and free
 * of I/O, so workflow code can build one from override rows it was given (about 5 ms). Every
 * method throws `CALENDAR_DATE_OUT_OF_RANGE` when it needs a day outside 1990–2100.
 */
export class WorkingCalendar {
  private readonly table: DayTable;

  /** Throws `CALENDAR_OVERRIDES_INVALID` when `validateOverrides` finds problems in the rows. */
  constructor(options: WorkingCalendarOptions = {}) {
    const overrides = options.overrides ?? BUILT_IN_OVERRIDES;
    const problems = validateOverrides(overrides);
    if (problems.length > 0) throw invalidOverrides(problems);
    this.table = buildDayTable(overrides, { cultureDayNghiBu: options.cultureDayNghiBu ?? false });
  }

  /** The date with its entries and whether it is a working day. */
  day(date: CivilDate): DayInfo {
    return this.dayAt(toEpochDay(date));
  }

  isWorkingDay(date: CivilDate): boolean {
    return this.day(date).isWorkingDay;
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: CivilDate): CivilDate {
    let day = toEpochDay(date) + 1;
    while (!this.dayAt(day).isWorkingDay) day += 1;
    return fromEpochDay(day);
  }

  /** Every entry of a year in date order: official rows, computed holidays and nghỉ bù. */
  entriesInYear(year: number): CalendarEntry[] {
    const first = toEpochDay(dateOf(year, 1, 1));
    const end = toEpochDay(dateOf(year + 1, 1, 1));
    const entries: CalendarEntry[] = [];
    for (let day = first; day < end; day += 1) entries.push(...this.dayAt(day).entries);
    return entries;
  }

  /** Last day of a period of `days` calendar days after `event` (Civil Code arts. 147–148). */
  addCalendarDays(event: CivilDate, days: number): CivilDate {
    return this.explain('calendarDaysAfter', event, days).result;
  }

  /** The `days`-th working day strictly after `event`. */
  addWorkingDays(event: CivilDate, days: number): CivilDate {
    return this.explain('workingDaysAfter', event, days).result;
  }

  /** "At the latest `days` days before `date`": date − days, or the working day before it. */
  calendarDaysBefore(date: CivilDate, days: number): CivilDate {
    return this.explain('calendarDaysBefore', date, days).result;
  }

  /** The `days`-th working day strictly before `date`. */
  workingDaysBefore(date: CivilDate, days: number): CivilDate {
    return this.explain('workingDaysBefore', date, days).result;
  }

  /**
   * Working days after `from` up to and including `to`, so that
   * `workingDaysBetween(d, addWorkingDays(d, n)) === n`. Negative when `to` is before `from`.
   */
  workingDaysBetween(from: CivilDate, to: CivilDate): number {
    const [start, end] = [toEpochDay(from), toEpochDay(to)];
    const [low, high] = start <= end ? [start, end] : [end, start];
    let count = 0;
    for (let day = low + 1; day <= high; day += 1) if (this.dayAt(day).isWorkingDay) count += 1;
    return start <= end ? count : -count;
  }

  /** A period's result with the days off it skipped and the làm bù days it counted, and why. */
  explain(rule: PeriodRule, from: CivilDate, days: number): PeriodExplanation {
    return explainPeriod((day) => this.dayAt(day), rule, from, days);
  }

  private dayAt(epochDay: number): DayInfo {
    const date = fromEpochDay(epochDay);
    assertInCalendarRange(date);
    const entries = this.table.get(epochDay) ?? [];
    const weekday = weekdayOfEpochDay(epochDay);
    return { date, weekday, isWorkingDay: isWorking(weekday, entries), entries };
  }
}
