import { ExtractError } from './extract-error';

/**
 * The content is not a format we extract (PDF, DOCX, HTML, plain text). Executables are rejected
 * here whatever their name or declared type; `detected` says what the magic bytes showed.
 */
export class UnsupportedTypeError extends ExtractError {
  readonly code = 'UNSUPPORTED_TYPE';
  override readonly name = 'UnsupportedTypeError';

  constructor(
    readonly detected: string,
    hint?: string,
  ) {
    super(`Unsupported file type: ${detected}.${hint ? ` ${hint}` : ''}`);
  }
}
