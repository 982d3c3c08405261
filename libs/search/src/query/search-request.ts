import type { SearchParams } from 'meilisearch';
import { InvalidSearchInputError } from '../errors/invalid-search-input.error';
import { PROVISION_DISTINCT, type SearchIndexBase } from '../settings/index-settings';
import { inForceFilter } from './as-of';
import { and, anyOf, eq } from './filter-expression';
import { HIGHLIGHT_POST_TAG, HIGHLIGHT_PRE_TAG } from './highlight';
import { prepareQueryText } from './query-text';
import { visibilityFilter, type SearchVisibility } from './visibility';

export type SearchTarget = SearchIndexBase;

/** Facets a search may ask for; `level` exists on provisions only. */
export const SEARCH_FACETS = ['kind', 'docType', 'issuerId', 'validityStatus', 'field', 'year', 'level'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

/**
 * - `relevance`: Meilisearch's ranking;
 * - `newest` / `oldest`: by issue date, relevance breaking ties;
 * - `reading-order`: provisions in document order, meant with `documentId`.
 */
export type SearchSort = 'relevance' | 'newest' | 'oldest' | 'reading-order';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** Words around the matches kept in a cropped text (Vietnamese words here are syllables). */
export const CROP_LENGTH = 40;

/** One search as the API receives it. Filters given as lists match any of their values. */
export interface SearchQuery {
  q?: string;
  target: SearchTarget;
  visibility: SearchVisibility;
  docType?: string | readonly string[];
  issuerId?: string | readonly string[];
  /** Validity status (`IN_FORCE`, …): the provision's own when it has one, else its document's. */
  status?: string | readonly string[];
  field?: string | readonly string[];
  year?: number;
  /** Only this document (and, for provisions, all its versions). */
  documentId?: string;
  /** `YYYY-MM-DD`: only what is in force on that day in Vietnam (issued, started, not ended). */
  asOf?: string;
  facets?: readonly SearchFacet[];
  sort?: SearchSort;
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

/**
 * What to send to Meilisearch: `params` fetches the page of hits
 * (`client.index(indexUid(config, target)).search(q, params)`); for provisions, `countParams`
 * counts them (total and facets) in a second query of the same multi-search.
 */
export interface SearchRequest {
  target: SearchTarget;
  q: string;
  page: number;
  pageSize: number;
  params: SearchParams;
  countParams: SearchParams | null;
}

const HIGHLIGHTED: Record<SearchTarget, string[]> = {
  documents: ['number', 'title', 'text'],
  provisions: ['heading', 'text', 'documentTitle'],
};

/**
 * Turns a search into Meilisearch parameters: the filter (visibility always, then the optional
 * filters and `asOf`, every value quoted), facets, pagination, highlight and a crop of the text
 * around the matches. Highlight tags are private-use characters; `toHighlightHtml` turns them into
 * safe `<em>` HTML. Throws `InvalidSearchInputError` for a request that cannot be valid.
 *
 * Documents: page-based pagination, exact totals up to Meilisearch's `maxTotalHits`, facets inline.
 * Provisions are stored as passages and listed with `distinct: 'provisionId'`, and an exact total
 * under distinct costs Meilisearch a pass over every match (60–140 ms at 230,000 passages against
 * 2–7 ms, measured on 1.21), and its estimate is poor (316 for 942 matches). So hits come by offset,
 * and the total and facets from a second query over first passages (`passage = 0`), which counts
 * each provision once: a long provision that matches only further in is in the hits but not in the
 * counts.
 */
export function buildSearchRequest(query: SearchQuery): SearchRequest {
  const page = query.page ?? 1;
  const hitsPerPage = query.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(page) || page < 1) throw new InvalidSearchInputError('page', 'must be an integer from 1');
  if (!Number.isInteger(hitsPerPage) || hitsPerPage < 1 || hitsPerPage > MAX_PAGE_SIZE) {
    throw new InvalidSearchInputError('pageSize', `must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  }
  const filter = searchFilter(query);
  const facets = facetsOf(query);
  const provisions = query.target === 'provisions';
  return {
    target: query.target,
    q: prepareQueryText(query.q ?? ''),
    page,
    pageSize: hitsPerPage,
    countParams: provisions ? { filter: and(...[filter, eq('passage', 0)].filter((c) => c !== null)), facets, page: 1, hitsPerPage: 0 } : null,
    params: {
      ...(provisions ? { offset: (page - 1) * hitsPerPage, limit: hitsPerPage, ...PROVISION_DISTINCT } : { page, hitsPerPage, facets }),
      ...(filter === null ? {} : { filter }),
      ...sortOf(query),
      attributesToHighlight: [...HIGHLIGHTED[query.target]],
      highlightPreTag: HIGHLIGHT_PRE_TAG,
      highlightPostTag: HIGHLIGHT_POST_TAG,
      attributesToCrop: ['text'],
      cropLength: CROP_LENGTH,
      cropMarker: '…',
    },
  };
}

/** The whole filter of a search, or null when nothing restricts it. */
export function searchFilter(query: Omit<SearchQuery, 'target' | 'facets' | 'sort' | 'page' | 'pageSize' | 'q'>): string | null {
  const clauses = [
    visibilityFilter(query.visibility),
    listFilter('docType', query.docType),
    listFilter('issuerId', query.issuerId),
    listFilter('validityStatus', query.status),
    listFilter('field', query.field),
    query.year === undefined ? null : eq('year', checkedYear(query.year)),
    query.documentId === undefined ? null : eq('documentId', query.documentId),
    query.asOf === undefined ? null : inForceFilter(query.asOf),
  ].filter((c) => c !== null);
  return clauses.length === 0 ? null : and(...clauses);
}

function listFilter(attribute: string, value: string | readonly string[] | undefined): string | null {
  if (value === undefined) return null;
  const values = typeof value === 'string' ? [value] : value;
  // An empty selection in a UI means "any".
  return values.length === 0 ? null : anyOf(attribute, values);
}

function checkedYear(year: number): number {
  if (!Number.isInteger(year)) throw new InvalidSearchInputError('year', 'must be an integer');
  return year;
}

function facetsOf(query: SearchQuery): string[] {
  const facets = [...(query.facets ?? [])];
  for (const facet of facets) {
    if (!SEARCH_FACETS.includes(facet) || (facet === 'level' && query.target !== 'provisions')) {
      throw new InvalidSearchInputError('facets', `${JSON.stringify(facet)} is not a facet of ${query.target}`);
    }
  }
  return facets;
}

function sortOf(query: SearchQuery): { sort?: string[] } {
  switch (query.sort ?? 'relevance') {
    case 'relevance':
      return {};
    case 'newest':
      return { sort: ['issuedDate:desc'] };
    case 'oldest':
      return { sort: ['issuedDate:asc'] };
    case 'reading-order':
      if (query.target !== 'provisions') throw new InvalidSearchInputError('sort', 'reading-order applies to provisions');
      return { sort: ['ord:asc', 'passage:asc'] };
    default:
      throw new InvalidSearchInputError('sort', `unknown sort ${JSON.stringify(query.sort)}`);
  }
}
