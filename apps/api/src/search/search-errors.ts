import { DomainError } from '@legis/domain';
import { InvalidSearchInputError, SearchUnavailableError } from '@legis/search';

/** Search-library errors as domain errors: Meilisearch down → 503 with Retry-After, bad input → 422. */
export function searchProblem(error: unknown): unknown {
  if (error instanceof SearchUnavailableError) {
    return new DomainError('unavailable', 'SEARCH_UNAVAILABLE', 'Search is temporarily unavailable; the rest of the system works. Try again shortly.', {
      retryAfterSeconds: 5,
    });
  }
  if (error instanceof InvalidSearchInputError) {
    return new DomainError('invalid', 'INVALID_SEARCH', error.message, { fieldErrors: [{ field: error.field, message: error.message }] });
  }
  return error;
}

export async function withSearch<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw searchProblem(error);
  }
}
