/** A ZIP package is damaged or uses features we do not read (`corrupt`), or an entry inflates past the limit (`too-large`). Internal. */
export class ZipError extends Error {
  override readonly name = 'ZipError';

  constructor(
    readonly kind: 'corrupt' | 'too-large',
    message: string,
  ) {
    super(message);
  }
}
