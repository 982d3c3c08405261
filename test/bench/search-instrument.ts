import type { TermStatisticsSource } from '@legis/search';
import type { Meilisearch } from 'meilisearch';

/** Provisions longer than this (whole annexes, tables) are counted apart in the pools. */
export const LONG_TEXT_CHARS = 10_000;

/** What the wrappers below saw during one call of `checkOverlaps`. */
export interface StageTimes {
  lookupMs: number;
  multiSearchMs: number;
  multiSearchRequests: number;
  /** Sum of Meilisearch's own processingTimeMs over the queries. */
  multiSearchServerMs: number;
  /** Hits Meilisearch returned (the candidate pools, before the second stage). */
  pooledHits: number;
  pooledTextChars: number;
  pooledLongHits: number;
  /** Distinct pooled texts by provision id (for an analysis of the second stage afterwards). */
  pooledTexts: Map<string, string>;
  /** Each query's hits, in request order. */
  pools: PooledHit[][];
}

export const emptyStageTimes = (): StageTimes => ({
  lookupMs: 0,
  multiSearchMs: 0,
  multiSearchRequests: 0,
  multiSearchServerMs: 0,
  pooledHits: 0,
  pooledTextChars: 0,
  pooledLongHits: 0,
  pooledTexts: new Map(),
  pools: [],
});

export interface PooledHit {
  provisionId?: string;
  documentId?: string;
  pathKey?: string;
  text?: string;
}
type MultiSearch = (queries: unknown) => Promise<{ results: { hits: PooledHit[]; processingTimeMs: number }[] }>;

/** The client with `multiSearch` timed and its pools measured; everything else passes through. */
export function timedClient(client: Meilisearch, times: () => StageTimes): Meilisearch {
  return new Proxy(client, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (property === 'multiSearch') {
        const multiSearch = (value as MultiSearch).bind(target);
        return async (queries: unknown) => {
          const started = performance.now();
          const response = await multiSearch(queries);
          const sink = times();
          sink.multiSearchMs += performance.now() - started;
          sink.multiSearchRequests++;
          for (const result of response.results) {
            sink.multiSearchServerMs += result.processingTimeMs;
            sink.pools.push(result.hits);
            for (const hit of result.hits) {
              const length = hit.text?.length ?? 0;
              sink.pooledHits++;
              sink.pooledTextChars += length;
              if (length > LONG_TEXT_CHARS) sink.pooledLongHits++;
              if (hit.provisionId !== undefined && hit.text !== undefined) sink.pooledTexts.set(hit.provisionId, hit.text);
            }
          }
          return response;
        };
      }
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The term-statistics source with its lookups timed. */
export function timedStatistics(source: TermStatisticsSource, times: () => StageTimes): TermStatisticsSource {
  return {
    lookup: async (terms) => {
      const started = performance.now();
      const result = await source.lookup(terms);
      times().lookupMs += performance.now() - started;
      return result;
    },
  };
}
