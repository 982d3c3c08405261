import { type SubstitutedNumber } from './alignment';
import { type AnalyzedProvision } from './analyze';
import { type Shares } from './measures';
import { type ModalityConflict } from './modality-conflicts';
import { type OverlapOptions } from './options';
import { type DifferingValue } from './types';

export interface NoteFacts {
  readonly all: Shares;
  readonly verbatim: Shares;
  readonly opts: OverlapOptions;
  readonly q: AnalyzedProvision;
  readonly c: AnalyzedProvision;
  readonly confirmedValues: readonly DifferingValue[];
  /** Why other value differences do not count. */
  readonly valueNotes: readonly string[];
  /** Numbers that differ at the same place outside any value ("bậc 1" / "bậc 2"). */
  readonly numbers: readonly SubstitutedNumber[];
  readonly modality: ModalityConflict | undefined;
  readonly negations: { readonly query: readonly string[]; readonly candidate: readonly string[] };
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** Plain-language reasons for a reviewer, one sentence each. */
export function notesOf(facts: NoteFacts): string[] {
  const { all, verbatim, opts, q, c, confirmedValues, valueNotes, numbers, modality, negations } = facts;
  const notes: string[] = [];
  const contained = (share: number, weight: number) => share * weight >= opts.minContainedWeight && share >= opts.duplicateThreshold;
  if (contained(all.queryCoverage, q.totalWeight) && all.candidateCoverage < opts.duplicateThreshold) {
    notes.push(`The query is contained in the longer candidate (${percent(all.queryCoverage)} of it is shared).`);
  } else if (contained(all.candidateCoverage, c.totalWeight) && all.queryCoverage < opts.duplicateThreshold) {
    notes.push(`The query repeats the whole candidate (${percent(all.candidateCoverage)} of the candidate is shared).`);
  }
  if (all.score >= opts.duplicateThreshold && verbatim.score < opts.duplicateThreshold) {
    notes.push('The shared text is rearranged: the same content in another order.');
  }
  for (const d of confirmedValues) {
    const where = d.aligned ? 'Same place' : 'Same subject';
    const subject = d.subject ? ` ("${d.subject}")` : '';
    notes.push(`${where}${subject}, different ${d.kind}: "${d.query.text}" in the query, "${d.candidate.text}" in the candidate.`);
  }
  notes.push(...valueNotes);
  if (modality !== undefined) {
    const paired = modality.aligned ? '' : ' (paired by action words)';
    const caveat = modality.confirmed ? '' : ' The clauses around them differ too, so this is not counted as a conflict.';
    notes.push(
      `Opposite modality for "${modality.query.action}": ${modality.query.kind} ("${modality.query.marker}") in the query, ` +
        `${modality.candidate.kind} ("${modality.candidate.marker}") in the candidate${paired}.${caveat}`,
    );
  }
  for (const n of numbers) notes.push(`Different number at the same place: "${n.query}" in the query, "${n.candidate}" in the candidate.`);
  for (const snippet of negations.query) notes.push(`Only the query negates here: "${snippet}".`);
  for (const snippet of negations.candidate) notes.push(`Only the candidate negates here: "${snippet}".`);
  return notes;
}
