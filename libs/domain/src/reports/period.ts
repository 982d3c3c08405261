import { DomainError, type FieldError } from '../errors';

/** A reporting period, both ends included (YYYY-MM-DD). */
export interface ReportPeriod {
  from: string;
  to: string;
}

export interface PeriodQuery {
  from?: string;
  to?: string;
  year?: string | number;
  /**
   * First day (MM-DD) of the statistical year, which REFERENCE §6 leaves unconfirmed: the calendar
   * year by default; `10-01` makes year 2026 run 01/10/2025–30/09/2026, `12-15` 15/12/2025–14/12/2026.
   */
  yearStart?: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const MONTH_DAY = /^(\d{2})-(\d{2})$/u;

function isRealDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** The period of a report query: `from`–`to`, or a statistical `year`; the current calendar year by default. */
export function resolveReportPeriod(query: PeriodQuery, today: string): ReportPeriod {
  const problems: FieldError[] = [];
  const hasRange = query.from !== undefined || query.to !== undefined;
  if (hasRange && query.year !== undefined) problems.push({ field: 'year', message: 'cannot be combined with from/to' });
  if (query.from !== undefined && !isRealDate(query.from)) problems.push({ field: 'from', message: 'must be a date YYYY-MM-DD' });
  if (query.to !== undefined && !isRealDate(query.to)) problems.push({ field: 'to', message: 'must be a date YYYY-MM-DD' });
  const year = query.year === undefined ? Number(today.slice(0, 4)) : Number(query.year);
  if (!Number.isInteger(year) || year < 1990 || year > 2100) problems.push({ field: 'year', message: 'must be a year from 1990 to 2100' });
  const yearStart = query.yearStart ?? '01-01';
  const monthDay = MONTH_DAY.exec(yearStart);
  if (!monthDay || !isRealDate(`2001-${yearStart}`)) problems.push({ field: 'yearStart', message: 'must be a day of the year MM-DD, e.g. 10-01' });
  if (problems.length === 0 && hasRange) {
    const period = { from: query.from ?? `${(query.to ?? today).slice(0, 4)}-01-01`, to: query.to ?? today };
    if (period.from > period.to) problems.push({ field: 'from', message: 'must not be after to' });
    else return period;
  }
  if (problems.length > 0) throw new DomainError('invalid', 'REPORT_PERIOD_INVALID', 'The reporting period is invalid.', { fieldErrors: problems });
  if (yearStart === '01-01') return { from: `${year}-01-01`, to: `${year}-12-31` };
  const from = `${year - 1}-${yearStart}`;
  return { from, to: dayBefore(`${year}-${yearStart}`) };
}
