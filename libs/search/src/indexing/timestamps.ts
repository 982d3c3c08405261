import { isCivilDate, startOfVietnamDay } from '@legis/domain';
import { InvalidSearchInputError } from '../errors/invalid-search-input.error';

/**
 * The "no end" of a validity interval: 9999-12-31 00:00 in Vietnam, in Unix seconds. Meilisearch
 * cannot filter on a missing value with `<`/`>`, so an open end must be a real number that every
 * date we will ever ask about lies before. It also marks an unknown start, so that a provision
 * without an effective date is never reported as in force.
 */
export const OPEN_END = 253_402_189_200;

/**
 * Unix seconds at which a Vietnamese calendar day begins (00:00 UTC+7). Legal dates are whole days
 * in Vietnam: a decision effective on 2024-01-01 applies from 2023-12-31T17:00:00Z.
 */
export function vietnamDayStart(isoDate: string, field = 'date'): number {
  if (!isCivilDate(isoDate)) throw new InvalidSearchInputError(field, `expected a YYYY-MM-DD date, got ${JSON.stringify(isoDate)}`);
  return startOfVietnamDay(isoDate).getTime() / 1000;
}

/** `vietnamDayStart` for an optional date. */
export function optionalDayStart(isoDate: string | null, field: string): number | null {
  return isoDate === null ? null : vietnamDayStart(isoDate, field);
}

/** The earliest of some optional ISO dates (ISO dates sort as text), or null when all are null. */
export function earliestDate(...dates: (string | null)[]): string | null {
  return dates.reduce<string | null>((min, d) => (d !== null && (min === null || d < min) ? d : min), null);
}
