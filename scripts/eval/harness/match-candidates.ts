import type { EvalClass, ExpectedProvision } from '../input/eval-lines';

/** The fields of an API candidate the evaluation reads. */
export interface Candidate {
  documentId: string;
  documentNumber: string | null;
  pathKey: string;
  citationKey: string;
  score: number;
  class: Exclude<EvalClass, 'none'>;
}

export interface Finding {
  pathKey: string;
  candidates: Candidate[];
}

/**
 * The ranked candidates of a query: those of its one finding in the API's order; when the query
 * parsed into several provisions, all their candidates pooled and ranked by score (a provision met
 * twice keeps its best score).
 */
export function rankedCandidates(findings: readonly Finding[]): Candidate[] {
  if (findings.length === 1) return findings[0].candidates;
  const best = new Map<string, Candidate>();
  for (const candidate of findings.flatMap((f) => f.candidates)) {
    const key = `${candidate.documentId}#${candidate.pathKey}`;
    if ((best.get(key)?.score ?? -1) < candidate.score) best.set(key, candidate);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * How a candidate's path relates to the expected one: the same provision, or one that contains it
 * (`ancestor`: expected `d5.k2`, candidate `d5`) or that it contains (`descendant`: expected `d5`,
 * candidate `d5.k2`). Both count as hits: intake stores each clause and point as its own provision,
 * with an article's own text being only its lead-in.
 */
export type PathRelation = 'exact' | 'ancestor' | 'descendant';

export function pathRelation(expected: string, candidate: string): PathRelation | null {
  if (expected === candidate) return 'exact';
  if (candidate.startsWith(`${expected}.`)) return 'descendant';
  if (expected.startsWith(`${candidate}.`)) return 'ancestor';
  return null;
}

const numberKey = (number: string) => number.normalize('NFC').replace(/\s+/g, '').toUpperCase();

export interface Hit {
  /** 1-based. */
  rank: number;
  relation: PathRelation;
  candidate: Candidate;
}

/** The first candidate that is the expected provision (or contains it, or is contained in it). */
export function findExpected(candidates: readonly Candidate[], expected: ExpectedProvision, documentIds: ReadonlyMap<string, string>): Hit | null {
  const sameDocument =
    'documentKey' in expected
      ? (c: Candidate) => c.documentId === documentIds.get(expected.documentKey)
      : (c: Candidate) => c.documentNumber !== null && numberKey(c.documentNumber) === numberKey(expected.documentNumber);
  for (const [index, candidate] of candidates.entries()) {
    const relation = sameDocument(candidate) ? pathRelation(expected.pathKey, candidate.pathKey) : null;
    if (relation) return { rank: index + 1, relation, candidate };
  }
  return null;
}

/**
 * What the system said about a pair, comparable with its label: for a pair with an expected
 * provision, the class of the candidate that is that provision (`none` when it is not among the
 * candidates); for a `none` pair, the class of the first candidate that is more than `related`
 * (`none` when every candidate is at most related: showing related provisions is not a claim of
 * overlap).
 */
export function predictedClass(label: EvalClass, candidates: readonly Candidate[], hit: Hit | null): { predicted: EvalClass; by: Candidate | null } {
  if (label !== 'none') return { predicted: hit?.candidate.class ?? 'none', by: hit?.candidate ?? null };
  const claim = candidates.find((c) => c.class !== 'related');
  return { predicted: claim?.class ?? 'none', by: claim ?? null };
}
