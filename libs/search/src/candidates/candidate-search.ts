import type { Hit, MatchingStrategies, Meilisearch, MultiSearchQuery } from 'meilisearch';
import { chunksOf } from '../chunks';
import { InvalidSearchInputError } from '../errors/invalid-search-input.error';
import { meiliCall } from '../errors/meili-call';
import type { ProvisionIndexDocument } from '../indexing/index-documents';
import { indexUid, type SearchConfig } from '../meili-client';
import { PROVISION_DISTINCT } from '../settings/index-settings';
import { and, noneOf } from '../query/filter-expression';
import { searchFilter, type SearchQuery } from '../query/search-request';

/** Filters of a candidate search; `visibility` is required as for every search. */
export type CandidateFilters = Pick<SearchQuery, 'visibility' | 'docType' | 'issuerId' | 'status' | 'field' | 'year' | 'documentId'>;

export interface CandidateRequest {
  /** The provision (or window of it) to find candidates for; the query when `keywords` is absent. */
  queryText: string;
  /**
   * Words picked by the caller (e.g. the rarest of the text); sent instead of `queryText`.
   * Meilisearch reads only the first 10 words of a query, so pick at most 10.
   */
  keywords?: readonly string[];
  /** `YYYY-MM-DD`: only provisions in force on that day. */
  asOf?: string;
  /** Typically the draft's own document, so it does not find itself. */
  excludeDocumentIds?: readonly string[];
  filters: CandidateFilters;
  /** Default `DEFAULT_CANDIDATE_LIMIT`. */
  limit?: number;
  /** Which query words Meilisearch drops first when not all of them match; default `DEFAULT_MATCHING_STRATEGY`. */
  matchingStrategy?: MatchingStrategies;
  /**
   * Default true: each provision once, through its best passage. False lets several passages of a
   * long provision fill the limit, for callers that keep one per provision themselves: Meilisearch's
   * distinct costs about a fifth of a candidate query's time (overlap checks at 100,000 provisions).
   */
  eachProvisionOnce?: boolean;
}

/**
 * A candidate provision with the text of its best-matching passage (the whole text unless the
 * provision is long, see `splitIntoPassages`), for the overlap engine's second stage.
 */
export interface CandidateHit {
  provisionId: string;
  documentId: string;
  versionId: string;
  documentNumber: string | null;
  documentTitle: string;
  docType: string;
  issuerId: string | null;
  authorityRank: number | null;
  validityStatus: string | null;
  level: string;
  number: string | null;
  pathKey: string;
  citationKey: string;
  heading: string | null;
  /** The matching passage of the provision's text. */
  text: string;
  passage: number;
  /** Where `text` starts in the provision's full text. */
  textOffset: number;
  /** Meilisearch's ranking score, 0..1: an order within one query, not a similarity. */
  score: number;
}

export const DEFAULT_CANDIDATE_LIMIT = 20;
export const MAX_CANDIDATE_LIMIT = 200;
/** Queries per HTTP round trip: one draft's provisions usually fit in one. */
export const CANDIDATE_QUERIES_PER_REQUEST = 100;

/**
 * `frequency` drops the most common query words first when not all of them match, so the rare
 * words that make a provision recognisable are the last to go; Meilisearch's own default `last`
 * drops words by position. On the shared corpus (8,313 articles, 200 windows of 40 words) both gave
 * the same recall@10 (0.925 for the window, 0.930 for its 10 rarest words); `frequency` is the
 * default because it does not depend on the order in which the caller lists its words.
 */
const DEFAULT_MATCHING_STRATEGY: MatchingStrategies = 'frequency';

const RETRIEVED: (keyof ProvisionIndexDocument)[] = [
  'provisionId', 'documentId', 'versionId', 'documentNumber', 'documentTitle', 'docType', 'issuerId', 'authorityRank',
  'validityStatus', 'level', 'number', 'pathKey', 'citationKey', 'heading', 'text', 'passage', 'textOffset',
];

/** Candidates for one text. See `searchCandidatesBatch`. */
export async function searchCandidates(client: Meilisearch, config: SearchConfig, request: CandidateRequest): Promise<CandidateHit[]> {
  const [hits] = await searchCandidatesBatch(client, config, [request]);
  return hits ?? [];
}

/**
 * First-stage recall for the overlap engine: for each request, the provisions whose text or
 * heading best match its words, each once with its best passage. Many requests (all provisions of a draft)
 * go to Meilisearch in `multiSearch` round trips of `CANDIDATE_QUERIES_PER_REQUEST`, sent at once
 * (the queries of one multi-search run one after the other; several requests can use several cores).
 * Results come back in request order.
 */
export async function searchCandidatesBatch(
  client: Meilisearch,
  config: SearchConfig,
  requests: readonly CandidateRequest[],
): Promise<CandidateHit[][]> {
  const queries = requests.map((request) => toMultiSearchQuery(indexUid(config, 'provisions'), request));
  const responses = await Promise.all(chunksOf(queries, CANDIDATE_QUERIES_PER_REQUEST).map((chunk) => meiliCall('search candidates', () => client.multiSearch({ queries: chunk }))));
  return responses.flatMap((response) => response.results.map((result) => result.hits.map((hit) => toCandidateHit(hit as Hit<ProvisionIndexDocument>))));
}

function toMultiSearchQuery(uid: string, request: CandidateRequest): MultiSearchQuery {
  const limit = request.limit ?? DEFAULT_CANDIDATE_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CANDIDATE_LIMIT) {
    throw new InvalidSearchInputError('limit', `must be an integer from 1 to ${MAX_CANDIDATE_LIMIT}`);
  }
  const base = searchFilter({ ...request.filters, asOf: request.asOf });
  const excluded = request.excludeDocumentIds?.length ? noneOf('documentId', request.excludeDocumentIds) : null;
  const clauses = [base, excluded].filter((c) => c !== null);
  return {
    indexUid: uid,
    q: literalQuery(request.keywords?.join(' ') ?? request.queryText),
    ...(clauses.length === 0 ? {} : { filter: and(...clauses) }),
    limit,
    attributesToSearchOn: ['text', 'heading'],
    ...(request.eachProvisionOnce === false ? {} : PROVISION_DISTINCT),
    attributesToRetrieve: RETRIEVED,
    matchingStrategy: request.matchingStrategy ?? DEFAULT_MATCHING_STRATEGY,
    showRankingScore: true,
  };
}

/**
 * The words of a text with Meilisearch's query syntax defused: a straight quote in a provision
 * ("như sau: "2. …"") would open a phrase, and a word starting with "-" ("-Các cơ quan") would
 * exclude documents that contain it.
 */
export function literalQuery(text: string): string {
  return text
    .normalize('NFC')
    .replace(/"/g, ' ')
    .replace(/(^|\s)-+/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}

function toCandidateHit(hit: Hit<ProvisionIndexDocument>): CandidateHit {
  return {
    provisionId: hit.provisionId,
    documentId: hit.documentId,
    versionId: hit.versionId,
    documentNumber: hit.documentNumber,
    documentTitle: hit.documentTitle,
    docType: hit.docType,
    issuerId: hit.issuerId,
    authorityRank: hit.authorityRank,
    validityStatus: hit.validityStatus,
    level: hit.level,
    number: hit.number,
    pathKey: hit.pathKey,
    citationKey: hit.citationKey,
    heading: hit.heading,
    text: hit.text,
    passage: hit.passage,
    textOffset: hit.textOffset,
    score: hit._rankingScore ?? 0,
  };
}
