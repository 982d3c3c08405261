import type {
  ActionName,
  ActionPayload,
  DeadlinePeriod,
  DraftProcedureState,
  DraftStateDescription,
  HistoryEntry,
  NotificationData,
  NotificationTemplate,
  ProcedureActor,
  ProcedureSettings,
  StartDraftInput,
  Audience,
  CommentAuthorKind,
  ProcedureOutcome,
} from '@legis/domain/procedures';
import type { DomainFailureDetails } from '@legis/domain/errors';
import { defineQuery, defineUpdate } from '@temporalio/workflow';

/** `draft`: the drafting procedure of one document, from proposal to entry into force. */
export const DRAFT_WORKFLOW = 'draft';

export const draftWorkflowId = (documentId: string) => `draft-${documentId}`;

/**
 * How fast the procedure's clock runs. In production a day lasts a day; tests and demos shorten it
 * (`DRAFT_DAY_SECONDS`) so legal periods of weeks pass in seconds. The procedure's dates are then
 * counted on this clock, from `origin`.
 */
export interface DraftClock {
  /** The real instant the clock started (the workflow's start). */
  origin: string;
  /** Real milliseconds per procedure day. */
  dayMs: number;
}

export const REAL_DAY_MS = 86_400_000;

/** A running time limit's timers, in procedure-clock instants. */
export interface ArmedDeadline {
  id: string;
  dueDate: string;
  /** The end of the due day (the start of the next), when the limit has passed. */
  endsAt: string;
  /** Start of each reminder day not yet reached. */
  reminders: string[];
}

/** What a run hands to its successor on continue-as-new (and what a start passes). */
export interface DraftCarryOver {
  procedure: DraftProcedureState;
  armed: ArmedDeadline[];
  entryIntoForceAt: string | null;
  /** Effects run so far: the source of idempotency keys for notifications and comments. */
  effectSeq: number;
  revision: number;
  clock: DraftClock;
}

export type DraftWorkflowInput =
  | { start: StartDraftInput; settings?: Partial<ProcedureSettings>; clock: DraftClock; taskQueue: string }
  | { carried: DraftCarryOver; taskQueue: string };

export interface DraftWorkflowResult {
  outcome: ProcedureOutcome;
  state: string;
}

/** The body of every action update: what to do, and who does it (the API has authenticated them). */
export interface DraftActionRequest<N extends ActionName = ActionName> {
  payload: ActionPayload<N>;
  actor: ProcedureActor;
}

export interface DraftActionResult {
  state: string;
  /** The history entry the action wrote (null for an action that records without moving, e.g. a comment). */
  entry: HistoryEntry | null;
  revision: number;
}

/** One update per action, named as the action: `POST /drafts/{id}/actions/{name}` sends it. */
export const draftActionUpdate = <N extends ActionName>(name: N) => defineUpdate<DraftActionResult, [DraftActionRequest<N>]>(name);

export interface DraftView {
  description: DraftStateDescription;
  /** Transitions, oldest first (the last `PROCEDURE_LIMITS.historyKept`). */
  history: HistoryEntry[];
  /** The procedure clock's today; dates in actions are checked against it. */
  today: string;
  revision: number;
}

export const draftViewQuery = defineQuery<DraftView>('view');
export const draftHistoryQuery = defineQuery<{ entries: HistoryEntry[]; total: number; dropped: number }>('history');
export const draftAllowedActionsQuery = defineQuery<ActionName[], [ProcedureActor]>('allowedActions');
/**
 * Whether an action is possible now for this actor, before its payload exists (an upload is stored
 * only once `addVersion` is known to be allowed): the refusal (409, 403), or null.
 */
export const draftActionRefusalQuery = defineQuery<DomainFailureDetails | null, [ActionName, ProcedureActor]>('actionRefusal');

export interface DeadlineResolution {
  dueDate: string;
  /** The working days on which to remind, earliest first. */
  reminderDates: string[];
  explanation: string;
}

export interface DraftNotice {
  documentId: string;
  workflowId: string;
  draftingAgencyId: string;
  title: string;
  audience: Audience[];
  template: NotificationTemplate;
  data: NotificationData;
  idempotencyKey: string;
}

export interface DraftComment {
  documentId: string;
  commentId: string;
  round: number;
  authorKind: CommentAuthorKind;
  authorName: string | null;
  agencyId: string | null;
  pathKey: string | null;
  text: string;
}

export interface SignedDocument {
  documentId: string;
  docType: StartDraftInput['docType'];
  number: string;
  signerName: string;
  signerTitle: string;
  signingCapacity: string | null;
  signedDate: string;
  effectiveDate: string;
  actor: ProcedureActor;
}

export interface DraftProjection {
  documentId: string;
  workflowId: string;
  revision: number;
  today: string;
  description: DraftStateDescription;
  history: HistoryEntry[];
}

export interface DraftActivities {
  /** A period of the rulebook resolved with the working-day calendar, with its reminder days. */
  resolveDeadline(input: { rule: DeadlinePeriod; remindWorkingDaysBefore: number[] }): Promise<DeadlineResolution>;
  notifyAudience(notice: DraftNotice): Promise<void>;
  storeDraftComment(comment: DraftComment): Promise<void>;
  /** The automated pre-check of the version under appraisal (stored; the appraiser reads it). */
  buildAppraisalPrecheck(input: { documentId: string; versionId: string; round: number }): Promise<{ findings: number }>;
  /**
   * The signed draft becomes an issued document: number (unique per issuer, type and year),
   * signer, dates, NOT_YET_EFFECTIVE. Fails with `NUMBER_TAKEN` and changes nothing otherwise.
   */
  recordSignedDocument(input: SignedDocument): Promise<void>;
  /** Re-indexes the issued document, so search shows it with its number and status (after the intake of its text: retried until then). */
  indexSignedDocument(input: { documentId: string }): Promise<void>;
  /** Both of the above in one activity: what drafts signed before `patched('local-effects')` still call. */
  issueSignedDocument(input: SignedDocument): Promise<void>;
  /** Writes the read model (newer revisions only). */
  projectDraft(projection: DraftProjection): Promise<void>;
}
