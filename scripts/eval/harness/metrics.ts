import { EVAL_CLASSES, type EvalClass } from '../input/eval-lines';
import type { PairOutcome } from './run-pairs';

const round = (value: number) => Math.round(value * 1000) / 1000;

export interface RankMetrics {
  pairs: number;
  'recall@1': number;
  'recall@5': number;
  'recall@10': number;
  mrr: number;
}

/**
 * Over pairs with an expected provision: recall@k is the share whose expected provision (or an
 * ancestor or descendant of it) is among the first k candidates; MRR is the mean of 1 / rank, 0
 * when it is absent.
 */
export function rankMetrics(outcomes: readonly PairOutcome[]): RankMetrics {
  const n = outcomes.length;
  const within = (k: number) => (n === 0 ? 0 : round(outcomes.filter((o) => o.rank !== null && o.rank <= k).length / n));
  return {
    pairs: n,
    'recall@1': within(1),
    'recall@5': within(5),
    'recall@10': within(10),
    mrr: n === 0 ? 0 : round(outcomes.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / n),
  };
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1];
}

export type Confusion = Record<EvalClass, Record<EvalClass, number>>;

/** Rows: the label; columns: the predicted class (see `predictedClass`). */
export function confusion(outcomes: readonly PairOutcome[]): Confusion {
  const matrix = Object.fromEntries(EVAL_CLASSES.map((label) => [label, Object.fromEntries(EVAL_CLASSES.map((p) => [p, 0]))])) as Confusion;
  for (const o of outcomes) matrix[o.label][o.predicted]++;
  return matrix;
}

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  /** Pairs labelled with the class. */
  support: number;
  /** Pairs predicted as the class. */
  predicted: number;
}

/**
 * Per class c, from the confusion matrix: precision = pairs labelled and predicted c / pairs
 * predicted c; recall = the same / pairs labelled c; F1 their harmonic mean (0 when either is 0).
 * A `none` pair predicted c (a candidate more than related was returned for it) is a false
 * positive of c; a pair whose expected provision is missing is predicted `none`.
 */
export function classMetrics(matrix: Confusion): Record<EvalClass, ClassMetrics> {
  return Object.fromEntries(
    EVAL_CLASSES.map((c) => {
      const correct = matrix[c][c];
      const support = EVAL_CLASSES.reduce((sum, p) => sum + matrix[c][p], 0);
      const predicted = EVAL_CLASSES.reduce((sum, l) => sum + matrix[l][c], 0);
      const precision = predicted === 0 ? 0 : correct / predicted;
      const recall = support === 0 ? 0 : correct / support;
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return [c, { precision: round(precision), recall: round(recall), f1: round(f1), support, predicted }];
    }),
  ) as Record<EvalClass, ClassMetrics>;
}

/** Share of outcomes whose predicted class is the label. */
export function accuracy(outcomes: readonly PairOutcome[]): number {
  return outcomes.length === 0 ? 0 : round(outcomes.filter((o) => o.predicted === o.label).length / outcomes.length);
}
