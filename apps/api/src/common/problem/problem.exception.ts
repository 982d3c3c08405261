import type { FieldError } from '@legis/domain';

/**
 * An HTTP-layer problem that is not a domain rule: malformed request syntax, missing credentials,
 * validation of the request shape. Domain rules throw `DomainError` instead.
 */
export class ProblemException extends Error {
  override readonly name = 'ProblemException';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors?: FieldError[],
    readonly extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}
