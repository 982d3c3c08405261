import { type OverlapResult } from './types';

/**
 * Position of a document's type in the hierarchy of Law 64/2025 Art. 4 (REFERENCE.md §2.1), kept
 * as data: a smaller number outranks a larger one (1 = Hiến pháp, … NQ HĐND tỉnh before QĐ UBND
 * tỉnh).
 */
export type AuthorityRank = number;

const NOTES: Partial<Record<OverlapResult['class'], string>> = {
  duplicate:
    'The candidate comes from a higher-ranking document: a draft that restates higher-ranking law ' +
    'breaks drafting technique; cite the provision instead of repeating it.',
  overlap:
    'The candidate comes from a higher-ranking document: check whether the draft repeats ' +
    'higher-ranking law instead of citing it.',
  conflict:
    'The candidate comes from a higher-ranking document: a provision that contradicts it would be ' +
    'unlawful (trái pháp luật).',
};

/**
 * Marks a result whose candidate outranks the query's document and says in `notes` what that
 * means for the draft. Results of equal or lower rank, or without both ranks, are returned as is.
 */
export function markHigherRanking(
  result: OverlapResult,
  queryRank: AuthorityRank | undefined,
  candidateRank: AuthorityRank | undefined,
): OverlapResult {
  if (queryRank === undefined || candidateRank === undefined || candidateRank >= queryRank) return result;
  const note = NOTES[result.class];
  return {
    ...result,
    higherRanking: true,
    explanation: { ...result.explanation, notes: note ? [...result.explanation.notes, note] : result.explanation.notes },
  };
}
