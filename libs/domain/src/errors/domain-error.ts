/**
 * What went wrong, in terms a caller can act on. The API maps each kind to one HTTP status; the
 * worker turns them into non-retryable activity failures. Services never throw HTTP exceptions.
 */
export type DomainErrorKind =
  | 'invalid' // the input is wrong (422)
  | 'not_found' // an id that does not exist or is not visible to the caller (404)
  | 'conflict' // duplicates, numbers already used (409)
  | 'invalid_state' // an action out of order (409)
  | 'unauthenticated' // no or bad credentials (401)
  | 'forbidden' // authenticated but not allowed (403)
  | 'rate_limited' // too many attempts (429)
  | 'too_large' // payload over a configured limit (413)
  | 'unsupported' // a file type we do not accept (415)
  | 'unavailable'; // a dependency is down (503)

export interface FieldError {
  field: string;
  message: string;
}

export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly kind: DomainErrorKind,
    /** Stable machine-readable code, e.g. `USER_EMAIL_TAKEN`. */
    readonly code: string,
    message: string,
    readonly details: {
      fieldErrors?: FieldError[];
      /** Extra members for the problem document, e.g. `existingId`, `allowedActions`. */
      extensions?: Record<string, unknown>;
      retryAfterSeconds?: number;
    } = {},
  ) {
    super(message);
  }
}

export const notFound = (entity: string, id: string) =>
  new DomainError('not_found', `${entity.toUpperCase()}_NOT_FOUND`, `No ${entity} with id ${id}.`);
