import { Meilisearch, type Config, type Task } from 'meilisearch';
import { SearchTaskFailedError } from './errors/search-task-failed.error';
import { nodeHttpClient } from './transport/node-http-client';

export interface SearchConfig {
  url: string;
  apiKey?: string;
  /** Prepended to every index uid, so several deployments (or test runs) can share one server. */
  indexPrefix: string;
  timeoutMs?: number;
}

/** The client options every Meilisearch client of ours starts from (see `nodeHttpClient`). */
export function meiliClientConfig(config: SearchConfig): Config {
  return { host: config.url, apiKey: config.apiKey, timeout: config.timeoutMs ?? 10_000, httpClient: nodeHttpClient };
}

export function createMeiliClient(config: SearchConfig): Meilisearch {
  return new Meilisearch(meiliClientConfig(config));
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
