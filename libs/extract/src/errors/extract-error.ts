/** Stable codes of every error thrown by `@legis/extract`; the API maps them to problem responses. */
export type ExtractErrorCode =
  | 'EMPTY_FILE'
  | 'FILE_TOO_LARGE'
  | 'UNSUPPORTED_TYPE'
  | 'TYPE_MISMATCH'
  | 'ENCRYPTED_PDF'
  | 'CORRUPT_PDF'
  | 'CORRUPT_DOCX'
  | 'PDF_TOO_LARGE'
  | 'NEEDS_OCR'
  | 'OCR_FAILED'
  | 'NO_TEXT';

/**
 * Base class of the extraction errors. Catch it to handle all of them; switch on `code`, never on
 * the message, which is meant for people and may change.
 */
export abstract class ExtractError extends Error {
  abstract readonly code: ExtractErrorCode;

  protected constructor(message: string, options?: ErrorOptions) {
    super(message, options);
  }
}
