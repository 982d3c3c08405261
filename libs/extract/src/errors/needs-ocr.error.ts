import { ExtractError } from './extract-error';

/** The PDF has no usable text layer (a scan) and OCR is disabled or not installed. */
export class NeedsOcrError extends ExtractError {
  readonly code = 'NEEDS_OCR';
  override readonly name = 'NeedsOcrError';

  constructor(
    readonly pages: number,
    reason: string,
  ) {
    super(`The PDF has no usable text layer (${pages} page${pages === 1 ? '' : 's'}) and needs OCR, which is not available: ${reason}.`);
  }
}
