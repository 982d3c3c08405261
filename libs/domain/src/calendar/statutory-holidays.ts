import { type CalendarEntry, type EntryOrigin } from './calendar-entry';
import { addDays, type CivilDate, dateOf } from './civil-date';
import { labourCodeOf } from './labour-code';
import { lunarAnchors } from './lunar-dates';
import { estimatedSecondNationalDay, estimatedTetOffsets } from './notice-estimates';

/** Effective-from years (HOLIDAYS.md §1.1 "History", §1.3); earlier years do not get the change. */
const HUNG_KINGS_FROM = 2007;
const FIVE_DAY_TET_FROM = 2013;
const SECOND_NATIONAL_DAY_FROM = 2021;
const CULTURE_DAY_FROM = 2026;

export type OccasionId =
  | 'newYear'
  | 'tet'
  | 'hungKings'
  | 'victoryDay'
  | 'labourDay'
  | 'nationalDay'
  | 'secondNationalDay'
  | 'cultureDay';

/** The holidays of one occasion in one year, computed from the rules. */
export interface Occasion {
  readonly id: OccasionId;
  /**
   * The statute fixes the Gregorian date, so no notice can move it and override rows never
   * replace it. The others (Tết days, Hùng Kings' lunar date, the second Quốc khánh day) give way
   * to a notice's rows.
   */
  readonly fixedDate: boolean;
  /** Cited on the nghỉ bù when a day falls on a weekend; null when no nghỉ bù is due. */
  readonly nghiBuSource: string | null;
  readonly holidays: readonly CalendarEntry[];
}

export interface HolidaySettings {
  /** See `WorkingCalendarOptions.cultureDayNghiBu`. */
  readonly cultureDayNghiBu: boolean;
}

const NOTICE_CHOOSES = 'estimated: the official notice chooses the days';
const LUNAR_UNPUBLISHED = 'estimated: lunar date computed, not yet published';

function entry(date: CivilDate, name: string, source: string, origin: EntryOrigin): CalendarEntry {
  return { date, kind: 'holiday', name, source, origin };
}

function fixed(
  id: OccasionId,
  date: CivilDate,
  name: string,
  source: string,
  nghiBu: string | null,
): Occasion {
  return { id, fixedDate: true, nghiBuSource: nghiBu, holidays: [entry(date, name, source, 'law')] };
}

function tetDayName(offset: number): string {
  if (offset === -2) return 'Tết Âm lịch: ngày trước giao thừa';
  if (offset === -1) return 'Tết Âm lịch: ngày cuối năm (giao thừa)';
  return `Tết Âm lịch: mùng ${offset + 1}`;
}

/**
 * Before 2013 the Code itself named Tết's 4 days: the last day of the old year and mùng 1–3.
 * From 2013 it gives 5 days and the notice picks them.
 */
function tet(year: number): Occasion {
  const { holidays: citation, nghiBu } = labourCodeOf(year);
  const firstDay = lunarAnchors(year).tet;
  const byNotice = year >= FIVE_DAY_TET_FROM;
  const offsets = byNotice ? estimatedTetOffsets(firstDay) : [-1, 0, 1, 2];
  const source = byNotice ? `${citation}; ${NOTICE_CHOOSES}` : citation;
  const origin = byNotice ? 'estimate' : 'law';
  const holidays = offsets.map((offset) =>
    entry(addDays(firstDay, offset), tetDayName(offset), source, origin),
  );
  return { id: 'tet', fixedDate: false, nghiBuSource: nghiBu, holidays };
}

function hungKings(year: number): Occasion {
  const { holidays: citation, nghiBu } = labourCodeOf(year);
  const { hungKings: date, estimated } = lunarAnchors(year);
  const source = estimated ? `${citation}; ${LUNAR_UNPUBLISHED}` : citation;
  const origin = estimated ? 'estimate' : 'law';
  const holidays = [entry(date, 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', source, origin)];
  return { id: 'hungKings', fixedDate: false, nghiBuSource: nghiBu, holidays };
}

function secondNationalDay(year: number): Occasion {
  const { holidays: citation, nghiBu } = labourCodeOf(year);
  const date = estimatedSecondNationalDay(year);
  const side = date < dateOf(year, 9, 2) ? 'trước' : 'sau';
  const name = `Quốc khánh: ngày liền kề ${side}`;
  const holidays = [entry(date, name, `${citation}; ${NOTICE_CHOOSES}`, 'estimate')];
  return { id: 'secondNationalDay', fixedDate: false, nghiBuSource: nghiBu, holidays };
}

/**
 * Whether nghỉ bù covers 24/11 is open (HOLIDAYS.md §1.3): Art. 111(3) gives it for the holidays
 * of Art. 112(1), and the day was added by a National Assembly resolution instead. It first
 * matters on 24/11/2029, a Saturday.
 */
function cultureDay(year: number, settings: HolidaySettings): Occasion {
  const nghiBu = settings.cultureDayNghiBu
    ? `${labourCodeOf(year).nghiBu}, applied to 24/11 by the calendar setting (unconfirmed)`
    : null;
  const date = dateOf(year, 11, 24);
  return fixed('cultureDay', date, 'Ngày Văn hóa Việt Nam', 'NQ 28/2026/QH16 Đ.2', nghiBu);
}

/** The statutory holidays of `year` (1990–2100) as the rules give them, before any notice. */
export function statutoryOccasions(year: number, settings: HolidaySettings): Occasion[] {
  const { holidays: law, nghiBu } = labourCodeOf(year);
  const occasions = [
    fixed('newYear', dateOf(year, 1, 1), 'Tết Dương lịch', law, nghiBu),
    tet(year),
    fixed('victoryDay', dateOf(year, 4, 30), 'Ngày Chiến thắng', law, nghiBu),
    fixed('labourDay', dateOf(year, 5, 1), 'Ngày Quốc tế Lao động', law, nghiBu),
    fixed('nationalDay', dateOf(year, 9, 2), 'Quốc khánh', law, nghiBu),
  ];
  if (year >= HUNG_KINGS_FROM) occasions.push(hungKings(year));
  if (year >= SECOND_NATIONAL_DAY_FROM) occasions.push(secondNationalDay(year));
  if (year >= CULTURE_DAY_FROM) occasions.push(cultureDay(year, settings));
  return occasions;
}
