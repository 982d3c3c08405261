import { ExtractError } from './extract-error';

/** OCR was needed and available but failed on a page (a server-side fault, not the upload's). */
export class OcrFailedError extends ExtractError {
  readonly code = 'OCR_FAILED';
  override readonly name = 'OcrFailedError';

  constructor(
    readonly page: number,
    detail: string,
    options?: ErrorOptions,
  ) {
    super(`OCR failed on page ${page}: ${detail}`, options);
  }
}
