import { search, type SearchConfig } from '@legis/search';
import type { Meilisearch } from 'meilisearch';
import { RawSearchClient } from './search-http';
import type { PostgresBaseline } from './search-pg-baseline';
import type { SeededRandom } from './search-random';
import { summarize } from './search-stats';
import type { UserQuery } from './search-user-queries';

const single = (value: string | readonly string[] | undefined) => (typeof value === 'string' ? value : value?.[0]);

/**
 * `runs` user searches through `search()` (a warm-up pass over every query first, not counted),
 * each followed by the closest PostgreSQL equivalent (all words, same docType/year/asOf filter,
 * top 20 by ts_rank; no facets, highlight or totals, which makes it the lighter query).
 * Document-number and documents-index queries have no baseline counterpart. Each search is also
 * replayed over node:http to separate the HTTP client's share of the latency.
 */
export async function measureUserSearches(client: Meilisearch, config: SearchConfig, baseline: PostgresBaseline, queries: readonly UserQuery[], runs: number, random: SeededRandom) {
  for (const { query } of queries) await search(client, config, query);
  const meili: number[] = [];
  const server: number[] = [];
  const postgres: number[] = [];
  const byCategory = new Map<string, number[]>();
  const zeroHits = new Set<string>();
  const raw = new RawSearchClient(config);
  const rawMs: number[] = [];
  const responseBytes: number[] = [];
  const plainServerMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { category, query } = random.pick(queries);
    const started = performance.now();
    const result = await search(client, config, query);
    const ms = performance.now() - started;
    meili.push(ms);
    server.push(result.processingTimeMs);
    byCategory.set(category, [...(byCategory.get(category) ?? []), ms]);
    if (result.total === 0) zeroHits.add(query.q ?? '');
    const r = performance.now();
    responseBytes.push((await raw.post(query)).bytes);
    rawMs.push(performance.now() - r);
    plainServerMs.push((await raw.post(query, false)).processingTimeMs);
    if (category === 'document-number' || category === 'documents-index') continue;
    const t = performance.now();
    await baseline.userQuery(query.q ?? '', { docType: single(query.docType), year: query.year, asOf: query.asOf });
    postgres.push(performance.now() - t);
  }
  raw.close();
  return {
    distinctQueries: queries.length,
    runs,
    meilisearch: {
      ...summarize(meili),
      serverProcessingTime: summarize(server),
      byCategory: Object.fromEntries([...byCategory].map(([category, samples]) => [category, summarize(samples)])),
      queriesWithoutHits: [...zeroHits],
      responseKiB: summarize(responseBytes.map((b) => b / 1024)),
    },
    sameRequestsOverNodeHttp: {
      ...summarize(rawMs),
      how: "each search's exact Meilisearch request posted again right after it with node:http (keep-alive) instead of the meilisearch client's fetch",
    },
    serverProcessingWithoutHighlightAndCrop: {
      ...summarize(plainServerMs),
      how: 'the same request once more without attributesToHighlight/attributesToCrop: Meilisearch processingTimeMs',
    },
    postgresSameQueries: summarize(postgres),
    targetP95Ms: 50,
    meetsTarget: summarize(meili).p95 <= 50,
  };
}
