import { type RegimeVersion } from '../../documents';
import { type Role } from '../../identity';
import { type SigningCapacity } from '../../legal-text';
import { type ActionName } from '../actions';
import { type DossierItem } from '../rulebook/dossier-items';
import { type DeadlineRule, type DeadlineStep } from '../rulebook/types';
import { type ProcedureSettings } from '../settings';
import {
  type AppraisalConclusion,
  type CommentAuthorKind,
  type DecisionMode,
  type DraftState,
  type MandatoryConsultee,
  type Performer,
  type Procedure,
  type ProcedureDocType,
  type ProcedureOutcome,
  type VettingConclusion,
} from '../vocabulary';

/** When something happens: the instant, and the civil date in Vietnam that legal periods count from. */
export interface Moment {
  /** ISO 8601 timestamp. */
  instant: string;
  /** `YYYY-MM-DD`, the Vietnamese date of `instant`. */
  date: string;
}

/** Who acts. A `Principal` fits; `userId` is kept in the history when given. */
export interface ProcedureActor {
  userId?: string | null;
  roles: readonly Role[];
  agencyId: string | null;
}

export type SystemEvent = 'startDraft' | 'consultationPeriodElapsed' | 'deadlineBreached' | 'recordPublication' | 'enterIntoForce';

export interface HistoryEntry {
  seq: number;
  at: string;
  date: string;
  /** Null for events of the shell: timers, publication records. */
  actor: { userId: string | null; roles: Role[]; agencyId: string | null } | null;
  /** Whose act this is; for collegial bodies and chairpersons it was recorded by an admin of the office. */
  performer: Performer | null;
  event: ActionName | SystemEvent;
  from: DraftState;
  to: DraftState;
  summary: string;
  /** The act's reference (decision, minutes, report), when there is one. */
  ref: string | null;
}

export interface VersionRef {
  versionId: string;
  versionNo: number;
  addedOn: string;
}

export interface CommentSummary {
  id: string;
  authorKind: CommentAuthorKind;
  agencyId: string | null;
  pathKey: string | null;
  excerpt: string;
  truncated: boolean;
  on: string;
}

export interface ConsultationRound {
  round: number;
  openedOn: string;
  versionNo: number;
  periodDays: number;
  /** Last day of the posting period, once the shell has resolved it. */
  periodEndsOn: string | null;
  periodElapsed: boolean;
  closedOn: string | null;
  feedbackReportRef: string | null;
  comments: { total: number; byAuthor: Record<CommentAuthorKind, number>; kept: CommentSummary[] };
}

export interface ConsultationStatus {
  /** A round has been closed with a feedback report. */
  held: boolean;
  rounds: number;
  /** Comments over all rounds; also the source of comment ids. */
  commentsTotal: number;
  current: ConsultationRound | null;
}

export interface MandatoryConsultationStatus {
  requestedOn: string;
  requestRef: string;
  replyDays: number;
  replies: { consultee: MandatoryConsultee; replyRef: string | null; on: string | null }[];
  /** The reply period has passed: the drafting agency may go on without the missing replies. */
  deadlinePassed: boolean;
}

export interface AppraisalItem {
  id: string;
  pathKey: string | null;
  text: string;
  severity: 'major' | 'minor' | null;
  response: { response: 'accepted' | 'explained'; note: string; versionNo: number | null } | null;
}

export type AppraisalRoundStatus = 'requested' | 'underAppraisal' | 'reported' | 'responded' | 'notEligible' | 'returned';

export interface AppraisalRound {
  round: number;
  status: AppraisalRoundStatus;
  requestedOn: string;
  versionId: string;
  versionNo: number;
  acceptedOn: string | null;
  complex: boolean;
  returnReasons: string[] | null;
  report: { reportRef: string; conclusion: AppraisalConclusion; submittedOn: string; items: AppraisalItem[] } | null;
  responseReportRef: string | null;
  respondedOn: string | null;
}

export interface AppraisalRoundSummary {
  round: number;
  status: AppraisalRoundStatus;
  conclusion: AppraisalConclusion | null;
  reportRef: string | null;
  items: number;
  requestedOn: string;
}

export interface AppraisalStatus {
  rounds: number;
  current: AppraisalRound | null;
  past: AppraisalRoundSummary[];
  /** The version last found not eligible: re-appraisal needs a newer one. */
  notEligibleVersionNo: number | null;
}

export interface VettingStatus {
  rounds: number;
  committee: string | null;
  submittedOn: string | null;
  actRef: string | null;
  complex: boolean;
  report: { reportRef: string; conclusion: VettingConclusion; note: string | null; on: string } | null;
}

export interface VoteRecord {
  inFavour: number;
  members: number;
  passed: boolean;
  votedOn: string;
  actRef: string;
}

export interface DecisionStatus {
  mode: DecisionMode | 'session' | 'chair' | null;
  scheduledDate: string | null;
  sessionName: string | null;
  actRef: string | null;
  votes: VoteRecord[];
  adoptedOn: string | null;
}

export interface SigningRecord {
  number: string;
  signerName: string;
  signerTitle: string;
  signingCapacity: SigningCapacity | null;
  signedDate: string;
  effectiveDate: string;
}

export interface PublicationStatus {
  gazette: { reference: string; date: string } | null;
  nationalDatabase: { reference: string; date: string } | null;
}

/**
 * A time limit being tracked. The shell resolves the due date with the working-day calendar and
 * reports it through `deadlineResolved`; until then `dueDate` is null.
 */
export interface DeadlineRecord {
  id: string;
  step: DeadlineStep;
  type: DeadlineRule['type'];
  days: number;
  unit: DeadlineRule['unit'];
  fromDate: string | null;
  beforeDate: string | null;
  setOn: string;
  dueDate: string | null;
  status: 'running' | 'breached';
  remindersSent: number;
}

export interface BreachRecord {
  id: string;
  step: DeadlineStep;
  dueDate: string | null;
  detectedOn: string;
}

export interface ReturnRecord {
  by: Performer;
  from: DraftState;
  reasons: string[];
  on: string;
}

/**
 * The whole procedure of one draft: plain JSON, kept by the workflow and passed back to every
 * function of this module. Lists that could grow without bound are capped (`LIMITS`).
 */
export interface DraftProcedureState {
  schemaVersion: 1;
  documentId: string;
  docType: ProcedureDocType;
  procedure: Procedure;
  regime: RegimeVersion;
  draftingAgencyId: string;
  title: string;
  policyBearing: boolean;
  amendsOrReplaces: boolean;
  simplifiedGround: string | null;
  plannedEffectiveDate: string | null;
  /** The settings in force for this draft, fixed at start unless the shell passes new ones. */
  settings: ProcedureSettings;
  state: DraftState;
  outcome: ProcedureOutcome | null;
  startedAt: string;
  proposal: { registeredOn: string; decidedOn: string | null; actRef: string | null; reason: string | null };
  /** The committee meeting and council session the draft is planned for; periods "before the meeting" run back from them. */
  plannedDates: { committeeMeeting: string | null; councilSession: string | null };
  versions: { total: number; kept: VersionRef[] };
  dossier: Partial<Record<DossierItem, string[]>>;
  consultation: ConsultationStatus;
  mandatoryConsultation: MandatoryConsultationStatus | null;
  appraisal: AppraisalStatus;
  lastReturn: ReturnRecord | null;
  submittedOn: string | null;
  vetting: VettingStatus;
  decision: DecisionStatus;
  signing: SigningRecord | null;
  publication: PublicationStatus;
  inForceOn: string | null;
  withdrawal: { reason: string; on: string } | null;
  deadlines: DeadlineRecord[];
  deadlineSeq: number;
  breaches: { total: number; kept: BreachRecord[] };
  history: { total: number; entries: HistoryEntry[] };
}
