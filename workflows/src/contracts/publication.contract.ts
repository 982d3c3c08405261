import { defineSignal } from '@temporalio/workflow';

/** `publication`: an issued document to the provincial e-Gazette, then to the National Legal Database. */
export const PUBLICATION_WORKFLOW = 'publication';

export const publicationWorkflowId = (documentId: string) => `publication-${documentId}`;

export interface PublicationInput {
  documentId: string;
  /** The signing date (on the procedure's clock): the gazette never carries a document before it. */
  issuedDate: string;
}

/** What the publication tells the draft workflow that started it, channel by channel. */
export interface ChannelRecorded {
  channel: 'gazette' | 'nationalDatabase';
  reference: string;
  url: string | null;
}

export const publicationRecordedSignal = defineSignal<[ChannelRecorded]>('publicationRecorded');

/** After an admin has fixed what stopped the National Legal Database push (configuration, a refused field): try again. */
export const retryNationalDbSignal = defineSignal('retryNationalDb');

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

export interface DeadlineBreach {
  workflowId: string;
  deadlineId: string;
  documentId: string | null;
  agencyId: string | null;
  step: string;
  dueDate: string;
}

export interface PublicationActivities {
  /** Places the document in the e-Gazette issue of `publishedOn`. */
  publishToGazette(input: { documentId: string; publishedOn: string }): Promise<ChannelOutcome>;
  publishToNationalDb(input: { documentId: string }): Promise<ChannelOutcome>;
}

/** Deadline bookkeeping shared by every procedure workflow. */
export interface DeadlineActivities {
  recordBreach(breach: DeadlineBreach): Promise<void>;
}
