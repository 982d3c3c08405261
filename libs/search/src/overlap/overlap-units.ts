import { isClosingClause, tokenize } from '@legis/domain';

/** One provision of the text being checked. */
export interface OverlapUnit {
  pathKey: string;
  citationKey: string | null;
  heading: string | null;
  text: string;
}

/** Provisions with fewer syllables than this ("Điều 3. Hiệu lực thi hành") say too little to compare. */
export const MIN_UNIT_SYLLABLES = 6;

/**
 * The provisions worth checking: every node whose own text (its heading excluded, its children
 * excluded) has at least MIN_UNIT_SYLLABLES syllables and is not a closing clause (entry into
 * force, execution, supervision: see `isClosingClause`), which would match the closing clauses of
 * every act in force. Clauses and points are checked on their own, which is where overlaps and
 * conflicts are decided.
 */
export function overlapUnits(provisions: readonly { pathKey: string; citationKey?: string | null; heading: string | null; text: string }[]): OverlapUnit[] {
  return provisions
    .filter((p) => tokenize(p.text).length >= MIN_UNIT_SYLLABLES && !isClosingClause(p.text))
    .map((p) => ({ pathKey: p.pathKey, citationKey: p.citationKey ?? null, heading: p.heading, text: p.text }));
}
