import { setTimeout as sleep } from 'node:timers/promises';
import type { TermStatisticsRepository } from '@legis/db';
import { tokenize } from '@legis/domain';
import { DEFAULT_BATCH_SIZE, indexDocuments, indexProvisions, indexUid, type SearchConfig } from '@legis/search';
import type { Meilisearch } from 'meilisearch';
import type { DataSource } from 'typeorm';
import type { IndexBatch } from './search-entities';
import { mapConcurrent, round2 } from './search-stats';

/** The worker's default WORKER_MAX_CONCURRENT_ACTIVITIES: how many index activities run at once. */
export const WORKER_CONCURRENCY = 20;

/**
 * Meilisearch part of the worker's `indexVersion`, one call per document as the activity does
 * (`indexProvisions` then `indexDocuments`, each waiting for its tasks), `concurrency` documents
 * at a time as the worker's activity slots allow.
 */
export async function indexIntoMeilisearch(client: Meilisearch, config: SearchConfig, batches: readonly IndexBatch[], concurrency: number) {
  const started = performance.now();
  await mapConcurrent(batches, concurrency, async (batch) => {
    await indexProvisions(client, config, batch.provisions);
    await indexDocuments(client, config, [batch.document]);
  });
  const ms = performance.now() - started;
  const provisions = batches.reduce((sum, b) => sum + b.provisions.length, 0);
  const busy = await meilisearchBusyMs(client, [indexUid(config, 'provisions'), indexUid(config, 'documents')]);
  return {
    path: `the worker's index activity without HTTP upload and Temporal: per document, indexProvisions(${DEFAULT_BATCH_SIZE} per request) then indexDocuments, each waiting for its tasks, ${concurrency} documents at a time (the worker's default activity slots), inputs built by the worker's documentIndexInput/provisionIndexInput mappers`,
    documents: batches.length,
    provisions,
    ms: Math.round(ms),
    provisionsPerSecond: round2(provisions / (ms / 1000)),
    meilisearchBatches: busy.batches,
    meilisearchBusyMs: Math.round(busy.ms),
    provisionsPerSecondOfMeilisearchBusyTime: round2(provisions / (busy.ms / 1000)),
  };
}

/** Sum of Meilisearch's own batch durations for these indexes (its busy time, without our waits). */
async function meilisearchBusyMs(client: Meilisearch, uids: string[]): Promise<{ ms: number; batches: number }> {
  let ms = 0;
  let batches = 0;
  let from: number | undefined;
  for (;;) {
    const page = await client.batches.getBatches({ indexUids: uids, limit: 1000, ...(from === undefined ? {} : { from }) });
    for (const batch of page.results) {
      ms += isoDurationMs(batch.duration);
      batches++;
    }
    if (page.next === null || page.next === undefined) return { ms, batches };
    from = page.next;
  }
}

function isoDurationMs(duration: string | null): number {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(duration ?? '');
  if (!match) return 0;
  return (Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0)) * 1000;
}

const DEADLOCK = '40P01';
/** The retry policy of the intake workflow's indexVersion: 2 s, doubling, at most 10 s. */
const RETRY_INITIAL_MS = 2_000;
const RETRY_MAX_MS = 10_000;

/**
 * Term-frequency part of the worker's `indexVersion` (`countTermsOf`): per document, one
 * transaction applying the syllables of its provisions with `TermStatisticsRepository.apply`,
 * `concurrency` at a time. A deadlock aborts the transaction, which is retried after the intake
 * workflow's backoff, as Temporal would retry the activity; the retries are counted.
 */
export async function countTermFrequencies(dataSource: DataSource, repository: TermStatisticsRepository, batches: readonly IndexBatch[], concurrency: number) {
  const started = performance.now();
  let tokenizeMs = 0;
  let deadlocks = 0;
  let backoffMs = 0;
  await mapConcurrent(batches, concurrency, async (batch) => {
    const t = performance.now();
    const terms = batch.provisions.map((p) => tokenize(p.text).map((token) => token.norm));
    tokenizeMs += performance.now() - t;
    for (let delay = RETRY_INITIAL_MS; ; delay = Math.min(delay * 2, RETRY_MAX_MS)) {
      try {
        await dataSource.transaction((manager) => repository.apply(manager, terms, 1));
        return;
      } catch (error) {
        if ((error as { driverError?: { code?: string } }).driverError?.code !== DEADLOCK) throw error;
        deadlocks++;
        backoffMs += delay;
        await sleep(delay);
      }
    }
  });
  const ms = performance.now() - started;
  const provisions = batches.reduce((sum, b) => sum + b.provisions.length, 0);
  return {
    concurrency,
    documents: batches.length,
    provisions,
    ms: Math.round(ms),
    provisionsPerSecond: round2(provisions / (ms / 1000)),
    tokenizeMs: Math.round(tokenizeMs),
    deadlocks,
    backoffMsSpentWaiting: backoffMs,
  };
}

/**
 * The term frequencies of every batch: first `probeDocuments` documents at the worker's activity
 * concurrency (to see how concurrent activities fare), then the rest one document at a time.
 */
export async function countAllTermFrequencies(dataSource: DataSource, repository: TermStatisticsRepository, batches: readonly IndexBatch[], concurrency: number, probeDocuments: number) {
  const probe = await countTermFrequencies(dataSource, repository, batches.slice(0, probeDocuments), concurrency);
  const rest = await countTermFrequencies(dataSource, repository, batches.slice(probeDocuments), 1);
  const rows: { terms: string }[] = await dataSource.query('SELECT count(*) AS terms FROM term_frequencies');
  const provisions = probe.provisions + rest.provisions;
  const ms = probe.ms + rest.ms;
  return {
    path: "the worker's countTermsOf without the version flags: per document one transaction with TermStatisticsRepository.apply(manager, syllables of its provisions, 1)",
    provisions,
    ms,
    provisionsPerSecond: round2(provisions / (ms / 1000)),
    atWorkerConcurrency: probe,
    sequential: rest,
    distinctTerms: Number(rows[0]?.terms ?? 0),
  };
}
