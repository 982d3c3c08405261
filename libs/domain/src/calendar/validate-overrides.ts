import { type FieldError } from '../errors';
import { type CalendarOverride, ENTRY_KINDS } from './calendar-entry';
import { isInCalendarRange } from './calendar-range';
import { type CivilDate, isCivilDate, isWeekend } from './civil-date';

type Problem = readonly [field: keyof CalendarOverride, message: string];

function isFilled(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

function rowProblems(row: CalendarOverride): Problem[] {
  const problems: Problem[] = [];
  if (!(ENTRY_KINDS as readonly string[]).includes(row.kind)) {
    problems.push(['kind', `must be one of ${ENTRY_KINDS.join(', ')}`]);
  }
  if (!isFilled(row.name)) problems.push(['name', 'is required']);
  if (!isFilled(row.source)) problems.push(['source', 'is required: cite the notice or article']);
  if (!isCivilDate(row.date)) return [...problems, ['date', 'must be a valid YYYY-MM-DD date']];
  if (!isInCalendarRange(row.date)) problems.push(['date', 'is outside the calendar (1990–2100)']);
  if (row.kind === 'day_off' && isWeekend(row.date)) {
    problems.push(['date', 'a day_off must be a weekday: a weekend day is off already']);
  }
  if (row.kind === 'swap_workday' && !isWeekend(row.date)) {
    problems.push(['date', 'a swap_workday must be a Saturday or Sunday: a weekday is worked already']);
  }
  return problems;
}

/**
 * Checks override rows before they are saved or used. A date may have one row only: two rows for
 * one day would need a precedence rule of their own. Returns one error per problem, naming the row
 * by index (`overrides[3].date`); an empty list means the rows are usable.
 */
export function validateOverrides(rows: readonly CalendarOverride[]): FieldError[] {
  const errors: FieldError[] = [];
  const rowOfDate = new Map<CivilDate, number>();
  rows.forEach((row, index) => {
    for (const [field, message] of rowProblems(row)) {
      errors.push({ field: `overrides[${index}].${field}`, message });
    }
    if (!isCivilDate(row.date)) return;
    const earlier = rowOfDate.get(row.date);
    if (earlier === undefined) rowOfDate.set(row.date, index);
    else {
      errors.push({
        field: `overrides[${index}].date`,
        message: `${row.date} already has a row (overrides[${earlier}])`,
      });
    }
  });
  return errors;
}
