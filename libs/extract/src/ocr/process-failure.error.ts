/** An external program could not be run, timed out, produced too much output or failed. Internal. */
export class ProcessFailure extends Error {
  override readonly name = 'ProcessFailure';

  constructor(
    readonly command: string,
    readonly reason: 'missing' | 'timeout' | 'output' | 'exit',
    detail: string,
  ) {
    super(`${command}: ${detail}`);
  }
}
