import { PublicationError } from './publication-error';

/** One problem the receiver found, at a JSON Pointer into the record ("/originalFile/sha256"). */
export interface PublicationFieldError {
  field: string;
  code: string;
  message: string;
}

/**
 * The receiver refused the request (4xx). Sending it again unchanged would be refused again, so
 * this is not retried: the record (see `fieldErrors`) or the credentials must be fixed first.
 */
export class PermanentPublicationError extends PublicationError {
  override readonly name = 'PermanentPublicationError';
  readonly retryable = false;

  constructor(
    readonly code: 'REJECTED' | 'UNAUTHORIZED',
    message: string,
    readonly status: number,
    readonly fieldErrors: readonly PublicationFieldError[] = [],
  ) {
    super(message);
  }
}
