import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Calls `probe` until it returns true, `abort` reports a reason, or the timeout passes.
 * Returns the elapsed milliseconds; throws with the last probe error in the message.
 */
export async function waitFor(
  what: string,
  probe: () => Promise<boolean> | boolean,
  options: { timeoutMs: number; intervalMs?: number; abort?: () => string | undefined },
): Promise<number> {
  const started = Date.now();
  let lastError = '';
  for (;;) {
    const aborted = options.abort?.();
    if (aborted) throw new Error(`${what}: ${aborted}`);
    try {
      if (await probe()) return Date.now() - started;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() - started > options.timeoutMs) {
      throw new Error(`${what} was not ready after ${Math.round(options.timeoutMs / 1000)} s${lastError ? `: ${lastError}` : ''}`);
    }
    await sleep(options.intervalMs ?? 200);
  }
}
