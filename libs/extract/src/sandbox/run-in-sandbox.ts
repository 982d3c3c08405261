import { fork } from 'node:child_process';
import path from 'node:path';

import { SandboxFailure } from './sandbox-failure.error';
import type { SandboxJob, SandboxMessage } from './sandbox-protocol';

const SANDBOX_SCRIPT = path.join(__dirname, 'parser-sandbox.cjs');
const MAX_STDERR = 4096;

export interface SandboxLimits {
  timeoutMs: number;
  maxHeapMb: number;
  signal?: AbortSignal;
}

/**
 * Runs `job` in a fresh child process with a V8 heap limit and a deadline, passing each message
 * to `onMessage` until `done`. Resolves when the job is done; rejects with a `SandboxFailure`, with
 * whatever `onMessage` throws (for example a limit the caller enforces while pages stream in),
 * or with the abort reason. The child is killed in every case.
 */
export function runInSandbox(job: SandboxJob, limits: SandboxLimits, onMessage: (message: SandboxMessage) => void): Promise<void> {
  limits.signal?.throwIfAborted();
  return new Promise<void>((resolve, reject) => {
    const child = fork(SANDBOX_SCRIPT, [], {
      execArgv: [`--max-old-space-size=${limits.maxHeapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    let settled = false;
    const finish = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      limits.signal?.removeEventListener('abort', onAbort);
      child.kill('SIGKILL');
      if (error === undefined) resolve();
      else reject(error instanceof Error ? error : new Error('the parser sandbox was stopped', { cause: error }));
    };
    const onAbort = (): void => finish(limits.signal?.reason);
    const timer = setTimeout(() => finish(new SandboxFailure('time', `no result within ${limits.timeoutMs} ms`)), limits.timeoutMs);
    limits.signal?.addEventListener('abort', onAbort, { once: true });

    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < MAX_STDERR) stderr += chunk.toString('utf8');
    });
    child.on('message', (message: SandboxMessage) => {
      if (message.type === 'done') return finish();
      if (message.type === 'error') return finish(new SandboxFailure('job', message.message, message.name));
      try {
        onMessage(message);
      } catch (error) {
        finish(error);
      }
    });
    child.on('error', (error) => finish(new SandboxFailure('crash', error.message)));
    // 'close' comes after every message has been delivered, unlike 'exit'.
    child.on('close', (code, signal) => {
      const outOfMemory = /heap limit|out of memory|allocation failed/i.test(stderr);
      finish(new SandboxFailure(outOfMemory ? 'memory' : 'crash', `parser process exited (${signal ?? code}) ${stderr.trim().slice(-300)}`));
    });
    child.send(job);
  });
}
