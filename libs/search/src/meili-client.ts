import { Meilisearch, type Task } from 'meilisearch';
import { SearchTaskFailedError } from './errors/search-task-failed.error';

export interface SearchConfig {
  url: string;
  apiKey?: string;
  /** Prepended to every index uid, so several deployments (or test runs) can share one server. */
  indexPrefix: string;
  timeoutMs?: number;
}

export function createMeiliClient(config: SearchConfig): Meilisearch {
  return new Meilisearch({ host: config.url, apiKey: config.apiKey, timeout: config.timeoutMs ?? 10_000 });
}

/** The uid of one of our indexes under the configured prefix. */
export function indexUid(config: Pick<SearchConfig, 'indexPrefix'>, base: string): string {
  return `${config.indexPrefix}${base}`;
}

/** Meilisearch reports failed tasks as data, not exceptions; this turns them into `SearchTaskFailedError`. */
export function assertTaskSucceeded(task: Task): Task {
  if (task.status !== 'succeeded') throw new SearchTaskFailedError(task);
  return task;
}
