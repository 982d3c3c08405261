import type { Settings } from 'meilisearch';
import { buildSynonyms } from '../vocabulary/synonyms';

/** Our two indexes, before the configured prefix (`indexUid(config, base)`). */
export const SEARCH_INDEX_BASES = ['documents', 'provisions'] as const;
export type SearchIndexBase = (typeof SEARCH_INDEX_BASES)[number];

export const PRIMARY_KEY = 'id';

/** Filterable on both indexes: what facets, visibility (`kind`, `draftingAgencyId`) and `asOf` need. */
const COMMON_FILTERABLE = [
  'kind',
  'docType',
  'issuerId',
  'validityStatus',
  'field',
  'year',
  'documentId',
  'draftingAgencyId',
  'effectiveFrom',
  'effectiveTo',
];

/**
 * Identifiers must match as typed: "12/2023/QĐ-UBND" with one typo is "13/2023/QĐ-UBND", another
 * document. Numbers anywhere get no typos for the same reason (sums, years, article numbers).
 *
 * Vietnamese syllables get no typos either: Meilisearch strips diacritics, and folded syllables
 * are so dense that one edit lands on another real word ("truong" = trường matched "thương"
 * under the default five-letter threshold, measured on 1.21). The longest Vietnamese syllable has
 * seven letters ("nghiêng"), so from eight letters on only foreign words and run-together tokens
 * are tolerated.
 */
function typoTolerance(identifierAttributes: string[]): Settings['typoTolerance'] {
  return {
    enabled: true,
    disableOnAttributes: identifierAttributes,
    disableOnNumbers: true,
    minWordSizeForTypos: { oneTypo: 8, twoTypos: 12 },
  };
}

/**
 * Meilisearch's default order, stated so that a change of default cannot change our ranking:
 * matched words first (most query words present), then typos, then proximity (Vietnamese words are
 * several syllables: "đất đai" should match as neighbours), then which attribute matched (the
 * searchable order below), then an explicit sort if the request asks for one, then exactness.
 */
const RANKING_RULES = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'];

/** Facet values by count, so that with many issuers the busiest ones come back, not the first by name. */
const FACETING: Settings['faceting'] = { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } };

/**
 * No searching inside facet values (Meilisearch's `/facet-search`): nothing of ours asks for it, and
 * building it took about 7 % of indexing time (20,000 provisions: 15.4 s of Meilisearch
 * time against 16.6 s, same results for every candidate query tried; measured on 1.21).
 */
const FACET_SEARCH = false;

/**
 * `documents`: searchable in the order number, title, issuer name, text excerpt, aliases. A
 * number match means the user typed the identifier and wants that document; the title (trích yếu)
 * says what a document is about in one line; the issuer name lets "Trà Vinh" find the province's
 * documents; the excerpt (header and căn cứ) adds the legal basis; aliases are derived text and
 * count least.
 */
const DOCUMENTS_SETTINGS: Settings = {
  searchableAttributes: ['number', 'title', 'issuerName', 'text', 'aliases'],
  filterableAttributes: COMMON_FILTERABLE,
  sortableAttributes: ['issuedDate'],
  displayedAttributes: [
    'id', 'documentId', 'kind', 'docType', 'number', 'title', 'text', 'issuerId', 'issuerName', 'draftingAgencyId',
    'field', 'validityStatus', 'year', 'issuedOn', 'effectiveOn', 'expiresOn', 'authorityRank', 'fingerprint',
  ],
  rankingRules: RANKING_RULES,
  typoTolerance: typoTolerance(['number']),
  synonyms: buildSynonyms(),
  faceting: FACETING,
  facetSearch: FACET_SEARCH,
};

/**
 * `provisions`: searchable in the order document number, citation key, heading, text, document
 * title, aliases. Identifiers first as above; the heading (an article's title) names what the
 * article is about, so a match there beats a passing mention in a body; the text is the substance;
 * the document title is context shared by every provision of the document, so it only breaks ties
 * between provisions whose own words match equally well.
 *
 * A long provision is stored as several passages (`splitIntoPassages`). Searches that list
 * provisions ask for `distinct: 'provisionId'` (`PROVISION_DISTINCT`), so each provision comes once,
 * through its best-matching passage. It is not the index's distinct attribute: that one applies to
 * every query, counting ones included, and an exact count under distinct costs Meilisearch a pass
 * over every match (44–100 ms against 0–1 ms at 230,000 passages, measured on 1.21).
 */
const PROVISIONS_SETTINGS: Settings = {
  searchableAttributes: ['documentNumber', 'citationKey', 'heading', 'text', 'documentTitle', 'aliases'],
  filterableAttributes: [...COMMON_FILTERABLE, 'versionId', 'level', 'passage', 'provisionId'],
  sortableAttributes: ['issuedDate', 'ord', 'passage'],
  distinctAttribute: null,
  displayedAttributes: [
    'id', 'provisionId', 'documentId', 'versionId', 'kind', 'docType', 'documentNumber', 'documentTitle', 'issuerId',
    'issuerName', 'draftingAgencyId', 'field', 'validityStatus', 'year', 'issuedOn', 'effectiveOn', 'expiresOn',
    'authorityRank', 'level', 'number', 'pathKey', 'citationKey', 'heading', 'text', 'ord', 'passage', 'passageCount',
    'textOffset', 'fingerprint',
  ],
  rankingRules: RANKING_RULES,
  typoTolerance: typoTolerance(['documentNumber', 'citationKey']),
  synonyms: buildSynonyms(),
  faceting: FACETING,
  facetSearch: FACET_SEARCH,
};

/** The search parameter that lists each provision once (see the provisions settings). */
export const PROVISION_DISTINCT = { distinct: 'provisionId' } as const;

/** The settings of one of our indexes, as code: `ensureIndexes` and `rebuildIndex` apply them. */
export function indexSettings(base: SearchIndexBase): Settings {
  return base === 'documents' ? DOCUMENTS_SETTINGS : PROVISIONS_SETTINGS;
}
