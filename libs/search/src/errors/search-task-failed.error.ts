import type { MeilisearchErrorResponse, Task } from 'meilisearch';

/**
 * Meilisearch accepted a task and then failed it (a bad filter attribute, an invalid document id,
 * …). Unlike `SearchUnavailableError` a retry gives the same answer, so a Temporal activity should
 * treat it as non-retryable.
 */
export class SearchTaskFailedError extends Error {
  override readonly name = 'SearchTaskFailedError';
  readonly taskUid: number;
  readonly taskType: string;
  /** Meilisearch's error code, e.g. `invalid_document_id`; null when the task was canceled. */
  readonly code: string | null;

  constructor(task: Pick<Task, 'uid' | 'type' | 'status'> & { error: MeilisearchErrorResponse | null }) {
    super(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no detail'}`);
    this.taskUid = task.uid;
    this.taskType = task.type;
    this.code = task.error?.code ?? null;
  }
}
