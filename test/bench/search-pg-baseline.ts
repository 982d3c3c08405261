import { foldDiacritics } from '@legis/domain';
import { Client } from 'pg';
import type { IndexBatch } from './search-entities';
import { round2 } from './search-stats';

/** Lower case without diacritics ("Đất đai" → "dat dai"): what Meilisearch matches on, done in Node. */
export function foldText(text: string): string {
  return foldDiacritics(text.normalize('NFC').toLowerCase());
}

/** A tsquery of syllables and bigrams (a bigram as a phrase), OR-ed. */
export function orQuery(terms: readonly string[]): string {
  const lexeme = (word: string) => `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
  return terms.map((term) => foldText(term).split(' ').filter(Boolean).map(lexeme).join(' <-> ')).filter(Boolean).join(' | ');
}

/** PostgreSQL text cannot hold U+0000, which a few corpus texts contain; Meilisearch keeps it. */
const withoutNul = (text: string) => text.split('\u0000').join('');

export interface BaselineHit {
  id: string;
  text: string;
}

export type RareWordRanking = 'ts_rank' | 'ts_rank_length' | 'coordination';

export interface UserQueryFilters {
  docType?: string;
  year?: number;
  asOf?: string;
}

const LOAD_CHUNK = 2_000;
export const TRIGRAM_POOL = 50;

/**
 * The PostgreSQL full-text baseline in the product's own database server: one row per provision
 * with its text folded to lower case without diacritics in Node (the embedded cluster's C locale
 * and no `unaccent` needed), a `tsvector` (config `simple`) of heading and text with a GIN index,
 * and, when `pg_trgm` can be created, a GIN trigram index on the folded text.
 */
export class PostgresBaseline {
  private constructor(
    private readonly client: Client,
    readonly trigram: { available: boolean; note: string },
  ) {}

  static async connect(url: string): Promise<PostgresBaseline> {
    const client = new Client({ connectionString: url, application_name: 'legis-search-bench' });
    await client.connect();
    let trigram: { available: boolean; note: string };
    try {
      await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
      const version = await client.query<{ extversion: string }>("SELECT extversion FROM pg_extension WHERE extname = 'pg_trgm'");
      trigram = { available: true, note: `pg_trgm ${version.rows[0]?.extversion ?? '?'} created with CREATE EXTENSION (it ships with the embedded PostgreSQL 17)` };
    } catch (error) {
      trigram = { available: false, note: `pg_trgm unavailable (${(error as Error).message}): the trigram variants are skipped` };
    }
    return new PostgresBaseline(client, trigram);
  }

  async load(batches: readonly IndexBatch[]) {
    const c = this.client;
    await c.query(`DROP TABLE IF EXISTS bench_fts`);
    await c.query(`CREATE TABLE bench_fts (
      provision_id uuid PRIMARY KEY, document_id uuid NOT NULL, doc_type text, year int,
      effective_from date NOT NULL, text text NOT NULL, folded text NOT NULL, tsv tsvector NOT NULL)`);
    await c.query(`SET maintenance_work_mem = '1GB'`);
    const rows = batches.flatMap((b) =>
      b.provisions.map((p) => ({
        id: p.id,
        documentId: p.documentId,
        docType: p.document.docType,
        year: p.document.issuedDate === null ? null : Number(p.document.issuedDate.slice(0, 4)),
        from: p.document.effectiveDate ?? '1900-01-01',
        text: withoutNul(p.text.normalize('NFC')),
        folded: withoutNul(foldText(`${p.heading ?? ''} ${p.text}`)),
      })),
    );
    const started = performance.now();
    for (let i = 0; i < rows.length; i += LOAD_CHUNK) {
      const chunk = rows.slice(i, i + LOAD_CHUNK);
      await c.query(
        `INSERT INTO bench_fts SELECT r.id, r.doc, r.dt, r.y, r.f, r.t, r.fo, to_tsvector('simple', r.fo)
           FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::date[], $6::text[], $7::text[]) AS r(id, doc, dt, y, f, t, fo)`,
        [chunk.map((r) => r.id), chunk.map((r) => r.documentId), chunk.map((r) => r.docType), chunk.map((r) => r.year), chunk.map((r) => r.from), chunk.map((r) => r.text), chunk.map((r) => r.folded)],
      );
    }
    const loadMs = performance.now() - started;
    const gin = performance.now();
    await c.query(`CREATE INDEX bench_fts_tsv ON bench_fts USING gin (tsv)`);
    const ginMs = performance.now() - gin;
    let trigramIndexMs: number | null = null;
    if (this.trigram.available) {
      const t = performance.now();
      await c.query(`CREATE INDEX bench_fts_trgm ON bench_fts USING gin (folded gin_trgm_ops)`);
      trigramIndexMs = Math.round(performance.now() - t);
    }
    await c.query(`VACUUM ANALYZE bench_fts`);
    const size = await c.query<{ table: string; tsv: string; trgm: string | null }>(
      `SELECT pg_total_relation_size('bench_fts') AS table, pg_relation_size('bench_fts_tsv') AS tsv, pg_relation_size(to_regclass('bench_fts_trgm')) AS trgm`,
    );
    const mib = (bytes: string | null) => (bytes === null ? null : round2(Number(bytes) / 2 ** 20));
    return {
      rows: rows.length,
      rowsWithNulStripped: batches.reduce((n, b) => n + b.provisions.filter((p) => p.text.includes('\u0000')).length, 0),
      insertMs: Math.round(loadMs),
      rowsPerSecond: round2(rows.length / (loadMs / 1000)),
      ginIndexMs: Math.round(ginMs),
      trigramIndexMs,
      totalMiB: mib(size.rows[0].table),
      tsvIndexMiB: mib(size.rows[0].tsv),
      trigramIndexMiB: mib(size.rows[0].trgm),
    };
  }

  /**
   * (c1) The rare words OR-ed, ranked by `ts_rank` as is (long texts win: it counts occurrences),
   * by `ts_rank(…, 1)` (divided by 1 + log of the length), or first by how many of the words a row
   * holds (what Meilisearch's `words` rule does), then `ts_rank(…, 1)`.
   */
  async rareWords(terms: readonly string[], ranking: RareWordRanking, limit = 10): Promise<BaselineHit[]> {
    const query = orQuery(terms);
    const parts = query.split(' | ');
    const order =
      ranking === 'ts_rank'
        ? 'ts_rank(tsv, q) DESC'
        : ranking === 'ts_rank_length'
          ? 'ts_rank(tsv, q, 1) DESC'
          : `${parts.map((_, i) => `(tsv @@ to_tsquery('simple', $${i + 3}))::int`).join(' + ')} DESC, ts_rank(tsv, q, 1) DESC`;
    const result = await this.client.query<BaselineHit>(
      `SELECT provision_id::text AS id, text FROM bench_fts, to_tsquery('simple', $1) q WHERE tsv @@ q ORDER BY ${order} LIMIT $2`,
      [query, limit, ...(ranking === 'coordination' ? parts : [])],
    );
    return result.rows;
  }

  /** (c2) The `ts_rank(…, 1)` pool of the rare words, re-ranked by pg_trgm word_similarity to the window. */
  async rareWordsTrigramReranked(terms: readonly string[], window: string, limit = 10): Promise<BaselineHit[] | 'timeout'> {
    return this.orTimeout(
      `WITH pool AS (
         SELECT provision_id, text, folded FROM bench_fts, to_tsquery('simple', $1) q WHERE tsv @@ q ORDER BY ts_rank(tsv, q, 1) DESC LIMIT $3)
       SELECT provision_id::text AS id, text FROM pool ORDER BY word_similarity($2, folded) DESC LIMIT $4`,
      [orQuery(terms), foldText(window), TRIGRAM_POOL, limit],
    );
  }

  private async orTimeout(sql: string, params: unknown[]): Promise<BaselineHit[] | 'timeout'> {
    try {
      return (await this.client.query<BaselineHit>(sql, params)).rows;
    } catch (error) {
      if ((error as { code?: string }).code === '57014') return 'timeout';
      throw error;
    }
  }

  /** (c3) Trigrams only: rows whose text contains the window's trigrams (GIN `<%`), by word_similarity. */
  async trigramOnly(window: string, limit = 10): Promise<BaselineHit[] | 'timeout'> {
    return this.orTimeout(`SELECT provision_id::text AS id, text FROM bench_fts WHERE $1 <% folded ORDER BY word_similarity($1, folded) DESC LIMIT $2`, [foldText(window), limit]);
  }

  async setStatementTimeout(ms: number): Promise<void> {
    await this.client.query(`SET statement_timeout = ${Math.round(ms)}`);
  }

  /** A user query: all words (websearch syntax, folded), optional filters, top 20 by ts_rank. */
  async userQuery(q: string, filters: UserQueryFilters): Promise<BaselineHit[]> {
    const params: unknown[] = [foldText(q)];
    const where = [`tsv @@ query`];
    if (filters.docType !== undefined) where.push(`doc_type = $${params.push(filters.docType)}`);
    if (filters.year !== undefined) where.push(`year = $${params.push(filters.year)}`);
    if (filters.asOf !== undefined) where.push(`effective_from <= $${params.push(filters.asOf)}::date`);
    const result = await this.client.query<BaselineHit>(
      `SELECT provision_id::text AS id, text FROM bench_fts, websearch_to_tsquery('simple', $1) query WHERE ${where.join(' AND ')} ORDER BY ts_rank(tsv, query, 1) DESC LIMIT 20`,
      params,
    );
    return result.rows;
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}
