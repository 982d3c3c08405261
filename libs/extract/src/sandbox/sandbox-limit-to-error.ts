import { FileTooLargeError } from '../errors/file-too-large.error';
import { SandboxFailure } from './sandbox-failure.error';

/**
 * For DOCX and HTML: a sandbox that ran out of time or memory means the file is too large for
 * us; other failures go to `onParseFailure`, anything else is rethrown unchanged.
 */
export function sandboxLimitToError(error: unknown, limits: { timeoutMs: number; maxHeapMb: number }, onParseFailure: (failure: SandboxFailure) => Error): unknown {
  if (!(error instanceof SandboxFailure)) return error;
  if (error.kind === 'time') return new FileTooLargeError('time', `not parsed within ${limits.timeoutMs} ms`);
  if (error.kind === 'memory') return new FileTooLargeError('memory', `the parser exceeded ${limits.maxHeapMb} MB`);
  return onParseFailure(error);
}
