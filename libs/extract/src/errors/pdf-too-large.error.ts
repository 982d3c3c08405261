import { ExtractError } from './extract-error';

/**
 * The PDF exceeds a limit: its page count, the characters it yields, the time budget, or the
 * parser's memory. PDF bombs end here instead of hanging or exhausting the process.
 */
export class PdfTooLargeError extends ExtractError {
  readonly code = 'PDF_TOO_LARGE';
  override readonly name = 'PdfTooLargeError';

  constructor(
    readonly limit: 'pages' | 'chars' | 'time' | 'memory',
    detail: string,
  ) {
    super(`The PDF exceeds the ${limit} limit: ${detail}.`);
  }
}
