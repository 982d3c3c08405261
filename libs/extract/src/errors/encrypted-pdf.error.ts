import { ExtractError } from './extract-error';

/**
 * The PDF needs a password to open. PDFs encrypted with an empty user password (permissions only)
 * open without one and are extracted with a warning instead.
 */
export class EncryptedPdfError extends ExtractError {
  readonly code = 'ENCRYPTED_PDF';
  override readonly name = 'EncryptedPdfError';

  constructor(options?: ErrorOptions) {
    super('The PDF is password-protected; upload an unprotected copy.', options);
  }
}
