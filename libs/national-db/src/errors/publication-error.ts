/** Stable codes of every error the connector throws; switch on them, never on messages. */
export type PublicationErrorCode =
  | 'NETWORK' // no HTTP answer: connection refused or reset, DNS
  | 'TIMEOUT' // no complete answer within the timeout
  | 'SERVER_ERROR' // 5xx
  | 'RATE_LIMITED' // 429, or 408
  | 'INVALID_RESPONSE' // a 2xx whose body breaks the contract
  | 'REJECTED' // 4xx: the record is invalid, with field errors
  | 'UNAUTHORIZED'; // 401 / 403: credentials are wrong or lack the right

/**
 * Base class of publication failures. `retryable` is what a caller acts on: a Temporal activity
 * rethrows retryable failures (the publication is idempotent, so a later attempt is safe) and turns
 * the others into non-retryable failures, which need a person to fix the record or the settings.
 */
export abstract class PublicationError extends Error {
  abstract readonly code: PublicationErrorCode;
  abstract readonly retryable: boolean;

  protected constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}
