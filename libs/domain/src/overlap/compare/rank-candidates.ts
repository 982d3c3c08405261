import { analyzeProvision } from './analyze';
import { markHigherRanking, type AuthorityRank } from './authority';
import { compareProvisions, type ProvisionInput } from './compare-provisions';
import { type OverlapOptions } from './options';
import { type OverlapClass, type OverlapResult } from './types';

/** A provision with the rank of its document, when the rank matters. */
export interface RankedProvision {
  readonly provision: ProvisionInput;
  readonly authorityRank?: AuthorityRank;
}

export interface RankedCandidate<T> {
  readonly candidate: T;
  /** Position of the candidate in the input. */
  readonly index: number;
  readonly result: OverlapResult;
}

/** Among equal scores, the class a reviewer must see first. */
const CLASS_ORDER: Readonly<Record<OverlapClass, number>> = {
  conflict: 0,
  duplicate: 1,
  overlap: 2,
  related: 3,
  unrelated: 4,
};

const refOf = (x: ProvisionInput | RankedProvision): RankedProvision =>
  typeof x === 'string' || 'units' in x ? { provision: x } : x;

/**
 * Compares one query with each candidate and returns them best first: by score, then by class
 * (conflict first), then in input order. Texts are analysed once. With authority ranks on both
 * sides, candidates from higher-ranking documents are marked (see `markHigherRanking`).
 */
export function rankCandidates<T extends ProvisionInput | RankedProvision>(
  query: ProvisionInput | RankedProvision,
  candidates: readonly T[],
  options: Partial<OverlapOptions> = {},
): Array<RankedCandidate<T>> {
  const q = refOf(query);
  const analyzedQuery = typeof q.provision === 'string' ? analyzeProvision(q.provision) : q.provision;
  return candidates
    .map((candidate, index) => {
      const ref = refOf(candidate);
      const result = compareProvisions(analyzedQuery, ref.provision, options);
      return { candidate, index, result: markHigherRanking(result, q.authorityRank, ref.authorityRank) };
    })
    .sort(
      (a, b) =>
        b.result.score - a.result.score ||
        CLASS_ORDER[a.result.class] - CLASS_ORDER[b.result.class] ||
        a.index - b.index,
    );
}
