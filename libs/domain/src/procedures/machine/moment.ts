import { isCivilDate } from '../../calendar';
import { DomainError, type FieldError } from '../../errors';
import { type Moment } from './state';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Checks the time a call happens at; the shell passes it (workflow time), never the host clock. */
export function checkMoment(at: unknown): Moment {
  const record = (at !== null && typeof at === 'object' ? at : {}) as Partial<Record<keyof Moment, unknown>>;
  const problems: FieldError[] = [];
  if (typeof record.instant !== 'string' || !ISO_INSTANT.test(record.instant)) {
    problems.push({ field: 'at.instant', message: 'must be an ISO 8601 timestamp' });
  }
  if (!isCivilDate(record.date)) problems.push({ field: 'at.date', message: 'must be a date in YYYY-MM-DD form' });
  if (problems.length > 0) throw new DomainError('invalid', 'MOMENT_INVALID', 'The time of the call is invalid.', { fieldErrors: problems });
  return { instant: record.instant as string, date: record.date as string };
}
