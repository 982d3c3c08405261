import type { Meilisearch, RecordAny } from 'meilisearch';
import { chunksOf } from '../chunks';
import { meiliCall } from '../errors/meili-call';
import { assertTaskSucceeded } from '../meili-client';
import { PRIMARY_KEY } from '../settings/index-settings';
import { DEFAULT_TASK_TIMEOUT_MS, type WriteOptions } from '../tasks';

/**
 * Documents per request. A provision is a few kilobytes, so a batch stays around a few megabytes,
 * far below Meilisearch's 100 MB payload limit, while Meilisearch still merges consecutive
 * batches into one indexing run.
 */
export const DEFAULT_BATCH_SIZE = 1_000;

export interface BatchWriteOptions extends WriteOptions {
  batchSize?: number;
}

/**
 * Adds (or fully replaces, by primary key) documents in batches and waits for all of them.
 * Returns how many were indexed.
 */
export async function addDocumentsInBatches(
  client: Meilisearch,
  uid: string,
  documents: readonly RecordAny[],
  options: BatchWriteOptions = {},
): Promise<number> {
  await waitForTasks(client, uid, await enqueueBatches(client, uid, documents, options), options);
  return documents.length;
}

/**
 * Enqueues the batches one after the other, so that their order is kept (two versions of one
 * document in one call end with the later one), and returns the task uids without waiting.
 */
export async function enqueueBatches(
  client: Meilisearch,
  uid: string,
  documents: readonly RecordAny[],
  options: BatchWriteOptions = {},
): Promise<number[]> {
  const size = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const taskUids: number[] = [];
  for (const batch of chunksOf(documents, size)) {
    const enqueued = await meiliCall(`index documents into ${uid}`, () => client.index(uid).addDocuments(batch, { primaryKey: PRIMARY_KEY }));
    taskUids.push(enqueued.taskUid);
  }
  return taskUids;
}

/** Waits for tasks in order; throws `SearchTaskFailedError` at the first that failed. */
export async function waitForTasks(client: Meilisearch, uid: string, taskUids: readonly number[], options: WriteOptions = {}): Promise<void> {
  const timeout = options.taskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_MS;
  for (const taskUid of taskUids) {
    assertTaskSucceeded(await meiliCall(`index documents into ${uid}`, () => client.tasks.waitForTask(taskUid, { timeout })));
  }
}
