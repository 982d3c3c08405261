import http from 'node:http';
import type { SearchQuery } from '@legis/search';
import type { SeededRandom } from './search-random';
import { summarize } from './search-stats';
import type { UserQuery } from './search-user-queries';

const list = (value: string | readonly string[] | undefined) => (value === undefined ? undefined : typeof value === 'string' ? value : value.join(','));

/**
 * The query string of GET /api/v1/search for a user query, or null when the endpoint cannot
 * express it (a year filter, a sort order, staff visibility: the public endpoint has none of them).
 */
function apiQueryString(query: SearchQuery): string | null {
  if (query.year !== undefined || query.sort !== undefined || !('public' in query.visibility)) return null;
  const params = { q: query.q, target: query.target, docType: list(query.docType), issuer: query.issuerId, status: list(query.status), field: query.field, asOf: query.asOf, facets: list(query.facets) };
  return new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined)).toString();
}

/** GET on a keep-alive connection, as a browser reusing its connection to the API would. */
function get(agent: http.Agent, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    http
      .get(url, { agent }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`GET ${url} answered ${res.statusCode}`))));
      })
      .on('error', reject);
  });
}

/**
 * `runs` anonymous GET /api/v1/search calls, drawn from the user queries the endpoint can express
 * (a warm-up pass over each first, not counted), one at a time, timed in this process.
 */
export async function measureApiSearches(apiUrl: string, queries: readonly UserQuery[], runs: number, random: SeededRandom) {
  const expressible = queries.flatMap(({ category, query }) => {
    const qs = apiQueryString(query);
    return qs === null ? [] : [{ category, url: `${apiUrl}/search?${qs}` }];
  });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    for (const { url } of expressible) await get(agent, url);
    const samples: number[] = [];
    const byCategory = new Map<string, number[]>();
    for (let run = 0; run < runs; run++) {
      const { category, url } = random.pick(expressible);
      const ms = await get(agent, url);
      samples.push(ms);
      byCategory.set(category, [...(byCategory.get(category) ?? []), ms]);
    }
    const latency = summarize(samples);
    return {
      how: 'anonymous GET /api/v1/search on the API app (NestJS, started by the launcher on the bench indexes), node:http keep-alive, one call at a time; queries with a year, a sort or staff visibility are left out (the public endpoint has none)',
      distinctQueries: expressible.length,
      ...latency,
      byCategory: Object.fromEntries([...byCategory].map(([category, s]) => [category, summarize(s)])),
      targetP95Ms: 50,
      meetsTarget: latency.p95 <= 50,
    };
  } finally {
    agent.destroy();
  }
}
