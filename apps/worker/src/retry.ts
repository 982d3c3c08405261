import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '@legis/runtime';

/**
 * Retries `attempt` with exponential backoff (1 s doubling to 10 s) until it succeeds or `stopped()`
 * turns true; logs each failure so an operator sees which dependency is missing.
 */
export async function withBackoff<T>(what: string, logger: Logger, attempt: () => Promise<T>, stopped: () => boolean): Promise<T | undefined> {
  for (let delayMs = 1000; !stopped(); delayMs = Math.min(delayMs * 2, 10_000)) {
    try {
      return await attempt();
    } catch (error) {
      logger.warn({ err: error, retryInMs: delayMs }, `${what} failed; retrying`);
      await sleep(delayMs);
    }
  }
  return undefined;
}
