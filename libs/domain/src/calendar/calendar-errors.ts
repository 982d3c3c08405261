import { DomainError, type FieldError } from '../errors';

/** The `code` of every `DomainError` this module throws; all are of kind `invalid`. */
export type CalendarErrorCode =
  | 'CIVIL_DATE_INVALID'
  | 'INSTANT_INVALID'
  | 'CALENDAR_DATE_OUT_OF_RANGE'
  | 'PERIOD_LENGTH_INVALID'
  | 'CALENDAR_OVERRIDES_INVALID';

const invalid = (code: CalendarErrorCode, message: string, fieldErrors?: FieldError[]) =>
  new DomainError('invalid', code, message, fieldErrors ? { fieldErrors } : {});

export const invalidCivilDate = (value: unknown) =>
  invalid('CIVIL_DATE_INVALID', `Not a calendar date in YYYY-MM-DD form: ${JSON.stringify(value)}.`);

export const invalidInstant = () => invalid('INSTANT_INVALID', 'The instant is not a valid time.');

export const outsideCalendarRange = (date: string, firstYear: number, lastYear: number) =>
  invalid(
    'CALENDAR_DATE_OUT_OF_RANGE',
    `The working-day calendar covers ${firstYear}–${lastYear}; ${date} is outside it.`,
  );

export const invalidPeriodLength = (days: number) =>
  invalid('PERIOD_LENGTH_INVALID', `A period must be a whole number of days, at least 1; got ${days}.`);

export const invalidOverrides = (problems: FieldError[]) =>
  invalid(
    'CALENDAR_OVERRIDES_INVALID',
    `The calendar override rows have ${problems.length} problem(s).`,
    problems,
  );
