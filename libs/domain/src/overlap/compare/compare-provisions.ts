import { alignmentOf, insertedNegations, substitutedNumbers } from './alignment';
import { analyzeProvision, type AnalyzedProvision } from './analyze';
import { inOrderRuns, sharesOf } from './measures';
import { findModalityConflict } from './modality-conflicts';
import { notesOf } from './notes';
import { DEFAULT_OVERLAP_OPTIONS, type OverlapOptions } from './options';
import { findSharedRuns, type SharedRun } from './shared-runs';
import { type OverlapClass, type OverlapResult, type SharedSpan } from './types';
import { findValueConflicts } from './value-conflicts';

/** A provision to compare: its text, or its analysis when the same text is compared many times. */
export type ProvisionInput = string | AnalyzedProvision;

/** A shared run is shown when it holds at least about one content syllable, not only function words. */
const MIN_SHOWN_SPAN_WEIGHT = 1;

function spansOf(query: AnalyzedProvision, candidate: AnalyzedProvision, runs: readonly SharedRun[]): SharedSpan[] {
  return runs
    .filter((r) => query.units.slice(r.q, r.q + r.length).reduce((w, u) => w + u.weight, 0) >= MIN_SHOWN_SPAN_WEIGHT)
    .map((r) => {
      const queryStart = query.units[r.q].start;
      const queryEnd = query.units[r.q + r.length - 1].end;
      return {
        queryStart,
        queryEnd,
        candidateStart: candidate.units[r.c].start,
        candidateEnd: candidate.units[r.c + r.length - 1].end,
        text: query.text.slice(queryStart, queryEnd),
      };
    });
}

/**
 * Decides how a provision (typically of a draft) relates to a candidate provision in force:
 * `duplicate`, `overlap`, `conflict`, `related` or `unrelated`, with the shared spans, differing
 * values and opposite modality that justify the class.
 *
 * Text similarity is the weighted share of syllables covered by maximal common runs of at least
 * `minRunLength` syllables; function words and boilerplate formulas weigh little (or, with term
 * statistics given to `analyzeProvision`, rare syllables weigh more). `duplicate` also needs the
 * shared runs to keep their order and to cover both texts: one text contained in the other is an
 * `overlap`. Values and numbers are compared as placeholders, so a copy that changes only
 * "30 ngày" to "15 ngày" is still near-verbatim; the values are then compared one by one. A
 * conflict needs the differing value or marker to stand in a clause that both texts share.
 */
export function compareProvisions(
  query: ProvisionInput,
  candidate: ProvisionInput,
  options: Partial<OverlapOptions> = {},
): OverlapResult {
  const opts: OverlapOptions = { ...DEFAULT_OVERLAP_OPTIONS, ...options };
  const q = typeof query === 'string' ? analyzeProvision(query) : query;
  const c = typeof candidate === 'string' ? analyzeProvision(candidate) : candidate;

  const runs = findSharedRuns(q.units, c.units, opts.minRunLength);
  const all = sharesOf(q, c, runs, opts);
  const verbatim = sharesOf(q, c, inOrderRuns(q, runs), opts);
  const alignment = alignmentOf(runs, q.units.length, c.units.length);
  const numbers = substitutedNumbers(q, c, alignment);
  const values = findValueConflicts(q, c, alignment, numbers, all.score, opts);
  const modality = findModalityConflict(q, c, alignment, all.score, opts);
  const negations = {
    query: insertedNegations(q, c, alignment.queryToCandidate, modality !== undefined),
    candidate: insertedNegations(c, q, alignment.candidateToQuery, modality !== undefined),
  };

  const conflicting = values.confirmed.length > 0 || modality?.confirmed === true;
  // Text that differs right inside shared text (a value, a number, a modal marker, a negation) is not a restatement.
  const editedInPlace =
    values.unconfirmed.length > 0 ||
    modality !== undefined ||
    numbers.length > 0 ||
    negations.query.length + negations.candidate.length > 0;
  let cls: OverlapClass;
  if (conflicting && all.score >= opts.overlapThreshold) cls = 'conflict';
  else if (verbatim.score >= opts.duplicateThreshold && all.dice >= opts.duplicateMinDice && !editedInPlace) cls = 'duplicate';
  else if (all.score >= opts.overlapThreshold) cls = 'overlap';
  else if (all.score >= opts.relatedThreshold) cls = 'related';
  else cls = 'unrelated';

  return {
    score: all.score,
    class: cls,
    explanation: {
      sharedSpans: spansOf(q, c, runs),
      differingValues: [...values.confirmed, ...values.unconfirmed],
      ...(modality ? { modality: { query: modality.query, candidate: modality.candidate, confirmed: modality.confirmed } } : {}),
      notes:
        cls === 'unrelated'
          ? []
          : notesOf({ all, verbatim, opts, q, c, confirmedValues: values.confirmed, valueNotes: values.notes, numbers, modality, negations }),
    },
    measures: {
      queryCoverage: all.queryCoverage,
      candidateCoverage: all.candidateCoverage,
      dice: all.dice,
      verbatimScore: verbatim.score,
    },
  };
}
