import { DomainError } from '../../errors';
import { type Moment } from '../case-state';

/** The moment of a day (10:00 in Viet Nam), as the shell passes it to the case machine. */
export const on = (date: string): Moment => ({ instant: `${date}T03:00:00.000Z`, date });

/** The DomainError a refused call throws (anything else fails the test). */
export function refusal(call: () => unknown): DomainError {
  try {
    call();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
