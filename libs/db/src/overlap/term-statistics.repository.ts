import type { DataSource, EntityManager } from 'typeorm';

const TOTAL = '#provisions';

/** Syllable document frequencies, kept in step with what is searchable (see TermFrequencyEntity). */
export class TermStatisticsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Adds (`sign` 1) or removes (`sign` -1) the terms of provisions: each provision contributes one
   * to the df of every distinct syllable it contains, and one to the total.
   * The total's row is written first, then the terms in order: concurrent transactions (index
   * activities) queue on the total instead of locking shared terms in hash order and deadlocking
   * (15 deadlocks in 13 documents at 20 at a time before, see test/bench/search.bench.ts).
   */
  async apply(manager: EntityManager, provisionTerms: readonly (readonly string[])[], sign: 1 | -1): Promise<void> {
    if (provisionTerms.length === 0) return;
    const terms = provisionTerms.flatMap((terms) => [...new Set(terms)]);
    await manager.query(
      `INSERT INTO term_frequencies (term, df)
         SELECT $3, $2::int * $4::int
         UNION ALL (SELECT term, $2::int * count(*) FROM unnest($1::text[]) AS t(term) GROUP BY term ORDER BY term)
       ON CONFLICT (term) DO UPDATE SET df = GREATEST(term_frequencies.df + EXCLUDED.df, 0)`,
      [terms, sign, TOTAL, provisionTerms.length],
    );
  }

  /** The df of each given term (0 when unknown) and the number of provisions counted. */
  async lookup(terms: readonly string[]): Promise<{ df: Map<string, number>; corpusSize: number }> {
    const rows: { term: string; df: number }[] = await this.dataSource.query('SELECT term, df FROM term_frequencies WHERE term = ANY($1::text[])', [[...new Set([...terms, TOTAL])]]);
    const df = new Map(rows.map((row) => [row.term, row.df]));
    const corpusSize = df.get(TOTAL) ?? 0;
    df.delete(TOTAL);
    return { df, corpusSize };
  }
}
