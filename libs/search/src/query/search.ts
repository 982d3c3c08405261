import type { Hit, Meilisearch } from 'meilisearch';
import { meiliCall } from '../errors/meili-call';
import type { DocumentIndexDocument, ProvisionIndexDocument } from '../indexing/index-documents';
import { indexUid, type SearchConfig } from '../meili-client';
import { RETRIEVED, toDocumentHit, toProvisionHit, type DocumentHit, type ProvisionHit } from './search-hits';
import { buildSearchRequest, type SearchQuery, type SearchTarget } from './search-request';

export type HitOf<T extends SearchTarget> = T extends 'documents' ? DocumentHit : ProvisionHit;

export interface SearchResult<H> {
  hits: H[];
  /** Requested facets: facet → value → count (provisions: each counted once, by its first passage). */
  facets: Record<string, Record<string, number>>;
  /**
   * Capped at Meilisearch's `maxTotalHits` (1,000 by default). Exact for documents; for provisions
   * the provisions matching in their first passage, at least the hits shown so far.
   */
  total: number;
  totalIsEstimate: boolean;
  page: number;
  pageSize: number;
  totalPages: number;
  processingTimeMs: number;
}

/**
 * Runs one search (see `buildSearchRequest`): one Meilisearch request, or a multi-search of the
 * hits and their facet counts for provisions. Throws `SearchUnavailableError` when Meilisearch
 * cannot answer and `InvalidSearchInputError` for a request that cannot be valid.
 */
export async function search<T extends SearchTarget>(
  client: Meilisearch,
  config: SearchConfig,
  query: SearchQuery & { target: T },
): Promise<SearchResult<HitOf<T>>> {
  const request = buildSearchRequest(query);
  const uid = indexUid(config, request.target);
  const hitsQuery = { indexUid: uid, q: request.q, ...request.params, attributesToRetrieve: [...RETRIEVED[request.target]] };
  const queries = request.countParams === null ? [hitsQuery] : [hitsQuery, { indexUid: uid, q: request.q, ...request.countParams }];
  const { results } = await meiliCall(`search ${request.target}`, () => client.multiSearch({ queries }));
  const [response, counts = response] = results;
  const hits =
    request.target === 'documents'
      ? response.hits.map((hit) => toDocumentHit(hit as Hit<DocumentIndexDocument>))
      : response.hits.map((hit) => toProvisionHit(hit as Hit<ProvisionIndexDocument>));
  const totalIsEstimate = counts !== response;
  // Never fewer than the hits shown so far: a long provision can match beyond its first passage.
  const total = Math.max(counts.totalHits ?? 0, (request.page - 1) * request.pageSize + hits.length);
  return {
    hits: hits as HitOf<T>[],
    facets: counts.facetDistribution ?? {},
    total,
    totalIsEstimate,
    page: request.page,
    pageSize: request.pageSize,
    totalPages: Math.ceil(total / request.pageSize),
    processingTimeMs: Math.max(...results.map((r) => r.processingTimeMs)),
  };
}
