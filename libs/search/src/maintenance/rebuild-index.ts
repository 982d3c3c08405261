import type { Meilisearch, RecordAny } from 'meilisearch';
import { meiliCall } from '../errors/meili-call';
import { enqueueBatches, waitForTasks, type BatchWriteOptions } from '../indexing/add-documents';
import { toDocumentIndexDocument } from '../indexing/document-mapper';
import type { DocumentIndexInput, ProvisionIndexInput } from '../indexing/index-inputs';
import { toProvisionIndexDocuments } from '../indexing/provision-mapper';
import { indexUid, type SearchConfig } from '../meili-client';
import { applySettings, indexExists } from '../settings/ensure-indexes';
import { PRIMARY_KEY, type SearchIndexBase } from '../settings/index-settings';
import { runTask } from '../tasks';

export interface RebuildProgress {
  base: SearchIndexBase;
  buildUid: string;
  /** Source rows (documents or provisions) confirmed indexed in the build index so far. */
  indexed: number;
}

export interface RebuildResult {
  base: SearchIndexBase;
  uid: string;
  buildUid: string;
  indexed: number;
  /** Build indexes left behind by crashed earlier rebuilds, deleted by this one. */
  removedStaleBuilds: string[];
  durationMs: number;
}

export interface RebuildOptions extends BatchWriteOptions {
  /** A build index older than this is an abandoned rebuild and is deleted. Default 24 hours. */
  staleBuildAfterMs?: number;
}

const DEFAULT_STALE_BUILD_AFTER_MS = 24 * 3_600_000;

/**
 * Rebuilds one index from the system of record without downtime: creates
 * `<prefix><base>_build_<ms>`, applies the settings first (so documents are indexed once), fills
 * it from `source` batch by batch (Meilisearch indexes one batch while the next is read), then
 * swaps it with the live index in one atomic task and deletes the old content. The live index
 * answers searches throughout; until the swap it answers from the old data. On failure the build
 * index is deleted and the live one is untouched, so the call can simply be retried.
 * `onProgress` is the place for an activity heartbeat.
 */
export function rebuildIndex(
  client: Meilisearch,
  config: SearchConfig,
  base: 'documents',
  source: AsyncIterable<readonly DocumentIndexInput[]>,
  onProgress?: (progress: RebuildProgress) => void,
  options?: RebuildOptions,
): Promise<RebuildResult>;
export function rebuildIndex(
  client: Meilisearch,
  config: SearchConfig,
  base: 'provisions',
  source: AsyncIterable<readonly ProvisionIndexInput[]>,
  onProgress?: (progress: RebuildProgress) => void,
  options?: RebuildOptions,
): Promise<RebuildResult>;
export async function rebuildIndex(
  client: Meilisearch,
  config: SearchConfig,
  base: SearchIndexBase,
  source: AsyncIterable<readonly DocumentIndexInput[]> | AsyncIterable<readonly ProvisionIndexInput[]>,
  onProgress: (progress: RebuildProgress) => void = () => {},
  options: RebuildOptions = {},
): Promise<RebuildResult> {
  const started = Date.now();
  const uid = indexUid(config, base);
  const removedStaleBuilds = await removeStaleBuilds(client, uid, started - (options.staleBuildAfterMs ?? DEFAULT_STALE_BUILD_AFTER_MS), options);
  const buildUid = `${uid}_build_${started}`;
  await runTask(`create index ${buildUid}`, () => client.createIndex(buildUid, { primaryKey: PRIMARY_KEY }), options);
  try {
    await applySettings(client, buildUid, base, options);
    const indexed = await fill(client, base, buildUid, source, onProgress, options);
    if (await indexExists(client, uid)) {
      await runTask(`swap ${uid} with ${buildUid}`, () => client.swapIndexes([{ indexes: [uid, buildUid], rename: false }]), options);
      await runTask(`delete index ${buildUid}`, () => client.deleteIndex(buildUid), options);
    } else {
      // First build: there is nothing to swap with, so the build index is renamed into place.
      await runTask(`rename ${buildUid} to ${uid}`, () => client.swapIndexes([{ indexes: [buildUid, uid], rename: true }]), options);
    }
    return { base, uid, buildUid, indexed, removedStaleBuilds, durationMs: Date.now() - started };
  } catch (error) {
    // Best effort: the original error is the one worth reporting.
    await runTask(`delete index ${buildUid}`, () => client.deleteIndex(buildUid), options).catch(() => undefined);
    throw error;
  }
}

async function fill(
  client: Meilisearch,
  base: SearchIndexBase,
  buildUid: string,
  source: AsyncIterable<readonly DocumentIndexInput[]> | AsyncIterable<readonly ProvisionIndexInput[]>,
  onProgress: (progress: RebuildProgress) => void,
  options: BatchWriteOptions,
): Promise<number> {
  const map = (input: DocumentIndexInput | ProvisionIndexInput): RecordAny[] =>
    base === 'documents' ? [toDocumentIndexDocument(input as DocumentIndexInput)] : toProvisionIndexDocuments(input as ProvisionIndexInput);
  let indexed = 0;
  let previous: { taskUids: number[]; size: number } | null = null;
  const confirm = async (batch: { taskUids: number[]; size: number }) => {
    await waitForTasks(client, buildUid, batch.taskUids, options);
    indexed += batch.size;
    onProgress({ base, buildUid, indexed });
  };
  for await (const inputs of source) {
    const documents = (inputs as readonly (DocumentIndexInput | ProvisionIndexInput)[]).flatMap(map);
    const current = { taskUids: await enqueueBatches(client, buildUid, documents, options), size: inputs.length };
    if (previous !== null) await confirm(previous);
    previous = current;
  }
  if (previous !== null) await confirm(previous);
  return indexed;
}

/** Deletes `<uid>_build_<ms>` indexes older than `before` (ms): rebuilds that died half-way. */
async function removeStaleBuilds(client: Meilisearch, uid: string, before: number, options: RebuildOptions): Promise<string[]> {
  const prefix = `${uid}_build_`;
  const { results } = await meiliCall('list indexes', () => client.getRawIndexes({ limit: 10_000 }));
  const stale = results
    .map((index) => index.uid)
    .filter((name) => name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)) && Number(name.slice(prefix.length)) < before);
  for (const name of stale) await runTask(`delete index ${name}`, () => client.deleteIndex(name), options);
  return stale;
}
