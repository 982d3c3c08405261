import { SandboxFailure } from './sandbox-failure.error';
import { sandboxPool } from './sandbox-pool';
import type { SandboxJob, SandboxMessage } from './sandbox-protocol';

export interface SandboxLimits {
  timeoutMs: number;
  maxHeapMb: number;
  signal?: AbortSignal;
}

/**
 * Runs `job` in a parser process with a V8 heap limit and a deadline, passing each message to
 * `onMessage` until `done`. Resolves when the job is done; rejects with a `SandboxFailure`, with
 * whatever `onMessage` throws (for example a limit the caller enforces while pages stream in),
 * or with the abort reason. The process goes back to its pool after a clean job and is killed
 * in every other case.
 */
export function runInSandbox(job: SandboxJob, limits: SandboxLimits, onMessage: (message: SandboxMessage) => void): Promise<void> {
  limits.signal?.throwIfAborted();
  const pool = sandboxPool(limits.maxHeapMb);
  const sandbox = pool.acquire();
  const { child } = sandbox;
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (error: unknown, heapUsedMb: number | null = null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      limits.signal?.removeEventListener('abort', onAbort);
      child.off('message', onChildMessage);
      child.off('error', onError);
      child.off('close', onClose);
      pool.release(sandbox, error === undefined ? heapUsedMb : null);
      if (error === undefined) resolve();
      else reject(error instanceof Error ? error : new Error('the parser sandbox was stopped', { cause: error }));
    };
    const onAbort = (): void => finish(limits.signal?.reason ?? new Error('aborted'));
    const onChildMessage = (message: SandboxMessage): void => {
      if (message.type === 'done') return finish(undefined, message.heapUsedMb);
      if (message.type === 'error') return finish(new SandboxFailure('job', message.message, message.name));
      try {
        onMessage(message);
      } catch (error) {
        finish(error);
      }
    };
    const onError = (error: Error): void => finish(new SandboxFailure('crash', error.message));
    // 'close' comes after every message has been delivered, unlike 'exit'.
    const onClose = (code: number | null, signal: NodeJS.Signals | null): void => {
      const outOfMemory = /heap limit|out of memory|allocation failed/i.test(sandbox.stderr);
      finish(new SandboxFailure(outOfMemory ? 'memory' : 'crash', `parser process exited (${signal ?? code}) ${sandbox.stderr.trim().slice(-300)}`));
    };
    const timer = setTimeout(() => finish(new SandboxFailure('time', `no result within ${limits.timeoutMs} ms`)), limits.timeoutMs);
    limits.signal?.addEventListener('abort', onAbort, { once: true });
    child.on('message', onChildMessage);
    child.on('error', onError);
    child.on('close', onClose);
    child.send(job);
  });
}
