/**
 * Document frequencies of the index that candidates come from. A term is a syllable or a
 * two-syllable bigram ("quy định") in comparison form (see `normalize`), or in diacritics-folded
 * form if the caller asks for folded terms.
 */
export interface TermStatistics {
  /** How many indexed provisions contain the term. */
  readonly df: (term: string) => number;
  /** How many provisions are indexed. */
  readonly corpusSize: number;
}

// Bound once: Jest's sandbox makes a global lookup in a hot loop many times slower.
const { log } = Math;

/** Inverse document frequency, smoothed so that a term in every provision still scores above 0. */
export function idf(stats: TermStatistics, term: string): number {
  return log((stats.corpusSize + 1) / (stats.df(term) + 0.5));
}
