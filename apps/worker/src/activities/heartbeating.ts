import { Context } from '@temporalio/activity';

/** Often enough for the heartbeat timeouts our workflows set (20 s and up); the SDK throttles what it sends. */
const HEARTBEAT_EVERY_MS = 2_000;

/**
 * Runs an activity's work while heartbeating on a timer. An activity whose workflow sets a heartbeat
 * timeout is then retried soon after its worker dies (SIGKILL, lost machine) or after an overloaded
 * server recorded it as started without delivering it, instead of after its whole start-to-close
 * timeout. The heartbeats stop with the process, or while its event loop is blocked, which is what
 * they should report. Local activities run inside a workflow task and do not heartbeat.
 */
export async function whileHeartbeating<T>(work: () => Promise<T>): Promise<T> {
  const context = Context.current();
  if (context.info.isLocal) return work();
  // No heartbeat at the start: the server times the first interval from the attempt's start, and a
  // short activity then costs no heartbeat call at all.
  const timer = setInterval(() => context.heartbeat(), HEARTBEAT_EVERY_MS);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

type ActivityFunction = (...args: never[]) => Promise<unknown>;

/** The same activities, each heartbeating while it runs (`whileHeartbeating`). */
export function heartbeatingAll<T extends Record<string, ActivityFunction>>(activities: T): T {
  return Object.fromEntries(
    Object.entries(activities).map(([name, run]) => [name, (...args: Parameters<typeof run>) => whileHeartbeating(() => run(...args))]),
  ) as T;
}
