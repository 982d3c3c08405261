import type { TermStatisticsSource } from '@legis/search';
import type { Meilisearch } from 'meilisearch';

/** Provisions longer than this (whole annexes, tables) are counted apart in the pools. */
export const LONG_TEXT_CHARS = 10_000;

/** What the wrappers below saw during one call of `checkOverlaps`. */
export interface StageTimes {
  lookupMs: number;
  /** Wall-clock time with at least one multi-search in flight (they run concurrently). */
  multiSearchMs: number;
  multiSearchInFlight: number;
  multiSearchSpanStarted: number;
  multiSearchRequests: number;
  /** Sum of Meilisearch's own processingTimeMs over the queries. */
  multiSearchServerMs: number;
  /** Hits Meilisearch returned (the candidate pools, before the second stage). */
  pooledHits: number;
  pooledTextChars: number;
  pooledLongHits: number;
  /** Distinct pooled texts by provision id (for an analysis of the second stage afterwards). */
  pooledTexts: Map<string, string>;
  /** Each multi-search request's hits per query, in the order the requests were sent. */
  poolsByRequest: PooledHit[][][];
}

/** Each query's hits, in request order. */
export const poolsOf = (times: StageTimes): PooledHit[][] => times.poolsByRequest.flat();

export const emptyStageTimes = (): StageTimes => ({
  lookupMs: 0,
  multiSearchMs: 0,
  multiSearchInFlight: 0,
  multiSearchSpanStarted: 0,
  multiSearchRequests: 0,
  multiSearchServerMs: 0,
  pooledHits: 0,
  pooledTextChars: 0,
  pooledLongHits: 0,
  pooledTexts: new Map(),
  poolsByRequest: [],
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
          const sink = times();
          if (sink.multiSearchInFlight++ === 0) sink.multiSearchSpanStarted = performance.now();
          const pools: PooledHit[][] = [];
          sink.poolsByRequest.push(pools);
          const response = await multiSearch(queries);
          if (--sink.multiSearchInFlight === 0) sink.multiSearchMs += performance.now() - sink.multiSearchSpanStarted;
          sink.multiSearchRequests++;
          for (const result of response.results) {
            sink.multiSearchServerMs += result.processingTimeMs;
            pools.push(result.hits);
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
