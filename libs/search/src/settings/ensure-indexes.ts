import { type Meilisearch, MeilisearchApiError, type Settings } from 'meilisearch';
import { meiliCall } from '../errors/meili-call';
import { SearchTaskFailedError } from '../errors/search-task-failed.error';
import { indexUid, type SearchConfig } from '../meili-client';
import { runTask, type WriteOptions } from '../tasks';
import { SEARCH_INDEX_BASES, PRIMARY_KEY, indexSettings, type SearchIndexBase } from './index-settings';
import { changedSettings } from './settings-diff';

export interface IndexSetupReport {
  base: SearchIndexBase;
  uid: string;
  created: boolean;
  /** The settings that differed and were updated; empty when the index was already up to date. */
  changedSettings: (keyof Settings)[];
}

/**
 * Makes both indexes exist with the settings in `indexSettings`, and waits until they apply.
 * Idempotent and safe to run from every worker at start-up: an index another process created a
 * moment ago counts as existing, and only settings that differ are sent, because any settings
 * update makes Meilisearch re-index (on a large index, minutes of work).
 */
export async function ensureIndexes(client: Meilisearch, config: SearchConfig, options: WriteOptions = {}): Promise<IndexSetupReport[]> {
  const reports: IndexSetupReport[] = [];
  for (const base of SEARCH_INDEX_BASES) {
    const uid = indexUid(config, base);
    const created = await createIndexIfMissing(client, uid, options);
    reports.push({ base, uid, created, changedSettings: await applySettings(client, uid, base, options) });
  }
  return reports;
}

/** Creates an index with our primary key unless it exists. True if this call created it. */
export async function createIndexIfMissing(client: Meilisearch, uid: string, options: WriteOptions = {}): Promise<boolean> {
  if (await indexExists(client, uid)) return false;
  try {
    await runTask(`create index ${uid}`, () => client.createIndex(uid, { primaryKey: PRIMARY_KEY }), options);
    return true;
  } catch (error) {
    // Another worker won the race between our check and our create.
    if (error instanceof SearchTaskFailedError && error.code === 'index_already_exists') return false;
    throw error;
  }
}

/** Brings one index's settings in line with `indexSettings(base)`; returns what changed. */
export async function applySettings(client: Meilisearch, uid: string, base: SearchIndexBase, options: WriteOptions = {}): Promise<(keyof Settings)[]> {
  const desired = indexSettings(base);
  const current = await meiliCall(`read settings of ${uid}`, () => client.index(uid).getSettings());
  const changed = changedSettings(desired, current);
  if (changed.length > 0) {
    const update = Object.fromEntries(changed.map((key) => [key, desired[key]])) as Settings;
    await runTask(`update settings of ${uid}`, () => client.index(uid).updateSettings(update), options);
  }
  return changed;
}

export async function indexExists(client: Meilisearch, uid: string): Promise<boolean> {
  try {
    await meiliCall(`read index ${uid}`, () => client.getRawIndex(uid));
    return true;
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return false;
    throw error;
  }
}
