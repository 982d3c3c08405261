/**
 * A search request or an index input that cannot be turned into a valid Meilisearch call: a
 * malformed date, an unknown facet, a page size out of range. The API maps it to 400; in the
 * worker it is a bug in the caller, not a reason to retry.
 */
export class InvalidSearchInputError extends Error {
  override readonly name = 'InvalidSearchInputError';

  constructor(
    /** The input field at fault, e.g. `asOf` or `document.effectiveDate`. */
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}
