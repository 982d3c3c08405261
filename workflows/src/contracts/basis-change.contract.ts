import { parseCivilDate, startOfVietnamDay } from '@legis/domain/calendar';
import { REAL_DAY_MS, type DraftClock } from './draft.contract';
import type { ValidityChangeSummary } from './validity.contract';

/** `basisChangeReview`: opens a review for every local document resting on a changed document (REFERENCE §4.10). */
export const BASIS_CHANGE_WORKFLOW = 'basisChangeReview';

/** One per change: `basis-change-<changeKey>` (the document entering into force, a handling case id…). */
export const basisChangeWorkflowId = (changeKey: string) => `basis-change-${changeKey}`;

/** Validity changes that ground a review of what rests on the changed document (Decree 79 Art. 39). */
export const REVIEW_TRIGGERING_RELATIONS = ['AMENDS', 'REPLACES', 'REPEALS', 'SUSPENDS', 'SUSPENDS_EXECUTION', 'DECLARES_EXPIRED', 'TERM_END'] as const;

export interface BasisChange {
  changedDocumentId: string;
  /** Empty: the document as a whole. */
  changedProvisionPaths: string[];
  relation: string;
}

export interface BasisChangeInput {
  /** Part of every review case id (`review-<documentId>-<changeKey>`), so a repeated change opens nothing new. */
  changeKey: string;
  /** The document that made the change; its own change relations are added to `changes`. */
  byDocumentId: string | null;
  /** The day the change takes effect (the by-document's effective date when null). */
  effectiveDate: string | null;
  changes: BasisChange[];
  clock: DraftClock;
}

export interface BasisChangeOutcome {
  changes: number;
  dependents: number;
  opened: number;
  alreadyOpen: number;
  overlaps: number;
  durationMs: number;
}

export interface BasisChangeActivities {
  /** Finds the dependents, checks their overlaps with the changed text and starts their review cases. */
  openBasisChangeReviews(input: BasisChangeInput): Promise<BasisChangeOutcome>;
}

/** Intake's step for issued documents (guarded by `patched('basis-change-on-intake')`). */
export interface BasisChangeIntakeActivities {
  /**
   * Starts the review of what an issued document changes when its relations amend, replace, repeal,
   * suspend or declare expired documents in the database; null when there is nothing to review.
   */
  reviewBasisChangeOnIntake(input: { documentId: string }): Promise<Omit<DocumentBasisChangeStart, 'options'> | null>;
}

/** The review of the changes an issued document makes, as every caller starts it. */
export interface DocumentBasisChangeStart {
  workflowId: string;
  changeKey: string;
  /** When the fan-out runs (real time): now, or the start of the effective day when that is still to come. */
  startsAt: string;
  /** Spread into `client.workflow.start(BASIS_CHANGE_WORKFLOW, { ...options, taskQueue })`. */
  options: { workflowId: string; args: [BasisChangeInput]; workflowIdConflictPolicy: 'USE_EXISTING'; startDelay?: number };
}

/**
 * The review of what an issued document changes (id `basis-change-<documentId>`, change key the
 * document id), the same for the API's request and for intake, so either joins a run the other
 * started and the cases of one change open once.
 *
 * A change that takes effect later is reviewed from its effective day (00:00 in Vietnam; with a
 * shortened procedure day, `clock.dayMs` shortens the wait too). The wait is a Temporal start delay
 * rather than a timer in a workflow: the run, and with it the id, exists from now on, so a later
 * request or a repeated intake joins it instead of reviewing early; the intake that found the change
 * ends at once; and `basisChangeReview` (with the histories of runs in flight) stays unchanged.
 */
export function documentBasisChangeStart(documentId: string, effectiveDate: string, clock: DraftClock): DocumentBasisChangeStart {
  const workflowId = basisChangeWorkflowId(documentId);
  const origin = Date.parse(clock.origin);
  const delayMs = Math.max(0, Math.ceil(((startOfVietnamDay(parseCivilDate(effectiveDate)).getTime() - origin) * clock.dayMs) / REAL_DAY_MS));
  const input: BasisChangeInput = { changeKey: documentId, byDocumentId: documentId, effectiveDate, changes: [], clock };
  return {
    workflowId,
    changeKey: documentId,
    startsAt: new Date(origin + delayMs).toISOString(),
    options: { workflowId, args: [input], workflowIdConflictPolicy: 'USE_EXISTING', ...(delayMs > 0 ? { startDelay: delayMs } : {}) },
  };
}

/** The changes among those `enterIntoForce` made that ground a review. */
export function basisChangesOf(summaries: readonly ValidityChangeSummary[]): BasisChange[] {
  return summaries
    .filter((summary) => (REVIEW_TRIGGERING_RELATIONS as readonly string[]).includes(summary.relation))
    .map((summary) => ({ changedDocumentId: summary.documentId, changedProvisionPaths: summary.after.provisions ?? [], relation: summary.relation }));
}
