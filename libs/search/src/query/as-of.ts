import { vietnamDayStart } from '../indexing/timestamps';
import { and, compare, eq } from './filter-expression';

/**
 * The filter for "in force on `asOf`" (a `YYYY-MM-DD` day in Vietnam): issued, started on or before
 * the start of that day, and not ended by then. An expiry date is the first day a text no longer
 * applies, so a provision repealed on 2024-07-01 is in force on 2024-06-30 and not on 2024-07-01.
 * Status is not consulted: suspensions are expressed as dates by the caller.
 */
export function inForceFilter(asOf: string): string {
  const t = vietnamDayStart(asOf, 'asOf');
  return and(eq('kind', 'issued'), compare('effectiveFrom', '<=', t), compare('effectiveTo', '>', t));
}
