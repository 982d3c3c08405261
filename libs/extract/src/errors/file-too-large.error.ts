import { ExtractError } from './extract-error';

/**
 * An input exceeds a limit: its size in bytes; or, for DOCX, HTML and text, the inflated size of
 * the DOCX parts, the characters of text, or the time or memory allowed for parsing. PDFs have
 * their own `PdfTooLargeError` for the limits met while reading them.
 */
export class FileTooLargeError extends ExtractError {
  readonly code = 'FILE_TOO_LARGE';
  override readonly name = 'FileTooLargeError';

  constructor(
    readonly limit: 'bytes' | 'inflated-bytes' | 'chars' | 'time' | 'memory',
    detail: string,
  ) {
    super(`The file exceeds the ${limit} limit: ${detail}.`);
  }
}
