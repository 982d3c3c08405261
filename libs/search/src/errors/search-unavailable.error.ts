/**
 * Meilisearch could not be reached, timed out, or answered with a server error. Nothing about the
 * request itself is wrong, so the caller should answer 503 (API) or let the activity retry
 * (Temporal): every write here is idempotent by primary key, so a retry is safe.
 */
export class SearchUnavailableError extends Error {
  override readonly name = 'SearchUnavailableError';

  constructor(
    /** What we were doing, e.g. `search provisions` or `index provisions`. */
    readonly operation: string,
    options: { cause: unknown },
  ) {
    super(`Search is unavailable (${operation}): ${describe(options.cause)}`, options);
  }
}

function describe(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  // fetch() failures hide the socket error (ECONNREFUSED, …) one level down.
  return cause.cause instanceof Error ? `${cause.message} (${cause.cause.message})` : cause.message;
}
