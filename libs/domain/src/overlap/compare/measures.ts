import { type AnalyzedProvision } from './analyze';
import { type OverlapOptions } from './options';
import { type SharedRun } from './shared-runs';

const runWeight = (units: AnalyzedProvision['units'], from: number, length: number) => {
  let w = 0;
  for (let k = from; k < from + length; k++) w += units[k].weight;
  return w;
};

/**
 * The heaviest subset of runs that keeps the same order in both texts (a weighted longest
 * increasing subsequence). Text rearranged into another order is shared, but not verbatim.
 */
export function inOrderRuns(query: AnalyzedProvision, runs: readonly SharedRun[]): SharedRun[] {
  const sorted = [...runs].sort((a, b) => a.q - b.q);
  const best = sorted.map((r) => runWeight(query.units, r.q, r.length));
  const previous = sorted.map(() => -1);
  for (let i = 0; i < sorted.length; i++) {
    const own = best[i];
    for (let j = 0; j < i; j++) {
      if (sorted[j].c + sorted[j].length <= sorted[i].c && best[j] + own > best[i]) {
        best[i] = best[j] + own;
        previous[i] = j;
      }
    }
  }
  let at = best.reduce((arg, w, i) => (w > best[arg] ? i : arg), 0);
  const chain: SharedRun[] = [];
  for (; at >= 0 && sorted.length > 0; at = previous[at]!) chain.unshift(sorted[at]);
  return chain;
}

export interface Shares {
  readonly queryCoverage: number;
  readonly candidateCoverage: number;
  readonly dice: number;
  /** The largest of `dice` and the coverage of each side whose shared part is heavy enough to count as contained. */
  readonly score: number;
}

/** Weighted shares of two texts covered by `runs`. */
export function sharesOf(
  query: AnalyzedProvision,
  candidate: AnalyzedProvision,
  runs: readonly SharedRun[],
  options: OverlapOptions,
): Shares {
  let qShared = 0;
  let cShared = 0;
  for (const r of runs) {
    qShared += runWeight(query.units, r.q, r.length);
    cShared += runWeight(candidate.units, r.c, r.length);
  }
  const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  const queryCoverage = share(qShared, query.totalWeight);
  const candidateCoverage = share(cShared, candidate.totalWeight);
  const dice = share(qShared + cShared, query.totalWeight + candidate.totalWeight);
  const queryContained = qShared >= options.minContainedWeight ? queryCoverage : 0;
  const candidateContained = cShared >= options.minContainedWeight ? candidateCoverage : 0;
  return { queryCoverage, candidateCoverage, dice, score: Math.min(1, Math.max(dice, queryContained, candidateContained)) };
}
