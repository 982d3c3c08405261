import { ExtractError } from './extract-error';

/** The file name or declared MIME type names one supported format and the content is another. */
export class TypeMismatchError extends ExtractError {
  readonly code = 'TYPE_MISMATCH';
  override readonly name = 'TypeMismatchError';

  constructor(
    readonly declared: string,
    readonly detected: string,
  ) {
    super(`The file is declared as ${declared} but its content is ${detected}.`);
  }
}
