import { meiliClientConfig, type SearchConfig } from '@legis/search';
import { Meilisearch } from 'meilisearch';
import { TaskPoller } from './task-poller';

/**
 * The worker's Meilisearch client: `createMeiliClient`'s, except that every wait for a write task
 * (`client.tasks.waitForTask`, which `@legis/search` calls after each write) goes through one
 * shared `TaskPoller`.
 */
export function createWorkerMeiliClient(config: SearchConfig): Meilisearch {
  const client = new Meilisearch(meiliClientConfig(config));
  const poller = new TaskPoller(client);
  client.tasks.waitForTask = (task, options) => poller.waitForTask(task, options);
  return client;
}
