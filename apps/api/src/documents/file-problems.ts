import { DomainError, type DomainErrorKind } from '@legis/domain';
import { ExtractError, type ExtractErrorCode } from '@legis/extract';

const KIND: Record<ExtractErrorCode, DomainErrorKind> = {
  EMPTY_FILE: 'invalid',
  FILE_TOO_LARGE: 'too_large',
  UNSUPPORTED_TYPE: 'unsupported',
  TYPE_MISMATCH: 'unsupported',
  ENCRYPTED_PDF: 'invalid',
  CORRUPT_PDF: 'invalid',
  CORRUPT_DOCX: 'invalid',
  PDF_TOO_LARGE: 'too_large',
  NEEDS_OCR: 'invalid',
  OCR_FAILED: 'unavailable',
  NO_TEXT: 'invalid',
};

/** An extraction error found while the upload waits, as a domain error about the `file` field. */
export function fileProblem(error: unknown): unknown {
  if (!(error instanceof ExtractError)) return error;
  return new DomainError(KIND[error.code], error.code, `The file cannot be accepted: ${error.message}`, {
    fieldErrors: [{ field: 'file', message: error.message }],
  });
}
