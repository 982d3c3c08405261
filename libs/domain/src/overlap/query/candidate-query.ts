import { tokenize, type Token } from '../text/normalize';
import { STOP_BIGRAMS, STOP_SYLLABLES } from '../text/stop-words';
import { idf, type TermStatistics } from './term-statistics';

export interface CandidateQueryOptions {
  /** Most terms to return. */
  readonly maxTerms?: number;
  /**
   * Most words in the query; a bigram counts as two. Meilisearch reads only the first 10 words of
   * a query, so words past that are wasted.
   */
  readonly maxWords?: number;
  /** Return (and look up) terms without diacritics, for an index that folds them. */
  readonly foldDiacritics?: boolean;
}

export interface QueryTerm {
  /** A syllable or a bigram of two syllables separated by a space. */
  readonly text: string;
  readonly df: number;
}

export interface CandidateQuery {
  /** The chosen terms in text order. */
  readonly terms: readonly QueryTerm[];
  /** The terms joined by spaces: the string to send to the search engine. */
  readonly query: string;
  /** Offsets of the text the query was built from. */
  readonly start: number;
  readonly end: number;
}

/** 10 words: what Meilisearch reads of a query (the measured finding behind this builder). */
export const DEFAULT_MAX_QUERY_WORDS = 10;
/** A 40-word window's 10 rarest words reached recall@10 0.955, against 0.895 for the plain window. */
export const DEFAULT_QUERY_WINDOW = 40;

interface Candidate {
  readonly text: string;
  readonly words: number;
  readonly position: number;
  readonly df: number;
  /** Rarity per word, so that a bigram competes fairly with the two syllables it costs. */
  readonly rank: number;
  readonly syllables: readonly string[];
}

const informative = (s: string) => !STOP_SYLLABLES.has(s) && !/^\d/.test(s) && s.length > 1;

function candidatesOf(syllables: readonly string[], stats: TermStatistics): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  const add = (parts: readonly string[], position: number) => {
    const text = parts.join(' ');
    if (seen.has(text)) return;
    seen.add(text);
    const df = stats.df(text);
    // A term the index does not hold cannot bring back a candidate.
    if (df <= 0) return;
    out.push({ text, words: parts.length, position, df, rank: idf(stats, text) / parts.length, syllables: parts });
  };
  syllables.forEach((s, k) => {
    if (informative(s)) add([s], k);
    const next = syllables[k + 1];
    if (next === undefined || STOP_BIGRAMS.has(`${s} ${next}`)) return;
    if ((informative(s) || informative(next)) && !/^\d/.test(s) && !/^\d/.test(next)) add([s, next], k);
  });
  return out;
}

function queryOf(tokens: readonly Token[], stats: TermStatistics, options: CandidateQueryOptions): CandidateQuery {
  const syllables = tokens.map((t) => t.norm);
  const maxTerms = options.maxTerms ?? DEFAULT_MAX_QUERY_WORDS;
  const maxWords = options.maxWords ?? DEFAULT_MAX_QUERY_WORDS;
  const ranked = candidatesOf(syllables, stats).sort((a, b) => b.rank - a.rank || a.position - b.position || a.words - b.words);

  const chosen: Candidate[] = [];
  const covered = new Set<string>();
  let words = 0;
  for (const c of ranked) {
    if (chosen.length >= maxTerms) break;
    if (words + c.words > maxWords || c.syllables.every((s) => covered.has(s))) continue;
    chosen.push(c);
    words += c.words;
    c.syllables.forEach((s) => covered.add(s));
  }
  const terms: QueryTerm[] =
    chosen.length > 0
      ? chosen.sort((a, b) => a.position - b.position).map(({ text, df }) => ({ text, df }))
      : [...new Set(syllables.filter(informative))].slice(0, Math.min(maxTerms, maxWords)).map((text) => ({ text, df: 0 }));
  return {
    terms,
    query: terms.map((t) => t.text).join(' '),
    start: tokens[0]?.start ?? 0,
    end: tokens.at(-1)?.end ?? 0,
  };
}

/**
 * The rarest informative syllables and bigrams of a text, as a short query for the first-stage
 * search: stop syllables, numbers and terms absent from the index are left out; a bigram is taken
 * when it is rarer per word than its syllables; terms come back in text order. With no usable
 * statistics the first informative syllables are used.
 */
export function buildCandidateQuery(
  text: string,
  stats: TermStatistics,
  options: CandidateQueryOptions = {},
): CandidateQuery {
  return queryOf(tokenize(text, options), stats, options);
}

/**
 * One query per window of `windowSize` syllables, for provisions longer than a query can
 * represent. A last window shorter than half the size joins the one before it.
 */
export function buildCandidateQueries(
  text: string,
  stats: TermStatistics,
  options: CandidateQueryOptions & { readonly windowSize?: number } = {},
): CandidateQuery[] {
  const size = options.windowSize ?? DEFAULT_QUERY_WINDOW;
  const tokens = tokenize(text, options);
  const windows: Token[][] = [];
  for (let from = 0; from < tokens.length; from += size) {
    const window = tokens.slice(from, from + size);
    const last = windows.at(-1);
    if (last !== undefined && window.length < size / 2) last.push(...window);
    else windows.push(window);
  }
  return windows.map((window) => queryOf(window, stats, options));
}
