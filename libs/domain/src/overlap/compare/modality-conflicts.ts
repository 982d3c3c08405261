import { areOpposite, type ModalityKind, type ModalityMark } from '../modality/types';
import { NEGATIONS } from '../text/stop-words';
import { clauseShare, sameClause, type Alignment } from './alignment';
import { type AnalyzedProvision } from './analyze';
import { type OverlapOptions } from './options';
import { type ModalityView } from './types';

export interface ModalityConflict {
  readonly query: ModalityView;
  readonly candidate: ModalityView;
  /** False when the marks were paired by action words, not by position in shared text. */
  readonly aligned: boolean;
  /** False when the marks are aligned but the clauses around them differ. */
  readonly confirmed: boolean;
}

const view = (m: ModalityMark): ModalityView => ({ kind: m.kind, marker: m.marker, action: m.action });

/** Least syllables two actions must have to pair unaligned marks by action words alone. */
const MIN_ACTION_SYLLABLES = 2;

/** The positive reading of a negated marker: "không được X" denies "được X", "không phải X" lifts "phải X". */
const AFFIRMED: Readonly<Record<'prohibition' | 'exemption', ModalityKind>> = { prohibition: 'permission', exemption: 'obligation' };

interface Side {
  readonly provision: AnalyzedProvision;
  readonly shared: Uint8Array;
  readonly toOther: Int32Array;
}

/**
 * A negated marker of one text ("không được thành lập") whose words without the negation stand at
 * the same place in the other ("được thành lập"), where the extractor found no mark because the
 * positive form reads as a passive. Either way the two texts say opposite things.
 */
function negatedCounterpart(negated: Side, other: Side, options: OverlapOptions) {
  const { provision } = negated;
  for (const [mi, m] of provision.modalities.entries()) {
    const action = provision.modalityActions[mi];
    if ((m.kind !== 'prohibition' && m.kind !== 'exemption') || action < 0) continue;
    const words = m.marker.toLowerCase().split(/\s+/u);
    if (!NEGATIONS.has(words[0])) continue;
    const otherAction = negated.toOther[action];
    const first = otherAction - (words.length - 1);
    const units = other.provision.units;
    if (otherAction < 0 || first < 1 || NEGATIONS.has(units[first - 1].key)) continue;
    if (!words.slice(1).every((w, k) => units[first + k].key === w)) continue;
    const start = units[first].start;
    const end = units[otherAction - 1].end;
    const negatedClause = clauseShare(provision, negated.shared, action, m.start, m.end);
    const otherClause = clauseShare(other.provision, other.shared, otherAction, start, end);
    if (!sameClause(negatedClause, otherClause, options)) continue;
    const affirmed: ModalityView = { kind: AFFIRMED[m.kind], marker: other.provision.text.slice(start, end), action: m.action };
    return { negated: view(m), affirmed };
  }
  return undefined;
}

/**
 * The first action that the two texts give opposite modalities ("được gia hạn" / "không được gia
 * hạn", "phải nộp" / "không phải nộp"). Marks pair when the action after the query's marker is
 * aligned with the action after the candidate's; the pair is confirmed when the clause around
 * them is shared on both sides. In pairs that overlap substantially, identical action words also
 * pair marks. A confirmed pair wins over an unconfirmed one. Last, a negated marker is checked
 * against its positive words in the other text (`negatedCounterpart`).
 */
export function findModalityConflict(
  query: AnalyzedProvision,
  candidate: AnalyzedProvision,
  alignment: Alignment,
  score: number,
  options: OverlapOptions,
): ModalityConflict | undefined {
  let unconfirmed: ModalityConflict | undefined;
  for (const [qi, q] of query.modalities.entries()) {
    const qAction = query.modalityActions[qi];
    if (qAction < 0) continue;
    const cAction = alignment.queryToCandidate[qAction];
    const ci = cAction < 0 ? -1 : candidate.modalityActions.indexOf(cAction);
    if (ci >= 0) {
      const c = candidate.modalities[ci];
      if (!areOpposite(q.kind, c.kind)) continue;
      const qClause = clauseShare(query, alignment.queryShared, qAction, q.start, q.end);
      const cClause = clauseShare(candidate, alignment.candidateShared, cAction, c.start, c.end);
      const conflict = { query: view(q), candidate: view(c), aligned: true };
      if (sameClause(qClause, cClause, options)) return { ...conflict, confirmed: true };
      unconfirmed ??= { ...conflict, confirmed: false };
      continue;
    }
    if (score < options.overlapThreshold || q.action.split(' ').length < MIN_ACTION_SYLLABLES) continue;
    const c = candidate.modalities.find((m) => m.action === q.action && areOpposite(q.kind, m.kind));
    if (c !== undefined) return { query: view(q), candidate: view(c), aligned: false, confirmed: true };
  }
  const querySide: Side = { provision: query, shared: alignment.queryShared, toOther: alignment.queryToCandidate };
  const candidateSide: Side = { provision: candidate, shared: alignment.candidateShared, toOther: alignment.candidateToQuery };
  const queryNegates = negatedCounterpart(querySide, candidateSide, options);
  if (queryNegates !== undefined) return { query: queryNegates.negated, candidate: queryNegates.affirmed, aligned: true, confirmed: true };
  const candidateNegates = negatedCounterpart(candidateSide, querySide, options);
  if (candidateNegates !== undefined) {
    return { query: candidateNegates.affirmed, candidate: candidateNegates.negated, aligned: true, confirmed: true };
  }
  return unconfirmed;
}
