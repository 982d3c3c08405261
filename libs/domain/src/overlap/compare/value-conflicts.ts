import { STOP_SYLLABLES } from '../text/stop-words';
import { sameValue } from '../values/compare-values';
import { type ExtractedValue } from '../values/types';
import { clauseShare, sameClause, type Alignment, type SubstitutedNumber } from './alignment';
import { type AnalyzedProvision } from './analyze';
import { type OverlapOptions } from './options';
import { type DifferingValue, type ValueView } from './types';

export interface ValueFindings {
  /** Differences on the same subject: evidence of a conflict. */
  readonly confirmed: DifferingValue[];
  /** Values that differ at the same place of shared text, but are not evidence of a conflict. */
  readonly unconfirmed: DifferingValue[];
  /** Why each unconfirmed difference does not count, for the reviewer. */
  readonly notes: string[];
}

const view = (v: ExtractedValue): ValueView => ({
  text: v.text,
  value: v.value,
  unit: v.unit,
  ...(v.bound ? { bound: v.bound } : {}),
});

const differing = (q: ExtractedValue, c: ExtractedValue, aligned: boolean, confirmed: boolean): DifferingValue => ({
  subject: q.subject || c.subject,
  kind: q.kind,
  query: view(q),
  candidate: view(c),
  aligned,
  confirmed,
});

function contentSyllables(subject: string): Set<string> {
  return new Set(subject.split(' ').filter((s) => s !== '' && !STOP_SYLLABLES.has(s)));
}

function subjectSimilarity(a: string, b: string): number {
  const x = contentSyllables(a);
  const y = contentSyllables(b);
  const common = [...x].filter((s) => y.has(s)).length;
  return common === 0 ? 0 : common / (x.size + y.size - common);
}

interface AlignedPair {
  readonly q: ExtractedValue;
  readonly c: ExtractedValue;
  readonly queryUnit: number;
  readonly candidateUnit: number;
}

/** Units apart that two values may be and still form one expression ("từ 1.000.000 đồng đến 3.000.000 đồng"). */
const RANGE_GAP = 2;

/**
 * Values that differ on the same subject.
 *
 * Values at the same place of a shared run count when the clause around them is shared on both
 * sides and nothing else in that clause differs in place: not another value expression, not a
 * number. "Từ 3.000.000 đồng đến 6.000.000 đồng đối với vi phạm từ 01 người đến 10 người" against
 * "Từ 6.000.000 đồng … từ 11 người đến 50 người", or "Đô thị loại I: 80 %" against "Đô thị loại II:
 * 50 %", are tiers of one scale, not two rules for one case. Calendar dates and other kinds left out
 * of `conflictKinds` are reported but never count.
 *
 * Values that do not align are paired by subject words, only in pairs whose content is
 * near-identical but rearranged (`score ≥ duplicateThreshold`): with less in common, provisions of
 * one law that share a subject ("hưởng chế độ thai sản") differ in values by design.
 */
export function findValueConflicts(
  query: AnalyzedProvision,
  candidate: AnalyzedProvision,
  alignment: Alignment,
  numbers: readonly SubstitutedNumber[],
  score: number,
  options: OverlapOptions,
): ValueFindings {
  const conflictKinds = new Set(options.conflictKinds);
  const aligned: AlignedPair[] = [];
  query.units.forEach((unit, queryUnit) => {
    const candidateUnit = alignment.queryToCandidate[queryUnit];
    if (unit.value < 0 || candidateUnit < 0 || candidate.units[candidateUnit].value < 0) return;
    aligned.push({ q: query.values[unit.value], c: candidate.values[candidate.units[candidateUnit].value], queryUnit, candidateUnit });
  });
  const differ = aligned.filter((p) => !sameValue(p.q, p.c));
  // Differences per clause, counting a range's two ends as one expression.
  const expressionsPerClause = new Map<number, number>();
  const count = (clause: number) => expressionsPerClause.set(clause, (expressionsPerClause.get(clause) ?? 0) + 1);
  differ.forEach((p, k) => {
    const previous = differ[k - 1];
    const clause = query.units[p.queryUnit].clause;
    const sameExpression =
      previous !== undefined && query.units[previous.queryUnit].clause === clause && p.queryUnit - previous.queryUnit <= RANGE_GAP;
    if (!sameExpression) count(clause);
  });
  for (const n of numbers) count(query.units[n.queryUnit].clause);

  const confirmed: DifferingValue[] = [];
  const unconfirmed: DifferingValue[] = [];
  const notes: string[] = [];
  const doubt = (p: AlignedPair, why: string) => {
    unconfirmed.push(differing(p.q, p.c, true, false));
    notes.push(`"${p.q.text}" in the query and "${p.c.text}" in the candidate stand at the same place, but ${why}: not counted as a conflict.`);
  };
  for (const p of differ) {
    if (!conflictKinds.has(p.q.kind)) {
      doubt(p, `${p.q.kind} values are not compared for conflicts`);
    } else if (expressionsPerClause.get(query.units[p.queryUnit].clause)! > 1) {
      doubt(p, 'another value or number differs in the same clause, as between tiers of a scale');
    } else {
      const qClause = clauseShare(query, alignment.queryShared, p.queryUnit, p.q.start, p.q.end);
      const cClause = clauseShare(candidate, alignment.candidateShared, p.candidateUnit, p.c.start, p.c.end);
      if (sameClause(qClause, cClause, options)) confirmed.push(differing(p.q, p.c, true, true));
      else doubt(p, 'the clauses around them differ too');
    }
  }

  if (score >= options.duplicateThreshold) {
    const alignedQuery = new Set(aligned.map((p) => p.q));
    const alignedCandidate = new Set(aligned.map((p) => p.c));
    for (const q of query.values) {
      if (alignedQuery.has(q) || !conflictKinds.has(q.kind)) continue;
      const peers = candidate.values
        .filter((c) => !alignedCandidate.has(c) && c.kind === q.kind)
        .map((c) => ({ c, similarity: subjectSimilarity(q.subject, c.subject) }))
        .filter((p) => p.similarity >= options.minSubjectSimilarity);
      if (peers.length === 0 || peers.some((p) => sameValue(q, p.c))) continue;
      const best = peers.reduce((a, b) => (b.similarity > a.similarity ? b : a));
      confirmed.push(differing(q, best.c, false, true));
    }
  }
  return { confirmed, unconfirmed, notes };
}
