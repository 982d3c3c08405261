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
  } catch (error) {
    throw isUnavailable(error) ? new SearchUnavailableError(operation, { cause: error }) : error;
  }
}

function isUnavailable(error: unknown): boolean {
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchTaskTimeOutError) return true;
  return error instanceof MeilisearchApiError && error.response.status >= 500;
}
