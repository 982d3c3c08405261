import { Context } from '@temporalio/activity';

/** Often enough for the heartbeat timeouts our workflows set (20 s and up); the SDK throttles what it sends. */
const HEARTBEAT_EVERY_MS = 2_000;

/**
 * Runs an activity's work while heartbeating on a timer. An activity whose workflow sets a heartbeat
 * timeout is then retried on another worker soon after its worker dies (SIGKILL, lost machine),
 * instead of after its whole start-to-close timeout. The heartbeats stop with the process, or while
 * its event loop is blocked, which is what they should report.
 */
export async function whileHeartbeating<T>(work: () => Promise<T>): Promise<T> {
  const context = Context.current();
  // No heartbeat at the start: the server times the first interval from the attempt's start, and a
  // short activity then costs no heartbeat call at all.
  const timer = setInterval(() => context.heartbeat(), HEARTBEAT_EVERY_MS);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
