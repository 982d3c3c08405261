import { ExtractError } from './extract-error';

/** The upload has zero bytes. */
export class EmptyFileError extends ExtractError {
  readonly code = 'EMPTY_FILE';
  override readonly name = 'EmptyFileError';

  constructor() {
    super('The file is empty (0 bytes).');
  }
}
