import type { Hit, Meilisearch } from 'meilisearch';
import { meiliCall } from '../errors/meili-call';
import type { DocumentIndexDocument, ProvisionIndexDocument } from '../indexing/index-documents';
import { indexUid, type SearchConfig } from '../meili-client';
import { RETRIEVED, toDocumentHit, toProvisionHit, type DocumentHit, type ProvisionHit } from './search-hits';
import { buildSearchRequest, type SearchQuery, type SearchTarget } from './search-request';

export type HitOf<T extends SearchTarget> = T extends 'documents' ? DocumentHit : ProvisionHit;

export interface SearchResult<H> {
  hits: H[];
  /** Requested facets: facet → value → count. */
  facets: Record<string, Record<string, number>>;
  /** Exact up to Meilisearch's `maxTotalHits` (1,000 by default), then capped there. */
  total: number;
  page: number;
  pageSize: number;
  totalPages: number;
  processingTimeMs: number;
}

/**
 * Runs one search (see `buildSearchRequest`). Throws `SearchUnavailableError` when Meilisearch
 * cannot answer and `InvalidSearchInputError` for a request that cannot be valid.
 */
export async function search<T extends SearchTarget>(
  client: Meilisearch,
  config: SearchConfig,
  query: SearchQuery & { target: T },
): Promise<SearchResult<HitOf<T>>> {
  const request = buildSearchRequest(query);
  const params = { ...request.params, attributesToRetrieve: [...RETRIEVED[request.target]] };
  const uid = indexUid(config, request.target);
  const response = await meiliCall(`search ${request.target}`, () => client.index(uid).search(request.q, params));
  const hits =
    request.target === 'documents'
      ? response.hits.map((hit) => toDocumentHit(hit as Hit<DocumentIndexDocument>))
      : response.hits.map((hit) => toProvisionHit(hit as Hit<ProvisionIndexDocument>));
  return {
    hits: hits as HitOf<T>[],
    facets: response.facetDistribution ?? {},
    total: response.totalHits,
    page: response.page,
    pageSize: response.hitsPerPage,
    totalPages: response.totalPages,
    processingTimeMs: response.processingTimeMs,
  };
}
