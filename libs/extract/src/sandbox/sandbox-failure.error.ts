/**
 * Why a sandboxed parse did not finish: it ran out of `time` or `memory`, the process `crash`ed,
 * or the parser threw (`job`, with the library's error name). Internal: each format maps it to
 * its public error.
 */
export class SandboxFailure extends Error {
  override readonly name = 'SandboxFailure';

  constructor(
    readonly kind: 'time' | 'memory' | 'crash' | 'job',
    message: string,
    readonly errorName?: string,
  ) {
    super(message);
  }
}
