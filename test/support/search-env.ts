import { randomBytes } from 'node:crypto';
import { createMeiliClient, type SearchConfig } from '@legis/search';
import type { Meilisearch } from 'meilisearch';
import { sharedStack } from './shared-stack';

/** A Meilisearch client on the shared stack with an index prefix of its own. */
export interface SearchTestEnv {
  config: SearchConfig;
  client: Meilisearch;
  /** Deletes every index under this prefix (call in afterAll). */
  cleanup(): Promise<void>;
}

/** One per test file: the random prefix keeps files (and reruns) from seeing each other's indexes. */
export function searchTestEnv(): SearchTestEnv {
  const stack = sharedStack();
  const config: SearchConfig = {
    url: stack.meiliUrl,
    apiKey: stack.appEnv.MEILI_MASTER_KEY,
    indexPrefix: `t_${randomBytes(4).toString('hex')}_`,
  };
  const client = createMeiliClient(config);
  return {
    config,
    client,
    async cleanup() {
      const { results } = await client.getRawIndexes({ limit: 10_000 });
      for (const { uid } of results.filter((index) => index.uid.startsWith(config.indexPrefix))) {
        await client.deleteIndex(uid).waitTask({ timeout: 60_000 });
      }
    },
  };
}
