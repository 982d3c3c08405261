import { ExtractError } from './extract-error';

/** The DOCX package or its XML cannot be read. */
export class CorruptDocxError extends ExtractError {
  readonly code = 'CORRUPT_DOCX';
  override readonly name = 'CorruptDocxError';

  constructor(detail: string, options?: ErrorOptions) {
    super(`The DOCX file is damaged and cannot be read: ${detail}`, options);
  }
}
