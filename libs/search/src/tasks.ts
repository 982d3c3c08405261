import type { EnqueuedTaskPromise, Task } from 'meilisearch';
import { meiliCall } from './errors/meili-call';
import { assertTaskSucceeded } from './meili-client';

/**
 * How long to wait for one write task. Generous because a task waits behind every task queued
 * before it, and a settings change re-indexes the whole index.
 */
export const DEFAULT_TASK_TIMEOUT_MS = 300_000;

/** Options of every call that writes to Meilisearch. */
export interface WriteOptions {
  /** How long to wait for each Meilisearch task; default `DEFAULT_TASK_TIMEOUT_MS`. */
  taskTimeoutMs?: number;
}

/** Enqueues a task, waits for it and throws `SearchTaskFailedError` if it failed. */
export async function runTask(operation: string, enqueue: () => EnqueuedTaskPromise, options: WriteOptions = {}): Promise<Task> {
  const task = await meiliCall(operation, () => enqueue().waitTask({ timeout: options.taskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_MS }));
  return assertTaskSucceeded(task);
}
