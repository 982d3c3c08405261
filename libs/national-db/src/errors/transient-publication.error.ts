import { PublicationError } from './publication-error';

export type TransientPublicationCode = 'NETWORK' | 'TIMEOUT' | 'SERVER_ERROR' | 'RATE_LIMITED' | 'INVALID_RESPONSE';

/**
 * The receiver could not be reached or could not take the record now, and the connector's own
 * retries are spent. Nothing says the record is wrong: publish it again later. Safe even if an
 * earlier attempt did reach the receiver, because publication is idempotent on the document key.
 */
export class TransientPublicationError extends PublicationError {
  override readonly name = 'TransientPublicationError';
  readonly retryable = true;

  constructor(
    readonly code: TransientPublicationCode,
    message: string,
    readonly details: {
      /** HTTP status of the last attempt; null when there was no response. */
      status: number | null;
      attempts: number;
      /** What the receiver asked for in Retry-After, if it did. */
      retryAfterMs: number | null;
    },
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
