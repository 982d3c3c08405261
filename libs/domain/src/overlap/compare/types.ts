import { type ModalityKind } from '../modality/types';
import { type Bound, type ValueKind } from '../values/types';

/**
 * - `duplicate`: a near-verbatim restatement of the whole other text;
 * - `overlap`: substantial shared content, not near-verbatim, or one text contained in the other;
 * - `conflict`: the same subject with a different value or the opposite modality (outranks `duplicate`);
 * - `related`: some shared content;
 * - `unrelated`: nothing worth showing.
 */
export type OverlapClass = 'duplicate' | 'overlap' | 'conflict' | 'related' | 'unrelated';

/** A maximal common run of syllables, as offsets into each original text. */
export interface SharedSpan {
  readonly queryStart: number;
  readonly queryEnd: number;
  readonly candidateStart: number;
  readonly candidateEnd: number;
  /** The run as written in the query. */
  readonly text: string;
}

export interface ValueView {
  readonly text: string;
  readonly value: number;
  readonly unit: string;
  readonly bound?: Bound;
}

export interface DifferingValue {
  /** What the values are about: the syllables before the query's value (or the candidate's). */
  readonly subject: string;
  readonly kind: ValueKind;
  readonly query: ValueView;
  readonly candidate: ValueView;
  /** True when both values sit at the same place of a shared run; false when paired by subject only. */
  readonly aligned: boolean;
  /**
   * True when this difference is evidence of a conflict: the clause around the values is shared by
   * both texts (or, unaligned, their subjects match). False: the clauses differ too, e.g. sibling
   * points of one article with a different value each.
   */
  readonly confirmed: boolean;
}

export interface ModalityView {
  readonly kind: ModalityKind;
  readonly marker: string;
  readonly action: string;
}

export interface OverlapExplanation {
  readonly sharedSpans: readonly SharedSpan[];
  readonly differingValues: readonly DifferingValue[];
  /** Set when the two texts give the same action opposite modalities; `confirmed` as for values. */
  readonly modality?: { readonly query: ModalityView; readonly candidate: ModalityView; readonly confirmed: boolean };
  readonly notes: readonly string[];
}

/** The measures behind the score, for evaluation and tuning. */
export interface OverlapMeasures {
  /** Weighted share of the query found in the candidate. */
  readonly queryCoverage: number;
  /** Weighted share of the candidate found in the query. */
  readonly candidateCoverage: number;
  /** Weighted share of both texts together that is shared (a Dice coefficient); a `duplicate` needs it high too. */
  readonly dice: number;
  /**
   * The score counting only shared runs that keep their order in both texts: near 1 for a
   * near-verbatim restatement, lower for rearranged text. `duplicate` is decided on it.
   */
  readonly verbatimScore: number;
}

export interface OverlapResult {
  /** 0..1: the largest of `dice` and the coverage of each side that shares enough to count as contained. */
  readonly score: number;
  readonly class: OverlapClass;
  readonly explanation: OverlapExplanation;
  readonly measures: OverlapMeasures;
  /** Set by `markHigherRanking` when the candidate comes from a document that outranks the query's. */
  readonly higherRanking?: true;
}
