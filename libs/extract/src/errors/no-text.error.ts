import { ExtractError } from './extract-error';

/** The document was read but contains no text (for example a DOCX holding only pictures). */
export class NoTextError extends ExtractError {
  readonly code = 'NO_TEXT';
  override readonly name = 'NoTextError';

  constructor(detail: string) {
    super(`The document contains no text: ${detail}`);
  }
}
