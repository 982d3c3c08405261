import type { SystematisationPhase } from '@legis/domain';
import { defineQuery, defineSignal } from '@temporalio/workflow';

/** `systematisation`: one campaign of a cycle (REFERENCE §4.12), id `systematisation-<campaignId>`. */
export const SYSTEMATISATION_WORKFLOW = 'systematisation';

export const systematisationWorkflowId = (campaignId: string) => `systematisation-${campaignId}`;

/** Documents gathered or classified per activity; the workflow never holds the documents themselves. */
export const SYSTEMATISATION_BATCH_SIZE = 500;

/** Activities per run before continue-as-new, so the history stays small at any campaign size. */
export const SYSTEMATISATION_STEPS_PER_RUN = 10;

export interface AgencyCount {
  agencyId: string | null;
  total: number;
  answered: number;
}

export interface SystematisationCloseRequest {
  by: string;
  reason: string;
}

/** The workflow's state: counts only, small enough to carry over continue-as-new. */
export interface SystematisationStatus {
  campaignId: string;
  phase: SystematisationPhase;
  /** Keyset cursor of the phase's paged activity (last document id done). */
  cursor: string | null;
  gathered: number;
  total: number;
  answered: number;
  agencies: AgencyCount[];
  closeRequest: SystematisationCloseRequest | null;
  listCounts: Record<string, number> | null;
  /** Runs of this workflow so far (1 + continue-as-new count). */
  runs: number;
}

export type SystematisationInput = { campaignId: string } | { carried: SystematisationStatus };

export interface SystematisationOutcome {
  campaignId: string;
  total: number;
  answered: number;
  closedEarly: boolean;
  listCounts: Record<string, number>;
  runs: number;
}

/** Agencies recorded results (the API wrote them first): re-read the progress. */
export const systematisationResultsSignal = defineSignal('resultsRecorded');

/** An administrator closes the campaign with results still missing; they are listed as unanswered. */
export const systematisationCloseSignal = defineSignal<[SystematisationCloseRequest]>('close');

export const systematisationStatusQuery = defineQuery<SystematisationStatus>('status');

export interface SystematisationActivities {
  gatherSystematisationBatch(input: { campaignId: string; afterId: string | null; limit: number }): Promise<{ count: number; lastId: string | null }>;
  /** Opens the review: phase REVIEWING, one notice per agency with its share of the documents. */
  dispatchSystematisation(input: { campaignId: string }): Promise<{ total: number; agencies: AgencyCount[] }>;
  systematisationProgress(input: { campaignId: string }): Promise<{ total: number; answered: number; agencies: AgencyCount[] }>;
  /** Stops accepting results (phase CLASSIFYING), noting who closed early and why. */
  beginSystematisationClassification(input: { campaignId: string; close: SystematisationCloseRequest | null }): Promise<void>;
  classifySystematisationBatch(input: { campaignId: string; afterId: string | null; limit: number }): Promise<{ count: number; lastId: string | null }>;
  completeSystematisation(input: { campaignId: string }): Promise<{ listCounts: Record<string, number> }>;
}
