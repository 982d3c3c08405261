export { assertTaskSucceeded, createMeiliClient, indexUid, meiliClientConfig, type SearchConfig } from './meili-client';
export { unwrapMeiliError } from './errors/meili-call';

export { InvalidSearchInputError } from './errors/invalid-search-input.error';
export { SearchTaskFailedError } from './errors/search-task-failed.error';
export { SearchUnavailableError } from './errors/search-unavailable.error';

export type { DocumentIndexInput, ProvisionIndexInput } from './indexing/index-inputs';
export type { DocumentIndexDocument, ProvisionIndexDocument } from './indexing/index-documents';
export { DOCUMENT_EXCERPT_CHARS, documentFingerprint, toDocumentIndexDocument } from './indexing/document-mapper';
export { provisionFingerprint, toProvisionIndexDocuments } from './indexing/provision-mapper';
export { PASSAGE_OVERLAP_WORDS, PASSAGE_WORDS, splitIntoPassages, type Passage } from './indexing/passages';
export { toIndexId } from './indexing/index-id';
export { OPEN_END, vietnamDayStart } from './indexing/timestamps';
export { DEFAULT_BATCH_SIZE, type BatchWriteOptions } from './indexing/add-documents';
export { deleteDocument, deleteProvisionsOfVersion, indexDocuments, indexProvisions } from './indexing/writers';
export { DEFAULT_TASK_TIMEOUT_MS, type WriteOptions } from './tasks';

export { SEARCH_INDEX_BASES, indexSettings, type SearchIndexBase } from './settings/index-settings';
export { ensureIndexes, type IndexSetupReport } from './settings/ensure-indexes';
export { ABBREVIATIONS, SPELLING_VARIANTS, type Abbreviation } from './vocabulary/abbreviations';

export {
  CROP_LENGTH,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  SEARCH_FACETS,
  buildSearchRequest,
  type SearchFacet,
  type SearchQuery,
  type SearchRequest,
  type SearchSort,
  type SearchTarget,
} from './query/search-request';
export { type SearchVisibility } from './query/visibility';
export { toHighlightHtml } from './query/highlight';
export { type DocumentHit, type ProvisionHit } from './query/search-hits';
export { search, type HitOf, type SearchResult } from './query/search';

export {
  DEFAULT_CANDIDATE_LIMIT,
  MAX_CANDIDATE_LIMIT,
  searchCandidates,
  searchCandidatesBatch,
  type CandidateFilters,
  type CandidateHit,
  type CandidateRequest,
} from './candidates/candidate-search';

export { rebuildIndex, type RebuildOptions, type RebuildProgress, type RebuildResult } from './maintenance/rebuild-index';
export { checkDrift, type DriftReport, type FingerprintRow } from './maintenance/check-drift';

export { MIN_UNIT_SYLLABLES, overlapUnits, type OverlapUnit } from './overlap/overlap-units';
export {
  checkOverlaps,
  type OverlapCandidate,
  type OverlapCheckInput,
  type OverlapFinding,
  type OverlapReport,
  type TermStatisticsSource,
} from './overlap/check-overlaps';
export { documentIndexInput, provisionIndexInput, type DocumentRow, type ProvisionRow } from './indexing/index-inputs-from-rows';
