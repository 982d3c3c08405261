import { invalidPeriodLength } from './calendar-errors';
import { type DayInfo } from './calendar-entry';
import { assertInCalendarRange } from './calendar-range';
import { type CivilDate, fromEpochDay, toEpochDay } from './civil-date';

/**
 * How a period is counted from its starting date:
 * - `calendarDaysAfter` (Civil Code 2015 arts. 147–148): the period starts the day after the
 *   event, so day N is event + N; if that is not a working day, the period ends on the next
 *   working day.
 * - `workingDaysAfter`: the N-th working day strictly after the event.
 * - `calendarDaysBefore` ("chậm nhất N ngày trước ngày họp", REFERENCE.md §0.2): meeting − N; if
 *   that is not a working day, the *previous* working day. Moving later, as art. 148 does for
 *   periods that run forward, would leave fewer than N days before the meeting, so we move earlier
 *   and the full lead time is kept.
 * - `workingDaysBefore`: the N-th working day strictly before the date.
 * A làm bù Saturday is a working day in all four: offices are open and receive filings.
 */
export type PeriodRule =
  | 'calendarDaysAfter'
  | 'workingDaysAfter'
  | 'calendarDaysBefore'
  | 'workingDaysBefore';

/** A period's result and the days that decided it, to show users why a deadline falls where it does. */
export interface PeriodExplanation {
  readonly rule: PeriodRule;
  readonly from: CivilDate;
  readonly days: number;
  /** Where plain counting lands, before moving off a day off; equals `result` for working-day rules. */
  readonly unadjusted: CivilDate;
  readonly result: CivilDate;
  /**
   * The days off met, in the order met: not counted (working-day rules), or passed over to reach
   * a working day (calendar-day rules). Each says why: its weekday and entries.
   */
  readonly skipped: readonly DayInfo[];
  /** Worked weekend days (làm bù) that counted as working days, in the order met. */
  readonly swapWorkdays: readonly DayInfo[];
}

/** One day of the calendar by epoch day; throws outside the calendar's years. */
export type DayReader = (epochDay: number) => DayInfo;

export function explainPeriod(
  read: DayReader,
  rule: PeriodRule,
  from: CivilDate,
  days: number,
): PeriodExplanation {
  if (!Number.isSafeInteger(days) || days < 1) throw invalidPeriodLength(days);
  assertInCalendarRange(from);
  const step = rule === 'calendarDaysAfter' || rule === 'workingDaysAfter' ? 1 : -1;
  const skipped: DayInfo[] = [];
  const swapWorkdays: DayInfo[] = [];
  const visit = (day: number): boolean => {
    const info = read(day);
    if (!info.isWorkingDay) skipped.push(info);
    else if (info.weekday >= 6) swapWorkdays.push(info);
    return info.isWorkingDay;
  };

  let day = toEpochDay(from);
  let unadjusted: number;
  if (rule === 'calendarDaysAfter' || rule === 'calendarDaysBefore') {
    day += step * days;
    unadjusted = day;
    while (!visit(day)) day += step;
  } else {
    for (let counted = 0; counted < days; ) {
      day += step;
      if (visit(day)) counted += 1;
    }
    unadjusted = day;
  }
  return {
    rule,
    from,
    days,
    unadjusted: fromEpochDay(unadjusted),
    result: fromEpochDay(day),
    skipped,
    swapWorkdays,
  };
}
