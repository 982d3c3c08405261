import { type CivilDate, type IsoWeekday } from './civil-date';

/**
 * What a row says about its date (HOLIDAYS.md §3):
 * - `holiday`: a statutory holiday itself (Labour Code 2019 Art. 112(1), a notice's Tết days or
 *   second Quốc khánh day, 24/11 from 2026); it may fall on a weekend;
 * - `day_off`: a weekday off that is not itself a holiday: nghỉ bù, or the weekday half of a swap;
 * - `swap_workday`: a weekend day that is worked (làm bù).
 */
export const ENTRY_KINDS = ['holiday', 'day_off', 'swap_workday'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/**
 * One row of the admin-editable table of official schedules, the same shape as
 * shared/domain/holidays-2024-2026.csv. `source` cites the notice or article, with the strength
 * of the evidence; it is shown to users next to every deadline the row moves.
 */
export interface CalendarOverride {
  readonly date: string;
  readonly kind: EntryKind;
  readonly name: string;
  readonly source: string;
}

/**
 * Where an entry comes from: an official `override` row; `law`, a day the statute fixes; or
 * `estimate`, our guess at what a notice will choose (Tết days, the second Quốc khánh day, lunar
 * dates after 2050, and the nghỉ bù that follows them), to be replaced when the notice is entered.
 */
export type EntryOrigin = 'override' | 'law' | 'estimate';

export interface CalendarEntry {
  readonly date: CivilDate;
  readonly kind: EntryKind;
  readonly name: string;
  readonly source: string;
  readonly origin: EntryOrigin;
}

/** A date as the calendar sees it, with the reasons it is (or is not) a working day. */
export interface DayInfo {
  readonly date: CivilDate;
  readonly weekday: IsoWeekday;
  readonly isWorkingDay: boolean;
  /** The holidays, days off or làm bù on this date; empty for an ordinary day. */
  readonly entries: readonly CalendarEntry[];
}
