import { NEGATIONS } from '../text/stop-words';
import { type AnalyzedProvision } from './analyze';
import { type OverlapOptions } from './options';
import { type SharedRun } from './shared-runs';

/** Which units of each text are shared, and where each shared query unit sits in the candidate. */
export interface Alignment {
  /** Candidate unit index for each query unit, or -1. */
  readonly queryToCandidate: Int32Array;
  /** Query unit index for each candidate unit, or -1. */
  readonly candidateToQuery: Int32Array;
  readonly queryShared: Uint8Array;
  readonly candidateShared: Uint8Array;
}

export function alignmentOf(runs: readonly SharedRun[], queryLength: number, candidateLength: number): Alignment {
  const queryToCandidate = new Int32Array(queryLength).fill(-1);
  const candidateToQuery = new Int32Array(candidateLength).fill(-1);
  const queryShared = new Uint8Array(queryLength);
  const candidateShared = new Uint8Array(candidateLength);
  for (const run of runs) {
    for (let k = 0; k < run.length; k++) {
      queryToCandidate[run.q + k] = run.c + k;
      candidateToQuery[run.c + k] = run.q + k;
      queryShared[run.q + k] = 1;
      candidateShared[run.c + k] = 1;
    }
  }
  return { queryToCandidate, candidateToQuery, queryShared, candidateShared };
}

export interface ClauseShare {
  /** Shared weight over total weight of the clause. */
  readonly coverage: number;
  readonly sharedWeight: number;
  /**
   * A negation in the clause that the other text lacks: "không xác định thời hạn" against
   * "xác định thời hạn" is another condition, however much else is shared.
   */
  readonly unsharedNegation: boolean;
}

/** Negations this close before the skipped units belong to their bound or marker ("không quá", "không được"). */
const BOUND_REACH = 3;

/**
 * How much of the clause around unit `at` is shared, leaving out the units in `[skipStart,
 * skipEnd)` of the text (the value or marker that differs).
 */
export function clauseShare(
  provision: AnalyzedProvision,
  shared: Uint8Array,
  at: number,
  skipStart: number,
  skipEnd: number,
): ClauseShare {
  const { units } = provision;
  const clause = units[at].clause;
  let from = at;
  while (from > 0 && units[from - 1].clause === clause) from--;
  let firstSkipped = units.findIndex((u) => u.start >= skipStart);
  if (firstSkipped < 0) firstSkipped = units.length;
  let total = 0;
  let covered = 0;
  let unsharedNegation = false;
  for (let k = from; k < units.length && units[k].clause === clause; k++) {
    const u = units[k];
    if (u.start >= skipStart && u.end <= skipEnd) continue;
    total += u.weight;
    if (shared[k]) covered += u.weight;
    else if (NEGATIONS.has(u.key) && !(k < firstSkipped && k >= firstSkipped - BOUND_REACH)) unsharedNegation = true;
  }
  return { coverage: total === 0 ? 0 : covered / total, sharedWeight: covered, unsharedNegation };
}

/** Whether the differing value or marker stands in a clause that both texts share. */
export function sameClause(query: ClauseShare, candidate: ClauseShare, options: OverlapOptions): boolean {
  return (
    Math.min(query.coverage, candidate.coverage) >= options.minClauseCoverage &&
    Math.min(query.sharedWeight, candidate.sharedWeight) >= options.minSharedClauseWeight &&
    !query.unsharedNegation &&
    !candidate.unsharedNegation
  );
}

/**
 * Negations that one text inserts into text it shares with the other: the words after the
 * negation are shared, and the words before it are either shared and adjacent in the other text
 * ("hợp đồng lao động không xác định thời hạn" against "hợp đồng lao động xác định thời hạn") or
 * the start of the clause ("Không lập dự án …" against "Lập dự án …"). Each comes with a few
 * words around it. Negations that belong to a modal marker ("không được") are left to the
 * modality comparison when it paired the markers (`modalityCompared`).
 *
 * @param toOther for each unit of `provision`, the index of the same unit in `other`, or -1.
 */
export function insertedNegations(
  provision: AnalyzedProvision,
  other: AnalyzedProvision,
  toOther: Int32Array,
  modalityCompared: boolean,
): string[] {
  const { units, text, modalities } = provision;
  const found: string[] = [];
  units.forEach((u, k) => {
    const after = toOther[k + 1] ?? -1;
    if (!NEGATIONS.has(u.key) || toOther[k] >= 0 || after < 0) return;
    const clauseStart = k === 0 || units[k - 1].clause !== u.clause;
    if (!clauseStart && toOther[k - 1] !== after - 1) return;
    if (after > 0 && NEGATIONS.has(other.units[after - 1].key)) return;
    if (modalityCompared && modalities.some((m) => u.start >= m.start && u.end <= m.end)) return;
    const from = units[k > 2 ? k - 2 : 0].start;
    const to = units[k + 3 < units.length ? k + 3 : units.length - 1].end;
    found.push(text.slice(from, to));
  });
  return found;
}

const isNumber = (key: string) => /^\d/.test(key);

/** A number outside any value that differs at the same place in the two texts. */
export interface SubstitutedNumber {
  readonly queryUnit: number;
  readonly candidateUnit: number;
  readonly query: string;
  readonly candidate: string;
}

/**
 * Numbers outside any value that differ at the same place ("bậc 1" / "bậc 2", "loại I" / "loại
 * II", "khoản 4" / "khoản 5"): the unit before (or after) each is aligned with its neighbour in the
 * other text.
 */
export function substitutedNumbers(
  query: AnalyzedProvision,
  candidate: AnalyzedProvision,
  alignment: Alignment,
): SubstitutedNumber[] {
  const { queryToCandidate } = alignment;
  const found: SubstitutedNumber[] = [];
  query.units.forEach((u, queryUnit) => {
    if (!isNumber(u.key) || queryToCandidate[queryUnit] >= 0) return;
    const candidateUnit =
      queryUnit > 0 && queryToCandidate[queryUnit - 1] >= 0
        ? queryToCandidate[queryUnit - 1] + 1
        : queryUnit + 1 < query.units.length && queryToCandidate[queryUnit + 1] > 0
          ? queryToCandidate[queryUnit + 1] - 1
          : -1;
    const other = candidate.units[candidateUnit];
    if (other === undefined || alignment.candidateToQuery[candidateUnit] >= 0 || !isNumber(other.key) || other.key === u.key) return;
    found.push({
      queryUnit,
      candidateUnit,
      query: query.text.slice(u.start, u.end),
      candidate: candidate.text.slice(other.start, other.end),
    });
  });
  return found;
}
