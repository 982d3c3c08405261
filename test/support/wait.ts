import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Polls `read` until `done(value)` holds, or fails after the timeout with the last value seen. A read
 * that never answers (a query to a stuck workflow has no deadline) fails at the same timeout.
 */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000, intervalMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  const bounded = () => within(Math.max(deadline - Date.now(), intervalMs), read, () => new Error(`a read did not answer within ${timeoutMs} ms`));
  let last: T = await bounded();
  while (!done(last)) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(last)}`);
    await sleep(intervalMs);
    last = await bounded();
  }
  return last;
}

/**
 * `work()`, or the error `late()` makes once `ms` have passed without an answer. Work given up on may
 * still fail later (a gRPC call retried after its connection closed): that failure is dropped, or
 * jest would pin it on whichever test runs then.
 */
export async function within<T>(ms: number, work: () => Promise<T>, late: () => Error | Promise<Error>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => void Promise.resolve(late()).then(reject, reject), ms);
  });
  const answer = work();
  answer.catch(() => undefined);
  try {
    return await Promise.race([answer, expired]);
  } finally {
    clearTimeout(timer);
  }
}
