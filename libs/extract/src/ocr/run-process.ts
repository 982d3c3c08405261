import { spawn } from 'node:child_process';

import { ProcessFailure } from './process-failure.error';

export interface RunProcessOptions {
  input?: Uint8Array;
  timeoutMs: number;
  maxOutputBytes: number;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
}

const MAX_STDERR = 2048;

/**
 * Runs `command` without a shell and resolves with its standard output. Kills it and rejects
 * with a `ProcessFailure` on timeout, on output beyond `maxOutputBytes`, or on a non-zero exit;
 * rejects with the abort reason when `signal` aborts.
 */
export function runProcess(command: string, args: readonly string[], options: RunProcessOptions): Promise<Buffer> {
  options.signal?.throwIfAborted();
  return new Promise<Buffer>((resolve, reject) => {
    const child = spawn(command, args, { env: options.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let settled = false;
    const finish = (error: unknown, output?: Buffer): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (error === undefined && output) return resolve(output);
      child.kill('SIGKILL');
      reject(error instanceof Error ? error : new Error(`${command} was stopped`, { cause: error }));
    };
    const onAbort = (): void => finish(options.signal?.reason);
    const timer = setTimeout(() => finish(new ProcessFailure(command, 'timeout', `no result within ${options.timeoutMs} ms`)), options.timeoutMs);
    options.signal?.addEventListener('abort', onAbort, { once: true });

    child.on('error', (error: NodeJS.ErrnoException) =>
      finish(new ProcessFailure(command, error.code === 'ENOENT' ? 'missing' : 'exit', error.message)),
    );
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > options.maxOutputBytes) return finish(new ProcessFailure(command, 'output', `more than ${options.maxOutputBytes} bytes of output`));
      chunks.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < MAX_STDERR) stderr += chunk.toString('utf8');
    });
    child.on('close', (code, signal) => {
      if (code === 0) finish(undefined, Buffer.concat(chunks));
      else finish(new ProcessFailure(command, 'exit', `exited with ${signal ?? code}: ${stderr.trim().slice(-500)}`));
    });
    // The program may exit before reading all input (a damaged file); that is reported by 'close'.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input);
  });
}
