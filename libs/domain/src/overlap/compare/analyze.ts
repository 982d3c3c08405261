import { modalityOf } from '../modality/extract-modality';
import { type ModalityMark } from '../modality/types';
import { idf, type TermStatistics } from '../query/term-statistics';
import { lex, STRUCTURE_BREAK } from '../text/lex';
import { phraseMatcher } from '../text/phrase-matcher';
import { BOILERPLATE_PHRASES, STOP_BIGRAMS, STOP_SYLLABLES } from '../text/stop-words';
import { valuesOf } from '../values/extract-values';
import { type ExtractedValue } from '../values/types';
import { hashKey } from './hash';

/**
 * One unit of comparison: a syllable, a number outside any value (key without leading zeros), or
 * a whole extracted value (key "#duration", "#money", …). Collapsing values means a text that
 * differs only in a value still aligns, and the value pair is then compared on its own.
 */
export interface CompareUnit {
  readonly key: string;
  readonly hash: number;
  readonly weight: number;
  readonly start: number;
  readonly end: number;
  /**
   * Clauses end at ";", "." and structural prefixes (khoản, điểm). Not at ":", which often ends the
   * subject of its clause ("Số lượng hồ sơ: 02 bộ").
   */
  readonly clause: number;
  /** Index into `values`, or -1. */
  readonly value: number;
}

/**
 * A provision prepared for comparison. Build it once with `analyzeProvision` when a text is
 * compared many times; it is plain data, so provisions in force can be analysed when they are
 * indexed and stored as JSON. Compare only analyses made with the same options.
 */
export interface AnalyzedProvision {
  readonly text: string;
  readonly units: readonly CompareUnit[];
  readonly totalWeight: number;
  readonly values: readonly ExtractedValue[];
  readonly modalities: readonly ModalityMark[];
  /** For each modality mark, the index of the first unit after its marker, or -1. */
  readonly modalityActions: readonly number[];
}

export interface AnalyzeOptions {
  /** Weights syllables by rarity in the index instead of by the built-in stop lists. */
  readonly termStatistics?: TermStatistics;
}

/** Weight of a syllable that carries content. Everything else is weighed against it. */
const CONTENT_WEIGHT = 1;
/** Stop syllables and stop bigrams: they join content but do not make two texts alike. */
const STOP_WEIGHT = 0.25;
/** Boilerplate formulas: shared verbatim by unrelated provisions, so close to nothing. */
const BOILERPLATE_WEIGHT = 0.05;
/** A number outside any value (a citation, a list number): context, not content. */
const NUMBER_WEIGHT = 0.25;
/** An extracted value: shared position matters, the value itself is compared separately. */
const VALUE_WEIGHT = 0.5;
/** With term statistics, a term in at most this share of provisions weighs as much as content. */
const FULL_WEIGHT_DF_SHARE = 0.05;
const MIN_IDF_WEIGHT = 0.05;
const FULL_WEIGHT_IDF = Math.log(1 / FULL_WEIGHT_DF_SHARE);

const CLAUSE_BREAKS = new Set([';', '.', STRUCTURE_BREAK]);
const STOP_BIGRAM_STARTS = new Set([...STOP_BIGRAMS].map((b) => b.split(' ')[0]));
const isDigit = (code: number) => code >= 48 && code <= 57;
const matchBoilerplate = phraseMatcher(
  BOILERPLATE_PHRASES.map((p) => p.split(' ')),
  (words) => words,
);

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/**
 * An upper-case Roman numeral ("loại I", "Chương II", "Phụ lục IV") as a number key; Vietnamese
 * has no upper-case word made of these letters alone.
 */
function romanValue(surface: string): string | undefined {
  const first = surface.charCodeAt(0);
  // I, V, X, L, C
  if ((first !== 73 && first !== 86 && first !== 88 && first !== 76 && first !== 67) || !/^[IVXLC]{1,6}$/.test(surface)) {
    return undefined;
  }
  let total = 0;
  for (let k = 0; k < surface.length; k++) {
    const v = ROMAN[surface[k]];
    total += v < (ROMAN[surface[k + 1]] ?? 0) ? -v : v;
  }
  return String(total);
}

function baseWeights(keys: readonly string[], stats: TermStatistics | undefined): number[] {
  const weights = keys.map((key) => {
    if (isDigit(key.charCodeAt(0))) return NUMBER_WEIGHT;
    if (key[0] === '#') return VALUE_WEIGHT;
    if (stats !== undefined) {
      const w = idf(stats, key) / FULL_WEIGHT_IDF;
      return w > CONTENT_WEIGHT ? CONTENT_WEIGHT : w < MIN_IDF_WEIGHT ? MIN_IDF_WEIGHT : w;
    }
    return STOP_SYLLABLES.has(key) ? STOP_WEIGHT : CONTENT_WEIGHT;
  });
  if (stats === undefined) {
    for (let k = 0; k + 1 < keys.length; k++) {
      if (STOP_BIGRAM_STARTS.has(keys[k]) && STOP_BIGRAMS.has(`${keys[k]} ${keys[k + 1]}`)) {
        weights[k] = Math.min(weights[k], STOP_WEIGHT);
        weights[k + 1] = Math.min(weights[k + 1], STOP_WEIGHT);
      }
    }
  }
  for (let k = 0; k < keys.length; k++) {
    const phrase = matchBoilerplate(keys, k, (key) => key);
    if (phrase === undefined) continue;
    for (let m = 0; m < phrase.length; m++) weights[k + m] = Math.min(weights[k + m], BOILERPLATE_WEIGHT);
  }
  return weights;
}

/** Tokens, weights, values and modality of a provision, ready for `compareProvisions`. */
export function analyzeProvision(text: string, options: AnalyzeOptions = {}): AnalyzedProvision {
  const tokens = lex(text);
  const values = valuesOf(text, tokens);
  const modalities = modalityOf(text, tokens);

  const keys: string[] = [];
  const spans: Array<{ start: number; end: number; clause: number; value: number }> = [];
  let clause = 0;
  let v = 0;
  for (const t of tokens) {
    if (t.kind === 'punct') {
      if (CLAUSE_BREAKS.has(t.norm)) clause++;
      continue;
    }
    while (v < values.length && values[v].end <= t.start) v++;
    const value = values[v];
    if (value !== undefined && t.start >= value.start) {
      if (spans[spans.length - 1]?.value !== v) {
        keys.push(`#${value.kind}`);
        spans.push({ start: value.start, end: value.end, clause, value: v });
      }
      continue;
    }
    keys.push(t.kind === 'number' ? t.norm.replace(/^0+(?=\d)/, '') : (romanValue(t.text) ?? t.norm));
    spans.push({ start: t.start, end: t.end, clause, value: -1 });
  }

  const weights = baseWeights(keys, options.termStatistics);
  const units = keys.map((key, k): CompareUnit => {
    const { start, end, clause: unitClause, value } = spans[k];
    return { key, hash: hashKey(key), weight: weights[k], start, end, clause: unitClause, value };
  });
  let next = 0;
  const modalityActions = modalities.map((m) => {
    while (next < units.length && units[next].start < m.end) next++;
    return next < units.length ? next : -1;
  });
  return {
    text,
    units,
    totalWeight: weights.reduce((a, b) => a + b, 0),
    values,
    modalities,
    modalityActions,
  };
}
