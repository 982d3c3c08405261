import type { TermStatisticsRepository } from '@legis/db';
import { tokenize, type TermStatistics } from '@legis/domain';

/**
 * The df view `checkOverlaps` builds from the term_frequencies table (its private `termStatistics`,
 * repeated here for one text): a bigram counts as rare as its commoner syllable.
 */
export async function termStatisticsOf(repository: Pick<TermStatisticsRepository, 'lookup'>, text: string): Promise<TermStatistics> {
  const { df, corpusSize } = await repository.lookup([...new Set(tokenize(text).map((t) => t.norm))]);
  return {
    corpusSize,
    df: (term) => {
      const parts = term.split(' ');
      return parts.length === 1 ? (df.get(term) ?? 0) : Math.max(...parts.map((part) => df.get(part) ?? 0));
    },
  };
}
