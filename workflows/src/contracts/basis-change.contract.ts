import type { DraftClock } from './draft.contract';
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

/** The changes among those `enterIntoForce` made that ground a review. */
export function basisChangesOf(summaries: readonly ValidityChangeSummary[]): BasisChange[] {
  return summaries
    .filter((summary) => (REVIEW_TRIGGERING_RELATIONS as readonly string[]).includes(summary.relation))
    .map((summary) => ({ changedDocumentId: summary.documentId, changedProvisionPaths: summary.after.provisions ?? [], relation: summary.relation }));
}
