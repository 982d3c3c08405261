/**
 * The working-day calendar behind every legal time limit: civil dates in Vietnam, statutory
 * holidays 1990–2100 with nghỉ bù, each year's official notices as override rows, and the
 * Civil Code's ways of counting a period, with an explanation of each result.
 */
export { BUILT_IN_OVERRIDES } from './built-in-overrides';
export { type CalendarErrorCode } from './calendar-errors';
export {
  type CalendarEntry,
  type CalendarOverride,
  type DayInfo,
  ENTRY_KINDS,
  type EntryKind,
  type EntryOrigin,
} from './calendar-entry';
export { FIRST_CALENDAR_YEAR, LAST_CALENDAR_YEAR } from './calendar-range';
export {
  addDays,
  type CivilDate,
  compareDates,
  daysBetween,
  isCivilDate,
  isWeekend,
  type IsoWeekday,
  parseCivilDate,
  weekdayOf,
} from './civil-date';
export { type PeriodExplanation, type PeriodRule } from './period-counting';
export { validateOverrides } from './validate-overrides';
export { startOfVietnamDay, vietnamDateOf } from './vietnam-time';
export { WorkingCalendar, type WorkingCalendarOptions } from './working-calendar';
