import { ExtractError } from './extract-error';

/** The PDF cannot be parsed (truncated, damaged, or not really a PDF after its header). */
export class CorruptPdfError extends ExtractError {
  readonly code = 'CORRUPT_PDF';
  override readonly name = 'CorruptPdfError';

  constructor(detail: string, options?: ErrorOptions) {
    super(`The PDF is damaged and cannot be read: ${detail}`, options);
  }
}
