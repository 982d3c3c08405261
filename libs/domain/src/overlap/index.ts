/**
 * Second-stage overlap check: decides whether a provision repeats, overlaps or contradicts a
 * candidate provision in force, and builds the short queries that fetch those candidates.
 */
export { normalize, tokenize, type NormalizeOptions, type Token } from './text/normalize';
export { foldDiacritics } from './text/spelling';
export { BOILERPLATE_PHRASES, NEGATIONS, STOP_BIGRAMS, STOP_SYLLABLES } from './text/stop-words';
export { isClosingClause } from './text/closing-clause';

export { type TermStatistics } from './query/term-statistics';
export {
  buildCandidateQueries,
  buildCandidateQuery,
  DEFAULT_MAX_QUERY_WORDS,
  DEFAULT_QUERY_WINDOW,
  type CandidateQuery,
  type CandidateQueryOptions,
  type QueryTerm,
} from './query/candidate-query';

export { extractValues } from './values/extract-values';
export { sameValue } from './values/compare-values';
export { VALUE_KINDS, type Bound, type ExtractedValue, type ValueKind } from './values/types';

export { extractModality } from './modality/extract-modality';
export { areOpposite, type ModalityKind, type ModalityMark } from './modality/types';

export { analyzeProvision, type AnalyzedProvision, type AnalyzeOptions, type CompareUnit } from './compare/analyze';
export { compareProvisions, type ProvisionInput } from './compare/compare-provisions';
export { DEFAULT_OVERLAP_OPTIONS, type OverlapOptions } from './compare/options';
export { markHigherRanking, type AuthorityRank } from './compare/authority';
export { rankCandidates, type RankedCandidate, type RankedProvision } from './compare/rank-candidates';
export type {
  DifferingValue,
  ModalityView,
  OverlapClass,
  OverlapExplanation,
  OverlapMeasures,
  OverlapResult,
  SharedSpan,
  ValueView,
} from './compare/types';
