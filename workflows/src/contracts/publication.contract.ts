/** `publication`: an issued document to the provincial e-Gazette, then to the National Legal Database. */
export const PUBLICATION_WORKFLOW = 'publication';

export const publicationWorkflowId = (documentId: string) => `publication-${documentId}`;

export interface PublicationInput {
  documentId: string;
  /** The signing (or adoption) date the legal time limits count from. */
  issuedDate: string;
}

export type ChannelOutcome =
  | { outcome: 'published'; externalId: string; url: string | null }
  /** The receiver refused the record; an admin task holds its reasons. */
  | { outcome: 'rejected'; reason: string }
  /** No National Legal Database endpoint is configured; an admin task says so. */
  | { outcome: 'not_configured' };

export interface PublicationResult {
  gazette: ChannelOutcome;
  nationalDb: ChannelOutcome;
}

/** A legal time limit resolved with the working-day calendar (holidays and official swaps). */
export interface DueDateRule {
  days: number;
  unit: 'calendar' | 'working';
  /** Counted from the day after this date (Civil Code), or back from it with `direction: 'before'`. */
  from: string;
  direction?: 'after' | 'before';
}

export interface DeadlineBreach {
  workflowId: string;
  deadlineId: string;
  documentId: string | null;
  agencyId: string | null;
  step: string;
  dueDate: string;
}

export interface PublicationActivities {
  publishToGazette(input: { documentId: string }): Promise<ChannelOutcome>;
  publishToNationalDb(input: { documentId: string }): Promise<ChannelOutcome>;
}

/** Deadline bookkeeping shared by every procedure workflow. */
export interface DeadlineActivities {
  /** The due date of a rule, with the calendar's explanation of skipped days. */
  resolveDueDate(rule: DueDateRule): Promise<{ dueDate: string; dueAt: string; explanation: string }>;
  recordBreach(breach: DeadlineBreach): Promise<void>;
}
