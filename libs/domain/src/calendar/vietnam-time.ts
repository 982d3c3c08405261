import { invalidInstant } from './calendar-errors';
import { type CivilDate, fromEpochDay, toEpochDay } from './civil-date';

const MS_PER_DAY = 86_400_000;
/** Vietnam keeps UTC+7 all year (no daylight saving) and has done so nationwide since 1975. */
const VIETNAM_UTC_OFFSET_MS = 7 * 3_600_000;

/**
 * The date on a wall calendar in Vietnam at `instant` (a `Date` or epoch milliseconds). The day
 * changes at 17:00 UTC, whatever zone the host runs in.
 */
export function vietnamDateOf(instant: Date | number): CivilDate {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!Number.isFinite(ms)) throw invalidInstant();
  return fromEpochDay(Math.floor((ms + VIETNAM_UTC_OFFSET_MS) / MS_PER_DAY));
}

/**
 * The instant a Vietnamese day begins (00:00 at UTC+7, i.e. 17:00 UTC the day before). A period
 * that ends on day D ends when D + 1 begins, so a timer for it waits until
 * `startOfVietnamDay(addDays(D, 1))`.
 */
export function startOfVietnamDay(date: CivilDate): Date {
  return new Date(toEpochDay(date) * MS_PER_DAY - VIETNAM_UTC_OFFSET_MS);
}
