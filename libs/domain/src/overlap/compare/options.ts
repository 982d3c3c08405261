import { VALUE_KINDS, type ValueKind } from '../values/types';

/**
 * Tunable thresholds of `compareProvisions`. Scores are weighted shares of syllables (function
 * words and boilerplate weigh little). The defaults were set on the generated corpus set of
 * `corpus-evaluation.spec.ts`; the rationale of each is given below.
 */
export interface OverlapOptions {
  /**
   * Shortest common run of syllables that counts as shared text. Three syllables is one to two
   * Vietnamese words: long enough that chance runs of function words weigh little, short enough
   * that one changed word ("được" → "không được") leaves the text around it aligned. Two let
   * chance matches into conflicts; four gave the same scores on the corpus set but loses the
   * context of short clauses.
   */
  readonly minRunLength: number;
  /**
   * In-order score from which a pair is a near-verbatim restatement. Copies with layout noise score
   * above 0.97 and copies with one word in thirty dropped above 0.9, while neighbouring articles
   * built on one template reach 0.8–0.9: 0.85 keeps both duplicate precision and recall at 0.99
   * on the corpus set (0.8 let template siblings in, 0.9 lost trimmed copies).
   */
  readonly duplicateThreshold: number;
  /**
   * Least two-sided share (Dice) of a duplicate besides its in-order score: the two texts must say
   * the same, not one hold the other. A clause inside its article, or an amended provision that
   * keeps the old text and adds to it, covers one side only; it is an `overlap`, with a note that
   * one text is contained in the other. On the corpus set copies with layout noise reach 1 and
   * trimmed copies 0.96, clauses inside their article 0.41 (median); the 9 of 149 consolidated
   * articles below 0.9 carry a clause added by an amendment, or footnote text.
   */
  readonly duplicateMinDice: number;
  /**
   * Score from which a pair shares substantial content: 40 % of the informative content of one
   * side. It is also the least score of a conflict, so that a template clause shared by two
   * otherwise different provisions ("Phạt tiền từ … đến … đối với một trong các hành vi sau") does
   * not make them conflict. Articles of unrelated documents stayed below it in over 99 % of pairs.
   */
  readonly overlapThreshold: number;
  /**
   * Score from which a pair has some shared content worth showing: one substantive phrase in a
   * short provision. Shared boilerplate alone scores below 0.1.
   */
  readonly relatedThreshold: number;
  /**
   * Least shared weight (about one content syllable each) before "one text is contained in the
   * other" may decide the score; below it, texts are judged on the two-sided share alone. So a
   * one-line formula is not a duplicate of every document that contains it, and a few words
   * shared with a short provision ("cơ sở dữ liệu" of "Khai thác cơ sở dữ liệu về PPP.") are not
   * substantial content.
   */
  readonly minContainedWeight: number;
  /**
   * Share of the clause around a differing value or modal marker that must be shared on both
   * sides for a conflict: it separates "the same rule with another number" (planted changes share
   * the whole clause) from sibling rules that share a template ("a) 10 ngày đối với người lao động
   * … do mắc bệnh cần chữa trị dài ngày" / "b) 07 ngày đối với người lao động … do phải phẫu
   * thuật", which share 0.6–0.7 of it).
   */
  readonly minClauseCoverage: number;
  /**
   * Least shared weight of each of those clauses, besides the value or marker: a clause that shares
   * only boilerplate ("kể từ ngày nhận đủ hồ sơ hợp lệ") is not evidence of the same subject.
   */
  readonly minSharedClauseWeight: number;
  /** Share of content syllables two value subjects must share to pair values that do not align. */
  readonly minSubjectSimilarity: number;
  /**
   * Kinds of values whose difference is a conflict. Calendar dates are left out: in provisions
   * they cite other acts or set effective dates, which differ between any two documents.
   */
  readonly conflictKinds: readonly ValueKind[];
}

export const DEFAULT_OVERLAP_OPTIONS: OverlapOptions = {
  minRunLength: 3,
  duplicateThreshold: 0.85,
  duplicateMinDice: 0.9,
  overlapThreshold: 0.4,
  relatedThreshold: 0.15,
  minContainedWeight: 6,
  minClauseCoverage: 0.7,
  minSharedClauseWeight: 1.5,
  minSubjectSimilarity: 0.5,
  conflictKinds: VALUE_KINDS.filter((kind) => kind !== 'date'),
};
