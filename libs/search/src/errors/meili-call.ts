import { MeilisearchApiError, MeilisearchRequestError, MeilisearchTaskTimeOutError } from 'meilisearch';
import { SearchUnavailableError } from './search-unavailable.error';

/**
 * Runs one Meilisearch call and turns "cannot reach it" into `SearchUnavailableError`:
 * - `MeilisearchRequestError`: fetch failed (connection refused, DNS) or the request timed out;
 * - `MeilisearchTaskTimeOutError`: the task is still queued; waiting again later is the remedy;
 * - `MeilisearchApiError` with a 5xx status: the server is up but cannot serve now.
 * Client errors (4xx: a bad filter, a missing index) pass through unchanged: retrying cannot fix them.
 */
export async function meiliCall<T>(operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (caught) {
    const error = unwrapMeiliError(caught);
    throw isUnavailable(error) ? new SearchUnavailableError(operation, { cause: error }) : error;
  }
}

/**
 * The error fetch would have produced: with a custom `httpClient` (ours is `nodeHttpClient`), the
 * client wraps an error response's `MeilisearchApiError` in a `MeilisearchRequestError`.
 */
export function unwrapMeiliError(error: unknown): unknown {
  return error instanceof MeilisearchRequestError && error.cause instanceof MeilisearchApiError ? error.cause : error;
}

function isUnavailable(error: unknown): boolean {
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchTaskTimeOutError) return true;
  return error instanceof MeilisearchApiError && error.response.status >= 500;
}
