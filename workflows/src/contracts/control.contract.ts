import type { CaseActor, CaseAudience, CaseHistoryEntry, CaseOpening, ControlCaseState, ControlSettings } from '@legis/domain/control';
import type { NotificationData } from '@legis/domain/procedures';
import type { Role } from '@legis/domain';
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ArmedDeadline, DraftClock } from './draft.contract';

/** `controlCase`: one case of control of issued documents (self-inspection, inspection, handling, review, petition, duty). */
export const CONTROL_CASE_WORKFLOW = 'controlCase';

/** Case ids are their workflow ids: `self-inspection-<documentId>`, `handling-<case id>`, … */
export const selfInspectionCaseId = (documentId: string) => `self-inspection-${documentId}`;
export const inspectionCaseId = (sourceCaseOrDocumentId: string) => `inspection-${sourceCaseOrDocumentId}`;
export const handlingCaseId = (conclusionCaseId: string) => `handling-${conclusionCaseId}`;

export interface CaseCarryOver {
  state: ControlCaseState;
  armed: ArmedDeadline[];
  effectSeq: number;
  revision: number;
  clock: DraftClock;
}

export type ControlCaseInput =
  /** Without settings the case takes the worker's CONTROL_SETTINGS when it starts. */
  | { opening: CaseOpening; settings: ControlSettings | null; clock: DraftClock }
  | { carried: CaseCarryOver };

export interface CaseActionRequest {
  payload: unknown;
  actor: CaseActor;
}

export interface CaseActionResult {
  status: string;
  entry: CaseHistoryEntry | null;
  revision: number;
}

/** Every action of every kind goes through this update: `(actionName, request)`. */
export const caseActionUpdate = defineUpdate<CaseActionResult, [string, CaseActionRequest]>('act');

export interface CaseView {
  state: ControlCaseState;
  /** What a user holding only this role (of the assignee agency) may do now. */
  allowedActions: Record<Role, string[]>;
  today: string;
  revision: number;
}

export const caseViewQuery = defineQuery<CaseView>('view');

export interface CaseNotice {
  caseId: string;
  documentId: string | null;
  assigneeAgencyId: string | null;
  audience: CaseAudience[];
  template: string;
  data: NotificationData;
  idempotencyKey: string;
}

export interface CaseProjection {
  view: CaseView;
  history: CaseHistoryEntry[];
}

export interface ControlActivities {
  /** The control settings this deployment runs with (CONTROL_SETTINGS). */
  loadControlSettings(): Promise<ControlSettings>;
  notifyCase(notice: CaseNotice): Promise<void>;
  /** Writes the read model of the case (newer revisions only). */
  projectCase(projection: CaseProjection): Promise<void>;
}
