import type { TermStatisticsRepository } from '@legis/db';
import { buildCandidateQuery, tokenize, vietnamDateOf } from '@legis/domain';
import { checkOverlaps, searchCandidates, type CandidateHit, type SearchConfig } from '@legis/search';
import type { Meilisearch } from 'meilisearch';
import type { BenchDocument } from './search-model';
import { emptyStageTimes, timedClient } from './search-instrument';
import { TRIGRAM_POOL, type BaselineHit, type PostgresBaseline, type RareWordRanking } from './search-pg-baseline';
import type { SeededRandom } from './search-random';
import { round3, summarize } from './search-stats';
import { termStatisticsOf } from './search-term-stats';

export const WINDOW_WORDS = 40;
const K = 10;
const LONG_TEXT = 10_000;
const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length);
const RANKINGS: readonly RareWordRanking[] = ['ts_rank', 'ts_rank_length', 'coordination'];

export interface RecallWindow {
  sourceId: string;
  sourceText: string;
  window: string;
  /** Synthetic near-duplicates of the source are indexed too. */
  copied: boolean;
}

/** `count` windows of WINDOW_WORDS syllables, each from a different real indexed provision. */
export function sampleWindows(realIndexed: readonly BenchDocument[], copiedIds: ReadonlySet<string>, count: number, random: SeededRandom): RecallWindow[] {
  const eligible = realIndexed.flatMap((d) => d.provisions).filter((p) => tokenize(p.text).length >= WINDOW_WORDS);
  return random.shuffle(eligible).slice(0, count).map((p) => {
    const tokens = tokenize(p.text);
    const from = random.int(0, tokens.length - WINDOW_WORDS);
    return { sourceId: p.id, sourceText: p.text, window: p.text.slice(tokens[from].start, tokens[from + WINDOW_WORDS - 1].end), copied: copiedIds.has(p.id) };
  });
}

interface MethodTally {
  hits: boolean[];
  /** Hit by the source, an exact copy, or one of the source's synthetic near-duplicates. */
  familyHits: boolean[];
  /** On a (strict) miss: how many of the 10 hits were long texts, and how many near-duplicates of the source. */
  missLongHits: number[];
  missFamilyHits: number[];
  ms: number[];
  /** Meilisearch methods: its own processing time, and the text it sent back. */
  serverMs: number[];
  textKiB: number[];
}

const tally = (): MethodTally => ({ hits: [], familyHits: [], missLongHits: [], missFamilyHits: [], ms: [], serverMs: [], textKiB: [] });

function report(t: MethodTally, windows: readonly RecallWindow[], extra: Record<string, unknown> = {}) {
  const rate = (pick: (w: RecallWindow) => boolean) => {
    const idx = windows.map((w, i) => (pick(w) ? i : -1)).filter((i) => i >= 0 && i < t.hits.length);
    return idx.length === 0 ? null : round3(idx.filter((i) => t.hits[i]).length / idx.length);
  };
  return {
    queries: t.hits.length,
    recallAt10: rate(() => true),
    recallAt10SourcesWithSyntheticCopies: rate((w) => w.copied),
    recallAt10SourcesWithoutCopies: rate((w) => !w.copied),
    recallAt10SourceOrNearDuplicate: round3(t.familyHits.filter(Boolean).length / Math.max(1, t.familyHits.length)),
    onMisses: {
      meanHitsLongerThan10kChars: round3(mean(t.missLongHits)),
      meanHitsThatAreNearDuplicatesOfTheSource: round3(mean(t.missFamilyHits)),
    },
    latencyMs: summarize(t.ms),
    ...(t.serverMs.length > 0 ? { serverProcessingMs: summarize(t.serverMs), responseTextKiB: summarize(t.textKiB) } : {}),
    ...extra,
  };
}

/**
 * Recall@10 of each window's source provision (or of an exact copy of its text), method by
 * method for each window in turn, so every method sees the same machine state:
 * (a) the window as the query of the overlap engine's candidate search; (b) its rarest words,
 * from the real term frequencies, as `checkOverlaps` builds them; (c1) the same words OR-ed in
 * PostgreSQL under three rankings; (c2) the length-normalised pool re-ranked by pg_trgm
 * word_similarity; (c3) the window's trigrams alone, on the first `trigramQueries` windows;
 * (d) the overlap engine end to end (`checkOverlaps` of the window as one provision: three
 * Meilisearch queries of its rare words, candidates re-ranked by the second stage), the path a
 * reviewer's check takes.
 */
export async function measureRecall(
  client: Meilisearch,
  config: SearchConfig,
  statistics: TermStatisticsRepository,
  baseline: PostgresBaseline,
  windows: readonly RecallWindow[],
  /** Synthetic provision id → the real provision it copies. */
  family: ReadonlyMap<string, string>,
  trigramQueries: number,
  trigramTimeoutMs: number,
) {
  const filters = { visibility: { agencyIds: 'all' as const } };
  const window = tally();
  const rare = tally();
  const engine = tally();
  const asOf = vietnamDateOf(Date.now());
  const rareLookupMs: number[] = [];
  const rareEndToEndMs: number[] = [];
  const terms: number[] = [];
  const pg: Record<RareWordRanking, MethodTally> = { ts_rank: tally(), ts_rank_length: tally(), coordination: tally() };
  const pgRerank = tally();
  const pgTrigram = tally();
  const timeouts = new Map<MethodTally, number>();
  let sink = emptyStageTimes();
  const meili = timedClient(client, () => sink);
  let judged = { strict: false, family: false, long: 0, copies: 0 };
  const timeInto = async (into: MethodTally, run: () => Promise<boolean>) => {
    sink = emptyStageTimes();
    const t = performance.now();
    await run();
    into.ms.push(performance.now() - t);
    into.hits.push(judged.strict);
    into.familyHits.push(judged.family);
    if (!judged.strict) {
      into.missLongHits.push(judged.long);
      into.missFamilyHits.push(judged.copies);
    }
    if (sink.multiSearchRequests > 0) {
      into.serverMs.push(sink.multiSearchServerMs);
      into.textKiB.push(sink.pooledTextChars / 1024);
    }
  };
  for (const [i, w] of windows.entries()) {
    const found = (all: readonly { id: string; text: string }[]) => {
      const hits = all.slice(0, K);
      const strict = hits.some((h) => h.id === w.sourceId || h.text === w.sourceText);
      const copies = hits.filter((h) => family.get(h.id) === w.sourceId).length;
      judged = { strict, family: strict || copies > 0, long: hits.filter((h) => h.text.length > LONG_TEXT).length, copies };
      return strict;
    };
    const foundCandidates = (hits: readonly CandidateHit[]) => found(hits.map((h) => ({ id: h.provisionId, text: h.text })));

    await timeInto(window, async () => foundCandidates(await searchCandidates(meili, config, { queryText: w.window, filters, limit: K })));

    const t = performance.now();
    const query = buildCandidateQuery(w.window, await termStatisticsOf(statistics, w.window));
    const keywords = query.terms.map((term) => term.text);
    rareLookupMs.push(performance.now() - t);
    terms.push(keywords.length);
    await timeInto(rare, async () => foundCandidates(await searchCandidates(meili, config, { queryText: w.window, keywords, filters, limit: K })));
    rareEndToEndMs.push(performance.now() - t);

    await timeInto(engine, async () => {
      const units = [{ pathKey: 'window', citationKey: null, heading: null, text: w.window }];
      const report = await checkOverlaps(meili, config, statistics, { units, asOf, excludeDocumentIds: [], filters, limit: K, authorityRank: null });
      return found((report.findings[0]?.candidates ?? []).map((c) => ({ id: c.provisionId, text: c.text })));
    });

    for (const ranking of RANKINGS) await timeInto(pg[ranking], async () => found(await baseline.rareWords(keywords, ranking)));
    if (!baseline.trigram.available) continue;
    await baseline.setStatementTimeout(trigramTimeoutMs);
    const trigram = async (into: MethodTally, run: () => Promise<BaselineHit[] | 'timeout'>) =>
      timeInto(into, async () => {
        const hits = await run();
        if (hits !== 'timeout') return found(hits);
        timeouts.set(into, (timeouts.get(into) ?? 0) + 1);
        judged = { strict: false, family: false, long: 0, copies: 0 };
        return false;
      });
    await trigram(pgRerank, () => baseline.rareWordsTrigramReranked(keywords, w.window));
    if (i < trigramQueries) await trigram(pgTrigram, () => baseline.trigramOnly(w.window));
    await baseline.setStatementTimeout(0);
  }
  const skipped = { skipped: 'pg_trgm unavailable' };
  const pgHow = "the same words folded, OR-ed (bigrams as phrases) in to_tsquery('simple'), GIN index on the tsvector";
  return {
    queries: windows.length,
    windowWords: WINDOW_WORDS,
    hitRule: 'a hit is the source provision itself or any provision whose text equals the source text exactly (verbatim copies exist); recallAt10SourceOrNearDuplicate also counts any synthetic copy of the source, edited or not',
    sourcesWithSyntheticCopies: windows.filter((w) => w.copied).length,
    meilisearchWindow: report(window, windows, { how: 'searchCandidates(queryText = the window), limit 10, no filter but visibility' }),
    meilisearchRareWords: report(rare, windows, {
      how: 'buildCandidateQuery(window, df from term_frequencies) → searchCandidates(keywords), as checkOverlaps does; latencyMs is the Meilisearch call, endToEndMs adds the df lookup and query building',
      meanTerms: round3(terms.reduce((s, n) => s + n, 0) / Math.max(1, terms.length)),
      dfLookupAndBuildMs: summarize(rareLookupMs),
      endToEndMs: summarize(rareEndToEndMs),
    }),
    overlapEngine: report(engine, windows, {
      how: 'checkOverlaps(the window as one provision, asOf today, limit 10): df lookup, three Meilisearch queries of its rare words (frequency, last, last reversed), second-stage ranking of the pooled candidates; latencyMs is the whole call',
    }),
    postgresRareWordsTsRank: report(pg.ts_rank, windows, { how: `${pgHow}, ORDER BY ts_rank(tsv, q) LIMIT 10 (no length normalisation: long texts that repeat the words win)` }),
    postgresRareWordsTsRankLength: report(pg.ts_rank_length, windows, { how: `${pgHow}, ORDER BY ts_rank(tsv, q, 1) LIMIT 10 (rank divided by 1 + log of the length)` }),
    postgresRareWordsCoordination: report(pg.coordination, windows, { how: `${pgHow}, ORDER BY how many of the terms a row holds, then ts_rank(tsv, q, 1), LIMIT 10` }),
    postgresRareWordsTrigramRerank: baseline.trigram.available
      ? report(pgRerank, windows, {
          how: `the ts_rank(tsv, q, 1) top ${TRIGRAM_POOL} of the same query re-ranked by pg_trgm word_similarity(window, text), LIMIT 10, statement_timeout ${trigramTimeoutMs} ms (a timeout counts as a miss)`,
          timeouts: timeouts.get(pgRerank) ?? 0,
        })
      : skipped,
    postgresTrigramOnly: baseline.trigram.available
      ? report(pgTrigram, windows, {
          how: `GIN gin_trgm_ops: WHERE window <% text ORDER BY word_similarity LIMIT 10 (threshold 0.6), first ${Math.min(trigramQueries, windows.length)} windows only, statement_timeout ${trigramTimeoutMs} ms (a timeout counts as a miss)`,
          timeouts: timeouts.get(pgTrigram) ?? 0,
        })
      : skipped,
  };
}
